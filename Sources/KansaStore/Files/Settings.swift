import KansaCore
/// The user's settings file (`$XDG_CONFIG_HOME/kansa/config.json`, else `~/.config/kansa/config.json`): the
/// defaults of the screens' options. Every key is optional; an unknown key or value is refused with its place.
public struct Settings: Equatable, Sendable {
    public var theme: String?
    /// `ja` or `en`.
    public var language: String?
    /// `narrow`, `wide` or `auto`.
    public var ambiguous: String?
    /// Whether a verdict key moves down to the next item (on by default).
    public var autoAdvance: Bool = true
    /// Whether the drill board rings the terminal's bell when a step falls overdue (off by default).
    public var bell: Bool = false
    public var workspace: String?

    public init() {}

    /// The settings file's path for an environment.
    public static func path(environment: [String: String]) -> String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? "") + "/.config"
        return config + "/kansa/config.json"
    }

    /// Reads the settings file; no file means the defaults.
    public static func load(_ path: String) throws(StoreError) -> Settings {
        let bytes: [UInt8]
        do {
            bytes = try DocumentFile.readBytes(path)
        } catch {
            if error.reason == .notFound { return Settings() }
            throw error
        }
        do {
            var o = try JSONObject(try JSONParser.parse(bytes).root, path: "")
            var settings = Settings()
            settings.theme = try o.optionalString("theme")
            settings.language = try o.optionalChoice("language", ["ja", "en"])
            settings.ambiguous = try o.optionalChoice("ambiguous", ["narrow", "wide", "auto"])
            if o.optionalNode("autoAdvance") != nil { settings.autoAdvance = try o.bool("autoAdvance") }
            if o.optionalNode("bell") != nil { settings.bell = try o.bool("bell") }
            settings.workspace = try o.optionalString("workspace")
            try o.finish()
            return settings
        } catch {
            let position = TextPosition(offset: error.offset ?? 0, in: bytes)
            throw StoreError(path: path, reason: .damaged(line: position.line, column: position.column, message: error.message))
        }
    }
}

extension JSONObject {
    /// A string member that must be one of `choices`.
    mutating func optionalChoice(_ key: String, _ choices: [String]) throws(JSONProblem) -> String? {
        guard let value = try optionalString(key) else { return nil }
        guard choices.contains(value) else {
            throw JSONProblem(offset: try node(key).offset,
                              message: BilingualText(
                                "'\(childPath(key))' is \"\(value)\"; it can be " + choices.map { "\"\($0)\"" }.joined(separator: " or "),
                                "'\(childPath(key))' が \"\(value)\" です。" + choices.map { "\"\($0)\"" }.joined(separator: "・") + " のどれかにしてください"))
        }
        return value
    }
}
