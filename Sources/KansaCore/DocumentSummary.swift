extension Document {
    /// One line that says what a document holds: its kind, title, date and progress.
    public var summary: String { summary(in: .en) }

    /// The line, and the open merge conflicts when there are any.
    public func summary(in language: Language) -> String {
        let conflicts = switch self {
        case .audit(let audit): audit.conflicts.count
        case .drill(let drill): drill.conflicts.count
        }
        guard conflicts > 0 else { return progress(in: language) }
        return progress(in: language) + (language == .ja ? "、未解決の競合 \(conflicts)" : ", \(conflicts) open merge conflict(s)")
    }

    /// Kind, title, date and progress.
    private func progress(in language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .audit(let audit):
            let c = audit.counts
            let verdicts = "(○\(c.compliant) △\(c.improved) ×\(c.needsImprovement) －\(c.notApplicable))"
            return ja
                ? "監査「\(audit.title)」 \(audit.auditDate): \(audit.divisions.count)課 × \(audit.itemCount)項目、"
                    + "聴取 \(c.heard)/\(c.total) \(verdicts)"
                : "audit 「\(audit.title)」 \(audit.auditDate): \(audit.divisions.count) divisions × \(audit.itemCount) items, "
                    + "heard \(c.heard)/\(c.total) \(verdicts)"
        case .drill(let drill):
            let stamped = drill.steps.filter { $0.actual != nil }.count
            return ja
                ? "訓練「\(drill.title)」 \(drill.date): 工程 \(drill.steps.count)（記録済 \(stamped)）、"
                    + "システム \(drill.systems.count)、電源の切替 \(drill.powerChanges.count)、記録 \(drill.events.count)"
                : "drill 「\(drill.title)」 \(drill.date): \(drill.steps.count) steps (\(stamped) stamped), "
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
