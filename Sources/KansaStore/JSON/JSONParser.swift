import KansaCore

/// Parses JSON text (RFC 8259) into nodes that remember where they start.
struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// Short strings already read, by a hash of their bytes.
    private var shortStrings = [(low: UInt64, high: UInt64, length: UInt8, text: String?)](repeating: (0, 0, 0, nil), count: 256)
    static let maximumDepth = 256

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func parse(_ bytes: [UInt8]) throws(JSONProblem) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        guard parser.index < bytes.count else {
            throw JSONProblem(offset: parser.index, message: BilingualText("the file is empty", "ファイルが空です"))
        }
        let node = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw JSONProblem(offset: parser.index, message: BilingualText("unexpected text after the end of the document", "文書の終わりの後に余計な文字があります"))
        }
        return node
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func truncated(_ what: BilingualText) -> JSONProblem {
        JSONProblem(offset: index, message: BilingualText(
            "the file ends in the middle of \(what.en) (truncated?)", "\(what.ja)の途中でファイルが終わっています（途中で切れていませんか）"))
    }

    private mutating func parseValue() throws(JSONProblem) -> JSONNode {
        guard index < bytes.count else { throw truncated(BilingualText("a value", "値")) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(value: try parseObject(), offset: start)
        case UInt8(ascii: "["): return JSONNode(value: try parseArray(), offset: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), offset: start)
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

    private mutating func parseObject() throws(JSONProblem) -> JSONNode.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, keyOffset: Int, node: JSONNode)] = []
        skipWhitespace()
        guard index < bytes.count else { throw truncated(.anObject) }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.anObject) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw JSONProblem(offset: index, message: found("expected a key in double quotes, found ", "二重引用符で囲んだキーがあるはずの所に ", "があります", at: index))
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.anObject) }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw JSONProblem(offset: index, message: found("expected ':' after a key, found ", "キーの後に ':' があるはずの所に ", "があります", at: index))
            }
            index += 1
            skipWhitespace()
            members.append((key, keyOffset, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.anObject) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default:
                throw JSONProblem(offset: index, message: found("expected ',' or '}', found ", "',' か '}' があるはずの所に ", "があります", at: index))
            }
        }
    }

    private mutating func parseArray() throws(JSONProblem) -> JSONNode.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        guard index < bytes.count else { throw truncated(.aList) }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw truncated(.aList) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default:
                throw JSONProblem(offset: index, message: found("expected ',' or ']', found ", "',' か ']' があるはずの所に ", "があります", at: index))
            }
        }
    }

    private mutating func parseNumber() throws(JSONProblem) -> String {
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
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONProblem) -> String {
        let start = index
        index += 1
        var runStart = index
        var scratch: [UInt8] = []
        var escaped = false
        while true {
            guard index < bytes.count else { throw truncated(.aString) }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                break
            }
            if b < 0x20 {
                throw JSONProblem(offset: index, message: BilingualText("a control character inside a string must be escaped", "文字列の中の制御文字はエスケープが必要です"))
            }
            if b != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if !escaped {
                escaped = true
                scratch.reserveCapacity(index - runStart + 16)
            }
            scratch.append(contentsOf: bytes[runStart..<index])
            index += 1
            guard index < bytes.count else { throw truncated(.aString) }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
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
                scratch.append(contentsOf: String(Character(UnicodeScalar(scalar)!)).utf8)
            default:
                throw JSONProblem(offset: index - 2, message: BilingualText(
                    "unknown escape '\\\(Character(UnicodeScalar(e)))' in a string",
                    "文字列に知らないエスケープ '\\\(Character(UnicodeScalar(e)))' があります"))
            }
            runStart = index
        }
        let text: String?
        if escaped {
            scratch.append(contentsOf: bytes[runStart..<index])
            text = String(validating: scratch, as: UTF8.self)
        } else if index - runStart <= 15 {
            text = shortString(from: runStart, to: index)
        } else {
            text = String(validating: bytes[runStart..<index], as: UTF8.self)
        }
        guard let text else {
            throw JSONProblem(offset: start, message: BilingualText("a string holds bytes that are not UTF-8", "文字列に UTF-8 でないバイトがあります"))
        }
        index += 1
        return text
    }

    /// A short string (at most 15 bytes: keys, ids, verdicts) through a small cache of the ones seen, so that
    /// the thousands of repeats in a matrix are checked as UTF-8 once.
    private mutating func shortString(from start: Int, to end: Int) -> String? {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in start..<end {
            let shift = UInt64((i - start) % 8) * 8
            if i - start < 8 { low |= UInt64(bytes[i]) << shift } else { high |= UInt64(bytes[i]) << shift }
        }
        let length = UInt8(end - start)
        let slot = Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(length)) >> 56)
        let entry = shortStrings[slot]
        if entry.low == low, entry.high == high, entry.length == length, let text = entry.text { return text }
        guard let text = String(validating: bytes[start..<end], as: UTF8.self) else { return nil }
        shortStrings[slot] = (low, high, length, text)
        return text
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
