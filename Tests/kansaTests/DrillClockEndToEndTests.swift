import Foundation
import KansaCore
import KansaStore
import Testing
import TestSupport

/// The real binary on a machine whose clock is set to UTC: a stamp made while keys keep coming every 40 ms
/// (keys that do nothing: the timeline's highlight stays on the step to stamp) carries the moment of its key,
/// written in the drill's own `+09:00`.
struct DrillClockEndToEndTests {
    @Test func aStampIsTheMomentOfItsKeyInTheDrillsOffset() throws {
        let folder = TemporaryFolder("drill-clock")
        let japan = Timestamp(seconds: Int64(Date().timeIntervalSince1970), utcOffset: 9 * 3600)
        _ = try KansaProcess.run(["sample", "."], in: folder.path)
        let made = try KansaProcess.run(["new", "drill", "today.json", "--from", "drill.json", "--date", japan.local.date.description],
                                        in: folder.path)
        try #require(made.status == 0, "\(made.stderr)")
        let terminal = try PseudoTerminal.kansa([folder.file("today.json")], home: folder.path, extra: ["TZ=UTC"])
        defer { terminal.stop() }
        try #require(terminal.wait(for: "Systems"), "never drawn")
        var sentAt: [Int64] = []
        for i in 0..<60 {
            if i % 20 == 10 {
                sentAt.append(Int64(Date().timeIntervalSince1970))
                terminal.send("\r")
            } else {
                terminal.send(i % 2 == 0 ? "z" : "Z")
            }
            terminal.read(milliseconds: 40)
        }
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        let text = try String(contentsOfFile: folder.file("today.json"), encoding: .utf8)
        guard case .drill(let drill) = try DocumentFile.read(folder.file("today.json")) else { throw ReleaseBinary.Failure(description: "not a drill") }
        let stamps = drill.steps.compactMap(\.actual).map(\.happened)
        try #require(stamps.count == sentAt.count, "\(stamps.count) stamps for \(sentAt.count) Enters")
        for (stamp, sent) in zip(stamps, sentAt) {
            #expect(stamp.utcOffset == 9 * 3600)
            #expect(abs(stamp.seconds - sent) <= 1, "stamped \(stamp), key at \(sent)")
        }
        #expect(text.contains(stamps[0].description) && stamps[0].description.hasSuffix("+09:00"))
    }

    @Test func aNewDrillIsDatedTodayWhereItIsHeldWhateverTheMachinesZone() throws {
        let folder = TemporaryFolder("drill-date")
        for zone in ["Pacific/Honolulu", "UTC", "Asia/Tokyo"] {
            let japan = Timestamp(seconds: Int64(Date().timeIntervalSince1970), utcOffset: 9 * 3600).local.date
            let made = try KansaProcess.run(["new", "drill", zone.replacingOccurrences(of: "/", with: "-") + ".json"], in: folder.path, environment: ["TZ": zone])
            try #require(made.status == 0, "\(made.stderr)")
            guard case .drill(let drill) = try DocumentFile.read(folder.file(zone.replacingOccurrences(of: "/", with: "-") + ".json")) else { return }
            #expect(drill.date == japan, "TZ=\(zone)")
        }
    }
}
