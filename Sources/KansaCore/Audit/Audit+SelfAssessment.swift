extension Audit {
    /// Records a division's check sheet: the self-assessment of each item it answers is replaced by the sheet's,
    /// an empty one clearing it. Verdicts, notes and marks stay as the auditor left them. Items not in the audit
    /// and a division not in it change nothing.
    public mutating func recordSelfAssessments(_ answers: [ItemID: SelfAssessment], of division: DivisionID) {
        guard let d = divisionIndex(division) else { return }
        for s in sections.indices {
            for i in sections[s].items.indices {
                guard let answer = answers[sections[s].items[i].id] else { continue }
                sections[s].items[i].cells[d].selfAssessment = answer.isEmpty ? nil : answer
            }
        }
    }
}
