/// How a server shuts down or starts: 自動, 手動 or 自動（一部手動）.
public enum OperationMode: String, CaseIterable, Sendable {
    case automatic
    case manual
    case automaticPartlyManual

    /// 自動, 手動, 自動（一部手動）: the report's words.
    public var label: String {
        switch self {
        case .automatic: "自動"
        case .manual: "手動"
        case .automaticPartlyManual: "自動（一部手動）"
        }
    }

    /// The mode of a set of recorded moves: all automatic, all manual, or a mix. Nil when there are none.
    public static func of(manualFlags: [Bool]) -> OperationMode? {
        guard !manualFlags.isEmpty else { return nil }
        if manualFlags.allSatisfy({ !$0 }) { return .automatic }
        if manualFlags.allSatisfy({ $0 }) { return .manual }
        return .automaticPartlyManual
    }
}
