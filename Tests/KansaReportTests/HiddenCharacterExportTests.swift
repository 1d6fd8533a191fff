import Testing
import KansaCore
@testable import KansaReport

/// BiDi controls and zero-width characters never reach an export raw (issue 11, item 13): a document's `\u{202E}`
/// cannot reorder a report's text, nor a zero-width space hide in it, in any format.
struct HiddenCharacterExportTests {
    static let hidden: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,
    ]
    static let pieces = [
        "請求書\u{202E}fdp.exe", "ad\u{200B}min", "\u{2066}隔離\u{2069}", "\u{200E}\u{200F}\u{061C}", "\u{FEFF}先頭",
        "語\u{2060}結合", "\u{202A}\u{202B}\u{202C}\u{202D}\u{2067}\u{2068}", "👩‍💻\u{200C}",
    ]

    @Test(arguments: ExportFormat.allCases)
    func bidiControlsAndZeroWidthCharactersAreEscapedInEveryFormat(_ format: ExportFormat) throws {
        var hostile = HostileDocuments(pieces: Self.pieces)
        let documents: [Document] = [.audit(hostile.audit()), .drill(hostile.drill())]
        for document in documents {
            // A workbook's text is that of its cells, each sheet's after the other; a Word document's is its body's.
            let bytes = try format.export([document])
            var text = try format.render([document])
                ?? (format == .docx ? DocxFile(bytes).documentXML : WorkbookContents(bytes).allText)
            // The CSV file starts with its own byte-order mark, for Excel; no text of the document does.
            if format == .csv, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            let raw = text.unicodeScalars.filter { Self.hidden.contains($0.value) }.map { String($0.value, radix: 16) }
            #expect(raw.isEmpty, "\(format): \(Set(raw).sorted())")
            #expect(text.contains("u{202E}") && text.contains("u{200B}") && text.contains("u{FEFF}"), "\(format)")
        }
    }
}
