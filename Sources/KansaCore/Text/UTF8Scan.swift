/// Scanning a text's UTF-8 bytes straight from its storage, which is many times faster than iterating
/// `String.UTF8View` byte by byte (the exports ask this of every cell).
extension StringProtocol {
    /// Whether a byte of the text's UTF-8 satisfies `test`.
    @inlinable
    public func utf8Contains(where test: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains(where: test) }) { return found }
        return utf8.contains(where: test)
    }

    /// Whether the text holds a line feed.
    @inlinable
    public var containsLineFeed: Bool {
        utf8Contains { $0 == 0x0A }
    }
}
