import Foundation
import KansaCore
import KansaReport
import KansaStore

/// Prints how long the work behind each key and save takes on a large audit, and what a key costs on the
/// screen. Run it in release mode: `swift build -c release && swift run -c release kansa-bench`.
@main
struct Benchmark {
    static func main() throws {
        let divisions = 60
        let items = 300
        let audit = LargeAudit.make(divisions: divisions, items: items)
        let folder = NSTemporaryDirectory() + "kansa-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/audit.json"
        let file = try DocumentFile.create(path, with: .audit(audit))
        let bytes = DocumentFormat.encode(.audit(audit))

        print("kansa benchmark: an audit of \(divisions) divisions × \(items) items (\(divisions * items) cells), \(bytes.count / 1024) KiB of JSON")
        report("encode (document → JSON bytes)") { _ = DocumentFormat.encode(.audit(audit)) }
        report("load (read + parse + check)") { _ = try DocumentFile.read(path) }
        var next = audit
        var n = 0
        file.waitsForDisk = false
        report("save without fsync (encode + write + rename)") {
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
        report("export matrix CSV") { _ = MatrixCSV.export(audit) }
        report("derived tables of every section") {
            for section in audit.sections { _ = audit.resultRows(of: section) }
        }
        report("counts and progress") { _ = audit.counts }
        print("\nThe report of the same audit (build the report and write it out):")
        report("build the report alone", runs: 20) { _ = Report.of(.audit(audit)) }
        for format in ExportFormat.allCases {
            report("report as \(format.rawValue)", runs: 20) { _ = format.render([.audit(audit)]) }
        }
        report("report laid out for the preview at 200 columns", runs: 20) {
            _ = TextLayout(width: CharacterWidth(), rules: .box).lines(Report.of(.audit(audit)), columns: 198)
        }

        print("\nThe hearing screen at 200×50:")
        let kansa = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kansa").path
        if FileManager.default.isExecutableFile(atPath: kansa) {
            let document = folder + "/screen.json"
            try DocumentFile.create(document, with: .audit(audit))
            FirstFrameBenchmark.run(kansa: kansa, document: document, rows: 50, columns: 200)
        } else {
            print("first frame: build kansa first (swift build -c release) to time it")
        }
        ScreenBenchmark.run(audit: audit, rows: 50, columns: 200)

        print("\nThe drill board:")
        if FileManager.default.isExecutableFile(atPath: kansa) {
            let drill = folder + "/drill.json"
            try DocumentFile.create(drill, with: .drill(SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5))))
            FirstFrameBenchmark.idleBoard(kansa: kansa, drill: drill)
            FirstFrameBenchmark.follow(kansa: kansa, drill: drill)
        }
    }

    /// Runs `body` repeatedly and prints the median and the slowest run in milliseconds.
    static func report(_ name: String, runs: Int = 50, _ body: () throws -> Void) {
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
            return
        }
        printMedian(name, times)
    }

    /// Prints the median and the slowest of some times in milliseconds.
    static func printMedian(_ name: String, _ times: [Double]) {
        let sorted = times.sorted()
        print(Self.name(name) + " median " + ms(sorted[sorted.count / 2]) + " ms   max " + ms(sorted.last!) + " ms")
    }

    /// A figure's name padded to line the figures up.
    static func name(_ text: String) -> String {
        text.padding(toLength: 48, withPad: " ", startingAt: 0)
    }

    /// Two decimals.
    static func ms(_ value: Double) -> String {
        String(format: "%7.2f", value)
    }
}
