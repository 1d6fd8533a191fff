import KansaCore

/// What every screen needs to know to take an event or draw: the terminal's size, widths, words and glyphs.
public struct ScreenContext: Sendable {
    public var rows: Int
    public var columns: Int
    public var width: CharacterWidth
    public var strings: Strings
    public var glyphs: Glyphs
    /// Whether a verdict key moves down to the next item, for audits opened from the home screen.
    public var autoAdvance: Bool
    /// Whether the drill board rings the bell when a step falls overdue.
    public var bell: Bool
}
