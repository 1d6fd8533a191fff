import Foundation
import Glibc
import Testing
import TestSupport
import KansaCore
@testable import KansaStore

/// The temporary files of saves killed in the middle (`.NAME.saving-PID`) are removed when the document is next
/// opened for editing, but only those of processes that no longer exist (issue 11, item 11).
struct LeftoverSaveTests {
    let folder = TemporaryFolder()

    /// The number of a process that has ended: a child that ran and was waited for.
    func deadProcess() throws -> pid_t {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let pid = child.processIdentifier
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
        return pid
    }

    @Test func leftoversOfDeadProcessesAreRemovedOnOpen() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        let dead = try deadProcess()
        let live = getpid()
        let torn = String(folder.contents("audit.json")!.prefix(500))
        for name in ["audit.json.saving-\(dead)", "audit.json.saving-\(live)", "drill.json.saving-\(dead)", "audit.json.saving-x"] {
            _ = folder.write(torn, to: "." + name)
        }
        _ = try DocumentFile.open(path, forEditing: false)
        #expect(folder.names.contains(".audit.json.saving-\(dead)"), "a read-only open removes nothing")

        _ = try DocumentFile.open(path)
        #expect(folder.names == [
            ".audit.json.lock", ".audit.json.saving-\(live)", ".audit.json.saving-x", ".drill.json.saving-\(dead)", "audit.json",
        ])
    }
}
