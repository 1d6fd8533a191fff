/// Writes pretty-printed JSON straight into bytes, keys in the order the caller gives them.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has no member yet.
    private var empty = true
    /// Inside an object written on one line.
    private var inline = false

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    private static let indent = [UInt8](repeating: 0x20, count: 128)

    private mutating func newline() {
        bytes.append(0x0A)
        Self.indent.withUnsafeBufferPointer { bytes.append(contentsOf: $0.prefix(min(128, depth * 2))) }
    }

    /// Starts a member of the current container: a separator, a new line and the indent (a space when inline).
    private mutating func member() {
        if inline {
            if !empty { bytes.append(UInt8(ascii: ",")); bytes.append(0x20) }
        } else if depth > 0 {
            if !empty { bytes.append(UInt8(ascii: ",")) }
            newline()
        }
        empty = false
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(open)
        let outerEmpty = empty
        depth += 1
        empty = true
        body(&self)
        depth -= 1
        if !empty, !inline { newline() }
        bytes.append(close)
        empty = outerEmpty
    }

    /// Writes `"key": ` inside an object.
    mutating func key(_ key: String) {
        member()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
    }

    /// An object as the next value.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// A member (key, colon, space and value) written out as bytes once, for one repeated thousands of times.
    mutating func member(raw: [UInt8]) {
        member()
        bytes.append(contentsOf: raw)
    }

    /// The bytes of `"key": `.
    static func rawKey(_ key: String) -> [UInt8] {
        var w = JSONWriter(capacity: key.utf8.count + 4)
        w.key(key)
        return w.bytes
    }

    /// The bytes of a value written by `body`, on one line.
    static func rawInline(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var w = JSONWriter(capacity: 32)
        w.inlineObject(body)
        return w.bytes
    }

    /// An object on one line as the next value: `{"verdict": "○", "note": "…"}`.
    mutating func inlineObject(_ body: (inout JSONWriter) -> Void) {
        let outer = inline
        inline = true
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
        inline = outer
    }

    /// A list as the next value; `element` writes one element per call.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// Begins an element of a list (call before writing each element's value).
    mutating func element() {
        member()
    }

    mutating func string(_ value: String) {
        writeString(value)
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for b in utf8 {
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                case 0..<0x20, 0x7F:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0xF)])
                default: bytes.append(b)
                }
            }
        }
        bytes.append(0x22)
    }
}

extension JSONWriter {
    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// A string member, left out when empty.
    mutating func optionalField(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        field(name, value)
    }

    mutating func field(_ name: String, _ values: [String]) {
        key(name)
        array { w in
            for value in values {
                w.element()
                w.string(value)
            }
        }
    }

    mutating func field(_ name: String, _ body: (inout JSONWriter) -> Void) {
        key(name)
        object(body)
    }
}
