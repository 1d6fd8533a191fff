/// Dates in the Japanese era form of official papers: 令和5年10月7日（土）, with 元年 for an era's first year.
public enum JapaneseDate {
    /// An era and the day it began.
    public struct Era: Sendable {
        public var name: String
        public var start: LocalDate
    }

    /// The eras since the calendar reform, newest last.
    public static let eras: [Era] = [
        Era(name: "明治", start: LocalDate(year: 1873, month: 1, day: 1)),
        Era(name: "大正", start: LocalDate(year: 1912, month: 7, day: 30)),
        Era(name: "昭和", start: LocalDate(year: 1926, month: 12, day: 25)),
        Era(name: "平成", start: LocalDate(year: 1989, month: 1, day: 8)),
        Era(name: "令和", start: LocalDate(year: 2019, month: 5, day: 1)),
    ]

    static let weekdays = ["日", "月", "火", "水", "木", "金", "土"]

    /// The era in force on a date and the year within it; nil before 1873 (the lunisolar calendar).
    public static func eraYear(of date: LocalDate) -> (era: Era, year: Int)? {
        guard let era = eras.last(where: { $0.start <= date }) else { return nil }
        return (era, date.year - era.start.year + 1)
    }

    /// `令和5年`, `令和元年`.
    public static func year(of date: LocalDate) -> String {
        guard let (era, year) = eraYear(of: date) else { return "\(date.year)年" }
        return era.name + (year == 1 ? "元" : "\(year)") + "年"
    }

    /// `令和5年10月7日（土）`; without the weekday when `weekday` is false.
    public static func format(_ date: LocalDate, weekday: Bool = true) -> String {
        let text = year(of: date) + "\(date.month)月\(date.day)日"
        return weekday ? text + "（\(weekdays[date.weekday])）" : text
    }

    /// The fiscal year that starts in April of `year`, as its papers name it: `令和5年度`. It takes the name of
    /// the era in force on June 1, so an era begun in its first two months names it (2019 is 令和元年度, 1988 昭和63年度).
    public static func fiscalYear(_ year: Int) -> String {
        let text = self.year(of: LocalDate(year: year, month: 6, day: 1))
        return String(text.dropLast()) + "年度"
    }
}
