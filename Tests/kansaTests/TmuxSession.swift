import Foundation
import Glibc

/// A tmux server of its own, for driving the real binary as a user would: keys in, screen text out.
final class TmuxSession {
    let socket = "kansa-test-" + UUID().uuidString.prefix(8)
    let folder: String

    init(folder: String) {
        self.folder = folder
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs tmux with posix_spawn and waitpid. Not Foundation's Process: the tmux server it starts inherits
    /// the descriptor Process watches for the child's end, and the wait would never return.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "kansa-tmux-" + UUID().uuidString
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The tmux server lives on: it must not keep open the descriptors (pipes of other tests' processes) that
        // this test process has open, so bash closes them all before it becomes tmux. -u: UTF-8 whatever the locale.
        let closeAndRun = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; exec "$@""#
        let args = ["bash", "-c", closeAndRun, "bash", "tmux", "-u", "-L", socket] + arguments
        var cArgs = args.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/bash", &actions, nil, &cArgs, environ) == 0 else {
            throw CocoaError(.executableNotLoadable)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
    }

    /// Starts `command` (run by sh) in a new window of the given size.
    func start(_ command: String, window: String = "main", columns: Int = 100, rows: Int = 30) throws {
        let environment = "cd '\(folder)' && LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color HOME='\(folder)' "
        let hasSession = (try? tmux(["has-session"])).map { _ in true } ?? false
        if hasSession, (try tmux(["list-sessions"])).contains("kansa:") {
            try tmux(["new-window", "-t", "kansa", "-n", window, environment + command])
        } else {
            try tmux(["new-session", "-d", "-s", "kansa", "-n", window, "-x", "\(columns)", "-y", "\(rows)", environment + command])
            try tmux(["set-option", "-t", "kansa", "remain-on-exit", "on"])
        }
    }

    func keys(_ keys: String..., window: String = "main") throws {
        try tmux(["send-keys", "-t", "kansa:\(window)"] + keys)
    }

    /// Types text literally (Japanese included), as an input method would deliver it.
    func type(_ text: String, window: String = "main") throws {
        try tmux(["send-keys", "-t", "kansa:\(window)", "-l", text])
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
