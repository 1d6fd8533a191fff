import KansaCore

/// Parses JSON text (RFC 8259) into a tape of entries that remember where each value starts.
struct JSONParser {
    /// The text, valid while `parse` runs: every read is preceded by a check against its count.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private var entries: [JSONTape.Entry] = []
    private var decoded: [UInt8] = []
    static let maximumDepth = 256

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func parse(_ text: [UInt8]) throws(JSONProblem) -> JSONTape {
        guard text.count < Int(UInt32.max) else {
            throw JSONProblem(offset: nil, message: BilingualText("the file is too large", "ファイルが大きすぎます"))
        }
        let parser = try text.withUnsafeBufferPointer { (bytes) throws(JSONProblem) in
            var parser = JSONParser(bytes: bytes)
            try parser.parseDocument()
            return parser
        }
        return JSONTape(text: text, decoded: parser.decoded, entries: parser.entries)
    }

    private mutating func parseDocument() throws(JSONProblem) {
        // A value takes at least two bytes with its separator, and most of a kansa file's far more.
        entries.reserveCapacity(bytes.count / 8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < bytes.count else {
            throw JSONProblem(offset: index, message: BilingualText("the file is empty", "ファイルが空です"))
        }
        try parseValue()
        skipWhitespace()
        guard index == bytes.count else {
            throw JSONProblem(offset: index, message: BilingualText("unexpected text after the end of the document", "文書の終わりの後に余計な文字があります"))
        }
    }

    /// Adds the entry of a value starting at `offset`; containers and strings fill in the rest when they end.
    private mutating func append(_ kind: JSONTape.Kind, at offset: Int, start: Int = 0, count: Int = 0) {
        entries.append(JSONTape.Entry(
            kind: kind, decoded: false, offset: UInt32(offset), start: UInt32(start), count: UInt32(count),
            end: UInt32(entries.count + 1)))
    }

    private mutating func skipWhitespace() {
        var at = index
        while at < bytes.count {
            let b = bytes[at]
            if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { break }
            at += 1
        }
        index = at
    }

    private func truncated(_ what: BilingualText) -> JSONProblem {
        JSONProblem(offset: index, message: BilingualText(
            "the file ends in the middle of \(what.en) (truncated?)", "\(what.ja)の途中でファイルが終わっています（途中で切れていませんか）"))
    }

    private mutating func parseValue() throws(JSONProblem) {
        guard index < bytes.count else { throw truncated(BilingualText("a value", "値")) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"): try literal("true"); append(.true, at: start)
        case UInt8(ascii: "f"): try literal("false"); append(.false, at: start)
        case UInt8(ascii: "n"): try literal("null"); append(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
        default:
            throw JSONProblem(offset: index, message: found("this is not JSON: expected a value, found ", "JSON ではありません: 値があるはずの所に ", "があります", at: index))
        }
    }

    /// `expected X, found Y` with Y what is at `offset`.
    private func found(_ en: String, _ ja: String, _ jaEnd: String, at offset: Int) -> BilingualText {
        let what = describe(at: offset)
        return BilingualText(en + what.en, ja + what.ja + " " + jaEnd)
    }

    private func describe(at offset: Int) -> BilingualText {
        guard offset < bytes.count else { return BilingualText("the end of the file", "ファイルの終わり") }
        let b = bytes[offset]
        if b >= 0x21 && b < 0x7F { return BilingualText(verbatim: "'\(Character(UnicodeScalar(b)))'") }
        let hex = "0x" + String(b, radix: 16, uppercase: true)
        return BilingualText("byte " + hex, "バイト " + hex)
    }

    private mutating func literal(_ word: StaticString) throws(JSONProblem) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count {
            guard index + i < bytes.count else { throw truncated(BilingualText(verbatim: "'\(word)'")) }
            guard bytes[index + i] == expected[i] else {
                throw JSONProblem(offset: index, message: BilingualText("this is not JSON: expected '\(word)'", "JSON ではありません: '\(word)' があるはずの所です"))
            }
        }
        index += count
    }

    private mutating func enter() throws(JSONProblem) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw JSONProblem(offset: index, message: BilingualText("nested more than \(Self.maximumDepth) levels deep", "入れ子が \(Self.maximumDepth) 段を超えています"))
        }
    }

    /// The container's entry, with its count and end filled in once its last value is read.
    private mutating func close(_ container: Int, count: Int) {
        entries[container].count = UInt32(count)
        entries[container].end = UInt32(entries.count)
    }

    private mutating func parseObject() throws(JSONProblem) {
        try enter()
        defer { depth -= 1 }
        let container = entries.count
        append(.object, at: index)
        index += 1
        var count = 0
        skipWhitespace()
        guard index < bytes.count else { throw truncated(.anObject) }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            return close(container, count: 0)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.anObject) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw JSONProblem(offset: index, message: found("expected a key in double quotes, found ", "二重引用符で囲んだキーがあるはずの所に ", "があります", at: index))
            }
            try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.anObject) }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw JSONProblem(offset: index, message: found("expected ':' after a key, found ", "キーの後に ':' があるはずの所に ", "があります", at: index))
            }
            index += 1
            skipWhitespace()
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.anObject) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return close(container, count: count)
            default:
                throw JSONProblem(offset: index, message: found("expected ',' or '}', found ", "',' か '}' があるはずの所に ", "があります", at: index))
            }
        }
    }

    private mutating func parseArray() throws(JSONProblem) {
        try enter()
        defer { depth -= 1 }
        let container = entries.count
        append(.array, at: index)
        index += 1
        var count = 0
        skipWhitespace()
        guard index < bytes.count else { throw truncated(.aList) }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            return close(container, count: 0)
        }
        while true {
            skipWhitespace()
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.aList) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return close(container, count: count)
            default:
                throw JSONProblem(offset: index, message: found("expected ',' or ']', found ", "',' か ']' があるはずの所に ", "があります", at: index))
            }
        }
    }

    private mutating func parseNumber() throws(JSONProblem) {
        let start = index
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, (48...57).contains(parser.bytes[parser.index]) { parser.index += 1 }
            return parser.index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let intDigits = digits(&self)
        guard intDigits > 0 else { throw JSONProblem(offset: start, message: BilingualText("this is not a valid number", "正しい数値ではありません")) }
        if intDigits > 1, bytes[index - intDigits] == UInt8(ascii: "0") {
            throw JSONProblem(offset: start, message: BilingualText("a number cannot start with 0", "数値は 0 で始められません"))
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw JSONProblem(offset: start, message: BilingualText("this is not a valid number", "正しい数値ではありません")) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw JSONProblem(offset: start, message: BilingualText("this is not a valid number", "正しい数値ではありません")) }
        }
        append(.number, at: start, start: start, count: index - start)
    }

    /// A string (or key) with its bytes checked as UTF-8; one holding escapes is written out, decoded, in `decoded`.
    private mutating func parseString() throws(JSONProblem) {
        let start = index
        index += 1
        var runStart = index
        var decodedStart: Int?
        while true {
            index = plainRun(from: index)
            guard index < bytes.count else { throw truncated(.aString) }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                break
            }
            if b < 0x20 {
                throw JSONProblem(offset: index, message: BilingualText("a control character inside a string must be escaped", "文字列の中の制御文字はエスケープが必要です"))
            }
            if b >= 0x80 {
                // Kana and kanji, most of a Japanese text: a lead byte E1–EC or EE and two continuation bytes are
                // well-formed whatever they hold (table 3-7), with no call to check them.
                while index + 2 < bytes.count, (0xE1...0xEE).contains(bytes[index]), bytes[index] != 0xED,
                      bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                    index += 3
                }
                if index < bytes.count, bytes[index] >= 0x80 { index += try sequenceLength(at: index, inStringAt: start) }
                continue
            }
            if decodedStart == nil { decodedStart = decoded.count }
            decoded.append(contentsOf: bytes[runStart..<index])
            index += 1
            guard index < bytes.count else { throw truncated(.aString) }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): decoded.append(0x22)
            case UInt8(ascii: "\\"): decoded.append(0x5C)
            case UInt8(ascii: "/"): decoded.append(0x2F)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                    else { throw JSONProblem(offset: index, message: BilingualText("a lone surrogate in a \\u escape", "\\u エスケープに対になっていないサロゲートがあります")) }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw JSONProblem(offset: index, message: BilingualText("a lone surrogate in a \\u escape", "\\u エスケープに対になっていないサロゲートがあります"))
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw JSONProblem(offset: index, message: BilingualText("a lone surrogate in a \\u escape", "\\u エスケープに対になっていないサロゲートがあります"))
                }
                decoded.append(contentsOf: String(Character(UnicodeScalar(scalar)!)).utf8)
            default:
                throw JSONProblem(offset: index - 2, message: BilingualText(
                    "unknown escape '\\\(Character(UnicodeScalar(e)))' in a string",
                    "文字列に知らないエスケープ '\\\(Character(UnicodeScalar(e)))' があります"))
            }
            runStart = index
        }
        if let decodedStart {
            decoded.append(contentsOf: bytes[runStart..<index])
            append(.string, at: start, start: decodedStart, count: decoded.count - decodedStart)
            entries[entries.count - 1].decoded = true
        } else {
            append(.string, at: start, start: runStart, count: index - runStart)
        }
        index += 1
    }

    /// Where the run of printable ASCII other than `"` and `\\` that goes on at `from` ends.
    private func plainRun(from: Int) -> Int {
        var at = from
        while at < bytes.count {
            // One read of the byte: 0x20–0x7F but for `"` and `\\`.
            let b = bytes[at]
            if b &- 0x20 >= 0x60 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
            at += 1
        }
        return at
    }

    /// The length of the UTF-8 sequence starting at `start` (not ASCII), refused when it is not well-formed.
    private func sequenceLength(at start: Int, inStringAt string: Int) throws(JSONProblem) -> Int {
        if let length = UTF8Sequence.wellFormedLength(bytes, at: start) { return length }
        let length = UTF8Sequence.length(lead: bytes[start])
        guard length == 0 || start + length <= bytes.count else { throw truncated(.aString) }
        throw JSONProblem(offset: string, message: BilingualText("a string holds bytes that are not UTF-8", "文字列に UTF-8 でないバイトがあります"))
    }

    private mutating func hex4() throws(JSONProblem) -> UInt32 {
        guard index + 4 <= bytes.count else { throw truncated(.aString) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case 48...57: digit = UInt32(b - 48)
            case 65...70: digit = UInt32(b - 55)
            case 97...102: digit = UInt32(b - 87)
            default: throw JSONProblem(offset: index, message: BilingualText("a \\u escape needs four hex digits", "\\u エスケープには16進数4桁が必要です"))
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
