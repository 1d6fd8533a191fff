// posix_openpt, grantpt, unlockpt and ptsname are declared with _XOPEN_SOURCE, which the ncurses shim sets.
import CNcursesw
import Foundation
import Testing
import Glibc
import TestSupport

/// A program on a pseudo-terminal of its own, as a terminal emulator runs it: bytes typed in, everything it
/// draws read out (and read all along, so that it never stalls on a full terminal). The child starts in a
/// session of its own with an empty signal mask and default signal dispositions, and is killed and reaped by
/// pid when the test is done with it.
final class PseudoTerminal {
    /// glibc's `POSIX_SPAWN_SETSID`, a `_GNU_SOURCE` macro that Swift does not import.
    static let spawnSetSID: Int32 = 0x80
    /// `ptsname` returns a static buffer; tests run in parallel.
    static let nameLock = NSLock()

    let pid: pid_t
    private let master: Int32
    private var reaped = false
    private var status: Int32 = 0
    /// Everything the program has written.
    private(set) var output: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(_ arguments: [String], environment: [String], rows: Int, columns: Int) throws {
        let master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure(description: "posix_openpt: \(String(cString: strerror(errno)))") }
        let slave: String? = Self.nameLock.withLock {
            guard grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
            return String(cString: name)
        }
        guard let slave else {
            close(master)
            throw Failure(description: "no pseudo-terminal")
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened by the new session's leader, the terminal becomes its controlling terminal (SIGWINCH comes).
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | Self.spawnSetSID))

        var cArguments = arguments.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            for p in cArguments { free(p) }
            for p in cEnvironment { free(p) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else {
            close(master)
            throw Failure(description: "posix_spawn \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        self.master = master
    }

    /// The kansa under test on a 30×100 xterm in C.UTF-8, at home in `home`, with more of the environment in `extra`.
    static func kansa(_ arguments: [String], home: String, extra: [String] = [], rows: Int = 30, columns: Int = 100) throws -> PseudoTerminal {
        try PseudoTerminal([KansaProcess.binary] + arguments,
                           environment: ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(home)", "PATH=/usr/bin:/bin"] + extra,
                           rows: rows, columns: columns)
    }

    /// kansa on the sample audit written into `folder`, once it has drawn its first frame (the pseudo-terminal ends
    /// its process when it goes).
    static func kansaOnTheSample(in folder: TemporaryFolder) throws -> PseudoTerminal {
        _ = try KansaProcess.run(["sample", "."], in: folder.path)
        let terminal = try kansa([folder.file("audit.json")], home: folder.path)
        try #require(terminal.wait(for: "? help"), "never drawn")
        return terminal
    }

    deinit {
        stop()
        close(master)
    }

    /// Kills the program if it still runs, and reaps it.
    func stop() {
        guard !reaped else { return }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
    }

    /// Types `bytes` (a whole sequence in one write, as a terminal sends a key), then reads what came back.
    func send(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if n < 0 && errno != EINTR && errno != EAGAIN { return }
            if n > 0 { sent += n }
            read(milliseconds: 0)
        }
        read(milliseconds: 0)
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    /// Reads what the program writes for `milliseconds` (for 0: what is waiting).
    func read(milliseconds: Int) {
        let deadline = Date().addingTimeInterval(Double(milliseconds) / 1000)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let wait = max(0, Int32(deadline.timeIntervalSinceNow * 1000))
            if poll(&poller, 1, wait) <= 0 {
                if Date() >= deadline { return }
                continue
            }
            let n = Glibc.read(master, &buffer, buffer.count)
            if n <= 0 { return }
            output.append(contentsOf: buffer[0..<n])
        }
    }

    /// Reads until `marker` shows in what was written after `offset` bytes; false after `seconds`.
    func wait(for marker: String, after offset: Int = 0, seconds: Double = 5) -> Bool {
        let bytes = Array(marker.utf8)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if output.count - offset >= bytes.count,
               (offset...(output.count - bytes.count)).contains(where: { output[$0..<($0 + bytes.count)].elementsEqual(bytes) }) {
                return true
            }
            read(milliseconds: 50)
        }
        return false
    }

    /// Whether the program wrote `text` at all.
    func wrote(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard output.count >= bytes.count else { return false }
        return (0...(output.count - bytes.count)).contains { output[$0..<($0 + bytes.count)].elementsEqual(bytes) }
    }

    /// The terminal's modes as the program left them (the master and the slave share them).
    func modes() -> termios? {
        var modes = termios()
        return tcgetattr(master, &modes) == 0 ? modes : nil
    }

    /// Sets the terminal's size, as a window being resized does.
    func resize(rows: Int, columns: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Waits for the program to end, reading its output meanwhile; its exit status, or nil after `seconds`.
    func waitForExit(seconds: Double = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                reaped = true
                read(milliseconds: 0)
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
            }
            read(milliseconds: 20)
        }
        return nil
    }
}
