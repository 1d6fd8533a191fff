import Glibc

/// Asks the terminal how wide it draws an ambiguous character, as vim does: writes ○ at the start of the line,
/// asks for the cursor position (`ESC [ 6 n`) and reads the answer.
enum AmbiguousWidthProbe {
    /// True when the terminal drew ○ two columns wide, false for one, nil when it did not answer in time.
    static func drawsWide(timeout milliseconds: Int32 = 300) -> Bool? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        cfmakeraw(&raw)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        send("\r\u{25CB}\u{1B}[6n")
        defer { send("\r\u{1B}[K") }
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while answer.last != UInt8(ascii: "R"), answer.count < 32 {
            var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, milliseconds) > 0, read(STDIN_FILENO, &byte, 1) == 1 else { return nil }
            answer.append(byte)
        }
        return column(inReport: answer).map { $0 - 1 == 2 }
    }

    /// The column of a cursor-position report `ESC [ row ; column R`.
    static func column(inReport bytes: [UInt8]) -> Int? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.firstRange(of: "\u{1B}["), text.hasSuffix("R") else { return nil }
        let fields = text[start.upperBound...].dropLast().split(separator: ";")
        guard fields.count == 2 else { return nil }
        return Int(fields[1])
    }

    private static func send(_ text: String) {
        _ = text.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }
}
