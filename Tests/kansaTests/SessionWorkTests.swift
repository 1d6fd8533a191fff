import Foundation
import KansaCore
import KansaReport
import KansaStore
import KansaUI
import Testing
import TestSupport
@testable import kansa

/// The run loop's file work: saved under a new name, the old file's lock goes at once, so another kansa can
/// edit it.
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

    /// The preview's `x x` and `x w`: the workbook or the Word document beside the document, as bytes, its owner's
    /// only.
    @Test(arguments: [ExportFormat.xlsx, .docx])
    func anExportBesideTheDocumentWritesItsBytes(_ format: ExportFormat) throws {
        let folder = TemporaryFolder("session-work")
        try DocumentFile.create(folder.file("audit.json"), with: .audit(SampleAudit.audit))
        let work = SessionWork(file: try DocumentFile.open(folder.file("audit.json")), language: .en)
        let terminal = MemoryTerminal(rows: 24, columns: 80, keys: [])
        let events = work.run(.export(document: .audit(SampleAudit.audit), format: format, language: .ja, beside: nil), on: terminal)
        guard case .exported(let path, let error)? = events.first else { Issue.record("\(events)"); return }
        #expect(path == folder.file("audit.\(format.rawValue)") && error == nil, "\(error ?? "")")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }
}
