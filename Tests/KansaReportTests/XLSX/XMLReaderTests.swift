import KansaCore
@testable import KansaReport
import Testing

/// The XML reader of the xlsx import: what it gives for the XML a workbook holds, and every hostile or broken
/// input refused with its reason and place.
struct XMLReaderTests {
    typealias Reason = XMLMalformation.Reason

    /// Every event of `xml`, or the malformation that stopped the reading.
    static func events(_ xml: String) -> Result<[XMLReader.Event], XMLMalformation> {
        events(Array(xml.utf8))
    }

    static func events(_ bytes: [UInt8]) -> Result<[XMLReader.Event], XMLMalformation> {
        var reader = XMLReader(bytes)
        var events: [XMLReader.Event] = []
        do {
            while let event = try reader.next() { events.append(event) }
            return .success(events)
        } catch {
            return .failure(error)
        }
    }

    static func refusal(_ xml: String) -> Reason? {
        refusal(Array(xml.utf8))
    }

    static func refusal(_ bytes: [UInt8]) -> Reason? {
        if case .failure(let malformation) = events(bytes) { return malformation.reason }
        return nil
    }

    @Test func elementsAttributesAndTextInOrder() throws {
        let xml = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- made by hand --><?mso-application progid="Excel.Sheet"?>
            <x:sst xmlns:x="main" count='2'><x:si><x:t xml:space="preserve"> 監査 &amp; &lt;内容&gt; </x:t></x:si>\
            <x:si><x:t>&quot;&apos;&#x25CB;&#9651;</x:t><x:rPh sb="0"/></x:si></x:sst>

            """
        let events = try Self.events(xml).get()
        #expect(events == [
            .start("sst", XMLAttributes(["xmlns:x": "main", "count": "2"])),
            .start("si", XMLAttributes()),
            .start("t", XMLAttributes(["xml:space": "preserve"])),
            .text(" 監査 & <内容> "),
            .end("t"),
            .end("si"),
            .start("si", XMLAttributes()),
            .start("t", XMLAttributes()),
            .text("\"'○△"),
            .end("t"),
            .start("rPh", XMLAttributes(["sb": "0"])),
            .end("rPh"),
            .end("si"),
            .end("sst"),
        ])
    }

    /// Whitespace is kept as written, with or without `xml:space="preserve"`; line ends read as `\n`.
    @Test func whitespaceAndLineEnds() throws {
        let events = try Self.events("<t>  a\r\nb\rc\n </t>").get()
        #expect(events == [.start("t", XMLAttributes()), .text("  a\nb\nc\n "), .end("t")])
        let preserved = try Self.events("<r><t xml:space=\"preserve\">\t</t>\n</r>").get()
        #expect(preserved.contains(.text("\t")))
        #expect(preserved.contains(.text("\n")))
    }

    /// In an attribute a tab or line end reads as a space; one written as a reference stays itself.
    @Test func attributeValues() throws {
        let events = try Self.events("<a b=\"1\t2\r\n3\" c='&#10;\"' d = \"x'y\" />").get()
        #expect(events == [.start("a", XMLAttributes(["b": "1 2 3", "c": "\n\"", "d": "x'y"])), .end("a")])
        let attributes = XMLAttributes(["name": "結果一覧", "r:id": "rId1"])
        #expect(attributes[local: "id"] == "rId1")
        #expect(attributes["id"] == nil)
        #expect(attributes[local: "d"] == nil)
    }

    @Test func cdataIsText() throws {
        let events = try Self.events("<t><![CDATA[<b>&amp;</b>]]>!</t>").get()
        #expect(events == [.start("t", XMLAttributes()), .text("<b>&amp;</b>"), .text("!"), .end("t")])
    }

    /// The reader reads as it goes: what comes before a fault is given before the fault is met.
    @Test func itStreams() throws {
        var reader = XMLReader(Array("<a><b/><c></a>".utf8))
        #expect(try reader.next() == .start("a", XMLAttributes()))
        #expect(try reader.next() == .start("b", XMLAttributes()))
        #expect(try reader.next() == .end("b"))
        #expect(try reader.next() == .start("c", XMLAttributes()))
        #expect(throws: XMLMalformation(offset: 10, reason: .mismatchedEnd("c", "a"))) { try reader.next() }
    }

    @Test func documentTypesAndEntitiesAreRefused() {
        #expect(Self.refusal(#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>"#) == .documentType)
        #expect(Self.refusal(#"<!DOCTYPE a SYSTEM "http://example.com/a.dtd"><a/>"#) == .documentType)
        #expect(Self.refusal(#"<a><!ENTITY x "y"></a>"#) == .documentType)
        #expect(Self.refusal("<a>&x;</a>") == .undefinedEntity("x"))
        #expect(Self.refusal("<a b=\"&lol9;\"/>") == .undefinedEntity("lol9"))
        #expect(Self.refusal("<a>&amp</a>") == .badReference)
        #expect(Self.refusal("<a>& b;</a>") == .badReference)
        #expect(Self.refusal("<a>&#;</a>") == .badReference)
        #expect(Self.refusal("<a>&#0;</a>") == .badReference)
        #expect(Self.refusal("<a>&#1;</a>") == .badReference)
        #expect(Self.refusal("<a>&#xD800;</a>") == .badReference)
        #expect(Self.refusal("<a>&#x110000;</a>") == .badReference)
        #expect(Self.refusal("<a>&#99999999999999999999;</a>") == .badReference)
        #expect(Self.refusal("<a>&#x41g;</a>") == .badReference)
    }

    @Test func onlyUTF8IsRead() {
        #expect(Self.refusal(#"<?xml version="1.0" encoding="Shift_JIS"?><a/>"#) == .encoding("Shift_JIS"))
        #expect(Self.refusal([0xFF, 0xFE] + Array("<a/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) == .encoding("UTF-16"))
        #expect(Self.refusal([0x00, 0x3C, 0x00, 0x61]) == .encoding("UTF-16"))
        #expect(Self.refusal(#"<?xml version="1.0" encoding="utf8"?><a/>"#) == nil)
        for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xE3, 0x81], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]] {
            #expect(Self.refusal(Array("<a>".utf8) + bad + Array("</a>".utf8)) == .notUTF8, "\(bad)")
        }
        #expect(Self.refusal("<a>\u{1}</a>") == .forbiddenCharacter)
        #expect(Self.refusal("<a b=\"\u{0}\"/>") == .forbiddenCharacter)
        #expect(Self.refusal("<a>\u{FFFE}</a>") == .forbiddenCharacter)
        #expect(Self.refusal("<a>\u{FFFF}</a>") == .forbiddenCharacter)
        #expect(Self.refusal("<a>\u{FFFD}\u{EFFF}</a>") == nil)
    }

    @Test func brokenMarkupIsRefused() {
        let cases: [(String, Reason)] = [
            ("", .noRoot),
            ("  <!-- nothing -->  ", .noRoot),
            ("<a>", .unclosed("a")),
            ("<a><b></a>", .mismatchedEnd("b", "a")),
            ("<a/></a>", .mismatchedEnd(nil, "a")),
            ("</a>", .mismatchedEnd(nil, "a")),
            ("<a/><b/>", .outsideRoot),
            ("x<a/>", .outsideRoot),
            ("<a/>x", .outsideRoot),
            ("<![CDATA[x]]><a/>", .outsideRoot),
            ("<a", .unterminated),
            ("<a b=\"1\"", .unterminated),
            ("<a b=\"1>", .unterminated),
            ("<a><!-- x", .unterminated),
            ("<a><![CDATA[x", .unterminated),
            ("<a><?pi x", .unterminated),
            ("<a b></a>", .badAttribute),
            ("<a b=1></a>", .badAttribute),
            ("<a b=\"<\"></a>", .badAttribute),
            ("<a b=\"1\"c=\"2\"/>", .badAttribute),
            ("<a / >", .badAttribute),
            ("<a b=\"1\" b='2'/>", .duplicateAttribute("b")),
            ("< a/>", .badName),
            ("<1a/>", .badName),
            ("<a></ a>", .badName),
            ("<a><!x></a>", .documentType),
            ("<a><!-></a>", .badName),
            ("<a><!-- a -- b --></a>", .commentHyphens),
            (" <?xml version=\"1.0\"?><a/>", .misplacedDeclaration),
            ("<a/><?xml version=\"1.0\"?>", .misplacedDeclaration),
            ("<?xml encoding=\"UTF-8\"?><a/>", .badDeclaration),
            ("<?xml version=\"1.0\"><a/>", .badDeclaration),
        ]
        for (xml, reason) in cases {
            #expect(Self.refusal(xml) == reason, "\(xml)")
        }
    }

    @Test func nestingIsBounded() {
        let limit = XMLReader.depthLimit
        let deep = String(repeating: "<a>", count: limit) + String(repeating: "</a>", count: limit)
        #expect(Self.refusal(deep) == nil)
        #expect(Self.refusal("<r>" + deep + "</r>") == .tooDeep(limit))
    }

    /// A quadratic blow-up needs entities, which are refused; a long document is read event by event.
    @Test func aLargeDocumentIsReadInOnePass() throws {
        let rows = String(repeating: "<row><c t=\"s\"><v>1</v></c></row>", count: 100_000)
        var reader = XMLReader(Array(("<sheetData>" + rows + "</sheetData>").utf8))
        var count = 0
        while try reader.next() != nil { count += 1 }
        #expect(count == 2 + 100_000 * 7)
    }

    @Test func theProblemSaysWhereAndWhy() throws {
        let bytes = Array("<a>\n  <b>監査</c></a>".utf8)
        var reader = XMLReader(bytes)
        let malformation = try #require(throws: XMLMalformation.self) {
            while try reader.next() != nil {}
        }
        #expect(malformation.position(in: bytes) == (line: 2, column: 8))
        var sheet = SheetCells(part: "xl/worksheets/sheet1.xml", sheet: "結果一覧", strings: [], limits: WorkbookLimits())
        #expect(throws: WorkbookProblem("xl/worksheets/sheet1.xml",
            "not well-formed XML (line 2, column 8): </c> where </b> was due",
            "XML として正しくありません（2行 8桁）：</b> のところに </c> があります")) {
            try sheet.read(bytes)
        }
        #expect(throws: WorkbookProblem("xl/worksheets/sheet1.xml",
            "is in the encoding Shift_JIS; kansa reads a workbook's parts only in UTF-8, as Excel writes them",
            "文字コード Shift_JIS です。kansa が読むのは Excel が書く UTF-8 の部品だけです")) {
            try sheet.read(Array(#"<?xml version="1.0" encoding="Shift_JIS"?><worksheet/>"#.utf8))
        }
    }
}
