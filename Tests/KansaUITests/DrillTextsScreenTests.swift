import KansaCore
import Testing
@testable import KansaUI

/// The texts after the drill written from the board (`T`): a system's 課題等 on the line editor, starting from
/// what the log holds about it; lists in `$EDITOR`; each one undo step, shared with the board.
struct DrillTextsScreenTests {
    static let day = LocalDate(year: 2025, month: 10, day: 4)
    let fresh = SampleDrill.drill.successor(title: "令和7年度 ICT-BCP（業務継続）訓練", date: day)
    let now = Timestamp(date: Self.day, hour: 14, minute: 0, second: 0, utcOffset: 9 * 3600)

    func textsApp(_ drill: Drill? = nil, language: Language = .en, readOnly: Bool = false) -> App {
        var app = App(screen: DrillBoard(drill: drill ?? fresh, fileName: "drill.json", readOnlyReason: readOnly ? "opened read-only" : nil, now: now),
                      rows: 30, columns: 100, strings: Strings(language), time: Instant(wall: now, monotonic: 0))
        app.press(.character("T"))
        return app
    }

    func texts(_ app: App) -> DrillTextsScreen {
        guard let screen = app.screen as? DrillTextsScreen else { fatalError("not the texts screen") }
        return screen
    }

    func board(_ app: App) -> DrillBoard {
        guard let board = app.screen as? DrillBoard else { fatalError("not the board") }
        return board
    }

    @Test func golden() {
        var drill = fresh
        drill.systems[1].issue = "一部サーバにおいて自動シャットダウンせず"
        drill.conclusions = ["所管課への連絡体制を見直す。", "次年度も実施する。"]
        var app = textsApp(drill)
        Golden.check(app.draw(), "texts-100x30")
        let ja = textsApp(drill, language: .ja)
        Golden.check(ja.draw(), "texts-ja-100x30")
        app.press(.enter)
        Golden.check(app.draw(), "texts-typing-100x30")
    }

    @Test func aSystemsIssuesAreTypedAndUndoneHereOrOnTheBoard() {
        var app = textsApp()
        app.press(.character("j"), .enter)
        app.type("自動シャットダウンせず、手動で停止した。")
        app.press(.enter)
        #expect(texts(app).drill.systems[1].issue == "自動シャットダウンせず、手動で停止した。")
        #expect(texts(app).message == Message("Written: the issues of イントラシステムサーバ"))
        app.press(.character("u"))
        #expect(texts(app).drill.systems[1].issue == "")
        #expect(texts(app).message == Message("Undone: the issues of イントラシステムサーバ"))
        app.press(.control("r"), .character("q"))
        #expect(board(app).drill.systems[1].issue == "自動シャットダウンせず、手動で停止した。")
        app.press(.character("u"))
        #expect(board(app).drill == fresh)
    }

    @Test func anEmptyIssueStartsFromTheLogAboutTheSystem() {
        var drill = fresh
        let time = RecordedTime(happened: now, recorded: now)
        drill.events = [
            DrillEvent(id: EventID("e1"), text: "自動起動せず", time: time, system: drill.systems[2].id),
            DrillEvent(id: EventID("e2"), text: "手動で起動した", time: time, system: drill.systems[2].id),
            DrillEvent(id: EventID("e3"), text: "別のシステム", time: time, system: drill.systems[0].id),
        ]
        var app = textsApp(drill)
        app.press(.character("j"), .character("j"), .enter)
        #expect(app.draw().text.contains("自動起動せず。手動で起動した"))
        app.press(.enter)
        #expect(texts(app).drill.systems[2].issue == "自動起動せず。手動で起動した")
        #expect(app.press(.character("j"), .character("k"), .character("e")) == [.editExternally("自動起動せず。手動で起動した")])
    }

    @Test func listsAreWrittenInTheEditorOneEntryALine() {
        var app = textsApp()
        app.press(.character("G"))
        #expect(app.press(.enter) == [.editExternally("")])
        let effects = app.receive(.edited("所管課への連絡体制を見直す。\n\n   \n次年度も実施する。\n"))
        #expect(texts(app).drill.conclusions == ["所管課への連絡体制を見直す。", "次年度も実施する。"])
        #expect(effects == [.save(.drill(texts(app).drill))])
        app.press(.character("k"))
        #expect(app.press(.character("e")) == [.editExternally("")])
        _ = app.receive(.edited("特になし"))
        #expect(texts(app).drill.notes == ["特になし"])
        app.press(.character("k"), .enter)
        _ = app.receive(.edited("全システムの起動を確認した。\n"))
        let task = fresh.tasks.last!
        #expect(texts(app).drill.tasks.last?.results == ["全システムの起動を確認した。"])
        #expect(texts(app).drill.tasks.last?.id == task.id)
        app.press(.character("e"))
        _ = app.receive(.edited("全システムの起動を確認した。"))
        #expect(texts(app).message == Message("the results of \(task.label) \(task.resultTitle) unchanged"))
    }

    @Test func theFollowViewAndAReadOnlyFileCannotWrite() {
        let app = textsApp(readOnly: true)
        #expect(app.screen is DrillBoard)
        #expect(board(app).message == Message("Read-only, nothing changed: opened read-only", isError: true))
    }
}
