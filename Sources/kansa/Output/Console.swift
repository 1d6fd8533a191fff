import Glibc
import KansaCore

/// What the command line writes: every line goes out with the control characters and escape sequences of a
/// document's text made visible, as on the screen, so that a file can never drive the user's terminal.
enum Console {
    /// A line on standard output; text from a document is escaped whole (a line break in a title shows as `\x0A`).
    static func line(_ text: String) {
        print(text.escapingControlCharacters())
    }

    /// Text of several lines (help, errors) on standard output or standard error; line breaks and tabs are kept.
    static func write(_ text: String, error: Bool) {
        let safe = text.escapingControlCharacters(keepingLineBreaks: true)
        try? write(Array((safe.hasSuffix("\n") ? safe : safe + "\n").utf8), to: error ? STDERR_FILENO : STDOUT_FILENO)
    }

    /// Bytes written whole to a file descriptor (standard output for an export through a pipe).
    static func write(_ bytes: [UInt8], to descriptor: Int32) throws(CommandFailure) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == EAGAIN {
                // A reader that made the pipe non-blocking: wait until it has taken some, as a blocking write would.
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
                continue
            }
            guard n > 0 else {
                let why = String(cString: strerror(errno))
                throw CommandFailure("cannot write the output: \(why)", "出力を書き出せません: \(why)")
            }
            written += n
        }
    }
}
