import KansaCore

/// Wraps text to a width in columns with the Japanese line-breaking rules (禁則処理): no closing bracket,
/// comma, full stop or small kana at the start of a line, no opening bracket at its end; runs of Latin letters
/// and digits break at spaces. A character is never cut in half.
public struct LineBreaking: Sendable {
    public var width: CharacterWidth

    public init(width: CharacterWidth) {
        self.width = width
    }

    /// Characters that may not begin a line.
    static let noStart: Set<Character> = Set(
        "、。，．,.）)］]｝}〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・：；:;/…‥")
    /// Characters that may not end a line.
    static let noEnd: Set<Character> = Set("（(［[｛{〔〈《「『【〘〖〝‘“｟«")

    /// The lines of `text` at most `columns` wide; its own line breaks are kept.
    public func wrap(_ text: String, to columns: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrapLine(Array($0), to: columns) }
    }

    func wrapLine(_ characters: [Character], to columns: Int) -> [String] {
        let widths = characters.map { width.width(of: $0) }
        var lines: [String] = []
        var start = 0
        while start < characters.count {
            var used = 0
            var end = start
            while end < characters.count, used + widths[end] <= columns {
                used += widths[end]
                end += 1
            }
            if end == start { end = start + 1 }
            if end == characters.count {
                lines.append(String(characters[start...]))
                break
            }
            let cut = breakPoint(characters, start: start, fitting: end)
            lines.append(trailingSpacesDropped(characters[start..<cut]))
            start = cut
            while start < characters.count, characters[start] == " " { start += 1 }
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Where to break a line from `start` whose characters up to `fitting` fit: before a word that would be
    /// cut, and back past characters that may not start or end a line, when that leaves something on the line.
    func breakPoint(_ characters: [Character], start: Int, fitting: Int) -> Int {
        var cut = fitting
        if isWordCharacter(characters[cut]), isWordCharacter(characters[cut - 1]) {
            var wordStart = cut - 1
            while wordStart > start, isWordCharacter(characters[wordStart - 1]) { wordStart -= 1 }
            if wordStart > start { cut = wordStart }
        }
        var adjusted = cut
        while adjusted > start + 1, forbidden(characters, at: adjusted) {
            adjusted -= 1
        }
        return forbidden(characters, at: adjusted) ? cut : adjusted
    }

    /// A break before `index` would start a line with a closing mark or end one with an opening mark.
    func forbidden(_ characters: [Character], at index: Int) -> Bool {
        Self.noStart.contains(characters[index]) || Self.noEnd.contains(characters[index - 1])
    }

    func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-_'@#%&+=*".contains(character))
    }

    func trailingSpacesDropped(_ characters: ArraySlice<Character>) -> String {
        var end = characters.endIndex
        while end > characters.startIndex, characters[end - 1] == " " { end -= 1 }
        return String(characters[characters.startIndex..<end])
    }

    /// The narrowest a column holding `text` may get: the whole text when it is short (なし, 保護課), else its
    /// longest unbreakable run (a Latin word, or one character).
    public func minimumWidth(of text: String, keepingWhole limit: Int = 8) -> Int {
        var widest = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let whole = width.width(of: line)
            if whole <= limit {
                widest = max(widest, whole)
                continue
            }
            var run = 0
            for character in line {
                let w = width.width(of: character)
                if isWordCharacter(character) {
                    run += w
                } else {
                    run = 0
                    widest = max(widest, w)
                }
                widest = max(widest, min(run, limit))
            }
        }
        return widest
    }
}
