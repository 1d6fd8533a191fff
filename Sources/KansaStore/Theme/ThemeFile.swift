import KansaCore

/// A colour theme file (`Themes/*.json`) as written: its name, glyph set and each role's look, read with the
/// project's JSON reader (every problem with its line and column, in both languages; keys twice refused) and
/// checked against the roles and glyph sets the interface has, which it is given.
public struct ThemeFile: Equatable, Sendable {
    /// How one role looks.
    public struct Look: Equatable, Sendable {
        /// A colour name (`red`, `default` …) or a 256-colour number as text; nil keeps the terminal's.
        public var foreground: String?
        public var background: String?
        public var bold = false
        public var dim = false
        public var reverse = false
        public var underline = false
    }

    public var name: String
    /// The glyph set named, if any.
    public var glyphs: String?
    /// Each role's look, by the role's name in the file.
    public var looks: [String: Look]

    public static let colourNames: Set<String> = ["default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// What a theme file must match: the roles it may name, those it must name, and the glyph sets.
    public struct Vocabulary: Sendable {
        public var roles: Set<String>
        public var required: Set<String>
        public var glyphSets: Set<String>

        public init(roles: Set<String>, required: Set<String>, glyphSets: Set<String>) {
            self.roles = roles
            self.required = required
            self.glyphSets = glyphSets
        }
    }

    /// Reads a theme file from disk.
    public static func read(_ path: String, vocabulary: Vocabulary) throws(StoreError) -> ThemeFile {
        try parse(try DocumentFile.readBytes(path), path: path, vocabulary: vocabulary)
    }

    /// Reads a theme from its text; `path` names it in errors.
    public static func parse(_ bytes: [UInt8], path: String, vocabulary: Vocabulary) throws(StoreError) -> ThemeFile {
        do {
            return try read(JSONParser.parse(bytes).root, vocabulary: vocabulary)
        } catch {
            let position = TextPosition(offset: error.offset ?? 0, in: bytes)
            throw StoreError(path: path, reason: .damaged(line: position.line, column: position.column, message: error.message))
        }
    }

    private static func read(_ node: JSONNode, vocabulary: Vocabulary) throws(JSONProblem) -> ThemeFile {
        var o = try JSONObject(node, path: "")
        let name = try o.string("name")
        _ = try o.optionalString("description")
        var glyphs: String?
        if let set = try o.optionalString("glyphs") {
            guard vocabulary.glyphSets.contains(set) else {
                throw JSONProblem(offset: try o.node("glyphs").offset, message: BilingualText(
                    "'glyphs' is \"\(set)\"; it can be " + vocabulary.glyphSets.sorted().joined(separator: " or "),
                    "'glyphs' が \"\(set)\" です。" + vocabulary.glyphSets.sorted().joined(separator: "・") + " のどれかにしてください"))
            }
            glyphs = set
        }
        let rolesNode = try o.node("roles")
        var looks: [String: Look] = [:]
        for member in try o.map("roles") {
            guard vocabulary.roles.contains(member.key) else {
                throw JSONProblem(offset: member.keyOffset, message: BilingualText(
                    "'roles' has \"\(member.key)\", which is not a role (" + vocabulary.roles.sorted().joined(separator: ", ") + ")",
                    "'roles' の \"\(member.key)\" は役割の名前ではありません（" + vocabulary.roles.sorted().joined(separator: "・") + "）"))
            }
            var fields = try JSONObject(member.node, in: "roles", name: member.key)
            looks[member.key] = try look(&fields)
            try fields.finish()
        }
        try o.finish()
        if let missing = vocabulary.required.subtracting(looks.keys).sorted().first {
            throw JSONProblem(offset: rolesNode.offset, message: JSONObject.lacks("roles", missing))
        }
        return ThemeFile(name: name, glyphs: glyphs, looks: looks)
    }

    private static func look(_ o: inout JSONObject) throws(JSONProblem) -> Look {
        var look = Look()
        look.foreground = try colour(&o, "foreground")
        look.background = try colour(&o, "background")
        for (key, flag) in [("bold", \Look.bold), ("dim", \Look.dim), ("reverse", \Look.reverse), ("underline", \Look.underline)] {
            if o.optionalNode(key) != nil { look[keyPath: flag] = try o.bool(key) }
        }
        return look
    }

    private static func colour(_ o: inout JSONObject, _ key: String) throws(JSONProblem) -> String? {
        guard let colour = try o.optionalString(key) else { return nil }
        guard colourNames.contains(colour) || Int(colour).map({ (0...255).contains($0) }) == true else {
            throw JSONProblem(offset: try o.node(key).offset, message: BilingualText(
                "'\(o.childPath(key))' is \"\(colour)\", not a colour (" + colourNames.sorted().joined(separator: ", ") + " or 0-255)",
                "'\(o.childPath(key))' の \"\(colour)\" は色ではありません（" + colourNames.sorted().joined(separator: "・") + " または 0〜255）"))
        }
        return colour
    }
}
