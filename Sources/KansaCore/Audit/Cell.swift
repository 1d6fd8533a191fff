/// What the auditor recorded for one item in one division.
public struct Cell: Hashable, Sendable {
    public var verdict: Verdict?
    public var note: String

    public init(verdict: Verdict? = nil, note: String = "") {
        self.verdict = verdict
        self.note = note
    }

    public var isEmpty: Bool { verdict == nil && note.isEmpty }
}
