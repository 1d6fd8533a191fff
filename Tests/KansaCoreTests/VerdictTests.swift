import Testing
@testable import KansaCore

struct VerdictTests {
    @Test func spaceCyclesThroughEveryVerdictAndBlank() {
        var v: Verdict? = nil
        var seen: [String] = []
        for _ in 0..<5 {
            v = Verdict.cycled(after: v)
            seen.append(v?.symbol ?? "")
        }
        #expect(seen == ["○", "△", "×", "－", ""])
    }

    @Test func readsSpreadsheetLookAlikes() {
        #expect(Verdict(lenient: "〇") == .compliant)
        #expect(Verdict(lenient: "-") == .notApplicable)
        #expect(Verdict(lenient: " × ") == .needsImprovement)
        #expect(Verdict(lenient: "?") == nil)
        #expect(Verdict(lenient: "") == nil)
    }

    @Test func onlyCompliantAndImprovedCountAsImplemented() {
        #expect(Verdict.allCases.filter(\.countsAsImplemented) == [.compliant, .improved])
    }
}
