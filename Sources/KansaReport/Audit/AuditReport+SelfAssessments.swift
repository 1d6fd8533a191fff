import KansaCore

extension AuditReport {
    /// The cells whose division's self-assessment (from its check sheet) disagrees with the verdict, as a table in
    /// catalog order: item, division, the division's answer, the verdict and the division's comment. Nothing when
    /// none disagrees.
    static func disagreements(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        let differing = audit.selfAssessmentDisagreements
        guard !differing.isEmpty else { return [] }
        return [
            .heading(words.disagreements(audit.earlier == nil ? 5 : 6), level: 1),
            .table(ReportTable(
                columns: [
                    ReportColumn(words.item), ReportColumn(words.division, content: .names),
                    ReportColumn(words.selfAssessment, content: .names), ReportColumn(words.verdict, alignment: .center),
                    ReportColumn(words.divisionComment),
                ],
                rows: differing.map { finding in
                    ReportRow([
                        reference(finding.section, finding.item), finding.division.name,
                        finding.cell.selfAssessment?.answer.map(words.answer) ?? "", finding.cell.verdict?.symbol ?? "",
                        finding.cell.selfAssessment?.comment ?? "",
                    ])
                })),
        ]
    }
}
