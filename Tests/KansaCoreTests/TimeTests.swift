import Testing
@testable import KansaCore

struct TimeTests {
    @Test func datesRoundTripAndKnowTheirWeekday() {
        let d = LocalDate(year: 2023, month: 10, day: 7)
        #expect(d.description == "2023-10-07")
        #expect(LocalDate(iso: "2023-10-07") == d)
        #expect(d.weekday == 6)
        #expect(LocalDate(year: 2019, month: 5, day: 1).weekday == 3)
        #expect(LocalDate(daysSinceEpoch: d.daysSinceEpoch) == d)
        #expect(LocalDate(iso: "2023-02-29") == nil)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2023-1-07") == nil)
    }

    @Test func timestampsKeepTheirOffset() {
        let t = Timestamp(date: LocalDate(year: 2023, month: 10, day: 7), hour: 9, minute: 4, utcOffset: 9 * 3600)
        #expect(t.description == "2023-10-07T09:04:00+09:00")
        #expect(Timestamp(iso: t.description) == t)
        #expect(Timestamp(iso: "2023-10-07T00:04:00Z")?.seconds == t.seconds)
        #expect(Timestamp(iso: "2023-10-07T09:04:00-03:30")?.utcOffset == -(3 * 3600 + 1800))
        #expect(Timestamp(iso: "2023-10-07 09:04:00") == nil)
        #expect(Timestamp(iso: "2023-10-07T25:04:00Z") == nil)
        #expect(t.clockTime.description == "9:04")
    }

    @Test func correctionsAreAddedNotWrittenOver() {
        let t0 = Timestamp(seconds: 1000, utcOffset: 0)
        let first = RecordedTime(now: t0)
        let corrected = first.corrected(to: t0.adding(seconds: -120), at: t0.adding(seconds: 600))
        #expect(corrected.happened == t0)
        #expect(corrected.effective == t0.adding(seconds: -120))
        #expect(corrected.corrections.count == 1)
        #expect(corrected.corrections[0].recorded == t0.adding(seconds: 600))
    }

    @Test func spansAndDelaysReadLikeTheBoard() {
        #expect(formatSpan(seconds: 5160) == "1:26:00")
        #expect(formatSpan(seconds: -150) == "-0:02:30")
        #expect(formatDelay(seconds: 360) == "+6m")
        #expect(formatDelay(seconds: -120) == "-2m")
        #expect(formatDelay(seconds: 30) == "±0m")
    }
}
