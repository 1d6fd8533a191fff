import KansaCore
import KansaFuzz
import Testing
@testable import KansaUI

/// Random keys, pastes, clicks, pauses and resizes through the real run loop on every screen: no crash, and
/// never a document that kansa's own reader would refuse. (The benchmark runs 10⁵ keys a screen.)
struct KeyFuzzTests {
    static let day = LocalDate(year: 2024, month: 10, day: 5)
    static let morning = Timestamp(date: day, hour: 8, minute: 0, utcOffset: 9 * 3600)

    static let screens: [(name: String, start: @Sendable () -> any AppScreen)] = [
        ("the sample audit", { AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth()) }),
        ("a new audit", { AuditScreen(audit: SampleAudit.audit.successor(title: "次の監査", auditDate: day), fileName: "next.json", readOnlyReason: nil,
                                      width: CharacterWidth(ambiguousIsWide: true)) }),
        ("a new drill", { DrillBoard(drill: SampleDrill.drill.successor(title: "訓練", date: day), fileName: "drill.json", readOnlyReason: nil, now: morning) }),
        ("the recorded sample drill", { DrillBoard(drill: SampleDrill.drill, fileName: "drill.json", readOnlyReason: nil, now: morning) }),
        ("the home screen", {
            HomeScreen(folder: "/w", entries: [HomeScreen.Entry(path: "/w/audit.json", document: .audit(SampleAudit.audit)),
                                               HomeScreen.Entry(path: "/w/drill.json", document: .drill(SampleDrill.drill.successor(title: "訓練", date: day)))],
                       created: false, strings: Strings(.ja))
        }),
        ("the preview", { ReportPreview(document: .audit(SampleAudit.audit)) }),
    ]

    @Test(arguments: 0..<screens.count)
    func randomInputNeverMakesAnUnreadableFile(_ index: Int) {
        let documents: [String: Document] = ["/w/audit.json": .audit(SampleAudit.audit), "/w/drill.json": .drill(SampleDrill.drill.successor(title: "訓練", date: Self.day))]
        let outcome = KeyFuzz.run(Self.screens[index].start, documents: documents, count: 3000, seed: UInt64(index + 1), at: Self.morning)
        #expect(outcome.keys == 3000, "\(Self.screens[index].name)")
        #expect(outcome.unreadable.isEmpty, "\(Self.screens[index].name): \(outcome.unreadable.prefix(3))")
        if index < 5 { #expect(outcome.saves > 0, "\(Self.screens[index].name): the keys edited nothing") }
    }
}
