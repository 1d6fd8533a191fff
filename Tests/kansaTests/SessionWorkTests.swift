import Foundation
import KansaCore
import KansaStore
import KansaUI
import Testing
import TestSupport
@testable import kansa

/// The run loop's file work: saved under a new name, the old file's lock goes at once, so another kansa can
/// edit it; an export from the preview is written beside the document, a docx as its bytes.
struct SessionWorkTests {
    @Test func savingUnderANewNameLetsTheOldFileGo() throws {
        let folder = TemporaryFolder("session-work")
        try DocumentFile.create(folder.file("audit.json"), with: .audit(SampleAudit.audit))
        let work = SessionWork(file: try DocumentFile.open(folder.file("audit.json")), language: .en)
        #expect(try DocumentFile.open(folder.file("audit.json")).isReadOnly, "held while edited")
        let terminal = MemoryTerminal(rows: 24, columns: 80, keys: [])
        #expect(work.run(.saveAs(.audit(SampleAudit.audit), path: folder.file("mine.json")), on: terminal).count == 1)
        #expect(try !DocumentFile.open(folder.file("audit.json")).isReadOnly, "let go once saved under another name")
        #expect(try DocumentFile.open(folder.file("mine.json")).isReadOnly, "the new file is held")
        _ = work.run(.closeDocument, on: terminal)
        #expect(try !DocumentFile.open(folder.file("mine.json")).isReadOnly, "let go when the document screen closes")
    }

    @Test func aDocxIsExportedBesideTheDocumentAsItsBytes() throws {
        let folder = TemporaryFolder("session-work")
        try DocumentFile.create(folder.file("audit.json"), with: .audit(SampleAudit.audit))
        let work = SessionWork(file: try DocumentFile.open(folder.file("audit.json")), language: .en)
        let terminal = MemoryTerminal(rows: 24, columns: 80, keys: [])
        let events = work.run(.export(document: .audit(SampleAudit.audit), format: .docx, language: .ja, beside: nil), on: terminal)
        guard events.count == 1, case .exported(let path, let error) = events[0] else {
            Issue.record("one export expected: \(events)")
            return
        }
        #expect(path == folder.file("audit.docx") && error == nil)
        let written = try #require(FileManager.default.contents(atPath: folder.file("audit.docx")))
        #expect(written.starts(with: Array("PK\u{03}\u{04}".utf8)))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file("audit.docx"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(folder.names == [".audit.json.lock", "audit.docx", "audit.json"])
    }
}
