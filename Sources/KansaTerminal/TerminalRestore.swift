import Glibc

/// Puts the terminal back as it was, even from a signal handler: the saved terminal modes, the main screen,
/// a visible cursor, no mouse reporting, no bracketed paste. Only async-signal-safe calls.
enum TerminalRestore {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var hasSaved = false
    /// Set by SIGINT, SIGTERM, SIGHUP and SIGQUIT; the run loop quits normally when it sees it.
    nonisolated(unsafe) static var quitRequested: sig_atomic_t = 0

    static func save() {
        hasSaved = tcgetattr(STDIN_FILENO, &saved) == 0
    }

    /// Resets the modes and writes the sequences that undo ncurses' set-up: bracketed paste, mouse reporting,
    /// the keypad's application mode, attributes, the cursor, the alternate screen.
    static func restoreNow() {
        if hasSaved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        let reset = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// The signals whose default action ends the process, and which kansa does not turn into a normal quit: a
    /// crash (a Swift runtime trap is SIGILL or SIGTRAP) or a signal nobody expected. Each restores the terminal
    /// and then ends the process as the signal would.
    static let ending = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGSYS, SIGXCPU, SIGXFSZ, SIGUSR1, SIGUSR2,
                         SIGALRM, SIGVTALRM, SIGPROF, SIGPWR, SIGSTKFLT, SIGPIPE, SIGIO]
        + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())

    /// Set when kansa comes back after a stop (`SIGTSTP`, then `SIGCONT`): the terminal is taken again.
    nonisolated(unsafe) static var continued: sig_atomic_t = 0

    /// Ending signals restore the terminal and then end the process as the signal would; quit signals ask the
    /// run loop to quit, so that it ends as after `q`.
    static func installHandlers() {
        for crash in ending {
            signal(crash) { number in
                TerminalRestore.restoreNow()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for quit in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            sigaddset(&unblock, quit)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in TerminalRestore.quitRequested = 1 }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(quit, &action, nil)
        }
        for crash in ending { sigaddset(&unblock, crash) }
        sigaddset(&unblock, SIGTSTP)
        installStopHandler()
        // A signal mask is inherited across exec; a signal blocked by whoever started kansa must still work.
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// A stop (`kill -TSTP`) gives the terminal back first, stops, and on `SIGCONT` says so for the terminal to be
    /// taken again (the handler stays installed).
    static func installStopHandler() {
        signal(SIGTSTP) { _ in
            TerminalRestore.restoreNow()
            // SIGSTOP, which even a process group with no shell above it obeys.
            raise(SIGSTOP)
            TerminalRestore.continued = 1
        }
    }
}
