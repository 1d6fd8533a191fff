import KansaCore
@testable import KansaStore
import Testing
@testable import KansaUI

/// The plan editor driven with keys from the board: every edit, its undo here and on the board, the refusals,
/// and golden screens of its panes.
struct DrillPlanScreenTests {
    static let day = LocalDate(year: 2025, month: 10, day: 4)
    let fresh = SampleDrill.drill.successor(title: "令和7年度 ICT-BCP（業務継続）訓練", date: day)

    func planApp(_ drill: Drill? = nil, language: Language = .en, following: Bool = false) -> App {
        let now = Timestamp(date: Self.day, hour: 7, minute: 0, second: 0, utcOffset: 9 * 3600)
        var app = App(screen: DrillBoard(drill: drill ?? fresh, fileName: "drill.json", readOnlyReason: following ? "opened read-only" : nil,
                                         following: following, now: now),
                      rows: 30, columns: 100, strings: Strings(language), time: Instant(wall: now, monotonic: 0))
        app.press(.character("P"))
        return app
    }

    func plan(_ app: App) -> DrillPlanScreen {
        guard let screen = app.screen as? DrillPlanScreen else { fatalError("not the plan editor") }
        return screen
    }

    func board(_ app: App) -> DrillBoard {
        guard let board = app.screen as? DrillBoard else { fatalError("not the board") }
        return board
    }

    @Test func goldenPanes() {
        var drill = fresh
        drill.systems[0].procedure = "管理画面から停止する。"
        drill.systems[0].responsible = "佐藤"
        drill.systems[0].phone = "0276-12-3456"
        var app = planApp(drill)
        Golden.check(app.draw(), "plan-steps-100x30")
        app.press(.tab)
        Golden.check(app.draw(), "plan-systems-100x30")
        var ja = planApp(drill, language: .ja)
        Golden.check(ja.draw(), "plan-steps-ja-100x30")
        ja.press(.tab)
        Golden.check(ja.draw(), "plan-systems-ja-100x30")
        app.press(.tab)
        Golden.check(app.draw(), "plan-contacts-100x30")
        ja.press(.tab)
        Golden.check(ja.draw(), "plan-contacts-ja-100x30")
        app.press(.tab)
        Golden.check(app.draw(), "plan-tasks-100x30")
        ja.press(.tab)
        Golden.check(ja.draw(), "plan-tasks-ja-100x30")
        app.press(.tab)
        #expect(plan(app).pane == .steps, "Tab goes round")
    }

    @Test func theFollowViewCannotPlan() {
        let app = planApp(following: true)
        #expect(app.screen is DrillBoard)
        #expect(app.draw().text.contains("Following another kansa: this board only shows"))
    }

    @Test func aReadOnlyFileCannotBePlanned() {
        let now = Timestamp(date: Self.day, hour: 7, minute: 0, second: 0, utcOffset: 9 * 3600)
        var app = App(screen: DrillBoard(drill: fresh, fileName: "drill.json", readOnlyReason: "opened read-only", now: now),
                      rows: 30, columns: 100, time: Instant(wall: now, monotonic: 0))
        app.press(.character("P"))
        #expect(app.screen is DrillBoard)
        #expect(board(app).message == Message("Read-only, nothing changed: opened read-only", isError: true))
    }

    @Test func aStepIsInsertedWithAFullWidthTimeAndUndoneOnTheBoard() throws {
        var app = planApp()
        let outage = try #require(fresh.steps.firstIndex { $0.id == "outage" })
        for _ in 0..<outage { app.press(.character("j")) }
        app.press(.character("a"))
        app.type("９時１０分")
        app.press(.enter)
        let effects = app.press(.enter)
        #expect(effects.count == 1, "saved at once")
        #expect(plan(app).drill.steps[outage + 1].plannedTime == ClockTime(hour: 9, minute: 10))
        #expect(plan(app).row == outage + 1, "the new step is selected")
        app.press(.enter, .enter, .enter, .control("u"))
        app.type("xo")
        app.press(.enter, .control("u"))
        app.type("サーバ停止状況の再確認")
        app.press(.enter, .enter, .enter, .enter)
        let step = plan(app).drill.steps[outage + 1]
        #expect(step.power == PowerColumns(commercial: false, emergency: true))
        #expect(step.laneTexts == ["servers": "サーバ停止状況の再確認"])
        app.press(.character("q"))
        #expect(board(app).drill.steps.count == fresh.steps.count + 1)
        app.press(.character("u"))
        #expect(app.draw().text.contains("Undone: step 9:10"))
        app.press(.character("u"))
        #expect(board(app).drill == fresh, "both plan edits undone on the board")
        app.press(.control("r"))
        #expect(board(app).drill.steps.count == fresh.steps.count + 1)
    }

    @Test(arguments: ["25:00", "9:60"])
    func anImpossibleTimeIsRefusedWithTheReason(_ time: String) {
        var app = planApp()
        app.press(.character("j"), .enter, .control("u"))
        app.type(time)
        for _ in 0..<7 { app.press(.enter) }
        #expect(plan(app).drill == fresh, "nothing changed")
        #expect(plan(app).message?.isError == true)
        #expect(app.draw().text.contains("“\(time)” is no time of day"))
    }

    @Test func aTimeOutOfOrderIsRefusedWithTheReason() {
        var app = planApp()
        app.press(.character("G"), .character("a"))
        app.type("8:00")
        app.press(.enter, .enter)
        #expect(plan(app).drill == fresh)
        #expect(app.draw().text.contains("8:00 would come before 13:30 above it; nothing changed"))
    }

    @Test func shiftingTheWholeTimetableToAnEightOClockStart() {
        var app = planApp()
        app.press(.character("g"), .character("-"))
        app.type("３０")
        app.press(.enter)
        #expect(plan(app).drill.steps.first?.plannedTime == ClockTime(hour: 8, minute: 0))
        #expect(plan(app).drill.steps.last?.plannedTime == ClockTime(hour: 13, minute: 0))
        let said = app.draw().text
        #expect(said.contains("Changed: ") && said.contains("(u undoes)"), "the status line says what changed")
        app.press(.character("G"), .character(">"))
        app.type("10")
        app.press(.enter)
        #expect(plan(app).drill.steps.last?.plannedTime == ClockTime(hour: 13, minute: 10))
        #expect(plan(app).drill.steps[plan(app).drill.steps.count - 2].plannedTime == ClockTime(hour: 13, minute: 0))
        app.press(.character("u"), .character("u"))
        #expect(plan(app).drill == fresh)
    }

    @Test func stepsAreMovedAndRemovedAfterY() {
        var app = planApp()
        let index = fresh.steps.firstIndex { $0.id == "after" }!
        for _ in 0..<index { app.press(.character("j")) }
        app.press(.character("J"))
        #expect(plan(app).drill.steps[index + 1].id == "after")
        app.press(.character("d"))
        #expect(app.draw().text.contains("Remove step"))
        app.press(.character("n"))
        #expect(plan(app).drill.steps.count == fresh.steps.count)
        app.press(.character("d"), .character("y"))
        #expect(!plan(app).drill.steps.contains { $0.id == "after" })
        app.press(.character("u"), .character("u"))
        #expect(plan(app).drill == fresh)
        app.press(.character("g"), .character("j"), .character("j"), .character("K"))
        #expect(plan(app).drill.steps[1].id == "generator-start", "past a step without a time of its own")
        app.press(.character("K"))
        #expect(plan(app).drill.steps[1].id == "generator-start")
        #expect(app.draw().text.contains("8:45 would come after 8:30 below it"))
    }

    @Test func aSystemIsAddedWithItsProcedurePersonAndPhone() throws {
        var app = planApp()
        app.press(.tab, .character("G"), .character("a"))
        for text in ["防災行政無線サーバ", "危機管理課", "調達", "手動", "自動（一部手動）", "○", "佐藤 一郎", "０２７６－１２－３４５６", "防災無線"] {
            app.type(text)
            app.press(.enter)
        }
        let system = try #require(plan(app).drill.systems.last)
        #expect(system.name == "防災行政無線サーバ" && system.owner == "危機管理課" && system.group == .procured)
        #expect(system.expectedShutdown == .manual && system.expectedStartup == .automaticPartlyManual && system.onEmergencyPower)
        #expect(system.responsible == "佐藤 一郎" && system.phone == "0276-12-3456" && system.shortName == "防災無線")
        #expect(plan(app).drill.participants.divisions.last?.systems == [system.id], "its owner lists it among the participants")
        #expect(app.press(.character("e")) == [.editExternally("")])
        _ = app.receive(.edited("1. 管理画面から停止\n2. 復電後に起動を確認\n"))
        #expect(plan(app).drill.systems.last?.procedure == "1. 管理画面から停止\n2. 復電後に起動を確認")
        app.press(.character("q"))
        app.press(.character("u"))
        #expect(board(app).drill.systems.last?.procedure == "")
        app.press(.character("u"))
        #expect(board(app).drill == fresh)
    }

    @Test func aSystemIsEditedAndABadModeRefused() {
        var app = planApp()
        app.press(.tab, .enter, .enter, .enter, .enter, .control("u"))
        app.type("手でやる")
        app.press(.enter, .enter, .enter, .enter, .enter, .enter)
        #expect(plan(app).drill == fresh)
        #expect(app.draw().text.contains("“手でやる” is not a value"))
        app.press(.enter, .enter, .enter, .enter, .control("u"))
        app.type("m")
        app.press(.enter, .enter, .enter, .enter, .enter, .enter)
        #expect(plan(app).drill.systems[0].expectedShutdown == .manual)
        #expect(plan(app).drill.systems[0].id == fresh.systems[0].id)
    }

    @Test func aRetiredSystemIsRemovedButOneWithMovesIsRefused() {
        var app = planApp()
        app.press(.tab, .character("G"), .character("d"), .character("y"))
        #expect(plan(app).drill.systems.count == fresh.systems.count - 1)
        app.press(.character("u"))
        #expect(plan(app).drill == fresh)
        var moved = planApp(SampleDrill.drill)
        moved.press(.tab, .character("d"))
        #expect(moved.draw().text.contains("recorded moves and cannot be retired"))
        moved.press(.character("y"))
        #expect(plan(moved).drill == SampleDrill.drill)
    }

    @Test func contactsAreAddedEditedAndRemoved() throws {
        var app = planApp()
        app.press(.tab, .tab, .character("a"))
        for text in ["日立システムズ", "２", "０３－１２３４－５６７８"] {
            app.type(text)
            app.press(.enter)
        }
        let vendor = try #require(plan(app).drill.participants.vendors.first)
        #expect(vendor.name == "日立システムズ" && vendor.headCount == 2 && vendor.phone == "03-1234-5678")
        #expect(plan(app).contactRows[plan(app).row] == .vendor(0), "the new vendor is selected")
        app.press(.character("G"), .character("a"))
        for text in ["子育て支援課", "田中、鈴木", "内線123", "相談システム", ""] {
            app.type(text)
            app.press(.enter)
        }
        #expect(app.draw().text.contains("相談システム is not a system of the plan"), "an unknown system is refused")
        app.press(.character("a"))
        for text in ["子育て支援課", "田中、鈴木", "内線123", "家庭児童相談システム", "相談記録NAS"] {
            app.type(text)
            app.press(.enter)
        }
        let division = try #require(plan(app).drill.participants.divisions.last)
        #expect(division.name == "子育て支援課" && division.attendees == ["田中", "鈴木"] && division.phone == "内線123")
        #expect(division.systems == ["child-consultation"] && division.otherServers == ["相談記録NAS"])
        app.press(.enter, .enter, .control("u"))
        app.type("田中")
        app.press(.enter, .enter, .enter, .enter)
        #expect(plan(app).drill.participants.divisions.last?.attendees == ["田中"])
        #expect(plan(app).drill.participants.divisions.last?.systems == ["child-consultation"], "the prompt is filled with its systems")
        app.press(.character("g"), .character("a"))
        app.type("日立システムズ")
        app.press(.enter, .enter, .enter)
        #expect(app.draw().text.contains("日立システムズ is in the contact check already; nothing changed"))
        app.press(.character("G"), .character("d"), .character("y"))
        #expect(plan(app).drill.participants.divisions.count == fresh.participants.divisions.count)
        for _ in 0..<4 { app.press(.character("u")) }
        #expect(plan(app).drill == fresh)
    }

    @Test func aContactReachedIsNotRemoved() {
        var drill = fresh
        drill.participants.vendors[0].reached = RecordedTime(now: drill.instant(ClockTime(hour: 9, minute: 10)))
        var app = planApp(drill)
        app.press(.tab, .tab, .character("j"), .character("d"))
        #expect(app.draw().text.contains("was reached in the contact check and cannot be removed"))
        app.press(.character("y"))
        #expect(plan(app).drill == drill)
    }

    @Test func aTaskIsAddedWithTheNextLabelEditedAndRefusedWithoutText() throws {
        var app = planApp()
        app.press(.tab, .tab, .tab, .character("G"), .character("a"), .enter)
        app.type("非常用電話の確認")
        app.press(.enter)
        app.type("非常用電話")
        app.press(.enter)
        let task = try #require(plan(app).drill.tasks.last)
        #expect(task.label == "キ" && task.text == "非常用電話の確認" && task.resultTitle == "非常用電話")
        app.press(.enter, .enter, .control("u"))
        app.type("衛星電話の確認")
        app.press(.enter, .enter)
        #expect(plan(app).drill.tasks.last?.text == "衛星電話の確認")
        app.press(.character("a"), .enter, .enter, .enter)
        #expect(app.draw().text.contains("A task needs its text; nothing changed"))
        app.press(.character("K"))
        #expect(plan(app).drill.tasks[fresh.tasks.count - 1].id == task.id)
        app.press(.character("d"), .character("y"))
        #expect(plan(app).drill.tasks.count == fresh.tasks.count)
        for _ in 0..<4 { app.press(.character("u")) }
        #expect(plan(app).drill == fresh)
    }

    @Test func whatThePlanEditorSavesReadsBackOnTheBoard() throws {
        var app = planApp()
        app.press(.tab, .enter)
        for _ in 0..<6 { app.press(.enter) }
        app.type("佐藤")
        app.press(.enter)
        app.type("0276-12-3456")
        app.press(.enter, .enter)
        app.press(.character("e"))
        let effects = app.receive(.edited("管理画面から停止する。\n"))
        guard case .save(let document)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        let back = try DocumentFormat.decode(DocumentFormat.encode(document))
        #expect(back == .drill(plan(app).drill))
        guard case .drill(let drill) = back else { return }
        #expect(drill.systems[0].responsible == "佐藤" && drill.systems[0].phone == "0276-12-3456")
        #expect(drill.systems[0].procedure == "管理画面から停止する。")
        app.press(.character("q"))
        let reopened = App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: drill.instant(ClockTime(hour: 7, minute: 0))),
                           rows: 30, columns: 100)
        #expect(board(reopened).drill == board(app).drill, "the board holds what was saved")
    }

    @Test func aClockJumpUnderThePlanEditorWritesNothingOverThePlan() {
        var app = planApp()
        app.press(.character("g"), .character("-"))
        app.type("30")
        app.press(.enter)
        func at(_ second: Int) -> Timestamp { Timestamp(date: Self.day, hour: 7, minute: 0, second: second, utcOffset: 9 * 3600) }
        #expect(app.tick(wall: at(1), monotonic: 1).isEmpty)
        #expect(app.tick(wall: at(2), monotonic: 2).isEmpty)
        #expect(app.tick(wall: at(50), monotonic: 3).isEmpty, "the board below saves nothing while the plan is edited")
        app.press(.character("q"))
        #expect(board(app).drill.steps.first?.plannedTime == ClockTime(hour: 8, minute: 0))
    }
}
