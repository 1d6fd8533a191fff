/// The half of a Japanese fiscal year an audit falls in, as the committee's titles name it: 令和5年度（下半期）.
///
/// The fiscal year starts on 1 April; 上半期 is April to September, 下半期 October to March. A fiscal year takes the
/// name of the era in force on 1 June (`JapaneseDate.fiscalYear`), so the fiscal year 2019 is 令和元年度 from its
/// first day: an audit of 2019-04-30, under 平成 still, belongs to 令和元年度 as its papers were written afterwards.
public struct AuditPeriod: Hashable, Sendable {
    /// The Western year the fiscal year starts in (令和5年度 is 2023).
    public var fiscalYear: Int
    /// `AuditPeriod.firstHalf` or `AuditPeriod.secondHalf`.
    public var half: String

    public static let firstHalf = "上半期"
    public static let secondHalf = "下半期"

    public init(fiscalYear: Int, half: String) {
        self.fiscalYear = fiscalYear
        self.half = half
    }

    /// The period a date falls in.
    public init(date: LocalDate) {
        self.init(
            fiscalYear: date.month >= 4 ? date.year : date.year - 1,
            half: (4...9).contains(date.month) ? Self.firstHalf : Self.secondHalf)
    }

    /// `令和5年度（下半期）`
    public var name: String {
        JapaneseDate.fiscalYear(fiscalYear) + "（\(half)）"
    }

    /// An earlier audit's title moved to this period: the fiscal year it names (`令和5年度`, `平成31年度`, `2023年度`)
    /// and its half (上半期, 下半期) become this period's. A title that names neither is kept as it is.
    public func title(following earlier: String) -> String {
        var title = earlier
        if let year = title.firstMatch(of: #/(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９]+)年度|[0-9０-９]{4}年度/#) {
            title.replaceSubrange(year.range, with: JapaneseDate.fiscalYear(fiscalYear))
        }
        if let half = title.firstMatch(of: #/上半期|下半期/#) {
            title.replaceSubrange(half.range, with: self.half)
        }
        return title
    }
}
