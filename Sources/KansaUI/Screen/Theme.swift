import Foundation

/// Colours and attributes for each role, as a theme file names them.
public struct Theme: Equatable, Sendable {
    /// How one role looks.
    public struct Look: Equatable, Sendable {
        /// A colour name (`red`, `default` …) or a 256-colour number as text; nil keeps the terminal's.
        public var foreground: String?
        public var background: String?
        public var bold = false
        public var dim = false
        public var reverse = false
        public var underline = false

        public init(foreground: String? = nil, background: String? = nil, bold: Bool = false, dim: Bool = false,
                    reverse: Bool = false, underline: Bool = false) {
            self.foreground = foreground
            self.background = background
            self.bold = bold
            self.dim = dim
            self.reverse = reverse
            self.underline = underline
        }
    }

    public var name: String
    public var looks: [Role: Look]
    public var glyphs: Glyphs = .unicode

    public func look(_ role: Role) -> Look {
        looks[role] ?? Look()
    }

    /// A theme file cannot be used: which key, and why.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var key: String
        public var reason: String
        public var description: String { "\(key): \(reason)" }
    }

    /// The theme called `name`: the user's own file in `userFolder` first, then the shipped one. A theme that
    /// cannot be used gives the built-in default and says why.
    public static func named(_ name: String, userFolder: String?) -> (theme: Theme, problem: String?) {
        let userFile = userFolder.map { $0 + "/" + name + ".json" }
        let source: (text: Data, file: String)?
        if let userFile, let data = FileManager.default.contents(atPath: userFile) {
            source = (data, userFile)
        } else if let text = ShippedThemes.sources[name] {
            source = (Data(text.utf8), "Themes/\(name).json")
        } else {
            source = nil
        }
        guard let source else {
            return (builtIn, "no theme \(name); using default")
        }
        do {
            return (try Theme(json: source.text), nil)
        } catch {
            return (builtIn, "\(source.file): \(error); using default")
        }
    }

    /// Reads a theme file's `name` and `roles`; every role must be given.
    public init(json data: Data) throws(Problem) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Problem(key: "(file)", reason: "not a JSON object")
        }
        guard let name = object["name"] as? String else { throw Problem(key: "name", reason: "missing or not a string") }
        for key in object.keys where !["name", "description", "roles", "glyphs"].contains(key) {
            throw Problem(key: key, reason: "unknown key")
        }
        if let glyphs = object["glyphs"] {
            guard let name = glyphs as? String, let set = Glyphs.named[name] else {
                throw Problem(key: "glyphs", reason: "not a glyph set (" + Glyphs.named.keys.sorted().joined(separator: ", ") + ")")
            }
            self.glyphs = set
        }
        guard let roles = object["roles"] as? [String: Any] else { throw Problem(key: "roles", reason: "missing or not an object") }
        var looks: [Role: Look] = [:]
        for (key, value) in roles {
            guard let role = Role(rawValue: key) else { throw Problem(key: "roles.\(key)", reason: "not a role") }
            guard let fields = value as? [String: Any] else { throw Problem(key: "roles.\(key)", reason: "not an object") }
            var look = Look()
            for (field, v) in fields {
                switch field {
                case "foreground", "background":
                    guard let colour = v as? String, Self.colourNames.contains(colour) || Int(colour).map({ (0...255).contains($0) }) == true else {
                        throw Problem(key: "roles.\(key).\(field)", reason: "not a colour (\(Self.colourNames.sorted().joined(separator: ", ")) or 0-255)")
                    }
                    if field == "foreground" { look.foreground = colour } else { look.background = colour }
                case "bold", "dim", "reverse", "underline":
                    guard let flag = v as? Bool else { throw Problem(key: "roles.\(key).\(field)", reason: "not true or false") }
                    switch field {
                    case "bold": look.bold = flag
                    case "dim": look.dim = flag
                    case "reverse": look.reverse = flag
                    default: look.underline = flag
                    }
                default:
                    throw Problem(key: "roles.\(key).\(field)", reason: "unknown attribute")
                }
            }
            looks[role] = look
        }
        for role in Role.allCases where role != .normal && looks[role] == nil {
            throw Problem(key: "roles.\(role.rawValue)", reason: "missing")
        }
        self.name = name
        self.looks = looks
    }

    public init(name: String, looks: [Role: Look]) {
        self.name = name
        self.looks = looks
    }

    public static let colourNames: Set<String> = ["default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The default theme, as `Themes/default.json` has it; used when no theme file can be read.
    public static let builtIn = Theme(name: "default", looks: [
        .compliant: Look(foreground: "green"),
        .improved: Look(foreground: "yellow"),
        .needsImprovement: Look(foreground: "red", bold: true),
        .notApplicable: Look(foreground: "white", dim: true),
        .blank: Look(foreground: "white", dim: true),
        .cursor: Look(reverse: true),
        .header: Look(foreground: "cyan", bold: true),
        .sectionTitle: Look(foreground: "magenta", bold: true),
        .status: Look(reverse: true),
        .saved: Look(foreground: "green"),
        .readOnly: Look(foreground: "red", bold: true),
        .powerCommercial: Look(foreground: "green", bold: true),
        .powerGenerator: Look(foreground: "yellow", bold: true),
        .powerOutage: Look(foreground: "red", bold: true),
        .onTime: Look(foreground: "green"),
        .late: Look(foreground: "red"),
        .warning: Look(foreground: "yellow", bold: true),
        .dim: Look(dim: true),
        .border: Look(foreground: "blue"),
    ])
}
