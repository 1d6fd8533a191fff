import CNcursesw
import Foundation
import Glibc

/// A program running on a pseudo-terminal of its own, for timing what a user would see: the real `kansa`, or
/// VisiData to compare with. `HOME` is a temporary folder, so that nothing is written to the user's.
final class PseudoTerminalRun {
    let pid: pid_t
    private let master: Int32
    private var seen: [UInt8] = []
    let started: UInt64

    init?(program: String, arguments: [String], rows: Int, columns: Int, home: String = NSTemporaryDirectory()) {
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
        let slavePath = String(decoding: UnsafeRawBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0)
        }
        let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "LINES=\(rows)", "COLUMNS=\(columns)",
                           "HOME=" + home]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        var cArguments = ([program] + arguments).map { strdup($0) } + [nil]
        defer {
            for p in cEnvironment { free(p) }
            for p in cArguments { free(p) }
        }
        var pid = pid_t()
        started = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, program, &actions, nil, &cArguments, &cEnvironment) == 0 else {
            close(master)
            return nil
        }
        self.pid = pid
        self.master = master
    }

    deinit {
        stop()
        close(master)
    }

    /// Reads the terminal until `marker` appears in what was written since `since` bytes; returns the
    /// milliseconds from `from` (the start, by default) until then, or nil after `timeout` seconds.
    func wait(for marker: String, since: Int = 0, from: UInt64? = nil, timeout: Int32 = 5) -> Double? {
        let bytes = Array(marker.utf8)
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout) * 1_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if seen.count - since >= bytes.count,
               (since...(seen.count - bytes.count)).contains(where: { seen[$0...].starts(with: bytes) }) {
                return Double(DispatchTime.now().uptimeNanoseconds - (from ?? started)) / 1_000_000
            }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, timeout * 1000) > 0 else { return nil }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return nil }
            seen.append(contentsOf: buffer[0..<n])
        }
        return nil
    }

    /// The last bytes the program wrote, as text, for a message when something did not show.
    var tail: String {
        String(decoding: seen.suffix(400), as: UTF8.self).debugDescription
    }

    /// Everything the program has written so far.
    var written: Int { seen.count }

    /// Reads what is waiting without blocking, so that the program never stalls on a full terminal.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, 0) > 0 {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return }
            seen.append(contentsOf: buffer[0..<n])
        }
    }

    /// CPU seconds the program has used (user and system), from /proc.
    func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The most memory the program has held (its peak resident set, from /proc), in MiB.
    func peakMemory() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }

    func stop() {
        _ = write(master, "q", 1)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) != 0 { return }
            drain()
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
    }
}
