/// One UTF-8 sequence read by the Unicode standard's rule for a well-formed one (table 3-7): no overlong form, no
/// surrogate, nothing past U+10FFFF. The JSON reader and the xlsx reader's XML check read their bytes with it.
public enum UTF8Sequence {
    /// How many bytes a sequence with this lead byte takes (2 to 4); 0 for a byte that cannot lead one.
    @inlinable
    public static func length(lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// The length of the sequence whose lead byte (not ASCII) is at `index`; nil when it is not well-formed or the
    /// end of `bytes` cuts it off. Table 3-7 narrows the second byte after E0, ED, F0 and F4.
    @inlinable
    public static func wellFormedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length = length(lead: lead)
        guard length > 0, index + length <= bytes.count else { return nil }
        let second: ClosedRange<UInt8> = switch lead {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
        guard second.contains(bytes[index + 1]) else { return nil }
        for next in index + 2 ..< index + length where bytes[next] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }
}
