import Testing
import KansaCore
@testable import KansaUI

/// The drill board with a fixed clock: golden screens before, during and after the outage, the follow view,
/// and key sequences.
struct DrillBoardTests {
    static let day = LocalDate(year: 2024, month: 10, day: 5)
    static func at(_ h: Int, _ m: Int, _ s: Int = 0) -> Timestamp {
        Timestamp(date: day, hour: h, minute: m, second: s, utcOffset: 9 * 3600)
    }
    let fresh = SampleDrill.drill.successor(title: "令和6年度 ICT-BCP（業務継続）訓練", date: day)

    func app(_ drill: Drill, now: Timestamp, following: Bool = false, rows: Int = 30, columns: Int = 100) -> App {
        App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: following ? "opened read-only" : nil,
                                    following: following, now: now), rows: rows, columns: columns, time: Instant(wall: now, monotonic: 0))
    }

    func board(_ app: App) -> DrillBoard {
        guard let board = app.screen as? DrillBoard else { fatalError("not the board") }
        return board
    }

    /// Runs the morning of the sample's timetable: stamps, power, two systems, a contact, an event.
    func during() -> App {
        var app = app(fresh, now: Self.at(8, 31, 5))
        app.press(.enter, .enter)
        _ = app.tick(wall: Self.at(8, 47), monotonic: 100)
        app.press(.enter)
        _ = app.tick(wall: Self.at(9, 4, 10), monotonic: 1130)
        app.press(.enter, .character("p"), .tab, .character(" "), .down, .character(" "), .character("m"))
        _ = app.tick(wall: Self.at(9, 10), monotonic: 1480)
        app.press(.tab, .enter, .tab, .character("a"))
        app.type("発電機の燃料臭")
        app.press(.enter)
        _ = app.tick(wall: Self.at(9, 12, 30), monotonic: 1630)
        return app
    }

    @Test func beforeTheOutage() {
        Golden.check(app(fresh, now: Self.at(8, 20)).draw(), "board-before-100x30")
    }

    /// A long overdue step on a narrow follow view gives way, cut with …, before the title's start and the lamps.
    @Test func aLongOverdueStepFitsTheTopBar() {
        var drill = fresh
        let restored = drill.steps.firstIndex { $0.id == "restored" }!
        for i in 0..<restored { drill.steps[i].actual = RecordedTime(now: drill.instant(ClockTime(hour: 12, minute: 0))) }
        for columns in [80, 100] {
            let top = app(drill, now: Self.at(12, 45), following: true, rows: 24, columns: columns).draw().text.split(separator: "\n")[0]
            #expect(top.hasPrefix(" kansa │ 令"), "\(top)")
            #expect(top.contains("12:45:00  12:30 通常電源") && top.contains("…  Commercial ●  Emergency "), "\(top)")
        }
    }

    @Test func duringTheOutage() {
        let app = during()
        Golden.check(app.draw(), "board-during-100x30")
        let drill = board(app).drill
        #expect(drill.powerPhase == .outage)
        #expect(drill.steps.prefix(4).allSatisfy { $0.actual != nil })
        #expect(drill.state(of: "core") == .shuttingDown)
        #expect(drill.moves.last { $0.system == "intra" }?.manual == true)
        #expect(drill.participants.vendors[0].reached?.effective == Self.at(9, 10))
        #expect(drill.events.map(\.text) == ["発電機の燃料臭"])
        #expect(app.draw().text.contains("T+0:08:20"))
    }

    @Test func afterTheDrill() {
        Golden.check(app(SampleDrill.drill, now: Timestamp(date: SampleDrill.drill.date, hour: 13, minute: 45, utcOffset: 9 * 3600)).draw(),
                     "board-after-100x30")
    }

    @Test func theFollowViewOnlyShows() {
        var app = app(during().drill, now: Self.at(9, 12, 30), following: true)
        Golden.check(app.draw(), "board-follow-100x30")
        #expect(app.press(.enter).isEmpty)
        #expect(app.draw().text.contains("Following another kansa: this board only shows"))
        var next = board(app).drill
        next.apply(try! next.nextPowerChange(now: Self.at(9, 35)))
        app.receive(.followed(next))
        #expect(app.draw().text.contains("Emergency ●"))
        #expect(board(app).drill.powerPhase == .generator)
    }

    @Test func tooSmall() {
        Golden.check(app(fresh, now: Self.at(8, 20), rows: 10, columns: 40).draw(), "board-too-small-40x10")
    }

    @Test func aCorrectionIsTypedAndRefusedWhenOutOfOrder() {
        var app = during()
        app.press(.tab)
        #expect(board(app).pane == .timeline)
        app.press(.up, .up)
        app.press(.character("e"))
        #expect(app.draw().text.contains("Correct to:  now 08:47:00"), "the line starts empty, the time being corrected beside it")
        app.type("-1m")
        app.press(.enter)
        let step = board(app).drill.steps[2]
        #expect(step.actual?.effective == Self.at(8, 46))
        #expect(step.actual?.happened == Self.at(8, 47))
        #expect(app.draw().text.contains("Corrected: the time of step 8:45"), "a correction says what it did: \(app.draw().text)")
        app.press(.character("e"))
        app.type("8:20")
        app.press(.enter)
        #expect(app.draw().text.contains("08:20:00 is before the one before it (08:31:05)"))
        app.press(.character("e"))
        app.type("x")
        app.press(.enter)
        #expect(app.draw().text.contains("is not a time"))
    }

    /// Corrected in the log, an entry moves to its new place in time order and the highlight goes with it.
    @Test func theLogHighlightFollowsACorrectedEntry() {
        var app = during()
        while board(app).pane != .log { app.press(.tab) }
        let first = board(app).log[board(app).event].reference
        app.press(.character("e"))
        app.type("8:50")
        app.press(.enter)
        #expect(board(app).log[board(app).event].reference == first, "\(app.draw().text)")
        #expect(app.draw().text.contains("Corrected: the time of"))
    }

    @Test func undoAndRedoWalkBackThroughTheRecords() {
        var app = during()
        let recorded = board(app).drill
        for _ in 0..<10 { app.press(.character("u")) }
        #expect(board(app).drill == fresh)
        for _ in 0..<10 { app.press(.control("r")) }
        #expect(board(app).drill == recorded)
    }

    @Test func refusedMovesSayWhy() {
        var app = app(SampleDrill.drill, now: Self.at(13, 45))
        app.press(.character("p"))
        #expect(app.draw().text.contains("Commercial power is back already"))
        app.press(.enter)
        #expect(app.draw().text.contains("The last step is stamped"))
        app.press(.up, .character("s"))
        #expect(app.draw().text.contains("stamped already"))
    }

    @Test func aWallClockJumpIsLogged() {
        var app = app(fresh, now: Self.at(9, 0))
        #expect(app.tick(wall: Self.at(9, 0), monotonic: 10).isEmpty)
        #expect(app.tick(wall: Self.at(9, 0, 1), monotonic: 11).isEmpty)
        let effects = app.tick(wall: Self.at(9, 5, 2), monotonic: 12)
        #expect(effects.count == 1)
        #expect(board(app).drill.events.last?.text == "The wall clock jumped by 0:05:00")
    }
}

extension App {
    var drill: Drill {
        guard let board = screen as? DrillBoard else { fatalError("not the board") }
        return board.drill
    }
}

struct DrillClockTests {
    @Test func elapsedTimeRunsOnTheMonotonicClockThroughAWallClockJump() throws {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        func at(_ h: Int, _ m: Int, _ s: Int = 0) -> Timestamp { Timestamp(date: day, hour: h, minute: m, second: s, utcOffset: 9 * 3600) }
        var drill = SampleDrill.drill.successor(title: "訓練", date: day)
        drill.apply(try drill.nextPowerChange(now: at(9, 4)))
        var app = App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: at(9, 4)), rows: 30, columns: 100, time: Instant(wall: at(9, 4), monotonic: 0))
        _ = app.tick(wall: at(9, 10), monotonic: 1000)
        #expect(app.draw().text.contains("09:10:00  T+0:06:00"))
        _ = app.tick(wall: at(9, 20, 1), monotonic: 1001)
        let text = app.draw().text
        #expect(text.contains("09:20:01  T+0:06:01"), "the wall clock jumped ten minutes; the elapsed time did not")
        #expect(text.contains("The wall clock jumped by 0:10:00"))
    }

    /// A drill another kansa is recording opens read-only, and its board says so at once, with who holds it.
    @Test func aBoardOpenedReadOnlySaysWhyOnItsFirstFrame() {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let now = Timestamp(date: day, hour: 9, minute: 12, second: 30, utcOffset: 9 * 3600)
        let reason = "another kansa (process 4242) is editing this file"
        let app = App(screen: DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: day), fileName: "drill.json",
                                              readOnlyReason: reason, now: now), rows: 30, columns: 100)
        let rows = app.draw().text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].contains("Read-only: " + reason) || rows[1].contains("読み取り専用: " + reason), "\(rows[1])")
    }

    /// The sample drill is 2023-10-07's record: opened on another day, its banner says so, cut with `…` where the
    /// terminal is narrow, and Enter past its last step offers no key that could not record anything.
    @Test func aDrillOfAnotherDayOffersNoStampingKey() {
        let now = Timestamp(date: LocalDate(year: 2026, month: 11, day: 28), hour: 10, minute: 0, second: 0, utcOffset: 9 * 3600)
        var app = App(screen: DrillBoard(drill: SampleDrill.drill, fileName: "drill.json", readOnlyReason: nil, now: now),
                      rows: 30, columns: 80)
        let banner = app.draw().text.split(separator: "\n", omittingEmptySubsequences: false)[1]
        #expect(banner.contains("2023-10-07") && banner.hasSuffix("…"), "\(banner)")
        app.press(.enter)
        let status = app.draw().text.split(separator: "\n").last ?? ""
        #expect(status.contains("The last step is stamped") && !status.contains("s stamps"), "\(status)")
    }

    @Test func theFollowViewHasABigClock() {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let now = Timestamp(date: day, hour: 9, minute: 12, second: 30, utcOffset: 9 * 3600)
        let app = App(screen: DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: day), fileName: "drill.json",
                                              readOnlyReason: "opened read-only", following: true, now: now), rows: 40, columns: 120)
        let frame = app.draw()
        #expect(frame.text.contains(BigText.rows("09:12:30")[0]))
        Golden.check(frame, "board-follow-big-120x40")
    }
}

struct DrillResultsOnTheBoardTests {
    @Test func aModeOtherThanPlannedIsFlaggedAndACorrectionMarked() throws {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        func at(_ h: Int, _ m: Int) -> Timestamp { Timestamp(date: day, hour: h, minute: m, utcOffset: 9 * 3600) }
        var drill = SampleDrill.drill.successor(title: "訓練", date: day)
        drill.apply(try drill.advance(system: "timecard", manual: false, now: at(9, 4)))
        drill.apply(try drill.stamp(step: "assemble", now: at(8, 33)))
        drill.apply(try drill.correct(.step("assemble"), to: at(8, 31), now: at(8, 40)))
        drill.apply(try drill.nextPowerChange(now: at(9, 4)))
        drill.apply(try drill.nextPowerChange(now: at(9, 33)))
        let text = App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: at(9, 40)), rows: 30, columns: 100)
            .draw().text
        #expect(text.contains("≠auto/manual"), "打刻システム is expected manual, shut down automatically")
        #expect(text.contains("08:31:00*"))
        #expect(text.contains("outage to generator feed 0:29:00"))
    }
}

/// The board in Japanese and with ambiguous characters two columns wide.
struct DrillBoardLanguageAndWidthTests {
    static let day = LocalDate(year: 2024, month: 10, day: 5)
    let board = DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: day), fileName: "drill.json", readOnlyReason: nil,
                           now: Timestamp(date: day, hour: 8, minute: 20, utcOffset: 9 * 3600))

    @Test func inJapanese() {
        let frame = App(screen: board, rows: 30, columns: 100, strings: Strings(.ja)).draw()
        #expect(frame.text.contains("予定") && frame.text.contains("連絡確認") && frame.text.contains("未連絡"))
        Golden.check(frame, "board-ja-100x30")
    }

    @Test func wide() {
        let width = CharacterWidth(ambiguousIsWide: true)
        let frame = App(screen: board, rows: 30, columns: 100, width: width).draw()
        for row in 0..<frame.rows {
            #expect(width.width(of: frame.line(row)) == 100, "row \(row) spans the screen exactly")
        }
        Golden.check(frame, "board-wide-100x30")
    }
}
