import Foundation
import KansaCore
import KansaStore

/// Times the real binary as a user meets it: the first frame of a large audit and the memory it takes, an idle
/// drill board, and a follow view catching up with another kansa's write.
@MainActor
enum FirstFrameBenchmark {
    /// The median milliseconds to the first frame, nil when kansa could not be run.
    @discardableResult
    static func run(kansa: String, document: String, rows: Int, columns: Int, runs: Int = 7) -> Double? {
        var times: [Double] = []
        var peak = 0.0
        for _ in 0..<runs {
            guard let terminal = PseudoTerminalRun(program: kansa, arguments: [document], rows: rows, columns: columns),
                  let ms = terminal.wait(for: "heard") else {
                print("first frame: could not run \(kansa)")
                return nil
            }
            times.append(ms)
            peak = max(peak, terminal.peakMemory() ?? 0)
        }
        Scoreboard.record(.firstFrame, Benchmark.median(times), shown: Benchmark.medianAndSlowest(times))
        Scoreboard.record(.peakMemory, peak, shown: String(format: "%.1f MiB (the most of %d runs)", peak, runs))
        return Benchmark.median(times)
    }

    /// CPU used by a board doing nothing but ticking its clock for `seconds`.
    static func idleBoard(kansa: String, drill: String, seconds: UInt32 = 10) {
        guard let terminal = PseudoTerminalRun(program: kansa, arguments: [drill], rows: 30, columns: 100),
              terminal.wait(for: "[saved]") != nil, let before = terminal.cpuSeconds() else {
            print("idle board: could not run \(kansa)")
            return
        }
        for _ in 0..<(seconds * 10) {
            usleep(100_000)
            terminal.drain()
        }
        guard let after = terminal.cpuSeconds() else { return }
        let percent = (after - before) / Double(seconds) * 100
        // /proc counts CPU in ticks of 10 ms: no tick in the whole time is less than one tick's share.
        let shown = after == before
            ? "under " + Benchmark.ms(1 / Double(seconds)) + " % (no CPU tick of 10 ms)"
            : Benchmark.ms(percent) + " % (" + Benchmark.ms((after - before) * 1000) + " ms CPU)"
        Scoreboard.record(.idleBoard, percent, shown: shown)
    }

    /// From a save by this process to the follow view showing it.
    static func follow(kansa: String, drill path: String, runs: Int = 5) {
        guard let terminal = PseudoTerminalRun(program: kansa, arguments: ["board", path], rows: 30, columns: 100),
              terminal.wait(for: "[following]") != nil else {
            print("follow view: could not run \(kansa) board")
            return
        }
        // Texts that differ from each other at every position: ncurses sends only the characters that change,
        // so a text like the one before would arrive in pieces.
        let markers = ["QWERTY", "ASDFGH", "ZXCVBN", "POIUYT", "LKJHGF", "MNBVCX", "WERTYU"]
        var times: [Double] = []
        for run in 0..<min(runs, markers.count) {
            guard let file = try? DocumentFile.open(path), case .drill(var drill) = file.document,
                  let edit = try? drill.event(markers[run], now: Timestamp(seconds: Int64(Date().timeIntervalSince1970), utcOffset: 9 * 3600))
            else { return }
            drill.apply(edit)
            terminal.drain()
            let since = terminal.written
            let start = DispatchTime.now().uptimeNanoseconds
            guard (try? file.save(.drill(drill))) != nil, let ms = terminal.wait(for: markers[run], since: since, from: start) else {
                print("follow view: the board did not show run \(run): \(terminal.tail)")
                return
            }
            times.append(ms)
        }
        Scoreboard.note("follow view, from a save to the redraw", shown: Benchmark.medianAndSlowest(times))
    }
}
