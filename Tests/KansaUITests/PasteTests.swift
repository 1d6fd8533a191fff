import Testing
import KansaCore
import KansaStore
@testable import KansaUI

/// A paste goes as text into a line being typed, and is refused with a message everywhere else: it never sets
/// a verdict, stamps a step or opens anything. Alt with a key does nothing.
struct PasteTests {
    static let day = LocalDate(year: 2024, month: 10, day: 5)
    static let now = Timestamp(date: day, hour: 9, minute: 0, utcOffset: 9 * 3600)
    let fresh = SampleAudit.audit.successor(title: "t", auditDate: day)
    let freshDrill = SampleDrill.drill.successor(title: "訓練", date: day)

    func boardApp(language: Language = .en) -> App {
        App(screen: DrillBoard(drill: freshDrill, fileName: "drill.json", readOnlyReason: nil, now: Self.now),
            rows: 30, columns: 100, strings: Strings(language), time: Instant(wall: Self.now, monotonic: 0))
    }

    func board(_ app: App) -> DrillBoard {
        guard let board = app.screen as? DrillBoard else { fatalError("not the board") }
        return board
    }

    @Test func aPasteOnTheMatrixIsRefusedInBothLanguages() {
        for language in [Language.en, .ja] {
            let screen = AuditScreen(audit: fresh, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
            var app = App(screen: screen, rows: 24, columns: 100, strings: Strings(language))
            #expect(app.press(.paste("1234 o t x - a R")) == [])
            #expect(app.audit.audit == fresh)
            #expect(app.audit.cursorItem == 0)
            #expect(app.audit.message == Message(Strings(language).pasteIgnored, isError: true))
            let expected = language == .en ? "Paste ignored: a paste goes only into a text being typed" : "貼り付けは無視しました"
            #expect(app.draw().text.contains(expected))
        }
    }

    @Test func aPasteGoesIntoANoteAsOneLine() {
        var app = Fixtures.app(fresh)
        app.press(.enter)
        app.type("前後")
        app.press(.left)
        app.press(.paste("監査\r\nメモ\t1\u{07}2\u{1B}[A"))
        #expect(app.audit.message == nil)
        let effects = app.press(.enter)
        #expect(effects.count == 1)
        #expect(app.audit.currentCell.note == "前監査 メモ 12[A後")
        #expect(app.audit.currentCell.verdict == nil)
    }

    @Test func aPasteWhileChoosingAFillVerdictFillsNothing() {
        var app = Fixtures.app(fresh)
        app.press(.character("a"))
        #expect(app.press(.paste("o")) == [])
        #expect(app.audit.audit == fresh)
        #expect(app.audit.message?.text == Strings(.en).pasteIgnored)
    }

    @Test func aPasteOnTheBoardIsRefusedAndGoesIntoAnEvent() {
        var app = boardApp(language: .ja)
        #expect(app.press(.paste("\r\r1p ")) == [])
        #expect(board(app).drill == freshDrill)
        #expect(app.draw().text.contains("貼り付けは無視しました"))
        app.press(.character("a"), .paste("発電機\n停止"))
        let effects = app.press(.enter)
        #expect(effects.count == 1)
        #expect(board(app).drill.events.map(\.text) == ["発電機 停止"])
    }

    @Test func aPasteGoesIntoThePreviewsSearchAndNowhereElseThere() {
        var app = Fixtures.app()
        app.press(.character("R"))
        #expect(app.press(.paste("x")) == [], "x would ask for an export format")
        app.press(.character("/"), .paste("特定個人情報"), .enter)
        guard let preview = app.screen as? ReportPreview else {
            Issue.record("still the preview")
            return
        }
        #expect(preview.query == "特定個人情報")
        #expect(preview.prompt == nil)
    }

    @Test func aPasteOnTheHomeScreenOpensNothing() {
        let entries = [HomeScreen.Entry(path: "/w/audit.json", document: .audit(SampleAudit.audit))]
        var app = App(screen: HomeScreen(folder: "/w", entries: entries, created: false, strings: Strings(.en)), rows: 24, columns: 80)
        #expect(app.press(.paste("\rR")) == [])
        #expect(app.draw().text.contains("Paste ignored"))
    }

    @Test func altWithAKeyIsBoundToNothing() {
        var app = Fixtures.app(fresh)
        let keys = "1234otx-0aRqE?u ".map { Key.alt(.character($0)) } + [.alt(.enter), .alt(.backspace), .alt(.control("r"))]
        for key in keys {
            #expect(app.press(key) == [])
        }
        #expect(app.audit.audit == fresh)
        #expect(app.audit.prompt == nil)
        #expect(!app.showingHelp)
        var board = boardApp()
        for key in keys {
            #expect(board.press(key) == [])
        }
        #expect(self.board(board).drill == freshDrill)
    }

    @Test func theLineEditorInsertsAPasteAtTheCursor() {
        var editor = LineEditor("ac")
        _ = editor.handle(.left)
        _ = editor.handle(.paste("b\u{7F}\u{9B}1\r\n2"))
        #expect(editor.text == "ab1 2c")
        #expect(editor.cursor == 5)
    }
}
