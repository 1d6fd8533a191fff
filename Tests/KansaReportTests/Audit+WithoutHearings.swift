import KansaCore

extension Audit {
    /// The audit without what belongs to its hearings — notes, improvement texts, the general comment — which no
    /// spreadsheet of the matrix holds.
    var withoutHearings: Audit {
        var audit = self
        audit.generalComment = ""
        for s in audit.sections.indices {
            for i in audit.sections[s].items.indices {
                audit.sections[s].items[i].improvement = ""
                for d in audit.divisions.indices { audit.sections[s].items[i].cells[d].note = "" }
            }
        }
        return audit
    }
}
