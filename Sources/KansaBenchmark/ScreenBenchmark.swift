import Glibc
import KansaCore
import KansaTerminal
import KansaUI

/// Drives the real screen code (the app, the frame, ncurses) on a large audit and on a drill board, writing to a
/// file instead of a terminal so that the bytes each key sends can be counted.
@MainActor
enum ScreenBenchmark {
    static func run(audit: Audit, drill: Drill, rows: Int, columns: Int) {
        do {
            try FileTerminal.with(rows: rows, columns: columns) { terminal, output in
                measure(audit: audit, drill: drill, rows: rows, columns: columns, terminal: terminal, output: output)
            }
        } catch {
            print("screen: \(error)")
        }
    }

    /// The first frame, the keys of the hearing screen, the preview and the board, each with its frame.
    private static func measure(audit: Audit, drill: Drill, rows: Int, columns: Int, terminal: NcursesTerminal, output: UnsafeMutablePointer<FILE>) {
        let start = cpuNow()
        let screen = AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
        var app = App(screen: screen, rows: rows, columns: columns)
        terminal.present(app.draw())
        fflush(output)
        let fullBytes = ftell(output)
        Scoreboard.note("first frame in process (state, frame, ncurses)", shown: shown(ms: cpuNow() - start, bytes: fullBytes))

        /// The CPU and the bytes of one key, the keys pressed in turn `repeats` times. The presses are made five
        /// times over from the same state, and the median of the five counts: a burst of other work on the machine
        /// during one of them is not taken for the key's cost.
        func measure(_ keys: [Key], repeats: Int, rounds: Int = 5) -> (ms: Double, bytes: Int) {
            let start = app
            var results: [(ms: Double, bytes: Int)] = []
            for round in 0..<rounds {
                if round > 0 {
                    app = start
                    terminal.present(app.draw())
                    fflush(output)
                }
                var cpu = 0.0
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
                let presses = Double(repeats * keys.count)
                results.append((cpu / presses, Int(Double(ftell(output) - before) / presses)))
            }
            return results.sorted { $0.ms < $1.ms }[rounds / 2]
        }
        func record(_ figure: Figure, _ cost: (ms: Double, bytes: Int)) {
            Scoreboard.record(figure, cost.ms, shown: shown(ms: cost.ms, bytes: cost.bytes))
        }
        record(.keyDown, measure([.character("j")], repeats: 200))
        record(.keyAcross, measure([.character("l"), .character("h")], repeats: 100))
        let space = measure([.character(" ")], repeats: 200)
        record(.keySpace, space)
        Scoreboard.record(.bytesSpace, Double(space.bytes), shown: "\(space.bytes) bytes")
        record(.keyVerdict, measure([.character("o")], repeats: 200))
        let paging = measure([.pageDown, .pageUp], repeats: 50)
        Scoreboard.note("a page down and back up (PgDn, PgUp), per key", shown: shown(ms: paging.ms, bytes: paging.bytes))
        _ = app.update(Event(.key(.enter), at: app.time))
        terminal.present(app.draw())
        let typing = measure([.character("確")], repeats: 200)
        Scoreboard.note("a character typed into a note, per key", shown: shown(ms: typing.ms, bytes: typing.bytes))
        _ = app.update(Event(.key(.escape), at: app.time))
        terminal.present(app.draw())
        // A note that fills the detail pane (10⁴ characters) and one a hundred times longer: a key costs the same.
        let hearing = app
        var costs: [Double] = []
        for repeats in [2_000, 200_000] {
            var noted = audit
            _ = noted.apply(.note(item: noted.sections[0].items[0].id, division: noted.divisions[0].id, String(repeating: "長いメモ。", count: repeats)))
            app = App(screen: AuditScreen(audit: noted, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth()), rows: rows, columns: columns)
            terminal.present(app.draw())
            costs.append(measure([.character(" ")], repeats: 200).ms)
        }
        Scoreboard.record(.keyLongNote, costs[1] / costs[0], shown: "CPU \(format(costs[1])) ms against \(format(costs[0])) ms")
        app = hearing
        terminal.present(app.draw())
        Scoreboard.note("a full redraw, for comparison", shown: "\(fullBytes) bytes")
        // Opened five times from the hearing screen, the median counting, as for a key.
        var openings: [(ms: Double, bytes: Int)] = []
        for _ in 0..<5 {
            app = hearing
            terminal.present(app.draw())
            fflush(output)
            let opening = cpuNow()
            let beforeOpening = ftell(output)
            _ = app.update(Event(.key(.character("R")), at: app.time))
            terminal.present(app.draw())
            fflush(output)
            openings.append((cpuNow() - opening, ftell(output) - beforeOpening))
        }
        record(.preview, openings.sorted { $0.ms < $1.ms }[openings.count / 2])
        let scrolled = measure([.character("j")], repeats: 200)
        Scoreboard.note("report preview scrolled (j), per key", shown: shown(ms: scrolled.ms, bytes: scrolled.bytes))
        let paged = measure([.pageDown], repeats: 100)
        Scoreboard.note("report preview paged (PgDn), per key", shown: shown(ms: paged.ms, bytes: paged.bytes))

        Scoreboard.part("The drill board at 200×50 (the sample drill, new):")
        // Its clock at 2024-10-05 09:30 +09:00, the morning of the drill.
        let morning = Timestamp(seconds: 1_728_088_200, utcOffset: 9 * 3600)
        let board = DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: morning)
        app = App(screen: board, rows: rows, columns: columns, time: Instant(wall: morning, monotonic: 0))
        terminal.present(app.draw())
        fflush(output)
        record(.boardMove, measure([.character("j"), .character("k")], repeats: 100))
        record(.boardStamp, measure([.enter], repeats: drill.steps.count))
        _ = app.update(Event(.key(.tab), at: app.time))
        terminal.present(app.draw())
        let systemMoves = [Key](repeating: .character(" "), count: SystemState.allCases.count - 1) + [.character("j")]
        record(.boardSystems, measure(systemMoves, repeats: drill.systems.count))
    }

    /// A key's or a frame's CPU and bytes, as printed.
    static func shown(ms: Double, bytes: Int) -> String {
        "CPU " + format(ms) + " ms, \(bytes) bytes"
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
