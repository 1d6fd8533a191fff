import Glibc
import KansaCore
import KansaTerminal
import KansaUI

/// Drives the real screen code (the app, the frame, ncurses) on a large audit, writing to a file instead of a
/// terminal so that the bytes each key sends can be counted.
enum ScreenBenchmark {
    static func run(audit: Audit, rows: Int, columns: Int) {
        setenv("LINES", "\(rows)", 1)
        setenv("COLUMNS", "\(columns)", 1)
        let outputPath = "/tmp/kansa-bench-screen-\(getpid())"
        guard let output = fopen(outputPath, "w+"), let input = fopen("/dev/null", "r") else {
            print("screen: cannot open \(outputPath)")
            return
        }
        defer {
            fclose(output)
            fclose(input)
            unlink(outputPath)
        }
        let terminal = NcursesTerminal(type: "xterm-256color", output: output, input: input, theme: Theme.builtIn)
        defer { terminal.restore() }
        let start = cpuNow()
        let screen = AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
        var app = App(screen: screen, rows: rows, columns: columns)
        terminal.present(app.draw())
        fflush(output)
        let fullBytes = ftell(output)
        print(line("first frame in process (state, frame, ncurses)", ms: cpuNow() - start, bytes: fullBytes))

        func measure(_ name: String, keys: [Key], repeats: Int) {
            var cpu = 0.0
            var bytes = 0
            let before = ftell(output)
            for _ in 0..<repeats {
                for key in keys {
                    let t = cpuNow()
                    _ = app.update(Event(.key(key), at: app.time))
                    terminal.present(app.draw())
                    fflush(output)
                    cpu += cpuNow() - t
                }
            }
            bytes = ftell(output) - before
            let presses = Double(repeats * keys.count)
            print(line(name, ms: cpu / presses, bytes: Int(Double(bytes) / presses), perKey: true))
        }
        measure("move down (j), per key", keys: [.character("j")], repeats: 200)
        measure("move right (l) and left (h), per key", keys: [.character("l"), .character("h")], repeats: 100)
        measure("verdict cycled in place (Space), per key", keys: [.character(" ")], repeats: 200)
        measure("verdict key with its move down (o), per key", keys: [.character("o")], repeats: 200)
        print("  (a full redraw is \(fullBytes) bytes; the save after an edit is timed above, not here)")
        let opening = cpuNow()
        let beforeOpening = ftell(output)
        _ = app.update(Event(.key(.character("R")), at: app.time))
        terminal.present(app.draw())
        fflush(output)
        print(line("report preview opened (R: build, lay out, draw)", ms: cpuNow() - opening, bytes: ftell(output) - beforeOpening))
        measure("report preview scrolled (j), per key", keys: [.character("j")], repeats: 200)
        measure("report preview paged (PgDn), per key", keys: [.pageDown], repeats: 100)
    }

    static func line(_ name: String, ms: Double, bytes: Int, perKey: Bool = false) -> String {
        let padded = name.padding(toLength: 48, withPad: " ", startingAt: 0)
        return padded + " CPU " + format(ms) + " ms   " + "\(bytes) bytes" + (perKey ? " to the terminal" : "")
    }

    static func format(_ ms: Double) -> String {
        let scaled = (ms * 1000).rounded() / 1000
        return String(scaled)
    }

    /// CPU time of this process, in milliseconds.
    static func cpuNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
    }
}
