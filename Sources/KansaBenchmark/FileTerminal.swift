import Glibc
import KansaTerminal
import KansaUI

/// An xterm-256color terminal of `rows` × `columns` that writes to a file instead of a screen, so that what a
/// frame costs, bytes included, can be measured; the file is removed afterwards.
enum FileTerminal {
    /// Runs `body` with the terminal and the file it writes to.
    @MainActor
    static func with(rows: Int, columns: Int, _ body: (NcursesTerminal, UnsafeMutablePointer<FILE>) throws -> Void) throws {
        setenv("LINES", "\(rows)", 1)
        setenv("COLUMNS", "\(columns)", 1)
        let path = "/tmp/kansa-bench-screen-\(getpid())"
        guard let output = fopen(path, "w+"), let input = fopen("/dev/null", "r") else {
            throw BenchmarkFailure(description: "cannot open \(path)")
        }
        defer {
            fclose(output)
            fclose(input)
            unlink(path)
        }
        let terminal = NcursesTerminal(type: "xterm-256color", output: output, input: input, theme: Theme.builtIn)
        defer { terminal.restore() }
        try body(terminal, output)
    }
}
