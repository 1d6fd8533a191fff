/// What the auditor recorded for one item in one division.
public struct Cell: Hashable, Sendable {
    public var verdict: Verdict?
    public var note: String
    /// 要確認: the auditor will come back to this cell (something to confirm after the hearing).
    public var flagged: Bool

    public init(verdict: Verdict? = nil, note: String = "", flagged: Bool = false) {
        self.verdict = verdict
        self.note = note
        self.flagged = flagged
    }

    public var isEmpty: Bool { verdict == nil && note.isEmpty && !flagged }
}
