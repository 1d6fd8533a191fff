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

    public init(name: String, looks: [Role: Look], glyphs: Glyphs = .unicode) {
        self.name = name
        self.looks = looks
        self.glyphs = glyphs
    }

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
        .conflict: Look(foreground: "magenta", bold: true, reverse: true),
        .dim: Look(dim: true),
        .border: Look(foreground: "blue"),
    ])
}
