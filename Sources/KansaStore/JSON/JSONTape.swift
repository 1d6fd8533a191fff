import Glibc

/// A parsed JSON document as one flat list of entries, a value or key each in the order written, pointing into the
/// text: nothing is allocated per value, and a string becomes a `String` only when it is read.
final class JSONTape: Sendable {
    enum Kind: UInt8, Sendable {
        case null, `true`, `false`, number, string, array, object
    }

    /// One value or object key. An object's entries are its members' key and value in turn; a list's, its elements.
    struct Entry: Sendable {
        var kind: Kind
        /// The string's bytes are in `decoded` (it held escapes, or the tape was built from a tree), not in `text`.
        var decoded: Bool
        /// Where the value starts in the text, for messages.
        var offset: UInt32
        /// A string's or number's first byte.
        var start: UInt32
        /// A string's or number's bytes; a list's elements; an object's members.
        var count: UInt32
        /// The entry after this value and everything inside it.
        var end: UInt32
    }

    /// The JSON text parsed.
    let text: [UInt8]
    /// Strings that are not written as they read in `text`: with their escapes undone.
    let decoded: [UInt8]
    let entries: [Entry]

    init(text: [UInt8], decoded: [UInt8], entries: [Entry]) {
        self.text = text
        self.decoded = decoded
        self.entries = entries
    }

    var root: JSONNode {
        JSONNode(tape: self, index: 0)
    }

    /// The bytes of the string or number at `index`.
    func withBytes<T>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let entry = entries[index]
        let range = Int(entry.start)..<Int(entry.start) + Int(entry.count)
        if entry.decoded {
            return decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The string or number at `index` as text (checked as UTF-8 when it was parsed).
    func string(at index: Int) -> String {
        withBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the string at `index` is `key`, compared byte by byte.
    func string(at index: Int, is key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { string(at: index, is: $0) } ?? (entries[index].kind == .string && string(at: index) == key)
    }

    /// Whether the string at `index` is these UTF-8 bytes.
    func string(at index: Int, is key: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[index]
        guard entry.kind == .string, Int(entry.count) == key.count else { return false }
        return key.isEmpty || withBytes(at: index) { memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }
    }
}
