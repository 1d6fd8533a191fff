import Foundation
import Testing

/// Every text written for both languages has both: no empty side, and no English left untranslated on the
/// Japanese side. Reads the sources, where the pairs are written side by side (`pick(en, ja)`,
/// `help(en, ja)`, `BilingualText(en, ja)`, `CommandFailure(en, ja)` and the key tables' `help: (en, ja)`).
struct BothLanguagesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let pair = try! NSRegularExpression(
        pattern: #"(?:pick|help|BilingualText|CommandFailure)\(\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\s*\)|help: \("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)"#)

    static func pairs() throws -> [(file: String, en: String, ja: String)] {
        var found: [(String, String, String)] = []
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in pair.matches(in: text, range: range) {
                let first = match.range(at: 1).location != NSNotFound ? 1 : 3
                let en = String(text[Range(match.range(at: first), in: text)!])
                let ja = String(text[Range(match.range(at: first + 1), in: text)!])
                found.append((file.lastPathComponent, en, ja))
            }
        }
        return found
    }

    @Test func everyPairHasBothLanguages() throws {
        let pairs = try Self.pairs()
        #expect(pairs.count > 300, "the pairs are found: \(pairs.count)")
        for (file, en, ja) in pairs {
            #expect(!ja.isEmpty, "\(file): no Japanese for \"\(en)\"")
            #expect(!en.isEmpty || ja.count <= 4, "\(file): no English for \"\(ja)\" (only a Japanese suffix may lack one)")
            // English words that give English away; a lone "a" is a key name in Japanese texts (「a で追加」).
            let englishWords = ja.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "", options: .regularExpression)
                .range(of: #"\b(the|is|are|not|and|or|with|to|of|an)\b"#, options: .regularExpression)
            if en != ja {
                #expect(englishWords == nil, "\(file): the Japanese side reads as English: \"\(ja)\"")
            } else {
                #expect(en.range(of: "[A-Za-z]{3,}", options: .regularExpression) == nil,
                        "\(file): the same English text on both sides: \"\(en)\"")
            }
        }
    }
}
