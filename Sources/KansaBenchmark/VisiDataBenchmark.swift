import Foundation
import KansaCore
import KansaReport

/// VisiData (`vd`) opening the same matrix, saved as CSV, on the same kind of pseudo-terminal at the same size:
/// the time from its start to the first frame that shows the data, against kansa's first frame in the same run.
@MainActor
enum VisiDataBenchmark {
    static func run(audit: Audit, folder: String, kansa: Double, rows: Int, columns: Int, runs: Int = 7) {
        guard let vd = executable() else {
            Scoreboard.skip(.againstVisiData, shown: "no vd: pip install visidata")
            return
        }
        let csv = folder + "/matrix.csv"
        let home = folder + "/visidata-home"
        do {
            try Data(MatrixCSV.export(audit).utf8).write(to: URL(fileURLWithPath: csv))
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        } catch {
            print("VisiData: could not write the matrix: \(error)")
            return
        }
        // The first section's title (`区分1`), in the first column of the first row: drawn once the rows are read.
        let marker = audit.sections[0].title
        var times: [Double] = []
        for _ in 0..<runs {
            guard let terminal = PseudoTerminalRun(program: vd, arguments: [csv], rows: rows, columns: columns, home: home),
                  let ms = terminal.wait(for: marker, timeout: 30) else {
                print("VisiData: \(vd) showed no data")
                return
            }
            times.append(ms)
        }
        let median = Benchmark.median(times)
        Scoreboard.note("VisiData's first frame on the same matrix (CSV)", shown: Benchmark.medianAndSlowest(times))
        Scoreboard.record(.againstVisiData, kansa / median,
                          shown: String(format: "1/%.1f (%.1f ms against %.0f ms)", median / kansa, kansa, median))
    }

    /// `vd` on the PATH; for a pyenv shim, the script it runs, so that the shim's own start is not counted.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let found = path.split(separator: ":").map({ $0 + "/vd" })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        guard found.contains("/shims/") else { return found }
        let pyenv = Process()
        pyenv.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pyenv.arguments = ["pyenv", "which", "vd"]
        let output = Pipe()
        pyenv.standardOutput = output
        pyenv.standardError = FileHandle.nullDevice
        guard (try? pyenv.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        pyenv.waitUntilExit()
        let script = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return pyenv.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: script) ? script : nil
    }
}
