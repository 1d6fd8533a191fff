import Testing
import KansaCore

/// A text's width read straight from its UTF-8 (printable ASCII and the common wide Japanese) is what the rules give
/// scalar by scalar, whatever the text holds.
struct TextWidthFastPathTests {
    /// Characters of every kind the rules tell apart: ASCII, controls, kana, ideographs, punctuation, full-width
    /// forms, the ambiguous ○ △ × and box lines, combining marks, BiDi controls, emoji, the ends of the fast ranges.
    static let pool: [String] = [
        "a", "Z", "0", " ", "~", "\t", "\n", "\u{1B}", "\u{7F}", "\u{85}", "あ", "ア", "ヿ", "゠", "漢", "鿿", "一", "、",
        "。", "〃", "〩", "〪", "「", "」", "ー", "＋", "（", "）", "｠", "｡", "ｱ", "○", "△", "×", "－", "─", "│", "·",
        "\u{0301}", "\u{200B}", "\u{202E}", "\u{FEFF}", "😀", "👍🏽", "é", "ß", "Ω", "한", "㐀", "\u{3000}", "〿",
    ]

    func scalarByScalar(_ text: String, _ width: CharacterWidth) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width.width(of: $1) }
    }

    @Test(arguments: [false, true])
    func theFastPathGivesWhatTheRulesGive(ambiguousIsWide: Bool) {
        let width = CharacterWidth(ambiguousIsWide: ambiguousIsWide)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<4000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59)
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pool[Int(state >> 33) % Self.pool.count]
            }
            #expect(width.width(of: text) == scalarByScalar(text, width), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let tail = text.dropFirst(min(1, text.count))
            #expect(width.width(of: tail) == scalarByScalar(String(tail), width))
        }
        #expect(width.width(of: "2(1) パソコンの取扱い（離席時）") == 5 + 13 * 2)
    }

    /// Each scalar read from the UTF-8 is the text's own, with its width by the rules (a line feed none) and its offset.
    @Test(arguments: [false, true])
    func scalarsReadFromTheBytesAreTheTextsOwn(ambiguousIsWide: Bool) {
        let width = CharacterWidth(ambiguousIsWide: ambiguousIsWide)
        var text = Self.pool.joined() + "\u{10FFFF}𠮷"
        var read: [(UInt32, Int, Int)] = []
        text.withUTF8 { bytes in width.forEachScalar(bytes) { read.append(($0, $1, $2)) } }
        var offset = 0
        let expected = text.unicodeScalars.map { scalar in
            defer { offset += UTF8.width(scalar) }
            return (scalar.value, scalar == "\n" ? 0 : width.width(of: scalar), offset)
        }
        #expect(read.map(\.0) == expected.map(\.0))
        #expect(read.map(\.1) == expected.map(\.1))
        #expect(read.map(\.2) == expected.map(\.2))
    }
}
