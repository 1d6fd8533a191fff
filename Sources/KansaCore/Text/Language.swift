import FoundationEssentials

/// The language of the interface.
public enum Language: String, CaseIterable, Sendable {
    case en
    case ja

    /// From `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set): Japanese for `ja…`, else English.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.hasPrefix("ja") ? .ja : .en
            }
        }
        return .en
    }
}
