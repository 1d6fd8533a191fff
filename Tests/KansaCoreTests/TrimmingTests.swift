import Foundation
import Testing
import KansaCore

/// The trimmings that stand in for Foundation's `trimmingCharacters(in:)` trim what it trims: the white space and line
/// breaks of Unicode (its zero-width space aside, which it trims or not by its neighbours).
struct TrimmingTests {
    static let edges: [String] = [" ", "\u{3000}", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}",
                                  "a", "監", "\u{1680}", "\u{2009}", "\u{202F}"]

    @Test func theyTrimWhatFoundationTrims() {
        for first in Self.edges {
            for last in Self.edges {
                let text = first + last + "監査 a" + first + last
                #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
                #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map(\.value))")
                #expect(text.trimmingLineBreaks == text.trimmingCharacters(in: .newlines), "\(text.unicodeScalars.map(\.value))")
            }
        }
    }
}
