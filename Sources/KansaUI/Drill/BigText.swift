/// Digits five rows tall, for a clock that reads across a server room.
enum BigText {
    static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        ":": ["   ", " █ ", "   ", " █ ", "   "],
        "+": ["   ", " █ ", "███", " █ ", "   "],
        "-": ["   ", "   ", "███", "   ", "   "],
        "T": ["███", " █ ", " █ ", " █ ", " █ "],
    ]

    /// The five rows of `text` drawn big; characters without a glyph are left out.
    static func rows(_ text: String) -> [String] {
        (0..<5).map { row in
            text.compactMap { glyphs[$0]?[row] }.joined(separator: " ")
        }
    }
}
