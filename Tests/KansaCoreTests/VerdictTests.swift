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

    /// A verdict is read from exactly its symbol: each symbol gives its verdict, anything else (a look-alike, a
    /// symbol with more around it, a prefix of one) none.
    @Test func aVerdictIsReadFromExactlyItsSymbol() {
        for verdict in Verdict.allCases { #expect(Verdict(rawValue: verdict.symbol) == verdict) }
        for text in ["", "〇", "o", "x", "-", "ー", "○ ", " ○", "○○", "×x", "\u{E2}", "◎", "▲", "適正"] {
            #expect(Verdict(rawValue: text) == nil, "\(text)")
        }
    }
}
