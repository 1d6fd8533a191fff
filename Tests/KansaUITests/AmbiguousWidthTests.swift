import Testing
import KansaCore
@testable import KansaUI

/// In both settings of the ambiguous width, every verdict sits centred under its division's name, in screen
/// columns as the terminal counts them.
struct AmbiguousWidthTests {
    @Test(arguments: [false, true])
    func verdictsSitUnderTheirDivisions(wide: Bool) {
        let width = CharacterWidth(ambiguousIsWide: wide)
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: width)
        let app = App(screen: screen, rows: 24, columns: 80, width: width)
        let frame = app.draw()
        let symbolWidth = width.width(of: "○" as Character)
        #expect(symbolWidth == (wide ? 2 : 1))
        for (d, division) in SampleAudit.audit.divisions.enumerated() {
            let nameWidth = width.width(of: division.shortName)
            let columnWidth = max(nameWidth, 2, symbolWidth)
            let start = (0..<80).first { c in
                frame.character(row: 1, column: c) == division.shortName.first
                    && Self.text(frame, row: 1, from: c, columns: nameWidth) == division.shortName
            }
            guard let start else {
                Issue.record("no header for \(division.shortName)")
                continue
            }
            let columnStart = start - (columnWidth - nameWidth) / 2
            let symbolColumn = columnStart + (columnWidth - symbolWidth) / 2
            let verdict = SampleAudit.audit.sections[0].items[0].cell(d).verdict!.symbol
            #expect(frame.character(row: 3, column: symbolColumn).map(String.init) == verdict, "\(division.shortName)")
        }
        #expect(width.width(of: frame.line(16)) == 80, "the rule under the matrix spans the screen")
    }

    static func text(_ frame: Screen, row: Int, from column: Int, columns: Int) -> String {
        var text = ""
        var c = column
        while c < column + columns, c < frame.columns {
            if let character = frame.character(row: row, column: c) { text.append(character) }
            c += 1
        }
        return text
    }

    @Test func aWideGoldenScreen() {
        let width = CharacterWidth(ambiguousIsWide: true)
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: width)
        Golden.check(App(screen: screen, rows: 24, columns: 80, width: width).draw(), "audit-wide-80x24")
    }
}
