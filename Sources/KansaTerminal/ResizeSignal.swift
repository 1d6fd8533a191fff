import Glibc

/// SIGWINCH as a byte on a pipe that the input's `poll` watches (the self-pipe trick): the handler only calls
/// `write`, which is async-signal-safe, and the run loop learns of the resize between two keys.
enum ResizeSignal {
    nonisolated(unsafe) private static var readEnd: Int32 = -1
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// Installs the handler (once) and returns the end of the pipe to watch, or nil when no pipe could be made.
    static func install() -> Int32? {
        if readEnd >= 0 { return readEnd }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        (readEnd, writeEnd) = (ends[0], ends[1])
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            var byte: UInt8 = 0
            _ = write(ResizeSignal.writeEnd, &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &action, nil)
        // A mask is inherited across exec: whoever started kansa may have blocked SIGWINCH.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGWINCH)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        return readEnd
    }

    /// Empties the pipe: any number of signals since the last look is one resize.
    static func drain(_ end: Int32) {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(end, &bytes, bytes.count) > 0 {}
    }
}
