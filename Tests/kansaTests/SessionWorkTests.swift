import Foundation
import KansaCore
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
}
