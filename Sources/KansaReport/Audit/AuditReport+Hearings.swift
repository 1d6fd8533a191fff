import KansaCore

extension AuditReport {
    /// (3) 監査実施日: the audit date, or each date with the divisions heard on it when the hearings were held on
    /// several days (a division without a hearing record counts as heard on the audit date).
    static func auditDates(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        let heardOn = audit.divisions.map { audit.hearings[$0.id]?.date ?? audit.auditDate }
        let dates = Set(heardOn).sorted()
        guard dates.count > 1 else { return [.paragraph(words.date(dates.first ?? audit.auditDate))] }
        return [.list(dates.map { date in
            let names = zip(audit.divisions, heardOn).filter { $0.1 == date }.map(\.0.name)
            return ReportListItem("・", words.auditedOn(words.date(date), words.join(names)))
        })]
    }

    /// The hearing records as a table, by date then column order; nothing when there are none.
    static func hearings(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        let heard = audit.divisions.enumerated().compactMap { d, division in
            audit.hearings[division.id].map { (d, division, $0) }
        }.sorted { ($0.2.date, $0.0) < ($1.2.date, $1.0) }
        guard !heard.isEmpty else { return [] }
        return [.table(ReportTable(
            caption: words.hearings,
            columns: [
                ReportColumn(words.hearingDate), ReportColumn(words.hearingTime, content: .names), ReportColumn(words.division, content: .names),
                ReportColumn(words.hearingPlace), ReportColumn(words.attendees, content: .names), ReportColumn(words.interviewers, content: .names),
            ],
            rows: heard.map { _, division, hearing in
                ReportRow([
                    words.date(hearing.date), hearing.time, division.name, hearing.place,
                    words.join(hearing.attendees), words.join(hearing.interviewers),
                ])
            }))]
    }
}
