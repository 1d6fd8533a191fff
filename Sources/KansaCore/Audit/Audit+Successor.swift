extension Audit {
    /// The audit of the period `auditDate` falls in, started from this one: same divisions, catalog and remarks
    /// (proposed again); fiscal year, period and title from the date (`moved(to:title:)`); verdicts, notes,
    /// improvement texts, hearings and the general comment cleared; this audit kept whole beside it as the earlier
    /// audit, for comparison and follow-ups.
    public func successor(title: String? = nil, auditDate: LocalDate) -> Audit {
        var next = moved(to: auditDate, title: title)
        next.generalComment = ""
        next.hearings = [:]
        next.conflicts = []
        for s in next.sections.indices {
            for i in next.sections[s].items.indices {
                next.sections[s].items[i].cells = Array(repeating: Cell(), count: divisions.count)
                next.sections[s].items[i].improvement = ""
            }
        }
        next.earlier = EarlierAudit(self)
        return next
    }

    /// The audit dated `date`: fiscal year and period from the date, and the title, unless one is given, this title
    /// moved to that period (`AuditPeriod.title(following:)`).
    public func moved(to date: LocalDate, title: String? = nil) -> Audit {
        let period = AuditPeriod(date: date)
        var moved = self
        moved.title = title ?? period.title(following: self.title)
        moved.fiscalYear = period.fiscalYear
        moved.period = period.half
        moved.auditDate = date
        return moved
    }
}
