import Foundation
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
        let data = Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8)
        (error ? FileHandle.standardError : FileHandle.standardOutput).write(data)
    }
}
