/// Finds, in one pass, the first place in a part that is not UTF-8 or holds a character XML 1.0 does not allow in
/// a document: a control character other than tab and the line ends, U+FFFE or U+FFFF.
enum XMLCharacterCheck {
    static func firstFault(in bytes: [UInt8], from start: Int) -> XMLMalformation? {
        bytes.withUnsafeBufferPointer { bytes in
            var i = start
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    guard lead >= 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D else {
                        return XMLMalformation(offset: i, reason: .forbiddenCharacter)
                    }
                    i += 1
                    continue
                }
                let notUTF8 = XMLMalformation(offset: i, reason: .notUTF8)
                let length: Int
                let smallest: UInt32
                var value: UInt32
                switch lead {
                case 0xC2...0xDF: (length, smallest, value) = (2, 0x80, UInt32(lead & 0x1F))
                case 0xE0...0xEF: (length, smallest, value) = (3, 0x800, UInt32(lead & 0x0F))
                case 0xF0...0xF4: (length, smallest, value) = (4, 0x10000, UInt32(lead & 0x07))
                default: return notUTF8
                }
                guard i + length <= bytes.count else { return notUTF8 }
                for k in 1..<length {
                    let continuation = bytes[i + k]
                    guard continuation & 0xC0 == 0x80 else { return notUTF8 }
                    value = value << 6 | UInt32(continuation & 0x3F)
                }
                guard value >= smallest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return notUTF8 }
                guard value != 0xFFFE && value != 0xFFFF else {
                    return XMLMalformation(offset: i, reason: .forbiddenCharacter)
                }
                i += length
            }
            return nil
        }
    }
}
