import KansaCore
import KansaReport
import KansaStore
import Testing
@testable import KansaUI

/// The live board the server room can trust: Enter stamps the step the drill is at wherever the highlight is,
/// moves are manual or automatic as planned, an overdue step says so, undo says what it undid, and no delay is
/// counted across days.
struct LiveBoardTests {
    static let day = LocalDate(year: 2024, month: 10, day: 5)
    static func at(_ h: Int, _ m: Int, _ s: Int = 0, day: LocalDate = day) -> Timestamp {
        Timestamp(date: day, hour: h, minute: m, second: s, utcOffset: 9 * 3600)
    }
    let fresh = SampleDrill.drill.successor(title: "訓練", date: day)

    func app(now: Timestamp) -> App {
        App(screen: DrillBoard(drill: fresh, fileName: "drill.json", readOnlyReason: nil, now: now), rows: 30, columns: 100,
            time: Instant(wall: now, monotonic: 0))
    }

    func board(_ app: App) -> DrillBoard { app.screen as! DrillBoard }

    @Test func enterStampsTheCurrentStepWhereverTheHighlightIs() {
        var app = app(now: Self.at(8, 31))
        app.press(.down, .down, .down, .enter)
        #expect(board(app).drill.steps[0].actual != nil, "▶ was stamped")
        #expect(board(app).drill.steps[3].actual == nil, "not the highlighted one")
        #expect(board(app).step == 1, "the highlight follows to the next step")
        app.press(.down, .down, .character("s"))
        #expect(board(app).drill.steps[3].actual != nil, "s stamps the highlighted step")
        #expect(board(app).currentStep == 4)
    }

    @Test func movesAreManualOrAutomaticAsPlanned() throws {
        var app = app(now: Self.at(9, 10))
        app.press(.tab)
        let timecard = try #require(fresh.systems.firstIndex { $0.expectedShutdown == .manual })
        let core = try #require(fresh.systems.firstIndex { $0.expectedShutdown == .automatic })
        for _ in 0..<timecard { app.press(.down) }
        app.press(.character(" "))
        for _ in 0..<timecard { app.press(.up) }
        for _ in 0..<core { app.press(.down) }
        app.press(.character(" "))
        let moves = board(app).drill.moves
        #expect(moves.first { $0.system == fresh.systems[timecard].id }?.manual == true)
        #expect(moves.first { $0.system == fresh.systems[core].id }?.manual == false)
    }

    @Test func anOverdueStepShowsItsRunningDelayAndTheTopBarNamesIt() {
        let app = app(now: Self.at(8, 34))
        let text = app.draw().text
        #expect(text.contains("8:30 集合 +4m late"))
        #expect(text.split(separator: "\n")[2].contains("+4m"), "the running delay on ▶'s row")
    }

    @Test func theBellRingsOnceAStepWhenTheSettingsAskForIt() {
        func bells(_ effects: [AppEffect]) -> Int { effects.filter { $0 == .bell }.count }
        let start = Self.at(8, 29)
        var app = App(screen: DrillBoard(drill: fresh, fileName: "drill.json", readOnlyReason: nil, now: start), rows: 30, columns: 100,
                      bell: true, time: Instant(wall: start, monotonic: 0))
        #expect(bells(app.tick(wall: Self.at(8, 29, 30), monotonic: 30)) == 0, "not overdue yet")
        #expect(bells(app.tick(wall: Self.at(8, 30, 30), monotonic: 90)) == 1, "8:30 集合 falls overdue")
        #expect(bells(app.tick(wall: Self.at(8, 31), monotonic: 120)) == 0, "once a step")
        app.press(.enter, .enter)
        #expect(bells(app.tick(wall: Self.at(8, 46), monotonic: 1020)) == 1, "8:45 falls overdue in its turn")
        var quiet = self.app(now: start)
        #expect(bells(quiet.tick(wall: Self.at(8, 31), monotonic: 120)) == 0, "no bell unless the settings ask")
    }

    @Test func aGeneratorRunningButNotFeedingHasALampOfItsOwn() {
        var app = app(now: Self.at(8, 46))
        func top() -> String { String(app.draw().text.split(separator: "\n")[0]) }
        #expect(top().hasSuffix("Emergency ○"), "not started yet")
        app.press(.enter, .enter, .enter)
        #expect(top().hasSuffix("Emergency ◐ not feeding"), "8:45 非常用発電機起動 (非送電状態) stamped")
        app.press(.character("p"))
        #expect(top().hasSuffix("Emergency ◐ not feeding"), "the outage: still running, not feeding")
        app.press(.character("p"))
        #expect(top().hasSuffix("Emergency ●"), "the generator feeds the room")
    }

    @Test func undoAndRedoSayWhatTheyUndid() {
        var app = app(now: Self.at(8, 31))
        app.press(.enter, .character("u"))
        #expect(app.draw().text.contains("Undone: the time of step 8:30 集合"))
        app.press(.control("r"))
        #expect(app.draw().text.contains("Redone: the time of step 8:30 集合"))
    }

    @Test func anyPowerChangeOrMoveIsCorrectedFromTheLog() throws {
        var app = app(now: Self.at(9, 5))
        app.press(.character("p"), .tab, .character(" "), .character(" "))
        app.press(.tab, .tab)
        let log = board(app).log
        let power = try #require(log.firstIndex { if case .power = $0.line { true } else { false } })
        for _ in 0..<power { app.press(.down) }
        app.press(.character("e"))
        app.type("9:03")
        app.press(.enter)
        #expect(board(app).drill.powerChanges[0].time.effective == Self.at(9, 3))
        let first = board(app).drill.moves[0].id
        let firstMove = try #require(board(app).log.firstIndex { $0.reference == .move(first) })
        #expect(board(app).log[board(app).event].reference == .power(board(app).drill.powerChanges[0].id), "the highlight follows the corrected entry")
        while board(app).event > 0 { app.press(.up) }
        for _ in 0..<firstMove { app.press(.down) }
        app.press(.character("e"))
        app.type("-1m")
        app.press(.enter)
        #expect(board(app).drill.moves[0].time.effective == Self.at(9, 4), "the first move, not only the last")
        #expect(app.draw().text.contains("09:03:00*power outage"))
    }

    @Test func noDelayIsCountedAcrossDays() {
        var drill = fresh
        drill.apply(try! drill.stamp(step: drill.steps[0].id, now: Self.at(8, 40, day: LocalDate(year: 2024, month: 10, day: 6))))
        #expect(drill.delay(of: drill.steps[0]) == nil)
        #expect(drill.delay(drill.steps[0].plannedTime!, at: Self.at(8, 40)) == 600)
    }
}

/// A step the room passes over is marked skipped: ▶ moves past it, the file keeps the mark, the report says 省略.
struct SkippedStepTests {
    @Test func aSkippedStepIsPassedOver() {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let now = Timestamp(date: day, hour: 8, minute: 31, utcOffset: 9 * 3600)
        var app = App(screen: DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: day), fileName: "drill.json", readOnlyReason: nil, now: now),
                      rows: 30, columns: 100, time: Instant(wall: now, monotonic: 0))
        app.press(.character("S"))
        let board = app.screen as! DrillBoard
        #expect(board.drill.steps[0].skipped && board.currentStep == 1)
        #expect(app.draw().text.contains("skipped"))
        app.press(.enter)
        #expect((app.screen as! DrillBoard).drill.steps[1].actual != nil, "Enter stamps the step after the skipped one")
        app.press(.character("u"), .character("u"))
        #expect(!(app.screen as! DrillBoard).drill.steps[0].skipped)
    }
}

/// A system that stays up on its UPS: a state of its own, understood by the results table and the downtime.
struct KeptRunningTests {
    @Test func aSystemKeptRunningHasNoDowntimeAndTheResultsSaySo() throws {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let now = Timestamp(date: day, hour: 9, minute: 5, utcOffset: 9 * 3600)
        var app = App(screen: DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: day), fileName: "drill.json", readOnlyReason: nil, now: now),
                      rows: 30, columns: 100, time: Instant(wall: now, monotonic: 0))
        app.press(.tab, .character("U"))
        let drill = (app.screen as! DrillBoard).drill
        let id = drill.systems[0].id
        #expect(drill.state(of: id) == .keptRunning)
        #expect(drill.downtime(of: id, now: now.adding(seconds: 3600)) == nil)
        #expect(drill.results[0].keptRunning)
        #expect(app.draw().text.contains("kept running"))
        app.press(.character(" "))
        #expect((app.screen as! DrillBoard).drill.moves.count == 1, "no move after it")
        app.press(.character("U"))
        #expect(app.draw().text.contains("has moved already"))
        let text = MarkdownExport.render(Report.of(.drill(drill)))
        #expect(text.contains("稼働継続"))
        #expect((try? DocumentFile.checkReadable(DocumentFormat.encode(.drill(drill)), path: "d.json")) != nil, "the file reads back")
    }
}

/// A drill opened on another day than its own says so, counts no delay or elapsed time, and moves to today with D
/// while nothing is recorded.
struct OtherDayTests {
    @Test func aDrillOpenedOnAnotherDaySaysSoAndMovesToToday() {
        let planned = LocalDate(year: 2024, month: 10, day: 5)
        let today = LocalDate(year: 2024, month: 10, day: 9)
        let now = Timestamp(date: today, hour: 8, minute: 31, utcOffset: 9 * 3600)
        var app = App(screen: DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: planned), fileName: "drill.json", readOnlyReason: nil, now: now),
                      rows: 30, columns: 100, time: Instant(wall: now, monotonic: 0))
        #expect(app.draw().text.contains("This drill is dated 2024-10-05, today is 2024-10-09"))
        #expect(!app.draw().text.contains("next step in"))
        app.press(.character("D"))
        #expect((app.screen as! DrillBoard).drill.date == today)
        #expect(!app.draw().text.contains("This drill is dated"))
        app.press(.enter, .character("u"), .character("u"))
        #expect((app.screen as! DrillBoard).drill.date == planned)
        app.press(.control("r"), .control("r"), .character("D"))
        #expect(app.draw().text.contains("has records of"), "a drill with records keeps its day")
    }
}

/// The follow view on a projector: ▶ stays in sight as the drill goes on, and lists too long for their pane turn
/// their pages by themselves.
struct FollowViewPagingTests {
    @Test func theFollowViewKeepsTheCurrentStepAndTurnsItsPages() throws {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let now = Timestamp(date: day, hour: 12, minute: 0, utcOffset: 9 * 3600)
        var drill = SampleDrill.drill.successor(title: "訓練", date: day)
        var app = App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: "following", following: true, now: now),
                      rows: 24, columns: 80, time: Instant(wall: now, monotonic: 0))
        for index in 0..<14 {
            drill.apply(try drill.stamp(step: drill.steps[index].id, now: now.adding(seconds: Int64(index))))
        }
        app.receive(.followed(drill))
        let board = app.screen as! DrillBoard
        #expect(board.step == 14, "▶ is where the drill is")
        #expect(app.draw().text.contains("▶"))
        let first = app.draw().text
        for second in 1...DrillBoard.secondsAPage { app.tick(wall: now.adding(seconds: Int64(second)), monotonic: Int64(second)) }
        #expect(app.draw().text != first, "a page of systems or contacts turned")
    }

    @Test func at80ColumnsDowntimesAreWholeAndContactsLineUp() {
        let recorded = SampleDrill.drill
        let now = recorded.instant(ClockTime(hour: 14, minute: 0))
        let app = App(screen: DrillBoard(drill: recorded, fileName: "drill.json", readOnlyReason: "following", following: true, now: now),
                      rows: 24, columns: 80, time: Instant(wall: now, monotonic: 0))
        let lines = app.draw().text.split(separator: "\n").map(String.init)
        let width = CharacterWidth()
        let downtimes = lines.filter { $0.contains("10:30:00 auto") || $0.contains("10:30:00 manual") }
        #expect(!downtimes.isEmpty)
        for line in downtimes { #expect(line.hasSuffix("1:26:00"), "\(line)") }
        let statusColumns = lines.compactMap { line -> Int? in
            guard let range = line.range(of: "not reached") ?? line.range(of: "reached ") else { return nil }
            return width.width(of: String(line[..<range.lowerBound]))
        }
        #expect(statusColumns.count >= 3)
        #expect(Set(statusColumns).count == 1, "every contact's status starts in one column: \(statusColumns)")
    }
}
