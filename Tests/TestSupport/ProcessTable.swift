import Foundation

/// What `/proc` says of the processes on this machine.
public enum ProcessTable {
    /// The fields of `/proc/PID/stat` after the command name: state, parent, process group, session, …
    static func fields(of pid: pid_t) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: end)...].split(separator: " ")
    }

    /// Whether the process exists and has not ended (a zombie waiting to be reaped has ended).
    public static func isRunning(_ pid: pid_t) -> Bool {
        guard let state = fields(of: pid)?.first else { return false }
        return state != "Z" && state != "X"
    }

    /// The running processes of a session (a tmux pane's command is the leader of one).
    public static func members(ofSession session: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(pid_t.init).filter { pid in
            guard let fields = fields(of: pid), fields.count > 3 else { return false }
            return fields[3] == "\(session)" && isRunning(pid)
        }
    }

    /// Waits up to `seconds` for every one of `pids` to end; those still running then.
    public static func waitForEnd(of pids: [pid_t], seconds: Double) -> [pid_t] {
        let deadline = Date().addingTimeInterval(seconds)
        var running = pids.filter(isRunning)
        while !running.isEmpty, Date() < deadline {
            usleep(20_000)
            running = running.filter(isRunning)
        }
        return running
    }
}
