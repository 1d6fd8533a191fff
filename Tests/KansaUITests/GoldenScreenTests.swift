import Foundation
import Testing
import KansaCore
import KansaStore
@testable import KansaUI

/// Whole screens as plain text, at fixed sizes, compared with files in `Golden/`.
struct GoldenScreenTests {
    @Test func sampleAuditAt80x24() {
        Golden.check(Fixtures.app().draw(), "audit-80x24")
    }

    @Test func sampleAuditAt200x50() {
        Golden.check(Fixtures.app(rows: 50, columns: 200).draw(), "audit-200x50")
    }

    /// The detail pane on III-7 保護課: the × cell with its improvement text and the section's remark.
    @Test func detailPaneOnAFinding() {
        var app = Fixtures.app()
        app.press(.character("/"))
        app.type("監督")
        app.press(.enter, .end, .left)
        #expect(app.audit.currentCell.verdict == .needsImprovement)
        Golden.check(app.draw(), "audit-detail-80x24")
    }

    @Test func helpOverlay() {
        var app = Fixtures.app()
        app.press(.character("?"))
        Golden.check(app.draw(), "audit-help-80x24")
    }

    @Test func tooSmall() {
        Golden.check(Fixtures.app(rows: 10, columns: 40).draw(), "too-small-40x10")
    }

    @Test func readOnlyBanner() {
        Golden.check(Fixtures.app(readOnly: "another kansa (process 4242) is editing this file").draw(), "audit-read-only-80x24")
    }

    @Test func noteBeingTyped() {
        var app = Fixtures.app()
        app.press(.enter)
        app.type("財政課と確認")
        let screen = app.draw()
        Golden.check(screen, "audit-note-prompt-80x24")
        #expect(screen.cursor?.row == 23)
        #expect(screen.cursor?.column == 6 + 12)
    }

    @Test func homeScreen() throws {
        let entries = [
            HomeScreen.Entry(path: "/w/audit.json", document: .audit(SampleAudit.audit)),
            HomeScreen.Entry(path: "/w/drill.json", document: .drill(SampleDrill.drill)),
            HomeScreen.Entry(path: "/w/old.json", problem: "/w/old.json:3:7: unknown verdict \"?\""),
        ]
        let app = App(screen: HomeScreen(folder: "/w", entries: entries, created: true, strings: Strings(.en)), rows: 24, columns: 80)
        Golden.check(app.draw(), "home-80x24")
    }

    @Test func japaneseInterface() {
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
        let app = App(screen: screen, rows: 24, columns: 80, strings: Strings(.ja))
        Golden.check(app.draw(), "audit-ja-80x24")
    }
}

/// The ASCII glyph set (the ascii theme's), on the matrix and the board.
struct AsciiGlyphTests {
    @Test func theMatrixInAscii() {
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
        let frame = App(screen: screen, rows: 24, columns: 80, glyphs: .ascii).draw()
        let text = frame.text
        Golden.check(frame, "audit-ascii-80x24")
        #expect(!text.contains("○") && !text.contains("─"))
    }

    @Test func theBoardInAscii() {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let board = DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: day), fileName: "drill.json", readOnlyReason: nil,
                               now: Timestamp(date: day, hour: 8, minute: 20, utcOffset: 9 * 3600))
        Golden.check(App(screen: board, rows: 30, columns: 100, glyphs: .ascii).draw(), "board-ascii-100x30")
    }
}
