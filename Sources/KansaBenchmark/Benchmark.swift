import Foundation
import KansaCore
import KansaReport
import KansaStore
import TestSupport

/// Prints how long the work behind each key and save takes on a large audit, and what a key costs on the
/// screen, each figure beside its target with `ok` or `MISSED`, and how many targets hold. Run it in release
/// mode: `swift build -c release && swift run -c release kansa-bench`. `--instructions` counts the instructions of
/// the core paths instead (`InstructionCount`); `--write-audit PATH` writes the 60 × 300 audit, to profile the real
/// binary on it.
@main
@MainActor
struct Benchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        if let at = arguments.firstIndex(of: "--work"), at + 1 < arguments.count {
            guard let work = InstructionWork(rawValue: arguments[at + 1]) else {
                throw BenchmarkFailure(description: "no work \(arguments[at + 1]); one of \(InstructionWork.allCases.map(\.rawValue))")
            }
            return try work.run()
        }
        if let at = arguments.firstIndex(of: "--write-audit"), at + 1 < arguments.count {
            try DocumentFile.create(arguments[at + 1], with: .audit(LargeAudit.make(divisions: 60, items: 300)))
            return
        }
        if arguments.contains("--instructions") {
            let baseline = arguments.firstIndex(of: "--baseline").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
            if try !InstructionCount.run(baseline: baseline, record: arguments.contains("--record")) { exit(1) }
            return
        }
        let divisions = 60
        let items = 300
        let audit = LargeAudit.make(divisions: divisions, items: items)
        let folder = NSTemporaryDirectory() + "kansa-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/audit.json"
        let file = try DocumentFile.create(path, with: .audit(audit))
        let bytes = DocumentFormat.encode(.audit(audit))

        print("kansa benchmark: an audit of \(divisions) divisions × \(items) items (\(divisions * items) cells), \(bytes.count / 1024) KiB of JSON\n")
        Scoreboard.header()
        Scoreboard.part("The store:")
        report("encode (document → JSON bytes)") { _ = DocumentFormat.encode(.audit(audit)) }
        report(.load) { _ = try DocumentFile.read(path) }
        var next = audit
        var n = 0
        file.waitsForDisk = false
        report(.autosave) {
            n += 1
            next.sections[0].items[0].cells[0] = Cell(verdict: n % 2 == 0 ? .compliant : .improved)
            try file.save(.audit(next))
        }
        file.waitsForDisk = true
        report("save with fsync of file and folder", runs: 30) {
            n += 1
            next.sections[0].items[0].cells[0] = Cell(verdict: n % 2 == 0 ? .compliant : .improved)
            try file.save(.audit(next))
        }
        report("derived tables of every section") {
            for section in audit.sections { _ = audit.resultRows(of: section) }
        }
        report("counts and progress") { _ = audit.counts }
        Scoreboard.part("The report of the same audit (build the report and write it out):")
        report("build the report alone", runs: 20) { _ = Report.of(.audit(audit)) }
        for format in ExportFormat.allCases {
            let name = "report as \(format.rawValue)"
            if let figure = Figure(rawValue: name) {
                report(figure, runs: 20) { _ = try format.export([.audit(audit)]) }
            } else {
                report(name, runs: 20) { _ = try format.export([.audit(audit)]) }
            }
        }
        report("report laid out for the preview at 200 columns", runs: 20) {
            _ = TextLayout(width: CharacterWidth(), rules: .box).lines(Report.of(.audit(audit)), columns: 198)
        }
        let workbook = try TestWorkbook(resultListOf: audit).bytes()
        report(.xlsxImport, runs: 20) {
            _ = try MatrixWorkbook.importAudit(workbook, fallbackTitle: "", fiscalYear: audit.fiscalYear, auditDate: audit.auditDate)
        }

        // The keys' CPU before the real binary's and VisiData's starts: right after those, a key's CPU was seen
        // 40–55 % higher for a moment (their exits' work on the other core), in four runs of nine.
        Scoreboard.part("The hearing screen at 200×50:")
        let drill = SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5))
        ScreenBenchmark.run(audit: audit, drill: drill, rows: 50, columns: 200)

        Scoreboard.part("The real binary on a pseudo-terminal (the audit at 200×50, the drill board):")
        let kansa = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kansa").path
        let built = FileManager.default.isExecutableFile(atPath: kansa)
        if built {
            let document = folder + "/screen.json"
            try DocumentFile.create(document, with: .audit(audit))
            if let firstFrame = FirstFrameBenchmark.run(kansa: kansa, document: document, rows: 50, columns: 200) {
                VisiDataBenchmark.run(audit: audit, folder: folder, kansa: firstFrame, rows: 50, columns: 200)
            }
        } else {
            print("first frame: build kansa first (swift build -c release) to time it")
        }
        if built {
            let drillPath = folder + "/drill.json"
            try DocumentFile.create(drillPath, with: .drill(drill))
            FirstFrameBenchmark.idleBoard(kansa: kansa, drill: drillPath)
            FirstFrameBenchmark.follow(kansa: kansa, drill: drillPath)
        }
        Scoreboard.part("Random input through the run loop (10⁵ keys a screen):")
        FuzzBenchmark.run()
        Scoreboard.summary()
    }

    /// Runs `body` repeatedly and prints the median and the slowest run, for information.
    static func report(_ name: String, runs: Int = 50, _ body: () throws -> Void) {
        guard let times = times(name, runs: runs, body) else { return }
        Scoreboard.note(name, shown: medianAndSlowest(times))
    }

    /// Runs `body` repeatedly and prints the median and the slowest run; the median is held to the figure's target.
    static func report(_ figure: Figure, runs: Int = 50, _ body: () throws -> Void) {
        guard let times = times(figure.rawValue, runs: runs, body) else { return }
        Scoreboard.record(figure, median(times), shown: medianAndSlowest(times))
    }

    /// The milliseconds of each of `runs` runs of `body`, after one to warm up; nil when it fails.
    static func times(_ name: String, runs: Int, _ body: () throws -> Void) -> [Double]? {
        var times: [Double] = []
        do {
            try body()
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
        } catch {
            print("\(name): failed: \(error)")
            return nil
        }
        return times
    }

    static func median(_ times: [Double]) -> Double {
        times.sorted()[times.count / 2]
    }

    /// The median and the slowest of some times in milliseconds, as printed.
    static func medianAndSlowest(_ times: [Double]) -> String {
        "median " + ms(median(times)) + " ms, max " + ms(times.max() ?? 0) + " ms"
    }

    /// Two decimals.
    static func ms(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
