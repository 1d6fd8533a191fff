import Testing
import KansaCore

struct JapaneseDateTests {
    @Test func theSeedsDates() {
        #expect(JapaneseDate.format(LocalDate(year: 2023, month: 10, day: 7)) == "令和5年10月7日（土）")
        #expect(JapaneseDate.format(LocalDate(year: 2023, month: 9, day: 29)) == "令和5年9月29日（金）")
        #expect(JapaneseDate.format(LocalDate(year: 2023, month: 10, day: 16)) == "令和5年10月16日（月）")
    }

    @Test func theChangeOfEraOnTheFirstOfMay2019() {
        #expect(JapaneseDate.format(LocalDate(year: 2019, month: 4, day: 30)) == "平成31年4月30日（火）")
        #expect(JapaneseDate.format(LocalDate(year: 2019, month: 5, day: 1)) == "令和元年5月1日（水）")
        #expect(JapaneseDate.format(LocalDate(year: 2019, month: 12, day: 31), weekday: false) == "令和元年12月31日")
        #expect(JapaneseDate.format(LocalDate(year: 2020, month: 1, day: 1)) == "令和2年1月1日（水）")
    }

    @Test func earlierEras() {
        #expect(JapaneseDate.year(of: LocalDate(year: 1989, month: 1, day: 7)) == "昭和64年")
        #expect(JapaneseDate.year(of: LocalDate(year: 1989, month: 1, day: 8)) == "平成元年")
        #expect(JapaneseDate.year(of: LocalDate(year: 1926, month: 12, day: 25)) == "昭和元年")
        #expect(JapaneseDate.year(of: LocalDate(year: 1912, month: 7, day: 30)) == "大正元年")
        #expect(JapaneseDate.year(of: LocalDate(year: 1850, month: 1, day: 1)) == "1850年")
    }

    @Test func fiscalYears() {
        #expect(JapaneseDate.fiscalYear(2023) == "令和5年度")
        #expect(JapaneseDate.fiscalYear(2019) == "令和元年度")
        #expect(JapaneseDate.fiscalYear(2018) == "平成30年度")
        #expect(JapaneseDate.fiscalYear(1988) == "昭和63年度")
        #expect(JapaneseDate.fiscalYear(1989) == "平成元年度")
    }

    /// A date as typed on the set-up screen or after `--date`: ISO, slashes, dots, 年月日, full-width digits.
    @Test func datesAsTyped() {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        for typed in ["2024-10-05", "2024/10/5", "2024.10.05", "2024年10月5日", "２０２４／１０／０５", " 2024-10-05 "] {
            #expect(LocalDate(typed: typed) == day, "\(typed)")
        }
        for none in ["2024-02-30", "2023/13/1", "2024-10", "1899-12-31", "10/5/2024", "", "令和6年10月5日"] {
            #expect(LocalDate(typed: none) == nil, "\(none)")
        }
        #expect(LocalDate(typed: "2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
    }
}
