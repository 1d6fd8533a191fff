extension Audit {
    /// The audit of the period `auditDate` falls in, started from this one: same divisions, catalog and remarks
    /// (proposed again); fiscal year and period from the date, and the title too unless one is given (this title
    /// moved to the new period, `AuditPeriod.title(following:)`); verdicts, notes, improvement texts, hearings and
    /// the general comment cleared; this audit kept whole beside it as the earlier audit, for comparison and
    /// follow-ups.
    public func successor(title: String? = nil, auditDate: LocalDate) -> Audit {
        let period = AuditPeriod(date: auditDate)
        var next = self
        next.title = title ?? period.title(following: self.title)
        next.fiscalYear = period.fiscalYear
        next.period = period.half
        next.auditDate = auditDate
        next.generalComment = ""
        next.hearings = [:]
        for s in next.sections.indices {
            for i in next.sections[s].items.indices {
                next.sections[s].items[i].cells = Array(repeating: Cell(), count: divisions.count)
                next.sections[s].items[i].improvement = ""
            }
        }
        next.earlier = EarlierAudit(self)
        return next
    }
}
