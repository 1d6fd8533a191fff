import Glibc

/// Puts the terminal back as it was, even from a signal handler: the saved terminal modes, the main screen,
/// a visible cursor, no mouse reporting, no bracketed paste. Only async-signal-safe calls.
enum TerminalRestore {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var hasSaved = false
    /// Set by SIGINT, SIGTERM and SIGHUP; the run loop quits normally when it sees it.
    nonisolated(unsafe) static var quitRequested: sig_atomic_t = 0

    static func save() {
        hasSaved = tcgetattr(STDIN_FILENO, &saved) == 0
    }

    /// Resets the modes and writes the sequences that undo ncurses' set-up.
    static func restoreNow() {
        if hasSaved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        let reset = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// Crash signals restore the terminal and then end the process as the signal would; quit signals ask the
    /// run loop to quit.
    static func installHandlers() {
        for crash in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            signal(crash) { number in
                TerminalRestore.restoreNow()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for quit in [SIGINT, SIGTERM, SIGHUP] {
            sigaddset(&unblock, quit)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in TerminalRestore.quitRequested = 1 }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(quit, &action, nil)
        }
        // A signal mask is inherited across exec; a quit signal blocked by whoever started kansa must still work.
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }
}
