import KansaCore
import KansaFuzz
import KansaUI

/// 10⁵ random keys, pastes, clicks, pauses and resizes on each screen, through the real run loop: the files
/// kansa's own reader would refuse (the target is none) and the crashes (a crash ends the benchmark here).
@MainActor
enum FuzzBenchmark {
    static let keys = 100_000

    static func run() {
        let day = LocalDate(year: 2024, month: 10, day: 5)
        let morning = Timestamp(date: day, hour: 8, minute: 0, utcOffset: 9 * 3600)
        let drill = SampleDrill.drill.successor(title: "訓練", date: day)
        let documents: [String: Document] = ["/w/audit.json": .audit(SampleAudit.audit), "/w/drill.json": .drill(drill)]
        let screens: [(String, () -> any AppScreen)] = [
            ("hearing screen", { AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth()) }),
            ("drill board", { DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: morning) }),
            ("home screen", {
                HomeScreen(folder: "/w", entries: documents.keys.sorted().map { HomeScreen.Entry(path: $0, document: documents[$0]!) },
                           created: false, strings: Strings(.ja))
            }),
            ("report preview", { ReportPreview(document: .drill(drill)) }),
        ]
        var unreadable = 0
        for (index, (name, start)) in screens.enumerated() {
            let began = ScreenBenchmark.cpuNow()
            let outcome = KeyFuzz.run(start, documents: documents, count: keys, seed: UInt64(index + 1), at: morning)
            unreadable += outcome.unreadable.count
            Scoreboard.note("random input on the \(name)",
                            shown: "\(outcome.keys) keys, \(outcome.saves) saves, \(outcome.quits) quits, \(outcome.unreadable.count) unreadable, "
                                + "0 crashes, \(Int((ScreenBenchmark.cpuNow() - began) / 1000)) s")
        }
        Scoreboard.record(.unreadableFiles, Double(unreadable), shown: "\(unreadable) files")
    }
}
