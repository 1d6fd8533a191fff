import KansaCore

extension Report {
    /// The report of an audit or a drill.
    public static func of(_ document: Document, language: Language = .ja) -> Report {
        switch document {
        case .audit(let audit): AuditReport.build(audit, language: language)
        case .drill(let drill): DrillReport.build(drill, language: language)
        }
    }
}
