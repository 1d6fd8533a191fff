import KansaCore
import KansaFuzz
import Testing
@testable import KansaUI

/// The run loop on the in-memory terminal: events stamped by the clock as they arrive, ticks, resizes, the
/// follow view reloading, and `q` back to the home screen.
struct InterfaceLoopTests {
    static let day = LocalDate(year: 2024, month: 10, day: 5)
    /// 8:30:00 in Japan, read off a machine whose clock is set to UTC.
    static let start = Timestamp(date: day, hour: 8, minute: 30, utcOffset: 9 * 3600)
    let drill = SampleDrill.drill.successor(title: "訓練", date: day)

    func loop(_ screen: any AppScreen, clock: ManualClock, script: [MemoryTerminal.Input], work: ScriptedWork = ScriptedWork()) -> (InterfaceLoop, MemoryTerminal) {
        let terminal = MemoryTerminal(rows: 30, columns: 100, script: script, wait: clock.advance)
        let app = App(screen: screen, rows: 30, columns: 100, time: clock.now())
        return (InterfaceLoop(app: app, terminal: terminal, clock: clock, runner: work), terminal)
    }

    func boardOf(_ loop: InterfaceLoop) -> DrillBoard {
        loop.app.screen as! DrillBoard
    }

    @Test func aStampCarriesTheMomentOfItsKeyInTheDrillsOffsetWhateverTheMachinesZone() throws {
        let clock = ManualClock(Self.start, utcOffset: 0)
        // Keys every 40 ms for a few seconds, an Enter (a stamp) every 25th: the clock ticks in between only when
        // no key comes, so the last tick is never the time of a stamp.
        var script: [MemoryTerminal.Input] = [.pause(milliseconds: 700)]
        var stampsAt: [Int64] = []
        var elapsed: Int64 = 700
        for i in 0..<200 {
            script.append(.pause(milliseconds: 40))
            elapsed += 40
            if i % 25 == 24 {
                script.append(.key(.enter))
                stampsAt.append((Self.start.seconds * 1000 + elapsed) / 1000)
            } else {
                script.append(.key(i % 2 == 0 ? .down : .up))
            }
        }
        let board = DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: clock.now().wall)
        let work = ScriptedWork()
        let (loop, _) = loop(board, clock: clock, script: script, work: work)
        loop.run()
        let stamps = boardOf(loop).drill.steps.compactMap(\.actual)
        #expect(stamps.map(\.happened.seconds) == stampsAt)
        #expect(stamps.allSatisfy { $0.happened.utcOffset == 9 * 3600 })
        #expect(stamps.first?.happened.description.hasSuffix("+09:00") == true)
        #expect(work.saved.count == stamps.count, "each stamp saved before the next key")
    }

    @Test func theBoardsClockTicksInTheDrillsOffset() {
        let clock = ManualClock(Self.start, utcOffset: 0)
        let board = DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: clock.now().wall)
        let (loop, terminal) = loop(board, clock: clock, script: [.pause(milliseconds: 65_000)])
        loop.run()
        #expect(terminal.lastFrame?.text.contains("08:31:05") == true)
        #expect(terminal.frames.count > 60, "a frame a second")
    }

    @Test func aResizeReachesTheApp() {
        let clock = ManualClock(Self.start)
        let (loop, terminal) = loop(DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: Self.start), clock: clock,
                                    script: [.resize(rows: 24, columns: 80)])
        loop.run()
        #expect(loop.app.rows == 24 && loop.app.columns == 80)
        #expect(terminal.lastFrame?.columns == 80)
    }

    @Test func theFollowViewReloadsWhatTheOtherKansaWrote() throws {
        let clock = ManualClock(Self.start, utcOffset: 9 * 3600)
        let work = ScriptedWork(watches: true)
        var next = drill
        next.apply(try next.nextPowerChange(now: Self.start.adding(seconds: 1)))
        work.changes = [.followed(next)]
        let board = DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, following: true, now: Self.start)
        let (loop, terminal) = loop(board, clock: clock, script: [.pause(milliseconds: 300), .key(.enter)], work: work)
        loop.run()
        #expect(boardOf(loop).drill == next)
        #expect(terminal.frames.first?.text.contains("T+") == false)
        #expect(terminal.lastFrame?.text.contains("T+0:00:0") == true, "the outage shows, with the time since it")
        #expect(work.saved.isEmpty, "the follow view records nothing")
    }

    @Test func qGoesBackToTheListWithTheCursorOnTheDocumentAndQThereQuits() {
        let clock = ManualClock(Self.start)
        let entries = [
            HomeScreen.Entry(path: "/w/audit.json", document: .audit(SampleAudit.audit)),
            HomeScreen.Entry(path: "/w/drill.json", document: .drill(drill)),
        ]
        let work = ScriptedWork()
        work.documents = ["/w/drill.json": .drill(drill)]
        let home = HomeScreen(folder: "/w", entries: entries, created: false, strings: Strings(.en))
        let (loop, terminal) = loop(home, clock: clock, script: [
            .key(.down), .key(.enter), .key(.enter), .key(.character("q")), .key(.character("q")), .key(.character("j")),
        ], work: work)
        loop.run()
        #expect(work.done.contains(.closeDocument))
        #expect(terminal.script == [.key(.character("j"))], "the second q quit")
        let back = loop.app.screen as! HomeScreen
        #expect(back.cursor == 1)
        #expect(back.entries[1].progress == "1/\(drill.steps.count)", "the list shows what was recorded")
        #expect(terminal.lastFrame?.text.contains("drill.json") == true)
    }

    @Test func editsAFailedSaveLeftOffTheDiskAreRescuedWhenTheTerminalGoes() {
        let clock = ManualClock(Self.start)
        let work = ScriptedWork()
        work.saveFailure = "No space left on device"
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
        let (loop, _) = loop(screen, clock: clock, script: [.key(.character("x"))], work: work)
        loop.run()
        guard case .rescue(.audit(let rescued))? = work.done.last else {
            Issue.record("no rescue: \(work.done)")
            return
        }
        #expect(rescued.counts.needsImprovement == SampleAudit.audit.counts.needsImprovement + 1)
    }

    @Test func ctrlCQuitsAtOnceFromAnyScreen() {
        let clock = ManualClock(Self.start)
        let (loop, terminal) = loop(DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: Self.start), clock: clock,
                                    script: [.key(.character("a")), .key(.control("c")), .key(.enter)])
        loop.run()
        #expect(terminal.script == [.key(.enter)])
    }
}

/// The follow view, when its file goes bad or away, keeps the last good state, marks it stale and says why; a
/// good file again takes the mark away.
struct StaleFollowViewTests {
    @Test func aBadFileMarksTheBoardStale() {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let start = Timestamp(date: day, hour: 9, minute: 0, utcOffset: 9 * 3600)
        let drill = SampleDrill.drill.successor(title: "訓練", date: day)
        var app = App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: "opened read-only", following: true, now: start),
                      rows: 30, columns: 100, time: Instant(wall: start, monotonic: 0))
        app.receive(.followFailed("drill.json:1:2: the file ends inside an object"))
        let text = app.draw().text
        #expect(text.contains("[STALE]"))
        #expect(text.contains("drill.json:1:2: the file ends inside an object"))
        #expect(text.contains("Systems"), "the last good state stays")
        Golden.check(app.draw(), "board-stale-100x30")
        app.receive(.followed(drill))
        #expect(!app.draw().text.contains("STALE"))
    }
}
