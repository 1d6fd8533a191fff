/// How a text may be broken when it must be kept in words: a column's title between its phrases
/// (適正に|実施している|課等, デジタル|都市), a list of names after each separator (企画課、|人事行政課), a name nowhere.
enum Phrasing: Hashable, Sendable {
    /// A name: one piece, never broken.
    case whole
    /// A title's words, a short part in brackets kept whole, as it most often is a name (各種|サーバ|（デジタル都市推進課）).
    case title
    /// A title's words. A break falls after a space, after hiragana before any other letter (改善が|必要な), between
    /// katakana and kanji (デジタル|都市, 住民情報基幹系|サーバ) but for one kanji that ends a katakana word
    /// (システム名, イントラネット系), before an opening bracket and after a closing one or a comma — never before a
    /// character that may not start a line, nor after one that may not end it.
    case words
    /// Names joined by `、` or `, `, each with the separator after it.
    case names

    /// The pieces of one line of a text (no line break inside).
    func phrases(_ line: Substring) -> [Substring] {
        switch self {
        case .whole: [line]
        case .title: Self.split(line, keepingBrackets: true)
        case .words: Self.split(line, keepingBrackets: false)
        case .names: Self.names(line)
        }
    }

    static func split(_ text: Substring, keepingBrackets: Bool) -> [Substring] {
        var phrases: [Substring] = []
        var start = text.startIndex
        var previous: Unicode.Scalar?
        /// Where the short part in brackets being read ends.
        var closing: String.Index?
        let scalars = text.unicodeScalars
        for index in scalars.indices {
            let scalar = scalars[index]
            if let end = closing, index > end { closing = nil }
            let next = scalars.index(after: index)
            let suffix = script(scalar) == .kanji && (next == scalars.endIndex || script(scalars[next]) != .kanji)
            if let before = previous, closing == nil, !(suffix && script(before) == .katakana),
               breaks(between: before, and: scalar) {
                phrases.append(text[start..<index])
                start = index
            }
            if keepingBrackets, closing == nil, scalar == "（" || scalar == "(" { closing = shortBracket(in: text, from: index) }
            previous = scalar
        }
        if start < text.endIndex || phrases.isEmpty { phrases.append(text[start...]) }
        return phrases
    }

    /// Characters a part in brackets may hold and still be kept whole.
    static let shortBracket = 12

    /// Where the bracket opened at `open` closes, when what it holds is short.
    static func shortBracket(in text: Substring, from open: String.Index) -> String.Index? {
        var count = 0
        var index = text.unicodeScalars.index(after: open)
        while index < text.endIndex, count <= shortBracket {
            let scalar = text.unicodeScalars[index]
            if scalar == "）" || scalar == ")" { return index }
            if scalar == "（" || scalar == "(" { return nil }
            count += 1
            index = text.unicodeScalars.index(after: index)
        }
        return nil
    }

    static func names(_ text: Substring) -> [Substring] {
        var phrases: [Substring] = []
        var start = text.startIndex
        var previous: Unicode.Scalar?
        let scalars = text.unicodeScalars
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "、" || (scalar == " " && previous == ",") {
                let next = scalars.index(after: index)
                phrases.append(text[start..<next])
                start = next
            }
            previous = scalar
        }
        if start < text.endIndex || phrases.isEmpty { phrases.append(text[start...]) }
        return phrases
    }

    enum Script {
        case hiragana
        case katakana
        case kanji
        case other
    }

    static func script(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x3041...0x309F: .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: .katakana
        case 0x3005...0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: .kanji
        default: .other
        }
    }

    static let closingMarks: Set<UInt32> = Set("）)］]｝}〕〉》」』】、。，．,".unicodeScalars.map(\.value))

    static func breaks(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        if LineBreaking.noStart.contains(after.value) || LineBreaking.noEnd.contains(before.value) { return false }
        if after == " " || after == "　" { return false }
        if before == " " || before == "　" || closingMarks.contains(before.value) || LineBreaking.noEnd.contains(after.value) {
            return true
        }
        switch (script(before), script(after)) {
        case (.hiragana, .katakana), (.hiragana, .kanji), (.katakana, .kanji), (.kanji, .katakana): return true
        default: return false
        }
    }
}
