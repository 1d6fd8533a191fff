import KansaCore
import Testing
@testable import KansaUI

/// BiDi controls, zero-width characters and escape sequences in a document are shown as what they are, never
/// acted on: the screen draws them escaped.
struct HiddenCharacterScreenTests {
    @Test func aNoteWithHiddenCharactersIsShownEscaped() {
        var audit = SampleAudit.audit
        _ = audit.apply(.note(item: audit.sections[0].items[0].id, division: audit.divisions[0].id, "承認\u{202E}済\u{200B}み\u{1B}[2J"))
        let app = Fixtures.app(audit)
        let text = app.draw().text
        #expect(text.contains(#"承認\u{202E}済\u{200B}み\x1B[2J"#), "\(text)")
        #expect(!text.unicodeScalars.contains { [0x202E, 0x200B, 0x1B].contains($0.value) })
    }
}

/// An item whose title is made of control characters and × signs cannot paint verdicts into the division
/// columns: its escapes are counted as wide as they are drawn, so the label is cut before the columns.
struct EscapeWidthTests {
    @Test func escapedTitlesStayInTheItemColumn() {
        var audit = SampleAudit.audit.successor(title: "t", auditDate: LocalDate(year: 2023, month: 11, day: 20))
        audit.sections[0].items[0].title = String(repeating: "\u{01}", count: 9) + String(repeating: " ×", count: 40)
        audit.sections[0].items[0].explanation = ""
        let app = Fixtures.app(audit)
        let row = app.draw().text.split(separator: "\n").first { $0.hasPrefix("1 \\x01") } ?? ""
        #expect(!row.isEmpty)
        let columns = row.split(separator: " ", omittingEmptySubsequences: true).suffix(6)
        #expect(columns.allSatisfy { $0 == "·" }, "\(row)")
    }
}
