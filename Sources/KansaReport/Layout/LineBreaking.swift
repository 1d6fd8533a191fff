import KansaCore

/// Wraps text to a width in columns with the Japanese line-breaking rules (禁則処理): no closing bracket,
/// comma, full stop or small kana at the start of a line, no opening bracket at its end; runs of Latin letters
/// and digits break at spaces. A character is never cut in half, and a combining mark stays with its base.
public struct LineBreaking: Sendable {
    public var width: CharacterWidth

    public init(width: CharacterWidth) {
        self.width = width
    }

    /// Characters that may not begin a line.
    static let noStart: Set<UInt32> = Set(
        "、。，．,.）)］]｝}〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・：；:;/…‥"
            .unicodeScalars.map(\.value))
    /// Characters that may not end a line.
    static let noEnd: Set<UInt32> = Set("（(［[｛{〔〈《「『【〘〖〝‘“｟«".unicodeScalars.map(\.value))

    /// The lines of `text` at most `columns` wide; its own line breaks are kept.
    public func wrap(_ text: String, to columns: Int) -> [String] {
        wrapped(text, to: columns).texts
    }

    /// A text's UTF-8 and its lines as ranges of it, each with its width: tables copy the bytes straight out.
    struct WrappedText {
        /// The text; when it fits on one line, `bytes` and `lines` are left empty and the text is the line.
        var text: String
        var bytes: [UInt8]
        var lines: [(range: Range<Int>, width: Int)]
        /// The width of the text when it is its one line.
        var width: Int

        init(text: String, bytes: [UInt8], lines: [(range: Range<Int>, width: Int)]) {
            self.text = text
            self.bytes = bytes
            self.lines = lines
            width = 0
        }

        /// The text as one line `width` wide.
        init(line text: String, width: Int) {
            self.text = text
            bytes = []
            lines = []
            self.width = width
        }

        var lineCount: Int { lines.isEmpty ? 1 : lines.count }

        /// The lines as ranges of the text's UTF-8, the one line too.
        var allLines: [(range: Range<Int>, width: Int)] {
            lines.isEmpty ? [(0..<text.utf8.count, width)] : lines
        }

        var texts: [String] {
            if lines.isEmpty { return [text] }
            return lines.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        }
    }

    /// One scalar of a text being wrapped: its value, its columns, and where it starts in the text's UTF-8.
    struct Piece {
        var scalar: UInt32
        var width: Int
        var offset: Int
    }

    func wrapped(_ text: String, to columns: Int) -> WrappedText {
        if !text.containsLineFeed {
            let whole = width.width(of: text)
            if whole <= columns { return WrappedText(line: text, width: whole) }
        }
        let bytes = Array(text.utf8)
        var pieces: [Piece] = []
        pieces.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { utf8 in
            width.forEachScalar(utf8) { pieces.append(Piece(scalar: $0, width: $1, offset: $2)) }
        }
        var lines: [(range: Range<Int>, width: Int)] = []
        var paragraph = 0
        for index in 0...pieces.count where index == pieces.count || pieces[index].scalar == 0x0A {
            wrap(pieces, paragraph..<index, byteCount: bytes.count, to: columns, into: &lines)
            paragraph = index + 1
        }
        return WrappedText(text: text, bytes: bytes, lines: lines)
    }

    /// Lines of `text` at most `columns` wide that break only between the phrases the first of `splits` cuts each
    /// of its lines into (a title between its words, a list between its names); a phrase wider than a line breaks
    /// between the pieces of the next split, and as prose after the last.
    func wrapped(_ text: String, inPhrases splits: [Phrasing], to columns: Int) -> WrappedText {
        guard let phrasing = splits.first else { return wrapped(text, to: columns) }
        if !text.containsLineFeed {
            let whole = width.width(of: text)
            if whole <= columns { return WrappedText(line: text, width: whole) }
        }
        var lines: [(range: Range<Int>, width: Int)] = []
        /// The line being filled: where it starts, where its text ends (trailing spaces left out), its width
        /// with and without them.
        var open: (start: Int, end: Int, used: Int, trimmed: Int)?
        func close() {
            if let line = open { lines.append((line.start..<line.end, line.trimmed)) }
            open = nil
        }
        for paragraph in phrases(of: text, phrasing) {
            let before = lines.count
            for phrase in paragraph.phrases {
                let start = phrase.start
                let trimmed = phrase.trimmed
                let full = phrase.full
                if var line = open, line.used + trimmed <= columns {
                    if trimmed > 0 {
                        line.end = phrase.contentEnd
                        line.trimmed = line.used + trimmed
                    }
                    line.used += full
                    open = line
                    continue
                }
                close()
                if trimmed <= columns {
                    open = (start, phrase.contentEnd, full, trimmed)
                    continue
                }
                let content = String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: start)..<text.utf8.index(
                    text.utf8.startIndex, offsetBy: phrase.contentEnd)])!
                let pieces = wrapped(content, inPhrases: Array(splits.dropFirst()), to: columns).allLines
                for piece in pieces.dropLast() {
                    lines.append((start + piece.range.lowerBound..<start + piece.range.upperBound, piece.width))
                }
                if let last = pieces.last {
                    open = (start + last.range.lowerBound, start + last.range.upperBound, last.width + full - trimmed, last.width)
                }
            }
            close()
            if lines.count == before { lines.append((paragraph.start..<paragraph.start, 0)) }
        }
        return WrappedText(text: text, bytes: Array(text.utf8), lines: lines)
    }

    /// One phrase of a text: where it starts in the text's UTF-8 and where its content ends (its trailing spaces
    /// left out), the width of its content and of the whole.
    struct PhraseSpan {
        var start: Int
        var contentEnd: Int
        var trimmed: Int
        var full: Int
    }

    /// The phrases `phrasing` cuts each of a text's own lines into, with where the line starts.
    func phrases(of text: String, _ phrasing: Phrasing) -> [(start: Int, phrases: [PhraseSpan])] {
        if phrasing == .names { return names(of: text) }
        let utf8 = text.utf8
        return Self.lines(of: text).map { paragraph in
            let phrases = phrasing.phrases(paragraph).map { phrase in
                let start = utf8.distance(from: utf8.startIndex, to: phrase.startIndex)
                let content = Self.withoutTrailingSpaces(phrase)
                let trimmed = width.width(of: content)
                return PhraseSpan(
                    start: start, contentEnd: start + content.utf8.count, trimmed: trimmed,
                    full: trimmed + width.width(of: phrase[content.endIndex...]))
            }
            return (utf8.distance(from: utf8.startIndex, to: paragraph.startIndex), phrases)
        }
    }

    /// `phrases(of:_:)` for a list of names (`Phrasing.names`: each name with the `、` or `, ` after it) in one pass
    /// over the text's UTF-8, for the long lists of a large audit's tables.
    func names(of text: String) -> [(start: Int, phrases: [PhraseSpan])] {
        var paragraphs: [(start: Int, phrases: [PhraseSpan])] = []
        var phrases: [PhraseSpan] = []
        var paragraphStart = 0
        var phrase = PhraseSpan(start: 0, contentEnd: 0, trimmed: 0, full: 0)
        var previous: UInt32 = 0
        forEachScalar(of: text) { scalar, w, offset in
            let end = offset + (scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4)
            if scalar == 0x0A {
                if phrase.start < offset || phrases.isEmpty { phrases.append(phrase) }
                paragraphs.append((paragraphStart, phrases))
                phrases = []
                paragraphStart = end
                phrase = PhraseSpan(start: end, contentEnd: end, trimmed: 0, full: 0)
                previous = 0
                return
            }
            phrase.full += w
            if scalar != 0x20, scalar != 0x3000 {
                phrase.trimmed = phrase.full
                phrase.contentEnd = end
            }
            if scalar == 0x3001 || (scalar == 0x20 && previous == 0x2C) {
                phrases.append(phrase)
                phrase = PhraseSpan(start: end, contentEnd: end, trimmed: 0, full: 0)
            }
            previous = scalar
        }
        if phrase.start < text.utf8.count || phrases.isEmpty { phrases.append(phrase) }
        paragraphs.append((paragraphStart, phrases))
        return paragraphs
    }

    /// How wide a column holding `text` in `splits` would like to be (its widest line) and the narrowest it may get:
    /// the widest piece of the finest split (as prose without one).
    func measure(_ text: String, inPhrases splits: [Phrasing]) -> (natural: Int, minimum: Int) {
        guard let phrasing = splits.last else { return measure(text) }
        if phrasing == .names { return measure(names: text) }
        var natural = 0
        var minimum = 0
        for paragraph in Self.lines(of: text) {
            var line = 0
            for phrase in phrasing.phrases(paragraph) {
                let content = Self.withoutTrailingSpaces(phrase)
                let trimmed = width.width(of: content)
                minimum = max(minimum, trimmed)
                line += trimmed + width.width(of: phrase[content.endIndex...])
            }
            natural = max(natural, line)
        }
        return (natural, minimum)
    }

    /// `measure(_:inPhrases: [.names])` in one pass over the text, for the long lists of a large audit's tables.
    func measure(names text: String) -> (natural: Int, minimum: Int) {
        measure(text, into: NamesMeasure())
    }

    /// A text read scalar by scalar into `measure`, straight from its UTF-8.
    func measure<Measure: ScalarMeasure>(_ text: String, into measure: Measure) -> (natural: Int, minimum: Int) {
        var measure = measure
        forEachScalar(of: text) { scalar, w, _ in measure.read(scalar, width: w) }
        return measure.result
    }

    /// `CharacterWidth.forEachScalar` on a text's UTF-8.
    func forEachScalar(of text: String, _ body: (UInt32, Int, Int) -> Void) {
        var text = text
        text.withUTF8 { width.forEachScalar($0, body) }
    }

    /// What a measure reads a text's scalars into: each scalar with its width (a line feed with none).
    protocol ScalarMeasure {
        mutating func read(_ scalar: UInt32, width: Int)
        var result: (natural: Int, minimum: Int) { get }
    }

    /// The widest line of a list of names, and its widest name with the separator after it.
    struct NamesMeasure: ScalarMeasure {
        var natural = 0
        var minimum = 0
        var line = 0
        /// The width of the name being read, without the spaces after it, and of those spaces.
        var name = 0
        var spaces = 0
        var afterComma = false

        mutating func read(_ scalar: UInt32, width w: Int) {
            if scalar == 0x0A {
                (natural, minimum) = (max(natural, line), max(minimum, name))
                (line, name, spaces, afterComma) = (0, 0, 0, false)
                return
            }
            line += w
            if scalar == 0x20 || scalar == 0x3000 {
                spaces += w
            } else {
                name += spaces + w
                spaces = 0
            }
            if scalar == 0x3001 || (scalar == 0x20 && afterComma) {
                minimum = max(minimum, name)
                (name, spaces) = (0, 0)
            }
            afterComma = scalar == 0x2C
        }

        var result: (natural: Int, minimum: Int) { (max(natural, line), max(minimum, name)) }
    }

    /// A text's own lines; the text itself when it has one (splitting by Character costs a grapheme scan).
    static func lines(of text: String) -> [Substring] {
        text.containsLineFeed ? text.split(separator: "\n", omittingEmptySubsequences: false) : [Substring(text)]
    }

    static func withoutTrailingSpaces(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            guard scalars[before] == " " || scalars[before] == "\u{3000}" else { break }
            end = before
        }
        return text[text.startIndex..<end]
    }

    /// Wraps the pieces of one paragraph (no line break inside) into lines.
    func wrap(
        _ pieces: [Piece], _ paragraph: Range<Int>, byteCount: Int, to columns: Int,
        into lines: inout [(range: Range<Int>, width: Int)]
    ) {
        func bytes(_ range: Range<Int>) -> Range<Int> {
            let start = pieces[range.lowerBound].offset
            return start..<(range.upperBound < pieces.count ? pieces[range.upperBound].offset : byteCount)
        }
        let count = paragraph.upperBound
        var start = paragraph.lowerBound
        if start == count {
            let at = start < pieces.count ? pieces[start].offset : byteCount
            lines.append((at..<at, 0))
            return
        }
        while start < count {
            var used = 0
            var end = start
            while end < count, used + pieces[end].width <= columns {
                used += pieces[end].width
                end += 1
            }
            if end == start {
                used = pieces[start].width
                end = start + 1
                while end < count, pieces[end].width == 0 { end += 1 }
            }
            if end == count {
                lines.append((bytes(start..<count), used))
                return
            }
            let cut = breakPoint(pieces, start: start, fitting: end)
            var last = cut
            while last > start, pieces[last - 1].scalar == 0x20 { last -= 1 }
            lines.append((bytes(start..<last), pieces[start..<last].reduce(0) { $0 + $1.width }))
            start = cut
            while start < count, pieces[start].scalar == 0x20 { start += 1 }
        }
    }

    /// Where to break a line from `start` whose scalars up to `fitting` fit: before a word that would be
    /// cut, and back past characters that may not start or end a line, when that leaves something on the line.
    func breakPoint(_ pieces: [Piece], start: Int, fitting: Int) -> Int {
        var cut = fitting
        if Self.isWordCharacter(pieces[cut].scalar), Self.isWordCharacter(pieces[cut - 1].scalar) {
            var wordStart = cut - 1
            while wordStart > start, Self.isWordCharacter(pieces[wordStart - 1].scalar) { wordStart -= 1 }
            if wordStart > start { cut = wordStart }
        }
        var adjusted = cut
        while adjusted > start + 1, forbidden(pieces, at: adjusted) || splitsWord(pieces, at: adjusted) {
            adjusted -= 1
        }
        if !forbidden(pieces, at: adjusted), !splitsWord(pieces, at: adjusted) { return adjusted }
        var safe = cut
        while safe > start + 1, pieces[safe].width == 0 { safe -= 1 }
        return safe
    }

    /// A break before `index` would start a line with a closing mark or a combining mark, or end one with an
    /// opening mark.
    func forbidden(_ pieces: [Piece], at index: Int) -> Bool {
        pieces[index].width == 0 || Self.noStart.contains(pieces[index].scalar)
            || Self.noEnd.contains(pieces[index - 1].scalar)
    }

    /// A break before `index` would cut a Latin word.
    func splitsWord(_ pieces: [Piece], at index: Int) -> Bool {
        Self.isWordCharacter(pieces[index].scalar) && Self.isWordCharacter(pieces[index - 1].scalar)
    }

    static func isWordCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x27, 0x40, 0x23, 0x25, 0x26, 0x2B, 0x3D, 0x2A: true
        default: false
        }
    }

    /// Columns a Latin word keeps whole in a table at least; a longer one (a URL) may break in a narrow column.
    static let longestWord = 20

    /// How wide a column holding `text` would like to be (its widest line) and the narrowest it may get: the
    /// whole text when it is short (なし, 保護課), else its longest unbreakable run (a Latin word, or one character).
    public func measure(_ text: String, keepingWhole limit: Int = 8) -> (natural: Int, minimum: Int) {
        measure(text, into: ProseMeasure(limit: limit))
    }

    /// The widest line of prose, and the least it may be broken to: a whole line up to `limit` columns, else its
    /// longest unbreakable run.
    struct ProseMeasure: ScalarMeasure {
        let limit: Int
        var natural = 0
        var minimum = 0
        var line = 0
        var longest = 0
        var run = 0

        init(limit: Int) {
            self.limit = limit
        }

        mutating func read(_ scalar: UInt32, width w: Int) {
            if scalar == 0x0A {
                endLine()
                return
            }
            line += w
            if LineBreaking.isWordCharacter(scalar) {
                run += w
                longest = max(longest, min(run, LineBreaking.longestWord))
            } else {
                run = 0
                longest = max(longest, w)
            }
        }

        mutating func endLine() {
            natural = max(natural, line)
            minimum = max(minimum, line <= limit ? line : longest)
            line = 0
            longest = 0
            run = 0
        }

        var result: (natural: Int, minimum: Int) {
            var ended = self
            ended.endLine()
            return (ended.natural, ended.minimum)
        }
    }
}
