import KansaCore

/// The first page of a committee packet: the meeting, when and where it is held, and one agenda item per
/// document, as the seed's first page.
public struct CommitteeCover: Hashable, Sendable {
    public var meeting: String
    public var date: LocalDate
    /// Written after the date: 情報化推進委員会終了後, 14時00分～.
    public var time: String
    public var place: String

    public init(meeting: String, date: LocalDate, time: String = "", place: String = "") {
        self.meeting = meeting
        self.date = date
        self.time = time
        self.place = place
    }

    /// One report of the cover and the documents' reports, in order; the agenda names each document.
    public func packet(_ reports: [Report], agenda: [String], language: Language) -> Report {
        let words = ReportWords(language: language)
        var blocks: [ReportBlock] = [.title(meeting), .paragraph(words.dateLabel + words.date(date))]
        if !time.isEmpty { blocks.append(.paragraph(time)) }
        if !place.isEmpty { blocks.append(.paragraph(words.placeLabel + place)) }
        blocks.append(.heading(words.agenda, level: 2))
        blocks.append(.list(agenda.enumerated().map { ReportListItem("\($0 + 1)", $1) }))
        return Report(
            title: meeting, language: language,
            parts: [ReportPart(blocks: blocks)] + reports.flatMap(\.parts))
    }

    /// The agenda item of a document: 令和5年度（上半期）情報セキュリティ内部監査について.
    public static func agendaItem(_ document: Document, language: Language) -> String {
        document.title + ReportWords(language: language).about
    }
}
