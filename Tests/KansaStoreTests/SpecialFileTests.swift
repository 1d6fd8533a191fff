import Foundation
import Glibc
import Testing
import TestSupport
import KansaCore
@testable import KansaStore

/// Only regular files are read as documents or written as exports (issue 11, items 3 and 13): a FIFO, a socket,
/// a device or a folder is refused with what it is, without waiting and without being replaced; files too large
/// are refused before they are read; the folders kansa makes are its user's alone.
struct SpecialFileTests {
    let folder = TemporaryFolder()

    func expectUnreadable(_ path: String, _ reason: BilingualText, _ read: (String) throws(StoreError) -> Void) {
        do {
            try read(path)
            Issue.record("read \(path)")
        } catch {
            #expect(error == StoreError(path: path, reason: .unreadable(reason)))
        }
    }

    @Test func aFIFOIsRefusedAsADocumentWithoutWaiting() {
        let fifo = folder.fifo("audit.json")
        let guardian = HangGuard(fifo: fifo)
        let refusal = BilingualText("a FIFO, not a regular file", "通常のファイルではなく FIFO です")
        expectUnreadable(fifo, refusal) { path throws(StoreError) in _ = try DocumentFile.open(path) }
        expectUnreadable(fifo, refusal) { path throws(StoreError) in _ = try DocumentFile.read(path) }
        expectUnreadable(fifo, refusal) { path throws(StoreError) in _ = try TextFile.read(path) }
        #expect(!guardian.fired, "kansa opened the FIFO and waited on it")
        #expect(folder.kind("audit.json") == S_IFIFO)
    }

    @Test func socketsDevicesAndFoldersAreRefusedWithWhatTheyAre() {
        let socket = folder.socket("audit.json")
        expectUnreadable(socket, BilingualText("a socket, not a regular file", "通常のファイルではなくソケットです")) { path throws(StoreError) in
            _ = try DocumentFile.open(path)
        }
        expectUnreadable("/dev/null", BilingualText("a character device, not a regular file", "通常のファイルではなくキャラクタデバイスです")) {
            path throws(StoreError) in _ = try DocumentFile.read(path)
        }
        expectUnreadable(folder.path, BilingualText("a folder, not a regular file", "通常のファイルではなくフォルダです")) {
            path throws(StoreError) in _ = try DocumentFile.read(path)
        }
    }

    @Test func anExportIsNeverWrittenOverAFIFOOrASocket() throws {
        let fifo = folder.fifo("report.md")
        let guardian = HangGuard(fifo: fifo)
        #expect(throws: StoreError(path: fifo, reason: .unwritable(BilingualText("a FIFO, not a regular file", "通常のファイルではなく FIFO です")))) {
            try TextFile.write("# 報告\n", to: fifo)
        }
        let socket = folder.socket("report.csv")
        #expect(throws: StoreError.self) { try TextFile.write("a,b\r\n", to: socket) }
        // A symbolic link to a special file, as /dev/stdout is, is refused by what it points to.
        symlink(fifo, folder.file("stdout"))
        #expect(throws: StoreError.self) { try TextFile.write("# 報告\n", to: folder.file("stdout")) }
        #expect(!guardian.fired)
        #expect(folder.kind("report.md") == S_IFIFO && folder.kind("report.csv") == S_IFSOCK && folder.kind("stdout") == S_IFLNK)
        #expect(folder.names == ["report.csv", "report.md", "stdout"], "no temporary file left")
    }

    /// `/dev/stdout` on a pipe is a link to `/proc/self/fd/1`, which links to no path (`pipe:[…]`): still refused
    /// as the FIFO it is, and nothing is written into the pipe.
    @Test func anExportIsNeverWrittenThroughALinkToAPipe() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        symlink("/proc/self/fd/\(ends[1])", folder.file("stdout"))
        #expect(throws: StoreError(path: folder.file("stdout"), reason: .unwritable(BilingualText("a FIFO, not a regular file", "通常のファイルではなく FIFO です")))) {
            try TextFile.write("# 報告\n", to: folder.file("stdout"))
        }
        #expect(folder.kind("stdout") == S_IFLNK)
        _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
        var byte: UInt8 = 0
        #expect(read(ends[0], &byte, 1) == -1 && errno == EAGAIN, "nothing went into the pipe")
    }

    /// `-o /dev/null` as root replaced the device by a regular file. The check that refuses it writes nothing, so
    /// it is run on /dev/null itself; the whole export is tried on a device node of our own when we may make one.
    @Test func anExportIsNeverWrittenOverADevice() throws {
        let device = BilingualText("a character device, not a regular file", "通常のファイルではなくキャラクタデバイスです")
        #expect(throws: StoreError(path: "/dev/null", reason: .unwritable(device))) { try AtomicSave.modeToKeep("/dev/null") }
        #expect(try TextFile.looksLikeDocument("/dev/null") == false)
        #expect(FileKind.of("/dev/null") == .characterDevice)
        let own = folder.file("null")
        var null = stat()
        stat("/dev/null", &null)
        if mknod(own, S_IFCHR | 0o600, null.st_rdev) == 0 {
            #expect(throws: StoreError(path: own, reason: .unwritable(device))) { try TextFile.write("x", to: own) }
            #expect(folder.kind("null") == S_IFCHR)
        }
    }

    @Test func aFIFOInTheWorkspaceIsSkipped() throws {
        let workspace = Workspace(path: folder.file("workspace"))
        #expect(try workspace.createIfMissing())
        let fifo = workspace.path + "/stuck.json"
        mkfifo(fifo, 0o600)
        let guardian = HangGuard(fifo: fifo)
        let entries = try workspace.entries()
        #expect(!guardian.fired, "the workspace listing opened the FIFO")
        #expect(entries.map { PathName.name(of: $0.path) } == ["audit.json", "drill.json"])
    }

    /// A file over 64 MiB is refused from its size, before a byte of it is read (a sparse file: instant).
    @Test func documentsOverTheLimitAreRefusedBeforeTheyAreRead() throws {
        let path = folder.write("", to: "huge.json")
        #expect(truncate(path, off_t(RegularFile.sizeLimit + 1)) == 0)
        let start = ContinuousClock.now
        expectUnreadable(path, BilingualText("65 MiB, larger than the 64 MiB kansa reads", "65 MiB あり、kansa が読む上限 64 MiB を超えています")) {
            path throws(StoreError) in _ = try DocumentFile.open(path)
        }
        #expect(ContinuousClock.now - start < .milliseconds(100))
        #expect(truncate(path, off_t(RegularFile.sizeLimit)) == 0)
        expectUnreadable(path, BilingualText("64 MiB, larger than the 1 MiB kansa reads", "64 MiB あり、kansa が読む上限 1 MiB を超えています")) {
            path throws(StoreError) in _ = try RegularFile.read(path, limit: 1 << 20)
        }
    }

    /// Under a umask of 0, `mkdir` would make 0777 folders; every folder kansa creates is 0700, parents included,
    /// and a folder that was there keeps its mode.
    @Test func foldersKansaCreatesAreOwnerOnlyWhateverTheUmask() throws {
        let existing = folder.file("shared")
        mkdir(existing, 0o755)
        chmod(existing, 0o755)
        let old = umask(0)
        defer { umask(old) }
        #expect(try Workspace(path: folder.file("data/kansa")).createIfMissing())
        try Workspace.writeSamples(into: folder.file("shared/samples/2023"))
        umask(old)
        for name in ["data", "data/kansa", "shared/samples", "shared/samples/2023"] {
            #expect(folder.mode(name) == 0o700, "\(name): \(String(folder.mode(name) ?? 0, radix: 8))")
        }
        #expect(folder.mode("shared") == 0o755)
        #expect(folder.mode("data/kansa/audit.json") == 0o600)
    }
}
