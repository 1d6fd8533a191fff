import GoldenFiles
import Testing
import KansaCore
@testable import KansaReport

/// The exports of the samples against golden files, and what every export does with hostile text.
struct ExportTests {
    static let golden = GoldenFile(besideTest: #filePath)

    static let cover = CommitteeCover(
        meeting: "令和5年度第2回龍ヶ崎市情報セキュリティ委員会", date: LocalDate(year: 2023, month: 10, day: 16),
        time: "情報化推進委員会終了後", place: "庁議室")

    @Test(arguments: [ExportFormat.md, .txt, .html])
    func theSampleAuditsReport(_ format: ExportFormat) {
        let text = format.render([.audit(SampleAudit.audit)])!
        #expect(Self.golden.mismatch(text, "audit.\(format.fileExtension)") == nil)
    }

    @Test(arguments: [ExportFormat.md, .txt, .html])
    func theSampleDrillsReport(_ format: ExportFormat) {
        let text = format.render([.drill(SampleDrill.drill)])!
        #expect(Self.golden.mismatch(text, "drill.\(format.fileExtension)") == nil)
    }

    @Test func theCommitteePacket() {
        let text = ExportFormat.html.render([.audit(SampleAudit.audit), .drill(SampleDrill.drill)], cover: Self.cover)!
        #expect(Self.golden.mismatch(text, "packet.html") == nil)
        #expect(text.components(separatedBy: "<section class=\"part").count - 1 == 5)
        #expect(text.contains("page-break-before: always"))
        #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("<link") && !text.contains("<script"))
    }

    /// Without a cover of its own, a packet is for 情報セキュリティ委員会 on the latest document's date.
    @Test func aPacketWithoutACoverGetsADefaultOne() {
        let md = ExportFormat.md.render([.audit(SampleAudit.audit), .drill(SampleDrill.drill)])!
        #expect(md.hasPrefix("# 情報セキュリティ委員会\n\n日時：令和5年10月7日（土）\n"))
        #expect(md.contains("- 1 令和5年度（上半期）情報セキュリティ内部監査について\n- 2 令和5年度 ICT-BCP（業務継続）訓練について"))
    }

    /// An audit and a drill with nothing in them.
    static var emptyDocuments: [Document] {
        let emptyAudit = Audit(title: "", fiscalYear: 2024, period: "", auditDate: LocalDate(year: 2024, month: 4, day: 1),
                               divisions: [], sections: [])
        var drill = SampleDrill.drill.successor(title: "", date: LocalDate(year: 2024, month: 10, day: 5))
        drill.lanes = []
        drill.steps = []
        drill.systems = []
        drill.tasks = []
        drill.participants = DrillParticipants(leadDivision: "", leadStaff: [], vendors: [], divisions: [])
        return [.audit(emptyAudit), .drill(drill)]
    }

    /// Documents with nothing in them, or text no line can hold, still make a report in every format.
    @Test func emptyAndOddDocumentsMakeReports() throws {
        var odd = SampleAudit.audit
        odd.sections[0].items[0].title = String(repeating: "https://example.jp/", count: 12)
        odd.sections[0].items[1].improvement = "\n\n\t\u{200B}\u{0301}（（（「「「"
        for document in Self.emptyDocuments + [.audit(odd)] {
            for format in ExportFormat.allCases {
                #expect(try !format.export([document]).isEmpty)
            }
            for columns in [40, 57, 100] {
                let text = ExportFormat.txt.render([document], columns: columns)!
                let width = CharacterWidth(ambiguousIsWide: true)
                #expect(text.split(separator: "\n").allSatisfy { width.width(of: $0) <= columns })
            }
        }
    }

    /// An audit whose texts carry markup, an escape sequence and a formula.
    static var hostile: Audit {
        var audit = SampleAudit.audit
        audit.title = "<script>alert(1)</script> & \"監査\""
        audit.sections[0].items[0].title = "表|計 *強調* [link](x) \u{1B}[2J消去"
        audit.sections[0].items[0].improvement = "=HYPERLINK(\"http://x\")"
        audit.sections[0].items[0].cells[0] = Cell(verdict: .needsImprovement, note: "# 見出し\n- 項目\u{07}")
        audit.divisions[0].name = "=1+1"
        return audit
    }

    @Test func htmlEscapesEveryText() {
        let html = ExportFormat.html.render([.audit(Self.hostile)])!
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;監査&quot;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("\u{1B}") && html.contains("\\x1B[2J消去"))
        #expect(html.contains("\\x07"))
    }

    @Test func markdownAndTextShowControlCharactersEscaped() {
        for format in [ExportFormat.md, .txt] {
            let text = format.render([.audit(Self.hostile)])!
            #expect(!text.unicodeScalars.contains { $0.isControl(keepingLineBreaks: true) }, "\(format)")
            #expect(text.contains("\\x1B[2J") || text.contains("\\x1B\\[2J"), "\(format)")
        }
    }

    @Test func markdownKeepsTextFromBecomingMarkup() {
        let md = ExportFormat.md.render([.audit(Self.hostile)])!
        #expect(md.contains("表\\|計 \\*強調\\* \\[link\\](x)"))
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("&amp;"))
        #expect(md.contains("\\# 見出し<br>\\- 項目"))
    }

    @Test func csvKeepsItsFormulaGuard() {
        let csv = ExportFormat.csv.render([.audit(Self.hostile)])!
        #expect(csv.contains(",'=1+1,"))
    }

    @Test func textTablesLineUpWithWideCharacters() {
        for columns in [60, 80, 100, 160] {
            let text = ExportFormat.txt.render([.audit(SampleAudit.audit), .drill(SampleDrill.drill)], cover: Self.cover, columns: columns)!
            let width = CharacterWidth(ambiguousIsWide: true)
            for line in text.split(separator: "\n") {
                #expect(width.width(of: line) <= columns, "\(columns): \(line)")
            }
        }
    }
}
