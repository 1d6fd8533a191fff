import Testing
import KansaCore

/// The shared escaper (issue 11, item 13): control characters, BiDi controls and zero-width characters are shown
/// escaped, on screen and in every export.
struct ControlEscapingTests {
    static let bidi: [UInt32] = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
    static let zeroWidth: [UInt32] = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

    @Test func bidiControlsAndZeroWidthCharactersAreEscaped() {
        for value in Self.bidi + Self.zeroWidth {
            let scalar = Unicode.Scalar(value)!
            let hex = String(value, radix: 16, uppercase: true)
            #expect(scalar.isControl() && scalar.isControl(keepingLineBreaks: true), "\(hex)")
            #expect("a\(Character(scalar))b".escapingControlCharacters() == "a\\u{\(hex.count < 4 ? "0" + hex : hex)}b")
        }
        #expect("請求書\u{202E}fdp.exe".escapingControlCharacters() == "請求書\\u{202E}fdp.exe")
        #expect("\u{FEFF}".escapingControlCharacters() == "\\u{FEFF}")
        #expect("\u{061C}".escapingControlCharacters() == "\\u{061C}")
    }

    @Test func controlCharactersKeepTheirForm() {
        #expect("\u{1B}[2J\u{7F}\u{85}\u{9F}".escapingControlCharacters() == "\\x1B[2J\\x7F\\x85\\x9F")
        #expect("行1\n\t行2\r".escapingControlCharacters(keepingLineBreaks: true) == "行1\n\t行2\\x0D")
        #expect("行1\n\t".escapingControlCharacters() == "行1\\x0A\\x09")
    }

    /// Ordinary text, Japanese, combining marks, the ambiguous verdicts and the emoji variation selector pass.
    @Test func ordinaryTextPasses() {
        for text in ["令和5年度（上半期）", "○△×－", "e\u{301}", "☺\u{FE0F}", "—…※", "\u{00A0}x", "👍🏽"] {
            #expect(text.escapingControlCharacters() == text, "\(text)")
        }
    }

    /// The zero-width joiner is escaped inside emoji sequences too: terminals disagree on their width.
    @Test func theJoinerIsEscapedInsideEmoji() {
        #expect("👩‍💻".escapingControlCharacters() == "👩\\u{200D}💻")
    }
}

/// The characters that draw as nothing are shown escaped too: separators, soft hyphen, fillers, invisible
/// operators, tags.
struct InvisibleCharacterTests {
    @Test(arguments: [0x2028, 0x2029, 0x00AD, 0x180E, 0x2061, 0x2064, 0x206A, 0x206F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x17B4, 0xFFF9,
                      0xFFFB, 0x1D173, 0xE0001, 0xE007F])
    func isEscaped(_ value: UInt32) {
        let text = "a" + String(Character(Unicode.Scalar(value)!)) + "b"
        #expect(text.escapingControlCharacters() == "a" + Unicode.Scalar(value)!.escapedControl + "b")
    }
}
