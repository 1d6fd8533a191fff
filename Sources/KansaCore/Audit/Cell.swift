/// What the auditor recorded for one item in one division.
public struct Cell: Hashable, Sendable {
    public var verdict: Verdict?
    public var note: String
    /// 要確認: the auditor will come back to this cell (something to confirm after the hearing).
    public var flagged: Bool
    /// The division's own answer from its check sheet, if it sent one back.
    public var selfAssessment: SelfAssessment?

    public init(verdict: Verdict? = nil, note: String = "", flagged: Bool = false, selfAssessment: SelfAssessment? = nil) {
        self.verdict = verdict
        self.note = note
        self.flagged = flagged
        self.selfAssessment = selfAssessment
    }

    public var isEmpty: Bool { verdict == nil && note.isEmpty && !flagged && selfAssessment == nil }

    /// Whether the division's answer and the auditor's verdict say different things (`SelfAssessment.Answer.agrees`);
    /// false while either is blank.
    public var selfAssessmentDisagrees: Bool {
        guard let verdict, let answer = selfAssessment?.answer else { return false }
        return !answer.agrees(with: verdict)
    }
}
