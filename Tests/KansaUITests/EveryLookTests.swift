import Testing
import KansaCore
@testable import KansaUI

/// The matrix and the board in every shipped glyph set, in both widths of ambiguous characters and in both
/// languages: golden text and the roles of the cells for each of the eight combinations.
struct EveryLookTests {
    struct Look: CustomTestStringConvertible, Sendable {
        var glyphs: String
        var wide: Bool
        var language: Language

        var name: String { "\(glyphs)-\(wide ? "wide" : "narrow")-\(language.rawValue)" }
        var testDescription: String { name }

        static let all: [Look] = ["unicode", "ascii"].flatMap { glyphs in
            [false, true].flatMap { wide in Language.allCases.map { Look(glyphs: glyphs, wide: wide, language: $0) } }
        }
    }

    @Test(arguments: Look.all)
    func theMatrix(_ look: Look) {
        let width = CharacterWidth(ambiguousIsWide: look.wide)
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: width)
        let app = App(screen: screen, rows: 24, columns: 80, width: width, strings: Strings(look.language),
                      glyphs: Glyphs.named[look.glyphs]!)
        check(app.draw(), width: width, "look-matrix-\(look.name)-80x24")
    }

    @Test(arguments: Look.all)
    func theBoard(_ look: Look) {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let drill = SampleDrill.drill.successor(title: "訓練", date: day)
        let board = DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil,
                               now: Timestamp(date: day, hour: 8, minute: 20, utcOffset: 9 * 3600))
        let width = CharacterWidth(ambiguousIsWide: look.wide)
        var app = App(screen: board, rows: 30, columns: 100, width: width, strings: Strings(look.language),
                      glyphs: Glyphs.named[look.glyphs]!)
        app.tick(wall: Timestamp(date: day, hour: 8, minute: 31, utcOffset: 9 * 3600), monotonic: 0)
        check(app.draw(), width: width, "look-board-\(look.name)-100x30")
    }

    /// No row wider than the screen in the width in force, then the golden text and roles.
    func check(_ frame: Screen, width: CharacterWidth, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in 0..<frame.rows {
            #expect(width.width(of: frame.line(row)) <= frame.columns, "row \(row)", sourceLocation: sourceLocation)
        }
        Golden.check(frame, name, sourceLocation: sourceLocation)
    }
}
