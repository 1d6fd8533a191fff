import KansaCore

/// A one-line text editor that handles wide characters: the cursor moves by character, Backspace removes a
/// whole character whatever its width, and the view scrolls to keep the cursor visible.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor's position, in characters from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// What a key did to the editor.
    public enum Outcome: Equatable, Sendable {
        case editing
        case committed(String)
        case cancelled
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .committed(text)
        case .escape: return .cancelled
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace, .control("h"):
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("k"):
            characters.removeLast(characters.count - cursor)
        case .character(let c) where !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }):
            characters.insert(c, at: cursor)
            cursor += 1
        case .paste(let text):
            let pasted = Self.pastable(text)
            characters.insert(contentsOf: pasted, at: cursor)
            cursor += pasted.count
        default: break
        }
        return .editing
    }

    /// Pasted text as one line: line breaks and tabs become spaces, other control characters are left out.
    static func pastable(_ text: String) -> [Character] {
        text.compactMap { character in
            if character.isNewline || character == "\t" { return " " }
            let control = character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            return control ? nil : character
        }
    }

    /// Draws the text in `columns` columns from (`row`, `column`) and places the screen's cursor on the caret.
    public func draw(into screen: inout Screen, row: Int, column: Int, columns: Int, style: Style = .normal) {
        let width = screen.width
        let widths = characters.map { width.width(of: String($0).escapingControlCharacters()) }
        let beforeCursor = widths[..<cursor].reduce(0, +)
        var first = 0
        var skipped = 0
        while beforeCursor - skipped > columns - 1, first < cursor {
            skipped += widths[first]
            first += 1
        }
        screen.putPadded(String(characters[first...]), row: row, column: column, width: columns, style: style)
        screen.cursor = (row, column + beforeCursor - skipped)
    }
}
