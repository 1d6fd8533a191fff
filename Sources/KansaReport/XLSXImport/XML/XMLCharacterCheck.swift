import KansaCore

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
                guard let length = UTF8Sequence.wellFormedLength(bytes, at: i) else {
                    return XMLMalformation(offset: i, reason: .notUTF8)
                }
                // U+FFFE and U+FFFF: EF BF BE and EF BF BF.
                guard !(lead == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE) else {
                    return XMLMalformation(offset: i, reason: .forbiddenCharacter)
                }
                i += length
            }
            return nil
        }
    }
}
