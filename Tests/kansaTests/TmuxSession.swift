import Foundation
import Glibc
import TestSupport

/// A tmux server of its own, for driving the real binary as a user would: keys in, screen text out. When the
/// session goes away it ends its server and every process of its windows, by pid those that outlive `kill-server`.
final class TmuxSession {
    let socket = "kansa-test-" + UUID().uuidString.prefix(8)
    let folder: String
    /// The server's process and the path of its socket, once the first window is started.
    private(set) var server: (pid: pid_t, socket: String)?

    init(folder: String) {
        self.folder = folder
    }

    deinit {
        end()
    }

    /// Runs a tmux client of this session's server (`-u`: UTF-8 whatever the locale); what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = try ChildProcess.run(["tmux", "-u", "-L", socket] + arguments, in: folder)
        return String(decoding: output.standardOutput, as: UTF8.self)
    }

    /// Starts `command` (run by sh) in a new window of the given size.
    func start(_ command: String, window: String = "main", columns: Int = 100, rows: Int = 30) throws {
        let environment = "cd '\(folder)' && LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color HOME='\(folder)' "
        if server != nil {
            try tmux(["new-window", "-t", "kansa", "-n", window, environment + command])
            return
        }
        try tmux(["new-session", "-d", "-s", "kansa", "-n", window, "-x", "\(columns)", "-y", "\(rows)", environment + command])
        try tmux(["set-option", "-t", "kansa", "remain-on-exit", "on"])
        let facts = try tmux(["display-message", "-p", "-t", "kansa", "#{pid} #{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
        if facts.count == 2, let pid = pid_t(facts[0]) {
            server = (pid, String(facts[1]))
        }
    }

    /// Ends the server and everything that runs in its windows: `kill-server`, then `SIGKILL` for any of them
    /// still running after two seconds. The socket is removed.
    func end() {
        guard let server else { return }
        let panes = ((try? tmux(["list-panes", "-a", "-F", "#{pane_pid}"])) ?? "").split(separator: "\n").compactMap { pid_t($0) }
        let processes = [server.pid] + panes.flatMap { ProcessTable.members(ofSession: $0) }
        _ = try? tmux(["kill-server"])
        let outliving = ProcessTable.waitForEnd(of: processes, seconds: 2)
        for pid in outliving { kill(pid, SIGKILL) }
        _ = ProcessTable.waitForEnd(of: outliving, seconds: 2)
        unlink(server.socket)
        self.server = nil
    }

    func keys(_ keys: String..., window: String = "main") throws {
        try self.keys(keys, window: window)
    }

    func keys(_ keys: [String], window: String = "main") throws {
        try tmux(["send-keys", "-t", "kansa:\(window)"] + keys)
    }

    /// Types text literally (Japanese included, and text starting with `-`), as an input method would deliver it.
    func type(_ text: String, window: String = "main") throws {
        try tmux(["send-keys", "-t", "kansa:\(window)", "-l", "--", text])
    }

    func screen(window: String = "main") throws -> String {
        try tmux(["capture-pane", "-p", "-t", "kansa:\(window)"])
    }

    /// The process running in a window.
    func pid(window: String = "main") throws -> Int32 {
        Int32(try tmux(["list-panes", "-t", "kansa:\(window)", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Waits until the screen satisfies `condition`, for at most `seconds`; returns the last screen.
    @discardableResult
    func wait(window: String = "main", seconds: Double = 10, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var text = try screen(window: window)
        while !condition(text), Date() < deadline {
            usleep(50_000)
            text = try screen(window: window)
        }
        return text
    }
}
