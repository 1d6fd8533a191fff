import Foundation
import Testing
import TestSupport
import KansaCore
@testable import KansaReport

/// The CSV guard (issue 11, item 8): every start a spreadsheet runs as a formula is neutralised, control
/// characters are always written visibly, a genuine leading `'` survives, and export → import → export gives
/// the same bytes for any text.
struct CSVGuardTests {
    @Test(arguments: ["=1+1", "+1", "-2", "@SUM(A1)", "＝1+1", "＋1", "－1", "＠SUM(A1)", "=\u{301}1", "'=1+1", "'", "''"])
    func formulaStartsAndApostrophesAreGuarded(_ text: String) throws {
        let cell = CSVText.field(text)
        #expect(cell == "'" + text)
        #expect(try CSVText.decode(CSVText.encode([[text]])).map(\.fields) == [[text]])
    }

    /// A tab or a carriage return is written escaped, so no cell starts with one; import no longer strips it
    /// (`\t=1+1` came back as `=1+1`).
    @Test func tabsAndCarriageReturnsAreWrittenVisibly() throws {
        #expect(CSVText.field("\t=1+1") == "\\x09=1+1")
        #expect(CSVText.field("\r=1+1") == "\\x0D=1+1")
        #expect(CSVText.field("a\tb\r\nc") == "\"a\\x09b\\x0D\nc\"")
        let csv = "区分,番号,監査内容,企画課\r\n" + CSVText.encode([["I 人的", "\t1", "\t=1+1", "○"]]).dropFirst()
        let audit = try MatrixCSV.importAudit(csv, title: "t", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 4, day: 1))
        #expect(audit.sections[0].items[0].title == "\\x09=1+1")
        #expect(audit.sections[0].items[0].number == "\\x091")
    }

    @Test func controlBiDiAndZeroWidthCharactersAreWrittenVisibly() {
        #expect(CSVText.field("\u{1B}]52;c;cm0gLXJmIH4=\u{07}") == "\\x1B]52;c;cm0gLXJmIH4=\\x07")
        #expect(CSVText.field("請求書\u{202E}fdp.exe") == "請求書\\u{202E}fdp.exe")
        #expect(CSVText.field("ad\u{200B}min\u{2066}\u{FEFF}") == "ad\\u{200B}min\\u{2066}\\u{FEFF}")
        #expect(CSVText.field("\u{85}") == "\\x85")
        #expect(CSVText.field("改行\nあり") == "\"改行\nあり\"")
    }

    /// `－` alone is the 該当なし verdict: written as it is and read back as the verdict; any longer cell that
    /// starts with it is guarded.
    @Test func aLoneMinusIsAVerdictNotAFormula() throws {
        #expect(CSVText.field("－") == "－")
        #expect(CSVText.field("-") == "-")
        #expect(CSVText.field("－1") == "'－1")
        var audit = SampleAudit.audit
        audit.sections[0].items[0].cells[0] = Cell(verdict: .notApplicable)
        let csv = MatrixCSV.export(audit)
        #expect(csv.components(separatedBy: "\r\n")[1].split(separator: ",")[3] == "－")
        let back = try MatrixCSV.importAudit(csv, title: "t", fiscalYear: 2023, auditDate: LocalDate(year: 2023, month: 9, day: 29))
        #expect(back.sections[0].items[0].cell(0).verdict == .notApplicable)
    }

    /// A leading `'` that is not a guard stays text on import, as a spreadsheet user typed it.
    @Test func anUnguardedApostropheIsText() throws {
        #expect(try CSVText.decode("'93年度,'a\r\n").map(\.fields) == [["'93年度", "'a"]])
        #expect(try CSVText.decode("''93年度,'=1\r\n").map(\.fields) == [["'93年度", "=1"]])
    }

    static let pieces = [
        "=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\r", "\n", "\r\n", "'", "''", "\"", ",", " ", "　", "\u{1B}[2J",
        "\u{07}", "\u{85}", "\u{202E}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{FE0F}", "a", "Z", "1", "監査", "（", "）", "(", "：", "○",
        "×", "👩‍💻", "\\", "\\x09", "e\u{301}", "=HYPERLINK(\"http://x\")", "デジタル都市推進課",
    ]

    static func text(_ random: inout SeededGenerator, maxPieces: Int = 8) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test(arguments: 0..<300)
    func randomCellsRoundTripExactly(_ seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let rows = (0..<Int.random(in: 1...4, using: &random)).map { _ in
            (0..<Int.random(in: 1...5, using: &random)).map { _ in Self.text(&random) }
        }
        let first = CSVText.encode(rows)
        let back = try CSVText.decode(first).map(\.fields)
        #expect(back == rows.map { $0.map(CSVText.visible) }, "\(rows)")
        #expect(CSVText.encode(back) == first, "\(rows)")
    }

    /// Spaces at the edges of a matrix cell are trimmed on import on purpose (a spreadsheet's stray spaces), so
    /// the texts here have none there; everything else goes.
    static func matrixText(_ random: inout SeededGenerator) -> String {
        let spaces = CharacterSet.whitespaces.subtracting(CharacterSet(charactersIn: "\t"))
        return text(&random).trimmingCharacters(in: spaces)
    }

    @Test(arguments: 0..<150)
    func randomMatricesRoundTripExactly(_ seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var names: [String] = []
        while names.count < Int.random(in: 1...4, using: &random) {
            let name = Self.matrixText(&random)
            if !CSVText.visible(name).isEmpty, !names.contains(name) { names.append(name) }
        }
        let divisions = names.enumerated().map { Division(id: DivisionID("d\($0.offset)"), name: $0.element, shortName: $0.element) }
        var headings: [String] = []
        var sections: [AuditSection] = []
        while sections.count < Int.random(in: 1...3, using: &random) {
            let heading = Self.matrixText(&random)
            guard !headings.contains(heading) else { continue }
            headings.append(heading)
            let items = (0..<Int.random(in: 1...3, using: &random)).map { n in
                AuditItem(
                    id: ItemID("i\(sections.count)-\(n)"), number: Self.matrixText(&random), title: "項目" + Self.matrixText(&random),
                    explanation: Self.matrixText(&random),
                    cells: divisions.map { _ in Cell(verdict: [nil, .compliant, .improved, .needsImprovement, .notApplicable].randomElement(using: &random)!) })
            }
            sections.append(AuditSection(id: SectionID("s\(sections.count)"), numeral: "", title: heading, items: items))
        }
        let audit = Audit(title: "t", fiscalYear: 2024, period: "", auditDate: LocalDate(year: 2024, month: 4, day: 1),
                          divisions: divisions, sections: sections)
        let first = MatrixCSV.export(audit)
        let back = try MatrixCSV.importAudit(first, title: "t", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 4, day: 1))
        #expect(MatrixCSV.export(back) == first, "\(first)")
    }
}
