extension Array where Element == UInt8 {
    /// Appends a string's UTF-8, copied from its storage in one piece: the text exports write bytes, not `String`s.
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
