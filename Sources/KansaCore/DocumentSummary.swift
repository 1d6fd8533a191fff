extension Document {
    /// One line that says what a document holds: its kind, title, date and progress.
    public var summary: String {
        switch self {
        case .audit(let audit):
            let c = audit.counts
            return "audit 「\(audit.title)」 \(audit.auditDate): \(audit.divisions.count) divisions × \(audit.itemCount) items, "
                + "heard \(c.heard)/\(c.total) (○\(c.compliant) △\(c.improved) ×\(c.needsImprovement) －\(c.notApplicable))"
        case .drill(let drill):
            let stamped = drill.steps.filter { $0.actual != nil }.count
            return "drill 「\(drill.title)」 \(drill.date): \(drill.steps.count) steps (\(stamped) stamped), "
                + "\(drill.systems.count) systems, \(drill.powerChanges.count) power changes, \(drill.events.count) events"
        }
    }

    /// The date the document is about: the audit date or the drill date.
    public var date: LocalDate {
        switch self {
        case .audit(let audit): audit.auditDate
        case .drill(let drill): drill.date
        }
    }
}
