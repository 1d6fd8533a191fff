import Testing
@testable import KansaUI

/// The bytes of every terminal's keys, mouse reports, replies and pastes, decoded into keys: each sequence is
/// one key or nothing, never its characters.
struct InputDecoderTests {
    static let esc = "\u{1B}"

    /// The keys of a whole input, with the escape wait at its end.
    static func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = InputDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    static func decode(_ text: String) -> [Key] {
        decode(Array(text.utf8))
    }

    /// The same input cut in two at every position (and fed a byte at a time) gives the same keys.
    static func expectSameWhenSplit(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let whole = decode(bytes)
        for cut in 0...bytes.count {
            var decoder = InputDecoder()
            let keys = decoder.feed(bytes[..<cut]) + decoder.feed(bytes[cut...]) + decoder.flush()
            #expect(keys == whole, "cut at \(cut)", sourceLocation: sourceLocation)
        }
        var decoder = InputDecoder()
        let oneByOne = bytes.flatMap { decoder.feed([$0]) } + decoder.flush()
        #expect(oneByOne == whole, "a byte at a time", sourceLocation: sourceLocation)
    }

    @Test func textIsCharactersJapaneseIncluded() {
        #expect(Self.decode("o1R") == [.character("o"), .character("1"), .character("R")])
        #expect(Self.decode("監査メモ🙂") == "監査メモ🙂".map { Key.character($0) })
        Self.expectSameWhenSplit(Array("監査メモ é 🙂".utf8))
    }

    @Test func invalidBytesAreDroppedNeverKeys() {
        #expect(Self.decode([0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xFF]) == [])
        #expect(Self.decode([0xE3, 0x81, 0x61]) == [.character("a")], "a cut character, then a")
        #expect(Self.decode([0xE0, 0x80, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80]) == [], "overlong, surrogate, beyond U+10FFFF")
        #expect(Self.decode([0xE3, 0x81]) == [], "a character the input stopped in the middle of")
    }

    @Test func c1ControlsAreNoText() {
        #expect(Self.decode("\u{9B}1~\u{9B}1;5A\u{8F}P") == [.home, .up, .function(1)], "8-bit CSI and SS3 begin sequences")
        #expect(Self.decode("\u{85}\u{9C}\u{9D}a") == [.character("a")])
    }

    @Test func controlCharactersAreWhatTheyMean() {
        #expect(Self.decode([9, 10, 13, 8, 127]) == [.tab, .enter, .enter, .backspace, .backspace])
        #expect(Self.decode([1, 18, 26, 0, 31]) == [.control("a"), .control("r"), .control("z"), .control("@"), .control("_")])
    }

    @Test func aLoneEscapeIsEscOnlyAfterTheWait() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.pending == .sequence)
        #expect(decoder.flush() == [.escape])
        #expect(decoder.pending == .nothing)
        #expect(Self.decode("\(Self.esc)\(Self.esc)") == [.escape, .escape])
        #expect(Self.decode("\(Self.esc)\(Self.esc)\(Self.esc)") == [.escape, .escape, .escape])
    }

    @Test func altWithAKeyIsOneKeyNeverTheKeyAlone() {
        let e = Self.esc
        #expect(Self.decode("\(e)1\(e)4\(e)o\(e)R") == [.alt(.character("1")), .alt(.character("4")), .alt(.character("o")), .alt(.character("R"))])
        #expect(Self.decode("\(e)\r\(e)\u{7F}\(e)\u{01}") == [.alt(.enter), .alt(.backspace), .alt(.control("a"))])
        #expect(Self.decode("\(e)監") == [.alt(.character("監"))])
        #expect(Self.decode("\(e)[") == [.alt(.character("["))], "Alt-[ when nothing follows in time")
        #expect(Self.decode("\(e)O") == [.alt(.character("O"))])
        #expect(Self.decode("\(e)]") == [.alt(.character("]"))])
        #expect(Self.decode("\(e)P") == [.alt(.character("P"))])
        #expect(Self.decode("\(e)\(e)x") == [.escape, .alt(.character("x"))])
        #expect(Key.alt(.character("1")).name == "Alt-1")
    }

    static let e = esc
    /// Every encoding of each key, from xterm (normal and application modes), rxvt, the Linux console,
    /// screen/tmux and PuTTY.
    static let encodings: [(Key, [String])] = [
        (.home, ["\(e)OH", "\(e)[H", "\(e)[1~", "\(e)[7~", "\(e)[1;2H", "\(e)[1;5H", "\(e)[1;5~", "\(e)[7$", "\(e)[7^", "\(e)[7@"]),
        (.end, ["\(e)OF", "\(e)[F", "\(e)[4~", "\(e)[8~", "\(e)[1;2F", "\(e)[1;5F", "\(e)[4;5~", "\(e)[8$", "\(e)[8^", "\(e)[8@"]),
        (.pageUp, ["\(e)[5~", "\(e)[5;2~", "\(e)[5;5~", "\(e)[5$", "\(e)[5^"]),
        (.pageDown, ["\(e)[6~", "\(e)[6;2~", "\(e)[6;5~", "\(e)[6$", "\(e)[6^"]),
        (.insert, ["\(e)[2~", "\(e)[2;2~", "\(e)[2$", "\(e)[2^"]),
        (.delete, ["\(e)[3~", "\(e)[3;2~", "\(e)[3;5~", "\(e)[3$", "\(e)[3^"]),
        (.up, ["\(e)[A", "\(e)OA", "\(e)[1;5A", "\(e)[1;2A", "\(e)[a", "\(e)Oa", "\(e)\(e)[A"]),
        (.down, ["\(e)[B", "\(e)OB", "\(e)[1;5B", "\(e)[1;2B", "\(e)[b", "\(e)Ob", "\(e)\(e)OB"]),
        (.right, ["\(e)[C", "\(e)OC", "\(e)[1;5C", "\(e)[1;6C", "\(e)[c", "\(e)Oc"]),
        (.left, ["\(e)[D", "\(e)OD", "\(e)[1;5D", "\(e)[1;6D", "\(e)[d", "\(e)Od"]),
        (.backTab, ["\(e)[Z", "\(e)\t"]),
        (.enter, ["\(e)OM"]),
        (.function(1), ["\(e)OP", "\(e)[11~", "\(e)[[A", "\(e)[1;2P", "\(e)[1;5P", "\(e)O2P", "\(e)[11^"]),
        (.function(2), ["\(e)OQ", "\(e)[12~", "\(e)[[B", "\(e)[1;5Q"]),
        (.function(3), ["\(e)OR", "\(e)[13~", "\(e)[[C", "\(e)[R"]),
        (.function(4), ["\(e)OS", "\(e)[14~", "\(e)[[D", "\(e)[1;5S"]),
        (.function(5), ["\(e)[15~", "\(e)[[E", "\(e)[15;2~"]),
        (.function(6), ["\(e)[17~", "\(e)[17;5~"]),
        (.function(7), ["\(e)[18~"]),
        (.function(8), ["\(e)[19~"]),
        (.function(9), ["\(e)[20~"]),
        (.function(10), ["\(e)[21~"]),
        (.function(11), ["\(e)[23~", "\(e)[23$"]),
        (.function(12), ["\(e)[24~", "\(e)[24;2~", "\(e)[24^"]),
        (.character("1"), ["\(e)Oq"]),
        (.character("+"), ["\(e)Ok"]),
    ]

    /// With Alt or Meta in xterm's modifier parameter, a key is an Alt key, which nothing binds: Alt-Delete never
    /// clears a verdict, as Alt-1 never sets one.
    @Test func altModifiedKeysAreAltKeys() {
        #expect(Self.decode("\(Self.e)[3;3~") == [.alt(.delete)])
        #expect(Self.decode("\(Self.e)[3;4~") == [.alt(.delete)])
        #expect(Self.decode("\(Self.e)[3;7~") == [.alt(.delete)])
        #expect(Self.decode("\(Self.e)[2;9~") == [.alt(.insert)])
        #expect(Self.decode("\(Self.e)[1;3A") == [.alt(.up)])
        #expect(Self.decode("\(Self.e)[21;3~") == [.alt(.function(10))])
        #expect(Self.decode("\(Self.e)[3;5~") == [.delete], "Control leaves the key as it is")
    }

    @Test func everyTerminalsEncodingOfEachKey() {
        for (key, sequences) in Self.encodings {
            for sequence in sequences {
                #expect(Self.decode(sequence) == [key], "\(sequence.debugDescription)")
                #expect(Self.decode(sequence + "j") == [key, .character("j")], "\(sequence.debugDescription) then j")
            }
        }
    }

    /// Replies of the terminal, focus events, and sequences no key has: nothing, and the next byte is a key again.
    static let ignored: [String] = [
        "\(e)[I", "\(e)[O", "\(e)[12;40R", "\(e)[1;1R", "\(e)[?12;40;1R", "\(e)[?64;1;2;6;22c", "\(e)[>0;276;0c", "\(e)[?1;2c",
        "\(e)[?2004;1$y", "\(e)[99~", "\(e)[27;5;49~", "\(e)[49;5u", "\(e)[1u", "\(e)[?1u", "\(e)OE", "\(e)[E", "\(e)[1;5E", "\(e)[G",
        "\(e)[201~", "\(e)[0n", "\(e)[8;24;80t", "\(e)[1;2;3;4;5;6;7;8;9x", "\(e)[ q", "\(e)[[Z", "\(e)[>1;2m",
        "\(e)]11;rgb:1234/5678/9abc\u{07}", "\(e)]0;title 1234\(e)\\", "\(e)P1$r0;1m\(e)\\", "\(e)P>|XTerm(388)\(e)\\",
        "\(e)_Gi=1;OK\(e)\\", "\(e)^privacy 1\(e)\\", "\(e)Xstart 4\(e)\\", "\(e)]52;c;MTIzNA==\u{07}",
    ]

    @Test func repliesAndUnknownSequencesAreIgnoredWhole() {
        for sequence in Self.ignored {
            #expect(Self.decode(sequence) == [], "\(sequence.debugDescription)")
            #expect(Self.decode(sequence + "j") == [.character("j")], "\(sequence.debugDescription) then j")
        }
    }

    @Test func anEscapeInsideAStringEndsItAndStartsASequence() {
        #expect(Self.decode("\(Self.e)]0;half\(Self.e)[Aj") == [.up, .character("j")])
    }

    @Test func x10MouseReportsWithHighBytes() {
        func report(_ button: Int, _ column: Int, _ row: Int) -> [UInt8] {
            [0x1B, 0x5B, 0x4D, UInt8(button + 32), UInt8(column + 33), UInt8(row + 33)]
        }
        #expect(Self.decode(report(0, 0, 0)) == [.click(row: 0, column: 0)])
        #expect(Self.decode(report(0, 200, 130)) == [.click(row: 130, column: 200)], "0xE9 and 0xA3 are bytes, not UTF-8")
        #expect(Self.decode(report(0, 162, 97) + Array("j".utf8)) == [.click(row: 97, column: 162), .character("j")], "0xC3 0x82 is not é")
        #expect(Self.decode(report(64, 5, 3)) == [.wheelUp(row: 3, column: 5)])
        #expect(Self.decode(report(65, 5, 3)) == [.wheelDown(row: 3, column: 5)])
        #expect(Self.decode(report(3, 5, 3)) == [], "a release")
        #expect(Self.decode(report(2, 5, 3)) == [], "the right button")
        #expect(Self.decode(report(32, 5, 3)) == [], "motion")
        Self.expectSameWhenSplit(report(0, 200, 130) + report(64, 1, 2) + Array("x".utf8))
    }

    @Test func sgrMouseReports() {
        let e = Self.e
        #expect(Self.decode("\(e)[<0;10;5M") == [.click(row: 4, column: 9)])
        #expect(Self.decode("\(e)[<0;300;100M") == [.click(row: 99, column: 299)])
        #expect(Self.decode("\(e)[<0;10;5m") == [], "a release")
        #expect(Self.decode("\(e)[<64;3;4M") == [.wheelUp(row: 3, column: 2)])
        #expect(Self.decode("\(e)[<65;3;4M") == [.wheelDown(row: 3, column: 2)])
        #expect(Self.decode("\(e)[<32;3;4M\(e)[<2;3;4M\(e)[<1;3;4M\(e)[<0;0;4M") == [], "drag, right and middle button, column 0")
    }

    @Test func aBracketedPasteIsOneKeyWhateverItHolds() {
        let e = Self.e
        #expect(Self.decode("\(e)[200~1234 o t x - a R\(e)[201~") == [.paste("1234 o t x - a R")])
        let tricky = "a\(e)[Ab\(e)[20c\(e)[201x\(e)\(e)[2\(e)]0;t\u{07}\r\n監査\(e)"
        #expect(Self.decode("\(e)[200~\(tricky)\(e)[201~j") == [.paste(tricky), .character("j")])
        Self.expectSameWhenSplit(Array("o\(e)[200~\(tricky)\(e)[201~\(e)[1~".utf8))
        #expect(Self.decode("\(e)[200~\(e)[201~j") == [.character("j")], "an empty paste is nothing")
        #expect(Self.decode([0x1B, 0x5B, 0x32, 0x30, 0x30, 0x7E, 0x61, 0xFF, 0xE3, 0x62, 0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]) == [.paste("ab")])
    }

    @Test func aPasteIsCappedAndAnUnfinishedOneEndsAtTheFlush() {
        let e = Self.e
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("\(e)[200~".utf8)) == [])
        let chunk = [UInt8](repeating: UInt8(ascii: "1"), count: 64 * 1024)
        for _ in 0..<32 { #expect(decoder.feed(chunk) == []) }
        #expect(decoder.pending == .remainder)
        let keys = decoder.feed(Array("\(e)[201~j".utf8))
        guard case .paste(let text)? = keys.first else {
            Issue.record("no paste: \(keys.count) keys")
            return
        }
        #expect(text.utf8.count == InputDecoder.pasteLimit)
        #expect(keys.dropFirst() == [.character("j")])

        _ = decoder.feed(Array("\(e)[200~abc\(e)[20".utf8))
        #expect(decoder.flush() == [.paste("abc\(e)[20")], "the terminator never came")
        #expect(decoder.feed(Array("j".utf8)) == [.character("j")])
    }

    @Test func anUnterminatedStringOrSequenceKeepsNothingAndEndsAtTheFlush() {
        var decoder = InputDecoder()
        _ = decoder.feed(Array("\(Self.e)]52;c;".utf8))
        let chunk = [UInt8](repeating: UInt8(ascii: "4"), count: 64 * 1024)
        for _ in 0..<32 { #expect(decoder.feed(chunk) == []) }
        #expect(decoder.pending == .remainder)
        #expect(decoder.flush() == [])
        #expect(decoder.feed(Array("j".utf8)) == [.character("j")])

        let long = "\(Self.e)[" + String(repeating: "1;", count: 5000) + "A"
        #expect(Self.decode(long + "j") == [.character("j")], "parameters past the limit: ignored whole")
        _ = decoder.feed(Array("\(Self.e)[12;4".utf8))
        #expect(decoder.pending == .remainder)
        #expect(decoder.flush() == [], "a sequence cut short is dropped, not typed")
    }

    @Test func whatIsPendingDecidesTheWait() {
        var decoder = InputDecoder()
        _ = decoder.feed([0xE3])
        #expect(decoder.pending == .sequence)
        _ = decoder.flush()
        _ = decoder.feed(Array("\(Self.e)[".utf8))
        #expect(decoder.pending == .sequence)
        _ = decoder.feed(Array("1".utf8))
        #expect(decoder.pending == .remainder)
        _ = decoder.feed(Array("~".utf8))
        #expect(decoder.pending == .nothing)
        _ = decoder.feed(Array("\(Self.e)]".utf8))
        #expect(decoder.pending == .sequence)
        _ = decoder.feed(Array("0".utf8))
        #expect(decoder.pending == .remainder)
    }

    @Test func everySequenceSplitAnywhereGivesTheSameKeys() {
        let all = Self.encodings.flatMap(\.1) + Self.ignored + ["\(Self.e)[<0;10;5M", "\(Self.e)1", "監", "\(Self.e)[200~12\(Self.e)[201~"]
        let stream = Array(all.joined(separator: "x").utf8)
        let whole = Self.decode(stream)
        #expect(whole.filter { $0 == .character("x") }.count == all.count - 1)
        Self.expectSameWhenSplit(stream)
    }

    @Test func newKeysHaveNamesForTheHelp() {
        #expect(Key.insert.name == "Insert")
        #expect(Key.alt(.enter).name == "Alt-Enter")
        #expect(Key.paste("x").name == "paste")
    }
}
