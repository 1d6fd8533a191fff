import KansaCore
import Testing
@testable import KansaUI

/// A recorded drill played again: the board shows only what was recorded by the replayed moment, the speed and
/// pause keys work, → jumps to the next record, and nothing is ever saved.
struct DrillReplayTests {
    let recorded = SampleDrill.drill

    func replayApp(speed: Int = 600) -> App {
        App(screen: DrillReplay(drill: recorded, fileName: "drill.json", speed: speed, readOnlyReason: "replay"),
            rows: 30, columns: 100, time: Instant(wall: recorded.recordedMoments[0], monotonic: 0))
    }

    func replay(_ app: App) -> DrillReplay { app.screen as! DrillReplay }

    @Test func theDrillAsItStoodLeavesOutEverythingLater() throws {
        let outage = try #require(recorded.powerChanges.first?.time.effective)
        let then = recorded.asOf(outage)
        #expect(then.powerChanges.count == 1)
        #expect(then.moves.allSatisfy { $0.time.effective.seconds <= outage.seconds })
        #expect(then.steps.compactMap(\.actual).allSatisfy { $0.effective.seconds <= outage.seconds })
        #expect(then.steps.contains { $0.actual == nil } && then.steps.contains { $0.actual != nil }, "stamped up to the outage, not after")
        #expect(recorded.asOf(recorded.recordedMoments.last!) == recorded, "at the last record, the whole record")
        #expect(recorded.recordedMoments == recorded.recordedMoments.sorted { $0.seconds < $1.seconds })
    }

    @Test func ticksPlayAtTheSpeedAndNothingIsSaved() {
        var app = replayApp()
        let start = replay(app).moment
        var effects: [AppEffect] = []
        for second in 1...3 { effects += app.tick(wall: start, monotonic: Int64(second)) }
        #expect(replay(app).moment.seconds == start.seconds + 2 * 600, "the first tick starts the clock; two seconds played")
        effects += app.press(.character(" "))
        effects += app.tick(wall: start, monotonic: 10)
        #expect(replay(app).paused && replay(app).moment.seconds == start.seconds + 2 * 600)
        effects += app.press(.character("+"), .character("-"), .character("-"))
        #expect(replay(app).speed == 300)
        effects += app.press(.character("j"), .tab, .character("u"), .enter)
        #expect(effects.isEmpty, "a replay never writes: \(effects)")
        #expect(app.draw().text.contains("REPLAY 300×") && app.draw().text.contains("paused"))
    }

    @Test func rightJumpsToTheNextRecordAndTheEndStops() {
        var app = replayApp(speed: 3600)
        let moments = recorded.recordedMoments
        app.press(.right)
        #expect(replay(app).moment == moments[1])
        #expect(replay(app).board.drill == recorded.asOf(moments[1]))
        for second in 1...30 { app.tick(wall: moments[0], monotonic: Int64(second)) }
        #expect(replay(app).moment == moments.last, "never past the last record")
        #expect(replay(app).board.drill == recorded)
        #expect(app.draw().text.contains("end of the record"))
    }

    @Test func golden() {
        var app = replayApp()
        app.press(.right, .right, .right)
        Golden.check(app.draw(), "replay-100x30")
    }
}
