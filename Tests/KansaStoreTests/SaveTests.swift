import Foundation
import Testing
import KansaCore
@testable import KansaStore
import TestSupport

/// A file system that fails the `failAt`-th call (counting every call), to interrupt a save anywhere.
final class FailingOperations: FileOperations, @unchecked Sendable {
    let real = SystemFileOperations()
    let failAt: Int
    var calls = 0
    /// Write at most this many bytes per call, so that a failure can land in the middle of the file.
    let chunk = 4096

    init(failAt: Int) {
        self.failAt = failAt
    }

    private func fails() -> Bool {
        calls += 1
        if calls == failAt { errno = EIO; return true }
        return false
    }

    func create(_ path: String) -> Int32 { fails() ? -1 : real.create(path) }
    func setMode(_ fd: Int32, _ mode: mode_t) -> Int32 { fails() ? -1 : real.setMode(fd, mode) }
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        fails() ? -1 : real.write(fd, UnsafeRawBufferPointer(rebasing: bytes.prefix(chunk)))
    }
    func fsync(_ fd: Int32) -> Int32 { fails() ? -1 : real.fsync(fd) }
    func close(_ fd: Int32) -> Int32 { fails() ? -1 : real.close(fd) }
    func rename(_ from: String, _ to: String) -> Int32 { fails() ? -1 : real.rename(from, to) }
    func unlink(_ path: String) -> Int32 { real.unlink(path) }
    func syncFolder(_ path: String) -> Int32 { fails() ? -1 : real.syncFolder(path) }
}

struct SaveTests {
    let folder = TemporaryFolder()

    @Test func savesAreWrittenOwnerOnly() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try DocumentFile.read(path) == .audit(SampleAudit.audit))
        #expect(folder.names == [".audit.json.lock", "audit.json"])
    }

    @Test func createRefusesToOverwrite() throws {
        let path = folder.write("keep me", to: "audit.json")
        #expect(throws: StoreError.self) { try DocumentFile.create(path, with: .audit(SampleAudit.audit)) }
        #expect(folder.contents("audit.json") == "keep me")
    }

    /// A save holds the file it replaces open until the rename is done, then lets it go: after many saves this
    /// process keeps no replaced file open, and each save's file is the one on disk.
    @Test func aSaveLetsGoOfTheFileItReplaced() async throws {
        let path = folder.file("audit.json")
        var audit = SampleAudit.audit
        let file = try DocumentFile.create(path, with: .audit(audit))
        for n in 0..<20 {
            audit.sections[0].items[0].cells[0] = Cell(verdict: n % 2 == 0 ? .compliant : .improved)
            try file.save(.audit(audit))
        }
        #expect(try DocumentFile.read(path) == .audit(audit))
        func replacedStillOpen() -> Int {
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            return descriptors.filter { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == path + " (deleted)" }.count
        }
        var waited = 0
        while replacedStillOpen() > 0, waited < 200 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(replacedStillOpen() == 0)
    }

    /// A save interrupted at any call leaves the old file or the new one, never a torn one, and no temporary file.
    @Test func aSaveInterruptedAnywhereLeavesOldOrNew() throws {
        let path = folder.file("audit.json")
        let old = SampleAudit.audit
        var new = old
        new.generalComment = String(repeating: "総評を書き直した。", count: 2000)
        let oldBytes = DocumentFormat.encode(.audit(old))
        let newBytes = DocumentFormat.encode(.audit(new))
        let file = try DocumentFile.create(path, with: .audit(old))
        var sawOld = false
        var sawNew = false
        for failAt in 1...60 {
            file.saver = AtomicSave()
            try file.save(.audit(old))
            let ops = FailingOperations(failAt: failAt)
            file.saver = AtomicSave(operations: ops)
            let failed = (try? file.save(.audit(new))) == nil
            let onDisk = try DocumentFile.readBytes(path)
            #expect(onDisk == oldBytes || onDisk == newBytes, "torn file after failing call \(failAt)")
            if onDisk == oldBytes { sawOld = true; #expect(failed) } else { sawNew = true }
            #expect(folder.names == [".audit.json.lock", "audit.json"], "left \(folder.names) after failing call \(failAt)")
            if ops.calls < failAt { break }
        }
        #expect(sawOld && sawNew)
    }

    @Test func aSecondWriterGetsAReadOnlyHandleAndIsToldWhy() throws {
        let path = folder.file("drill.json")
        let first = try DocumentFile.create(path, with: .drill(SampleDrill.drill))
        let second = try DocumentFile.open(path)
        #expect(!first.isReadOnly)
        #expect(second.isReadOnly)
        #expect(second.readOnlyReason?.en.contains("another kansa (process \(getpid())) is editing this file") == true)
        #expect(throws: StoreError.self) { try second.save(.drill(SampleDrill.drill)) }
        #expect(second.document == first.document)
    }

    @Test func theLockGoesWithItsHolder() throws {
        let path = folder.file("drill.json")
        var first: DocumentFile? = try DocumentFile.create(path, with: .drill(SampleDrill.drill))
        #expect(first?.isReadOnly == false)
        first = nil
        let second = try DocumentFile.open(path)
        #expect(!second.isReadOnly)
    }

    @Test func aLockHeldByAnotherProcessIsSeen() throws {
        let path = folder.file("audit.json")
        try AtomicSave().write(DocumentFormat.encode(.audit(SampleAudit.audit)), to: path)
        let lock = FileLock.path(for: path)
        // The shell takes the lock and becomes the sleep, so that the lock goes with the one process killed below.
        let holder = try ChildProcess(["bash", "-c", #"exec 9>>"$0" && flock -x 9 && exec sleep 30"#, lock])
        defer { holder.kill() }
        var readOnly = false
        for _ in 0..<50 where !readOnly {
            usleep(20_000)
            readOnly = try DocumentFile.open(path).isReadOnly
        }
        #expect(readOnly)
    }
}
