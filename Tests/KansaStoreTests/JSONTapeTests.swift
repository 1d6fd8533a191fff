import Testing
import KansaCore
@testable import KansaStore

/// The tape parser reads strings without making them: what it accepts as UTF-8, how escaped keys compare, and
/// objects of more members than one word of flags holds.
struct JSONTapeTests {
    /// Random byte strings inside a JSON string are accepted exactly when Swift's own decoder finds them valid
    /// UTF-8, and read back as that decoder reads them.
    @Test func aStringIsAcceptedExactlyWhenItIsUTF8() {
        var generator = SystemRandomNumberGenerator()
        // Bytes that the UTF-8 rules turn on: continuation bytes, every lead byte and its edges, and plain letters.
        let alphabet: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                                 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let content = (0..<Int.random(in: 1...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let expected = String(validating: content, as: UTF8.self)
            let tape = try? JSONParser.parse([0x22] + content + [0x22])
            #expect(tape?.root.string == expected, "\(content.map { String($0, radix: 16) })")
        }
    }

    @Test func everyKindOfIllFormedSequenceIsRefused() throws {
        let illFormed: [[UInt8]] = [
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], // overlong forms of "/"
            [0xED, 0xA0, 0x80], // a surrogate
            [0xF4, 0x90, 0x80, 0x80], // past U+10FFFF
            [0xE3, 0x81], [0x81], [0xFE],
        ]
        for bytes in illFormed {
            #expect(throws: JSONProblem.self) { try JSONParser.parse([0x22] + bytes + [0x22]) }
        }
        // A text that ends inside a string of kanji, after one or in the middle of one, is cut short.
        for cut in [[0x22, 0xE7, 0x9B, 0xA3], [0x22, 0xE7, 0x9B, 0xA3, 0xE6], [0x22, 0xE7, 0x9B, 0xA3, 0xE6, 0x9F]] as [[UInt8]] {
            #expect(throws: JSONProblem.self) { try JSONParser.parse(cut) }
        }
        let wellFormed = "○△×－監査🙂"
        #expect(try JSONParser.parse(Array("\"\(wellFormed)\"".utf8)).root.string == wellFormed)
    }

    @Test func escapesAreUndoneAndKeysWithEscapesMatch() throws {
        let tape = try JSONParser.parse(Array(#"{"verd\u0069ct": "\u25cb", "note": "a\"b\\c\nd\ud83d\ude42"}"#.utf8))
        var object = try JSONObject(tape.root, path: "")
        #expect(try object.string("verdict") == "○")
        #expect(try object.string("note") == "a\"b\\c\nd🙂")
        try object.finish()
    }

    /// The 70th of 70 members, never asked for, is named; and a key written twice past the 64th is refused as such.
    @Test func unknownAndRepeatedKeysArePastTheFirst64Members() throws {
        let members = (0..<69).map { "\"k\($0)\": \($0)" } + ["\"extra\": 1"]
        let tape = try JSONParser.parse(Array("{\(members.joined(separator: ", "))}".utf8))
        var object = try JSONObject(tape.root, path: "")
        for i in 0..<69 { #expect(try object.int("k\(i)") == i) }
        #expect { try object.finish() } throws: { ($0 as? JSONProblem)?.message.en.contains("unknown key \"extra\"") == true }

        let repeated = (0..<69).map { "\"k\($0)\": \($0)" } + ["\"k66\": 1"]
        var twice = try JSONObject(try JSONParser.parse(Array("{\(repeated.joined(separator: ", "))}".utf8)).root, path: "")
        for i in 0..<69 { _ = try twice.int("k\(i)") }
        #expect { try twice.finish() } throws: { ($0 as? JSONProblem)?.message.en.contains("\"k66\" appears twice") == true }
    }

    /// A tree taken from the tape and put back on a tape reads the same, offsets included (a migration's path).
    @Test func aTreeBackOnATapeReadsTheSame() throws {
        let text = Array(#"{"a": [1, true, null, "x\ty"], "b": {"c": "監査"}}"#.utf8)
        let tape = try JSONParser.parse(text)
        let again = JSONTape(tape.root.tree)
        #expect(again.entries.count == tape.entries.count)
        for (one, other) in zip(tape.entries, again.entries) {
            #expect(one.kind == other.kind && one.offset == other.offset && one.count == other.count && one.end == other.end)
        }
        for index in tape.entries.indices where [.string, .number].contains(tape.entries[index].kind) {
            #expect(tape.string(at: index) == again.string(at: index))
        }
    }
}
