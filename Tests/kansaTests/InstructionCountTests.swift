import Foundation
import Testing
import TestSupport

/// The instructions of the core paths (load, save, a key with its frame, the preview, each export), counted by
/// callgrind on the release build, held to `Benchmarks/instructions.txt`: a path that grows by more than 10 %
/// fails. Re-record on purpose with `KANSA_RECORD_INSTRUCTIONS=1 swift test --filter InstructionCountTests`.
struct InstructionCountTests {
    @Test func noCorePathGrewOverItsBaseline() throws {
        let bench = try ReleaseBinary.path(product: "kansa-bench")
        var arguments = [bench, "--instructions", "--baseline", ReleaseBinary.root + "/Benchmarks/instructions.txt"]
        if ProcessInfo.processInfo.environment["KANSA_RECORD_INSTRUCTIONS"] != nil { arguments.append("--record") }
        let run = try ChildProcess.run(arguments, in: ReleaseBinary.root)
        let table = String(decoding: run.standardOutput, as: UTF8.self)
        #expect(run.status == 0, "\(table)\(String(decoding: run.standardError, as: UTF8.self))")
        #expect(table.contains("load") && table.contains("export-csv"), "\(table)")
        #expect(!table.contains("no baseline"), "every path has a baseline: \(table)")
    }
}
