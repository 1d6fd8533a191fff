import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import KansaCore
@testable import KansaReport

/// The Word export read back without Word: unzipped and parsed here, the sample audit's and drill's documents hold
/// the seed's headings in Word's heading styles, its tables with rules and repeated header rows, A4 pages with the
/// 結果一覧 landscape, Japanese fonts; a packet starts each part on a new page; no text can break the XML.
struct DocxExportTests {
    static let audit = Document.audit(SampleAudit.audit)
    static let drill = Document.drill(SampleDrill.drill)

    static func docx(_ documents: [Document], cover: CommitteeCover? = nil) throws -> DocxFile {
        try DocxFile(ExportFormat.docx.export(documents, cover: cover))
    }

    /// The headings the seed's report has, in its order.
    static let seedHeadings = [
        "1 監査概要", "(1) 監査目的", "(2) 監査対象課及び対象システム", "(3) 監査実施日", "(4) 監査実施体制",
        "(5) 監査の基準となる根拠", "2 監査結果", "3 課等別監査結果", "○人的セキュリティ", "○物的セキュリティ",
        "I 人的セキュリティに関して", "II 物的セキュリティに関して",
    ]

    /// The seed's 結果一覧, row by row: 企画 人事行政 デジタル都市 財政 保護 医療対策.
    static let seedMatrix = [
        "○○○○○○", "○○○○○○", "△○○△○○", "○○○○○○", "○○○○○○", "○○○○○○", "○○○○○○", "○○○○○○",
        "○○○○○○", "○○○○○○", "○○○○○○", "－○○○－○", "－△○△－○", "○○○○○○", "○○○○○○",
        "－○－－○○", "－○－－○○", "－○－－○○", "－○－－○○", "－○－－○○", "○○○○○○", "－○○－×○",
        "－○○－○○", "－○○－○○", "－○○－○○", "－○○－○○", "－○○－○○", "－○○－○○",
    ]

    @Test func theAuditsHeadingsAreWordsHeadingStylesInTheReportsOrder() throws {
        let sections = try Self.docx([Self.audit]).sections()
        let headings = sections.flatMap(\.paragraphs).filter { $0.style?.hasPrefix("Heading") == true }
        let expected = Report.of(Self.audit).parts.flatMap(\.blocks).compactMap { block -> (String, String)? in
            guard case .heading(let text, let level) = block else { return nil }
            return ("Heading\(min(level, 3))", text)
        }
        #expect(headings.map(\.style!) == expected.map(\.0))
        #expect(headings.map(\.text) == expected.map(\.1))
        var rest = headings.map(\.text)[...]
        for heading in Self.seedHeadings {
            guard let at = rest.firstIndex(of: heading) else {
                Issue.record("\(heading) is missing or out of order")
                return
            }
            rest = rest[(at + 1)...]
        }
        let titles = sections.flatMap(\.paragraphs).filter { $0.style == "Title" }.map(\.text)
        #expect(titles == ["令和5年度（上半期）情報セキュリティ内部監査実施報告書", "令和5年度（上半期）情報セキュリティ内部監査結果一覧"])
    }

    @Test func theStylesAreWordsOwnWithJapaneseFonts() throws {
        let styles = try Self.docx([Self.audit]).xml("word/styles.xml")
        func style(_ id: String) -> XMLElement? {
            styles.children(named: "style").first { $0.word("styleId") == id }
        }
        for level in 1...3 {
            let heading = try #require(style("Heading\(level)"))
            #expect(heading.children(named: "name").first?.word("val") == "heading \(level)")
            #expect(heading.descendants.first { $0.localName == "outlineLvl" }?.word("val") == "\(level - 1)")
            #expect(heading.descendants.first { $0.localName == "rFonts" }?.word("eastAsia") == "ＭＳ ゴシック")
        }
        #expect(style("Title")?.children(named: "name").first?.word("val") == "Title")
        #expect(style("Normal")?.word("default") == "1")
        let defaults = try #require(styles.children(named: "docDefaults").first)
        #expect(defaults.descendants.first { $0.localName == "rFonts" }?.word("eastAsia") == "ＭＳ 明朝")
        #expect(defaults.descendants.first { $0.localName == "lang" }?.word("eastAsia") == "ja-JP")
        let fonts = try Self.docx([Self.audit]).xml("word/fontTable.xml")
        #expect(fonts.children(named: "font").compactMap { $0.word("name") }.contains("ＭＳ 明朝"))
    }

    @Test func theReportIsPortraitA4AndTheListALandscapeSection() throws {
        let sections = try Self.docx([Self.audit]).sections()
        try #require(sections.count == 2)
        #expect(sections[0].page == (11906, 16838, false))
        #expect(sections[1].page == (16838, 11906, true))
        #expect(sections.allSatisfy { $0.startsOnANewPage })
        #expect(sections[1].paragraphs.first?.text == "令和5年度（上半期）情報セキュリティ内部監査結果一覧")
    }

    /// The 結果一覧: per section a table of the item and the six divisions, their columns lined up, 28 item rows
    /// holding the seed's verdicts, III's 備考 row, the legend after II and IV.
    @Test func theMatrixHoldsTheSeedsVerdicts() throws {
        let list = try Self.docx([Self.audit]).sections()[1]
        #expect(list.tables.count == 4)
        for table in list.tables {
            #expect(table.cells[0] == ["監査内容", "企画", "人事行政", "デジタル都市", "財政", "保護", "医療対策"])
            #expect(table.grid == list.tables[0].grid)
        }
        #expect(list.tables[0].grid.reduce(0, +) <= 16838 - 2 * 907)
        let rows = list.tables.flatMap { $0.cells.dropFirst() }
        let items = rows.filter { !$0[0].hasPrefix("備考") }
        #expect(items.count == 28)
        #expect(items.map { $0.dropFirst().joined() } == Self.seedMatrix)
        #expect(items[2][0] == "2 パソコンの取扱い（2）デスクトップ上でのデータの保存禁止")
        let remarks = rows.filter { $0[0].hasPrefix("備考") }
        #expect(remarks == [["備考（特定個人情報の取扱い）", "関係事務のみ", "児童手当（職員分）", "関係事務のみ", "関係事務のみ", "生活保護", "予防接種"]])
        let legends = list.paragraphs.filter { $0.style == "TableNote" }.map(\.text)
        #expect(legends == Array(repeating: "○：適正 △：監査指導により改善 ×：改善を要する －：該当なし", count: 2))
    }

    /// Thirty divisions do not fit a landscape page: each section's matrix is split into tables that repeat the item
    /// column, each within the page, the same split for every section.
    @Test func aWideMatrixIsSplitIntoTablesThatFitThePage() throws {
        let audit = LargeAudit.make(divisions: 30, items: 25)
        let list = try DocxFile(ExportFormat.docx.export([.audit(audit)])).sections()[1]
        #expect(list.page.landscape)
        let perSection = list.tables.count / audit.sections.count
        #expect(perSection > 1 && list.tables.count == perSection * audit.sections.count)
        for table in list.tables {
            #expect(table.cells[0][0] == "監査内容")
            #expect(table.grid.reduce(0, +) <= 16838 - 2 * 907)
        }
        let divisions = list.tables.prefix(perSection).flatMap { $0.cells[0].dropFirst() }
        #expect(divisions == audit.divisions.map(\.shortName))
        #expect(list.tables.map(\.grid) == Array(repeating: Array(list.tables.prefix(perSection).map(\.grid)), count: audit.sections.count).flatMap { $0 })
    }

    /// The body's tables per section (監査項目 | 適正に実施している課等 | 改善が必要な課等 | 改善内容等), derived from the
    /// matrix: 保護課 needs improvement in III 7.
    @Test func theTablesPerSectionAreDerivedFromTheMatrix() throws {
        let report = try Self.docx([Self.audit]).sections()[0]
        let perSection = report.tables.filter { $0.cells[0] == ["監査項目", "適正に実施している課等", "改善が必要な課等", "改善内容等"] }
        #expect(perSection.map { $0.rows.count - 1 } == [8, 7, 7, 6])
        let row = try #require(perSection[2].cells.first { $0[0].hasPrefix("7 特定個人情報事務取扱担当の監督") })
        #expect(row[1] == "人事行政課、デジタル都市推進課、医療対策課")
        #expect(row[2] == "保護課")
    }

    @Test func everyTableHasRulesAndRepeatsItsHeaderRow() throws {
        for documents in [[Self.audit], [Self.drill]] {
            let tables = try Self.docx(documents).sections().flatMap(\.tables)
            #expect(!tables.isEmpty)
            for table in tables {
                #expect(table.headerRows == [true] + Array(repeating: false, count: table.rows.count - 1))
                #expect(table.borders == ["top": "single", "left": "single", "bottom": "single", "right": "single",
                                          "insideH": "single", "insideV": "single"])
            }
        }
    }

    /// The drill's results table (ア) lists its 12 systems, the lead division's then those procured by divisions;
    /// the attached timetable, wide with its four lanes, is landscape.
    @Test func theDrillHasItsResultsAndItsTimetable() throws {
        let sections = try Self.docx([Self.drill]).sections()
        try #require(sections.count == 2)
        #expect(sections[0].page == (11906, 16838, false))
        let results = sections[0].tables.filter { $0.cells[0].contains("シャットダウン") }
        #expect(results.count == 2)
        let systems = results.flatMap { $0.cells.dropFirst().map { $0[1] } }
        #expect(systems.count == 12)
        #expect(systems.first == "基幹系システムサーバ" && systems.contains("家庭児童相談システム"))
        #expect(sections[0].paragraphs.filter { $0.style == "Caption" }.map(\.text) == ["デジタル都市推進課", "各課調達サーバ"])
        #expect(sections[1].page.landscape)
        let timetable = try #require(sections[1].tables.first)
        #expect(Array(timetable.cells[0].prefix(4)) == ["予定", "実績", "通常", "非常用"])
        #expect(timetable.cells.contains { $0.last == "停電" })
        #expect(timetable.cells.last?.last == "訓練終了")
    }

    /// A packet: the cover, then each document's parts, every one starting a new page.
    @Test func aPacketHasItsCoverAndEachPartOnANewPage() throws {
        let cover = CommitteeCover(
            meeting: "令和5年度第2回龍ヶ崎市情報セキュリティ委員会", date: LocalDate(year: 2023, month: 10, day: 16),
            time: "情報化推進委員会終了後", place: "庁議室")
        let sections = try Self.docx([Self.audit, Self.drill], cover: cover).sections()
        #expect(sections.count == 5)
        #expect(sections.allSatisfy { $0.startsOnANewPage })
        #expect(sections.map(\.page.landscape) == [false, false, true, false, true])
        #expect(sections.map { $0.paragraphs.first?.text } == [
            "令和5年度第2回龍ヶ崎市情報セキュリティ委員会", "令和5年度（上半期）情報セキュリティ内部監査実施報告書",
            "令和5年度（上半期）情報セキュリティ内部監査結果一覧", "令和5年度 ICT-BCP（業務継続）訓練について",
            "令和5年度 ICT-BCP（業務継続）訓練 タイムスケジュール（実績）",
        ])
        let agenda = sections[0].paragraphs.filter { $0.style == "List" }.map(\.text)
        #expect(agenda == ["1\t令和5年度（上半期）情報セキュリティ内部監査について", "2\t令和5年度 ICT-BCP（業務継続）訓練について"])
        #expect(sections[0].paragraphs.map(\.text).contains("日時：令和5年10月16日（月）"))
    }

    /// Markup characters come back as they were; control characters, U+FFFE and U+FFFF are shown escaped, as in
    /// every export, and never break the XML.
    @Test func hostileTextRoundTripsOrIsEscaped() throws {
        var audit = SampleAudit.audit
        audit.title = "<script>alert(1)</script> & \"監査\" 'x'"
        audit.sections[0].items[0].title = "表\u{1B}[2J消去\u{0}\u{FFFE}\u{FFFF}\r終"
        audit.sections[0].items[0].cells[0].note = "]]><w:p/>"
        let file = try DocxFile(ExportFormat.docx.export([.audit(audit)]))
        let texts = try file.sections().flatMap(\.blocks).flatMap { block -> [String] in
            switch block {
            case .paragraph(let p): [p.text]
            case .table(let t): t.cells.flatMap { $0 }
            }
        }
        #expect(texts.contains("<script>alert(1)</script> & \"監査\" 'x'実施報告書"))
        #expect(texts.contains { $0.contains(#"表\x1B[2J消去\x00\u{FFFE}\u{FFFF}\x0D終"#) })
        let xml = file.documentXML
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0xFFFE || $0.value == 0xFFFF })
        let core = try file.xml("docProps/core.xml")
        #expect(core.descendants.first { $0.localName == "title" }?.stringValue == "<script>alert(1)</script> & \"監査\" 'x'実施報告書")
    }

    /// Text that bypasses the report's own escaping (set after it was built) is still written safely.
    @Test func theXMLWriterEscapesWhatItIsGiven() {
        var out = XMLText()
        out.text("a<b&c>\"d\u{0}e\u{1F}\u{FFFE}\u{FFFF}\r\t\n＜全角＞（）")
        #expect(String(decoding: out.bytes, as: UTF8.self)
            == "a&lt;b&amp;c&gt;&quot;d\\x00e\\x1F\\u{FFFE}\\u{FFFF}\\x0D\t\n＜全角＞（）")
    }

    /// The drill's plan sheet is a docx too; csv has none.
    @Test func thePlanSheetIsADocxToo() throws {
        let sheet = DrillPlanSheet.build(SampleDrill.drill, language: .ja)
        let bytes = try #require(try ExportFormat.docx.export(sheet))
        #expect(try DocxFile(bytes).sections().count == 2)
        #expect(try ExportFormat.csv.export(sheet) == nil)
    }

    /// Documents with nothing in them still make a document Word can open: every table has a column and a row.
    @Test func emptyDocumentsMakeWellFormedDocuments() throws {
        for document in ExportTests.emptyDocuments {
            let sections = try DocxFile(ExportFormat.docx.export([document])).sections()
            #expect(sections.count == 2)
            for table in sections.flatMap(\.tables) {
                #expect(!table.grid.isEmpty && table.rows.allSatisfy { !$0.children(named: "tc").isEmpty })
            }
        }
    }

    /// Text formats' bytes are their text's UTF-8; the binary ones (docx, xlsx) are ZIP packages.
    @Test func everyFormatHasItsBytes() throws {
        for format in ExportFormat.allCases {
            let bytes = try format.export([Self.drill], language: .en)
            let text = format.render([Self.drill], language: .en)
            #expect(format.isBinary == (text == nil))
            #expect(bytes == text.map { Array($0.utf8) } ?? bytes)
            #expect(!format.isBinary || bytes.starts(with: Array("PK\u{03}\u{04}".utf8)))
        }
        let english = try DocxFile(ExportFormat.docx.export([Self.audit], language: .en)).xml("word/styles.xml")
        #expect(english.descendants.first { $0.localName == "lang" }?.word("val") == "en-US")
    }
}
