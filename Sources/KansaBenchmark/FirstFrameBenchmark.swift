import CNcursesw
import Foundation
import Glibc

/// Starts the real `kansa` on a pseudo-terminal and times how long it takes from the start of the process to
/// the first frame (its status line) arriving on the terminal.
enum FirstFrameBenchmark {
    static func run(kansa: String, document: String, rows: Int, columns: Int, runs: Int = 7) {
        var times: [Double] = []
        for _ in 0..<runs {
            guard let ms = once(kansa: kansa, document: document, rows: rows, columns: columns) else {
                print("first frame: could not run \(kansa)")
                return
            }
            times.append(ms)
        }
        times.sort()
        let name = "first frame from process start (real binary)".padding(toLength: 48, withPad: " ", startingAt: 0)
        print(name + " median " + String((times[times.count / 2] * 100).rounded() / 100) + " ms   max "
              + String((times.last! * 100).rounded() / 100) + " ms")
    }

    static func once(kansa: String, document: String, rows: Int, columns: Int) -> Double? {
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
        defer { close(master) }
        let slavePath = String(decoding: UnsafeRawBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0)
        }
        let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "LINES=\(rows)", "COLUMNS=\(columns)",
                           "HOME=" + NSTemporaryDirectory()]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        var cArguments = [strdup(kansa), strdup(document), nil]
        defer {
            for p in cEnvironment { free(p) }
            for p in cArguments { free(p) }
        }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, kansa, &actions, nil, &cArguments, &cEnvironment) == 0 else { return nil }
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let marker = Array("heard".utf8)
        var elapsed: Double?
        while elapsed == nil {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 5000) > 0 else { break }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen.append(contentsOf: buffer[0..<n])
            if seen.count >= marker.count, (0...(seen.count - marker.count)).contains(where: { seen[$0...].starts(with: marker) }) {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            }
        }
        _ = write(master, "q", 1)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            var drain = [UInt8](repeating: 0, count: 4096)
            _ = read(master, &drain, drain.count)
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, WNOHANG)
        return elapsed
    }
}
