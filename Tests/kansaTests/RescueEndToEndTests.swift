import Foundation
import Glibc
import KansaCore
import KansaStore
import Testing
import TestSupport

/// Edits a failed save left off the disk are not lost when kansa is told to end (SIGTERM, SIGHUP …): they go
/// into a file of their own beside the document, and kansa says where.
struct RescueEndToEndTests {
    @Test func aQuitSignalAfterAFailedSaveWritesTheEditsBesideTheDocument() throws {
        let folder = TemporaryFolder("rescue")
        let terminal = try PseudoTerminal.kansaOnTheSample(in: folder)
        // Another program changes the file: the next save is refused, and the edit is only in kansa.
        let theirs = try String(contentsOfFile: folder.file("audit.json"), encoding: .utf8) + "\n"
        try theirs.write(toFile: folder.file("audit.json"), atomically: false, encoding: .utf8)
        terminal.send("x")
        #expect(terminal.wait(for: "Another program changed this file"))
        kill(terminal.pid, SIGTERM)
        #expect(terminal.waitForExit() == 0)
        #expect(try String(contentsOfFile: folder.file("audit.json"), encoding: .utf8) == theirs, "their file untouched")
        let copy = folder.file("audit.unsaved-\(terminal.pid).json")
        guard case .audit(let rescued) = try DocumentFile.read(copy) else { throw ReleaseBinary.Failure(description: "not an audit") }
        #expect(rescued.counts.needsImprovement == SampleAudit.audit.counts.needsImprovement + 1, "the edit is in the copy")
        #expect(terminal.wrote("the edits are in"), "and kansa said where")
    }
}
