import Foundation
import Glibc
import Testing
import TestSupport
import KansaCore
@testable import KansaStore

/// An export never replaces a kansa document, readable or not (issue 11, item 6), and replaces anything else
/// the way a save does: atomically, keeping its mode, through a symbolic link that stays one.
struct ExportTargetTests {
    let folder = TemporaryFolder()
    var document: String { String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self) }

    func expectKept(_ name: String, _ text: String) {
        let path = folder.write(text, to: name)
        #expect(throws: StoreError(path: path, reason: .unwritable(BilingualText(
            "this is a kansa document (or what is left of one); an export never replaces one",
            "kansa の文書（またはその一部）です。書き出しで上書きはしません")))) {
            try TextFile.write("# 報告\n", to: path)
        }
        #expect(folder.contents(name) == text)
    }

    @Test func aReadableDocumentIsKept() {
        expectKept("audit.json", document)
    }

    @Test func aDocumentOfANewerVersionIsKept() {
        expectKept("newer.json", document.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 7"))
    }

    @Test func aTruncatedOrDamagedDocumentIsKept() {
        expectKept("truncated.json", String(document.prefix(300)))
        expectKept("damaged.json", "\u{FEFF}\n{\"kind\": \"drill\", \"title\": \u{1}")
    }

    /// A document whose marks lie past the first bytes (a long title first) is still known by reading it.
    @Test func aReadableDocumentWithItsMarksFarInIsKept() throws {
        var audit = SampleAudit.audit
        audit.title = String(repeating: "長い表題", count: 2000)
        let text = String(decoding: DocumentFormat.encode(.audit(audit)), as: UTF8.self)
        let header = "{\n  \"schemaVersion\": 2,\n  \"kind\": \"audit\",\n"
        #expect(text.hasPrefix(header) && text.hasSuffix("\n}\n"))
        let reordered = "{\n" + text.dropFirst(header.count).dropLast(3) + ",\n  \"schemaVersion\": 2,\n  \"kind\": \"audit\"\n}\n"
        let path = folder.write(reordered, to: "reordered.json")
        #expect(try DocumentFile.read(path) == .audit(audit))
        expectKept("reordered.json", reordered)
    }

    @Test func anEarlierExportIsReplacedKeepingItsMode() throws {
        let path = folder.write("{\"other\": true}\n", to: "report.json")
        chmod(path, 0o644)
        try TextFile.write("# 報告\n", to: path)
        #expect(folder.contents("report.json") == "# 報告\n")
        #expect(folder.mode("report.json") == 0o644)
        try TextFile.write("a,b\r\n", to: folder.file("new.csv"))
        #expect(folder.mode("new.csv") == 0o600)
    }

    /// A binary export (a docx) is written byte for byte, owner only, with no temporary file left; over a document
    /// it is refused as text is.
    @Test func bytesAreWrittenAsTheyAre() throws {
        let bytes: [UInt8] = Array("PK\u{03}\u{04}".utf8) + [0, 0xFF, 0xFE, 0x0A, 0x0D, 0x1B] + Array(repeating: 0x7B, count: 5000)
        try TextFile.write(bytes: bytes, to: folder.file("report.docx"))
        #expect(FileManager.default.contents(atPath: folder.file("report.docx")).map(Array.init) == bytes)
        #expect(folder.mode("report.docx") == 0o600)
        #expect(folder.names == ["report.docx"])
        let path = folder.write(document, to: "audit.json")
        #expect(throws: StoreError.self) { try TextFile.write(bytes: bytes, to: path) }
        #expect(folder.contents("audit.json") == document)
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let target = folder.write("old\n", to: "report.md")
        symlink(target, folder.file("latest.md"))
        try TextFile.write("# 報告\n", to: folder.file("latest.md"))
        #expect(folder.kind("latest.md") == S_IFLNK)
        #expect(folder.contents("report.md") == "# 報告\n")
        symlink(folder.file("nowhere/x.md"), folder.file("dangling.md"))
        #expect(throws: StoreError.self) { try TextFile.write("# 報告\n", to: folder.file("dangling.md")) }
        #expect(folder.kind("dangling.md") == S_IFLNK)
    }
}
