import Foundation

/// Counts the instructions of each `InstructionWork` under callgrind — a figure that repeats exactly on a busy
/// machine, where seconds do not — and holds them to a recorded baseline: `kansa-bench --instructions [--baseline
/// FILE] [--record]`. A path more than 10 % above its baseline fails the check; `--record` writes the baseline anew.
enum InstructionCount {
    /// How much a path may grow over its baseline before the check fails.
    static let allowedGrowth = 0.10

    /// Counts every path, compares or records, prints a table; false when a path grew too much.
    static func run(baseline: String?, record: Bool) throws -> Bool {
        let recorded = try baseline.map(read) ?? [:]
        var counts: [(InstructionWork, Int)] = []
        var holds = true
        print("instructions of each core path (callgrind; 60 divisions × 300 items)")
        for work in InstructionWork.allCases {
            let count = try self.count(work)
            counts.append((work, count))
            var line = work.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0) + String(count).leftPadded(to: 13)
            if let before = recorded[work.rawValue], !record {
                let change = Double(count - before) / Double(before)
                let grew = change > allowedGrowth
                holds = holds && !grew
                line += "  baseline " + String(before).leftPadded(to: 13) + String(format: "  %+6.1f %%  ", change * 100) + (grew ? "GREW" : "ok")
            } else if !record {
                line += "  no baseline"
            }
            print(line)
        }
        if record, let baseline {
            try write(counts, to: baseline)
            print("recorded \(baseline)")
        }
        return holds
    }

    /// The instructions callgrind counts inside `kansa_measured_work` for one path.
    static func count(_ work: InstructionWork) throws -> Int {
        let out = NSTemporaryDirectory() + "kansa-callgrind-\(getpid())-\(work.rawValue)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let valgrind = Process()
        valgrind.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        valgrind.arguments = [
            "taskset", "-c", firstCore, "valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=*kansa_measured_work*",
            "--callgrind-out-file=" + out, CommandLine.arguments[0], "--work", work.rawValue,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = "1"
        valgrind.environment = environment
        valgrind.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        valgrind.standardError = errors
        try valgrind.run()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        valgrind.waitUntilExit()
        guard valgrind.terminationStatus == 0, let text = try? String(contentsOfFile: out, encoding: .utf8) else {
            throw BenchmarkFailure(description: "\(work.rawValue): valgrind failed (are valgrind and taskset installed?): " + String(decoding: said.suffix(800), as: UTF8.self))
        }
        for line in text.split(separator: "\n") where line.hasPrefix("totals:") || line.hasPrefix("summary:") {
            if let number = line.split(separator: " ").last.flatMap({ Int($0) }) { return number }
        }
        throw BenchmarkFailure(description: "\(work.rawValue): no total in callgrind's output")
    }

    /// The first core this process may run on (`Cpus_allowed_list` in `/proc/self/status`). The work is pinned to
    /// it, so that what it splits across cores (the report's parts laid out side by side) runs on the thread that
    /// callgrind counts, and the count repeats.
    static let firstCore: String = {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") }
        let list = line?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? ""
        let first = list.prefix(while: \.isNumber)
        return first.isEmpty ? "0" : String(first)
    }()

    /// The baseline: `name count` lines; `#` starts a comment.
    static func read(_ path: String) throws -> [String: Int] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let count = Int(parts[1]) else { throw BenchmarkFailure(description: "\(path): not `name count`: \(line)") }
            counts[String(parts[0])] = count
        }
        return counts
    }

    static func write(_ counts: [(InstructionWork, Int)], to path: String) throws {
        var text = "# Instructions of each core path, counted by callgrind (kansa-bench --instructions --record).\n"
        text += "# Re-recorded only on purpose, after a change meant to cost more or less.\n"
        for (work, count) in counts { text += "\(work.rawValue) \(count)\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

extension String {
    /// Right-aligned in `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
