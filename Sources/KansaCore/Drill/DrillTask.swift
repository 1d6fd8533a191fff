public typealias TaskID = Identifier<DrillTask>

/// One task of the drill (実施作業 ア〜カ) with its result (訓練結果).
public struct DrillTask: Hashable, Sendable {
    public var id: TaskID
    /// ア, イ, ウ …
    public var label: String
    public var text: String
    /// The heading of the task's result in the report.
    public var resultTitle: String
    /// The result, one line each.
    public var results: [String]

    public init(id: TaskID, label: String, text: String, resultTitle: String, results: [String]) {
        self.id = id
        self.label = label
        self.text = text
        self.resultTitle = resultTitle
        self.results = results
    }
}
