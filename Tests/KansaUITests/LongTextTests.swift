import KansaCore
import Testing
@testable import KansaUI

/// A note of a million characters is wrapped only as far as the detail pane shows, so a key costs the same.
struct LongTextTests {
    @Test func theDetailPaneWrapsOnlyWhatItShows() {
        var audit = SampleAudit.audit
        let note = String(repeating: "長いメモ。", count: 200_000)
        _ = audit.apply(.note(item: audit.sections[0].items[0].id, division: audit.divisions[0].id, note))
        var app = Fixtures.app(audit)
        let screen = app.audit
        let pane = DetailPane(screen: screen, rect: Rect(row: 0, column: 0, height: 8, width: 80), strings: Strings(.en), glyphs: .unicode,
                              focused: false, besideMatrix: false)
        let lines = pane.lines(width: CharacterWidth(), columns: 78, limit: 9)
        #expect(lines.count == 9)
        #expect(lines.contains { $0.0.hasPrefix("Note: 長いメモ。") })
        #expect(app.draw().text.contains("Note: 長いメモ。長いメモ。"))
        app.press(.character(" "))
        #expect(app.audit.currentCell.note == note, "the note is kept whole")
    }
}
