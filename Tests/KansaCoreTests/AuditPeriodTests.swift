import Testing
import KansaCore

/// The `--from` rules: the fiscal year starts on 1 April, 上半期 is April to September, 下半期 October to March,
/// and the title of the next audit is the earlier one moved to the period of its date.
struct AuditPeriodTests {
    let seedTitle = "令和5年度（上半期）情報セキュリティ内部監査"

    @Test func theFiscalYearStartsOnTheFirstOfApril() {
        #expect(AuditPeriod(date: LocalDate(year: 2024, month: 3, day: 31)) == AuditPeriod(fiscalYear: 2023, half: "下半期"))
        #expect(AuditPeriod(date: LocalDate(year: 2024, month: 4, day: 1)) == AuditPeriod(fiscalYear: 2024, half: "上半期"))
        #expect(AuditPeriod(date: LocalDate(year: 2024, month: 1, day: 15)).name == "令和5年度（下半期）")
    }

    @Test func theHalfTurnsOnTheFirstOfOctober() {
        #expect(AuditPeriod(date: LocalDate(year: 2023, month: 9, day: 30)).name == "令和5年度（上半期）")
        #expect(AuditPeriod(date: LocalDate(year: 2023, month: 10, day: 1)).name == "令和5年度（下半期）")
    }

    /// The fiscal year 2019 began under 平成 and is named 令和元年度 from its first day: the era in force on 1 June
    /// names a fiscal year, as its papers were written after the change of era.
    @Test func theFiscalYear2019IsReiwaGannendoOnBothSidesOfTheChangeOfEra() {
        let lastDayOfHeisei = AuditPeriod(date: LocalDate(year: 2019, month: 4, day: 30))
        let firstDayOfReiwa = AuditPeriod(date: LocalDate(year: 2019, month: 5, day: 1))
        #expect(lastDayOfHeisei == firstDayOfReiwa)
        #expect(lastDayOfHeisei.name == "令和元年度（上半期）")
        #expect(AuditPeriod(date: LocalDate(year: 2019, month: 3, day: 31)).name == "平成30年度（下半期）")
        #expect(lastDayOfHeisei.title(following: "平成30年度（下半期）情報セキュリティ内部監査") == "令和元年度（上半期）情報セキュリティ内部監査")
    }

    @Test func theTitleFollowsTheDateAsTheSeedsTitlesAreWritten() {
        #expect(AuditPeriod(date: LocalDate(year: 2023, month: 11, day: 20)).title(following: seedTitle)
            == "令和5年度（下半期）情報セキュリティ内部監査")
        #expect(AuditPeriod(date: LocalDate(year: 2024, month: 5, day: 10)).title(following: seedTitle)
            == "令和6年度（上半期）情報セキュリティ内部監査")
        #expect(AuditPeriod(date: LocalDate(year: 2024, month: 5, day: 10)).title(following: "2023年度 下半期 内部監査")
            == "令和6年度 上半期 内部監査")
        #expect(AuditPeriod(date: LocalDate(year: 2024, month: 5, day: 10)).title(following: "令和５年度情報セキュリティ内部監査")
            == "令和6年度情報セキュリティ内部監査")
        #expect(AuditPeriod(date: LocalDate(year: 2024, month: 5, day: 10)).title(following: "内部監査") == "内部監査")
    }
}
