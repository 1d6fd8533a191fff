import Foundation
import Glibc
import Testing
import TestSupport

/// The helpers that start processes and make folders leave nothing behind: a run of `swift test` ends every
/// tmux server and kansa it started and removes every folder it made.
@Suite(.serialized)
struct CleanUpTests {
    let folder = TemporaryFolder("cleanup")

    init() throws {
        _ = try KansaProcess.run(["sample", "."], in: folder.path)
    }

    /// Even from a thread that blocks every signal, as the test runner's worker threads do.
    @Test func aChildStartsWithNoSignalBlockedOrIgnored() throws {
        var every = sigset_t()
        sigfillset(&every)
        var before = sigset_t()
        pthread_sigmask(SIG_BLOCK, &every, &before)
        defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
        let output = try ChildProcess.run(["grep", "-E", "^Sig(Blk|Ign):", "/proc/self/status"])
        let masks = String(decoding: output.standardOutput, as: UTF8.self).split(separator: "\n")
            .compactMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) }
        #expect(masks.count == 2)
        #expect(masks.first == 0, "no signal blocked")
        // Signals 1 to 31; glibc keeps its own real-time signals (32, 33) as it likes.
        #expect(masks.last.map { $0 & 0x7FFF_FFFF } == 0, "no signal ignored")
    }

    @Test func killServerEndsTheServerAndKansaByThemselves() throws {
        let tmux = TmuxSession(folder: folder.path)
        try tmux.start("exec '\(KansaProcess.binary)' audit.json")
        try tmux.wait { $0.contains("heard 168/168") }
        let server = try #require(tmux.server?.pid)
        let kansa = try tmux.pid()
        try tmux.tmux(["kill-server"])
        #expect(ProcessTable.waitForEnd(of: [server, kansa], seconds: 3).isEmpty)
    }

    /// A process that ignores the hangup tmux sends outlives `kill-server`; it is killed by its pid.
    @Test func aReleasedSessionLeavesNoProcessAndNoSocket() throws {
        var tmux: TmuxSession? = TmuxSession(folder: folder.path)
        try tmux?.start("exec '\(KansaProcess.binary)' audit.json")
        try tmux?.start("trap '' HUP TERM; sleep 600; echo done", window: "stubborn")
        try tmux?.wait { $0.contains("heard 168/168") }
        let server = try #require(tmux?.server)
        let panes = try [tmux?.pid(), tmux?.pid(window: "stubborn")].compactMap { $0 }
        let processes = [server.pid] + panes.flatMap { ProcessTable.members(ofSession: $0) }
        #expect(processes.count >= 4, "the server, kansa, the stubborn shell and its sleep: \(processes)")
        #expect(FileManager.default.fileExists(atPath: server.socket))
        tmux = nil
        #expect(processes.filter(ProcessTable.isRunning).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: server.socket))
    }

    @Test func aTemporaryFolderGoesWithEverythingInIt() throws {
        var temporary: TemporaryFolder? = TemporaryFolder("cleanup")
        let path = try #require(temporary?.path)
        try FileManager.default.createDirectory(atPath: path + "/inner", withIntermediateDirectories: true)
        _ = temporary?.write("text", to: "inner/file.txt")
        temporary = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
