import Testing
@testable import KansaCore

/// The drill's state machines, stamps and corrections.
struct DrillRecordingTests {
    let fresh = SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5))
    func at(_ h: Int, _ m: Int, _ s: Int = 0) -> Timestamp {
        Timestamp(date: LocalDate(year: 2024, month: 10, day: 5), hour: h, minute: m, second: s, utcOffset: 9 * 3600)
    }

    @Test func systemsMoveOnlyToTheirNextState() {
        for from in SystemState.allCases {
            for to in SystemState.allCases {
                #expect(Drill.allows(from: from, to: to) == (from.next == to || (from == .running && to == .keptRunning)), "\(from) → \(to)")
            }
        }
        var drill = fresh
        var seen: [SystemState] = []
        for minute in 0..<5 {
            guard let edit = try? drill.advance(system: "core", manual: minute == 1, now: at(9, minute)) else {
                Issue.record("refused move \(minute)")
                return
            }
            drill.apply(edit)
            seen.append(drill.state(of: "core"))
        }
        #expect(seen == [.shuttingDown, .down, .starting, .up, .verified])
        #expect(throws: DrillRefusal.systemVerifiedAlready) {
            try drill.advance(system: "core", now: at(9, 10))
        }
        #expect(throws: DrillRefusal.self) { try drill.advance(system: "nothing", now: at(9, 10)) }
        #expect(drill.results[0].shutdown == .automaticPartlyManual)
        #expect(drill.results[0].shutdownMismatch)
    }

    @Test func powerChangesOnlyToItsNextPhase() throws {
        for from in PowerPhase.allCases {
            for to in PowerPhase.allCases {
                #expect(Drill.allows(from: from, to: to) == (from.next == to))
            }
        }
        var drill = fresh
        #expect(drill.powerPhase == .commercial)
        for (minute, phase) in [(4, PowerPhase.outage), (35, .generator), (50, .restored)] {
            drill.apply(try drill.nextPowerChange(now: at(9, minute)))
            #expect(drill.powerPhase == phase)
        }
        #expect(throws: DrillRefusal.self) { try drill.nextPowerChange(now: at(13, 0)) }
        #expect(drill.outageToGenerator == Int64(31 * 60))
    }

    @Test func aStepIsStampedOnceAndCorrectedAfterwards() throws {
        var drill = fresh
        drill.apply(try drill.stamp(step: "assemble", now: at(8, 31)))
        #expect(drill.delay(of: drill.steps[0]) == 60)
        #expect(throws: DrillRefusal.self) { try drill.stamp(step: "assemble", now: at(8, 40)) }
        drill.apply(try drill.stamp(step: "generator-start", now: at(8, 52)))
        #expect(drill.delay(of: drill.steps[2]) == Int64(7 * 60))
    }

    @Test func aCorrectionKeepsTheHistoryAndTheOrder() throws {
        var drill = fresh
        drill.apply(try drill.stamp(step: "assemble", now: at(8, 31)))
        drill.apply(try drill.stamp(step: "generator-start", now: at(8, 52)))
        drill.apply(try drill.correct(.step("generator-start"), to: at(8, 46), now: at(9, 0)))
        let actual = drill.steps[2].actual!
        #expect(actual.happened == at(8, 52))
        #expect(actual.recorded == at(8, 52))
        #expect(actual.effective == at(8, 46))
        #expect(actual.corrections == [TimeCorrection(happened: at(8, 46), recorded: at(9, 0))])
        #expect(throws: DrillRefusal.outOfOrder(time: "08:30:00", neighbour: "08:31:00", before: true, .steps)) {
            try drill.correct(.step("generator-start"), to: at(8, 30), now: at(9, 1))
        }
        #expect(throws: DrillRefusal.outOfOrder(time: "08:50:00", neighbour: "08:46:00", before: false, .steps)) {
            try drill.correct(.step("assemble"), to: at(8, 50), now: at(9, 1))
        }
        #expect(throws: DrillRefusal.nothingRecorded) {
            try drill.correct(.step("outage"), to: at(9, 4), now: at(9, 5))
        }
    }

    @Test func aMoveCannotBeCorrectedPastItsNeighbours() throws {
        var drill = fresh
        drill.apply(try drill.advance(system: "core", now: at(9, 4)))
        drill.apply(try drill.advance(system: "core", now: at(9, 20)))
        let first = drill.moves[0].id
        #expect(throws: DrillRefusal.self) { try drill.correct(.move(first), to: at(9, 21), now: at(9, 30)) }
        drill.apply(try drill.correct(.move(first), to: at(9, 5), now: at(9, 30)))
        #expect(drill.downtime(of: "core", now: at(9, 35)) == Int64(30 * 60))
    }

    @Test func undoingAnEditRestoresTheDrill() throws {
        var drill = fresh
        let edits: [DrillEdit] = [
            try drill.nextPowerChange(now: at(9, 4)),
        ]
        var inverses: [DrillEdit] = []
        for edit in edits { inverses.append(drill.apply(edit)!) }
        drill.apply(try drill.advance(system: "intra", now: at(9, 5))).map { inverses.append($0) }
        drill.apply(try drill.toggleManual(system: "intra")).map { inverses.append($0) }
        drill.apply(try drill.event("発電機から焦げ臭い", now: at(9, 6))).map { inverses.append($0) }
        drill.apply(try drill.toggleReached(.vendor("ryomo"), now: at(9, 7))).map { inverses.append($0) }
        #expect(drill.moves.last?.manual == true)
        #expect(drill.participants.vendors[1].reached?.effective == at(9, 7))
        for inverse in inverses.reversed() { drill.apply(inverse) }
        #expect(drill == fresh)
    }

    @Test func correctionsAreTypedAsTimesOrShifts() {
        let now = at(9, 4, 30)
        #expect(CorrectionInput.parse("9:10", from: now) == at(9, 10))
        #expect(CorrectionInput.parse("09:10:05", from: now) == at(9, 10, 5))
        #expect(CorrectionInput.parse("-2m", from: now) == at(9, 2, 30))
        #expect(CorrectionInput.parse("+30s", from: now) == at(9, 5))
        #expect(CorrectionInput.parse("+1h", from: now) == at(10, 4, 30))
        for bad in ["", "9", "25:00", "9:5", "+2x", "--2m", "9:10:61"] {
            #expect(CorrectionInput.parse(bad, from: now) == nil, "\(bad)")
        }
    }

    @Test func aWallClockJumpIsNoticed() {
        var watch = ClockWatch()
        #expect(watch.check(wall: 1000, monotonic: 50) == nil)
        #expect(watch.check(wall: 1001, monotonic: 51) == nil)
        #expect(watch.check(wall: 1302, monotonic: 52) == 300)
        #expect(watch.check(wall: 1303, monotonic: 53) == nil)
        #expect(watch.check(wall: 1200, monotonic: 54) == -104)
    }
}

struct ProjectedEndTests {
    @Test func theLatestDelayCarriesForwardToTheEnd() throws {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        var drill = SampleDrill.drill.successor(title: "訓練", date: day)
        #expect(drill.projectedEnd == Timestamp(date: day, hour: 13, minute: 30, utcOffset: 9 * 3600))
        drill.apply(try drill.stamp(step: "assemble", now: Timestamp(date: day, hour: 8, minute: 36, utcOffset: 9 * 3600)))
        #expect(drill.projectedEnd == Timestamp(date: day, hour: 13, minute: 36, utcOffset: 9 * 3600))
        drill.apply(try drill.stamp(step: "generator-start", now: Timestamp(date: day, hour: 8, minute: 44, utcOffset: 9 * 3600)))
        #expect(drill.projectedEnd == Timestamp(date: day, hour: 13, minute: 30, utcOffset: 9 * 3600))
    }
}
