/// A division's own answer to an audit item, taken from its check sheet (自己評価): one of the four answers or
/// none, and a comment. It is the division's word beside the auditor's verdict, never the verdict.
public struct SelfAssessment: Hashable, Sendable {
    /// The answers of a check sheet's drop-down, as the division chooses them.
    public enum Answer: String, CaseIterable, Sendable {
        case done = "できている"
        case partlyNotDone = "一部できていない"
        case notDone = "できていない"
        case notApplicable = "該当なし"

        /// The answer in English, for the English screen.
        public var english: String {
            switch self {
            case .done: "done"
            case .partlyNotDone: "partly not done"
            case .notDone: "not done"
            case .notApplicable: "not applicable"
            }
        }

        /// `できている / 一部できていない / できていない / 該当なし`: the choices as messages list them.
        public static let choices = allCases.map(\.rawValue).joined(separator: " / ")

        /// Whether the answer says what the verdict says: できている goes with ○; 一部できていない and できていない
        /// with △ and ×; 該当なし with －. Any other pair disagrees.
        public func agrees(with verdict: Verdict) -> Bool {
            switch self {
            case .done: verdict == .compliant
            case .partlyNotDone, .notDone: verdict == .improved || verdict == .needsImprovement
            case .notApplicable: verdict == .notApplicable
            }
        }
    }

    /// Nil when the division left the answer blank.
    public var answer: Answer?
    public var comment: String

    public init(answer: Answer?, comment: String = "") {
        self.answer = answer
        self.comment = comment
    }

    /// Neither an answer nor a comment: nothing to keep.
    public var isEmpty: Bool { answer == nil && comment.isEmpty }
}
