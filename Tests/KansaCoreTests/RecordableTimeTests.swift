import Testing
@testable import KansaCore

/// Times are bounded: nothing after now, nothing more than two days from the drill's date, no arithmetic that
/// overflows, and full-width input from the input method read as typed.
struct RecordableTimeTests {
    let day = LocalDate(year: 2024, month: 10, day: 5)
    var fresh: Drill { SampleDrill.drill.successor(title: "訓練", date: day) }
    func at(_ h: Int, _ m: Int, _ s: Int = 0, dayOffset: Int = 0) -> Timestamp {
        Timestamp(date: LocalDate(daysSinceEpoch: day.daysSinceEpoch + dayOffset), hour: h, minute: m, second: s, utcOffset: 9 * 3600)
    }

    @Test(arguments: ["+2562047788015215h", "+70000000h", "-17800000h", "+9999999999999999999s", "+49h", "-3000m", "123:00", "9:60", "25:00"])
    func shiftsBeyondTwoDaysAndImpossibleTimesAreNotRead(_ text: String) {
        #expect(CorrectionInput.parse(text, from: at(9, 0)) == nil)
    }

    @Test func fullWidthInputIsReadAsTyped() {
        #expect(CorrectionInput.parse("８：４８", from: at(9, 0)) == at(8, 48))
        #expect(CorrectionInput.parse("０９：０４：３０", from: at(9, 0)) == at(9, 4, 30))
        #expect(CorrectionInput.parse("－２ｍ", from: at(9, 0)) == at(8, 58))
        #expect(CorrectionInput.parse("+48h", from: at(9, 0)) == at(9, 0, dayOffset: 2))
    }

    @Test func aCorrectionIntoTheFutureIsRefused() throws {
        var drill = fresh
        drill.apply(try drill.stamp(step: drill.steps[0].id, now: at(8, 31)))
        #expect(throws: DrillRefusal.inTheFuture(time: "23:59:00", now: "09:00:00")) {
            try drill.correct(.step(drill.steps[0].id), to: at(23, 59), now: at(9, 0))
        }
        #expect(throws: DrillRefusal.farFromTheDrillsDate(time: "2024-10-01", drillDate: "2024-10-05")) {
            try drill.correct(.step(drill.steps[0].id), to: at(8, 31, dayOffset: -4), now: at(9, 0))
        }
    }

    @Test func recordingOnADayFarFromTheDrillIsRefusedWithTheDates() {
        let drill = fresh
        let later = at(9, 0, dayOffset: 3)
        #expect(throws: DrillRefusal.farFromTheDrillsDate(time: "2024-10-08", drillDate: "2024-10-05")) {
            try drill.stamp(step: drill.steps[0].id, now: later)
        }
        #expect(throws: DrillRefusal.self) { try drill.nextPowerChange(now: later) }
        #expect(throws: DrillRefusal.self) { try drill.advance(system: "core", now: later) }
        #expect(throws: DrillRefusal.self) { try drill.event("x", now: later) }
        #expect((try? drill.stamp(step: drill.steps[0].id, now: at(9, 0, dayOffset: 2))) != nil, "two days off is still recordable")
    }
}

/// A new drill from an earlier one keeps the plan and nothing that happened, and its timetable can start at
/// another time.
struct NextDrillTests {
    @Test func aNewDrillKeepsThePlanAndClearsTheContactCheck() {
        let next = SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5))
        #expect(next.participants.vendors.allSatisfy { $0.reached == nil })
        #expect(next.participants.divisions.allSatisfy { $0.reached == nil })
        #expect(next.steps.allSatisfy { $0.actual == nil } && next.moves.isEmpty && next.powerChanges.isEmpty && next.events.isEmpty)
        #expect(next.steps.map(\.plannedTime) == SampleDrill.drill.steps.map(\.plannedTime))
    }

    @Test func theTimetableMovesToItsNewStart() throws {
        let drill = SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5))
        let moved = try #require(drill.startingAt(ClockTime(hour: 8, minute: 0)))
        let before = drill.steps.compactMap(\.plannedTime).map(\.minutesSinceMidnight)
        let after = moved.steps.compactMap(\.plannedTime).map(\.minutesSinceMidnight)
        #expect(after.first == 8 * 60)
        #expect(zip(before, after).allSatisfy { $0 - $1 == before[0] - 8 * 60 }, "every step by as much")
        #expect(drill.startingAt(ClockTime(hour: 23, minute: 0)) == nil, "a timetable past midnight is refused")
    }
}
