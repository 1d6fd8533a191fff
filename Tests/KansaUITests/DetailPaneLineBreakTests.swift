import KansaCore
import Testing
@testable import KansaUI

/// The detail pane wraps its texts with the report's line-breaking rules: no line starts with 。 or 、.
struct DetailPaneLineBreakTests {
    @Test func noLineStartsWithAFullStop() {
        var audit = SampleAudit.audit
        let item = audit.sections[1].items[4]
        _ = audit.apply(.note(item: item.id, division: audit.divisions[1].id, "手順書あり。ただし、更新されていない。要確認。"))
        var screen = AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
        screen.cursorItem = 12
        screen.cursorDivision = 1
        let pane = DetailPane(screen: screen, rect: Rect(row: 0, column: 0, height: 40, width: 80), strings: Strings(.ja),
                              glyphs: .unicode, focused: false, besideMatrix: false)
        for columns in 8...60 {
            let lines = pane.lines(width: CharacterWidth(), columns: columns).map(\.0)
            #expect(lines.joined().contains("要確認。"))
            for line in lines {
                #expect(!line.hasPrefix("。") && !line.hasPrefix("、") && !line.hasPrefix("）"), "\(columns) columns: \(line)")
            }
        }
    }
}
