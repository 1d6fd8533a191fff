import Foundation
import KansaCore
@testable import KansaReport
import Testing
import TestSupport

/// A division's check sheet (issue 15, part 3): what the exported workbook holds, read from its own XML; a round
/// trip through answers typed in by another program; and every bad input refused with its place and reason.
struct CheckSheetTests {
    static let audit = SampleAudit.audit
    static let sheetPart = "xl/worksheets/sheet1.xml"

    static func exported(_ audit: Audit = audit, division: DivisionID = "kikaku", language: Language = .ja) throws -> [UInt8] {
        try CheckSheet.export(audit, division: division, language: language)
    }

    /// The problem reading `bytes` into the sample audit, in English.
    static func refusal(_ bytes: [UInt8], into audit: Audit = audit) -> String? {
        do {
            _ = try CheckSheetAnswers(bytes, for: audit)
            return nil
        } catch {
            return error.description(in: .en)
        }
    }

    @Test func theSheetNamesTheAuditAndDivisionAndListsEveryItem() throws {
        let book = try WorkbookContents(try Self.exported())
        #expect(book.names == ["チェックシート", "kansa"])
        let sheet = try #require(book["チェックシート"])
        #expect(sheet.text("A1") == "令和5年度（上半期）情報セキュリティ内部監査 チェックシート")
        #expect(sheet.text("A2") == "対象課：企画課")
        #expect(sheet.text("A3") == "年度：令和5年度（上半期）　監査実施日：令和5年9月29日（金）")
        #expect(sheet.text("A4")?.contains("できている / 一部できていない / できていない / 該当なし") == true)
        #expect(sheet.row(5) == ["番号", "監査項目", "回答", "コメント"])
        #expect(sheet.text("A6") == "I 人的セキュリティ")
        #expect(sheet.row(8) == ["2(1)", "パソコンの取扱い\n離席時におけるパソコンの第三者使用を防止措置", "", ""])
        let numbers = Self.audit.allItems.map(\.item.number)
        let itemRows = (6...60).filter { !(sheet.text("B\($0)") ?? "").isEmpty }
        #expect(itemRows.map { sheet.text("A\($0)") ?? "" } == numbers)
        #expect(sheet.cells.values.allSatisfy { !$0.isFormula && ($0.type == "s" || $0.type == nil) })
    }

    @Test func onlyTheAnswersAndCommentsCanBeChangedAndTheAnswersComeFromAList() throws {
        let book = try WorkbookContents(try Self.exported())
        let xml = try #require(book["チェックシート"]).xml
        #expect(xml.contains("<sheetProtection"))
        let lists = WorkbookContents.matches(#"<dataValidation type="list"[^>]*sqref="([A-Z0-9:]+)"[^>]*>.*?<formula1>([^<]*)</formula1>"#, in: xml)
        #expect(lists.map { $0[1] } == ["C7:C14", "C16:C22", "C24:C30", "C32:C37"])
        #expect(lists.allSatisfy { WorkbookContents.unescape($0[2]) == "\"できている,一部できていない,できていない,該当なし\"" })
        #expect(xml.contains(#"errorStyle"#) == false, "a stop alert, Excel's default")
        #expect(xml.contains(#"showErrorMessage="1""#) && xml.contains(#"allowBlank="1""#))
        // The answer and comment cells use the styles that are unlocked, and only they do.
        let styles = WorkbookContents.matches(#"<xf [^>]*?(?:/>|>.*?</xf>)"#, in: book.stylesXML.components(separatedBy: "<cellXfs")[1])
        let unlocked = Set(styles.indices.filter { styles[$0][0].contains(#"locked="0""#) }.map(String.init))
        let cells = WorkbookContents.matches(#"<c r="([A-Z]+)([0-9]+)" s="([0-9]+)""#, in: xml)
        #expect(!unlocked.isEmpty)
        for cell in cells {
            let input = (cell[1] == "C" || cell[1] == "D") && (7...37).contains(Int(cell[2])!) && ![15, 23, 31].contains(Int(cell[2])!)
            #expect(unlocked.contains(cell[3]) == input, "\(cell[1])\(cell[2])")
        }
    }

    @Test func itPrintsOnA4OnePageWideWithItsHeaderRowOnEveryPage() throws {
        let book = try WorkbookContents(try Self.exported())
        let xml = try #require(book["チェックシート"]).xml
        #expect(xml.contains(#"paperSize="9""#) && xml.contains(#"orientation="portrait""#))
        #expect(xml.contains(#"fitToHeight="0""#) && xml.contains(#"<pageSetUpPr fitToPage="1"/>"#))
        #expect(book.workbookXML.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'チェックシート'!$5:$5</definedName>"#))
        #expect(xml.contains("<oddHeader>&amp;L令和5年度（上半期）情報セキュリティ内部監査&amp;R企画課</oddHeader>"))
        #expect(xml.contains(#"<pane ySplit="5" topLeftCell="A6""#))
    }

    @Test func aHiddenSheetNamesTheAuditTheDivisionAndEachItemRow() throws {
        let book = try WorkbookContents(try Self.exported())
        #expect(book.workbookXML.contains(#"<sheet name="kansa" sheetId="2" state="hidden""#))
        let metadata = try #require(book["kansa"])
        #expect(metadata.xml.contains("<sheetProtection"))
        #expect(metadata.row(1) == ["kansa-checksheet", "1"])
        #expect(metadata.row(2) == ["audit", "令和5年度（上半期）情報セキュリティ内部監査"])
        #expect(metadata.row(3) == ["fiscalYear", "2023"])
        #expect(metadata.row(4) == ["period", "上半期"])
        #expect(metadata.row(5) == ["division", "kikaku", "企画課"])
        #expect(metadata.row(6) == ["sheet", "チェックシート"])
        #expect(metadata.row(7) == ["item", "7", "human-1", "1"])
        #expect(metadata.row(8) == ["item", "8", "human-2-1", "2(1)"])
        #expect(metadata.rows(whereFirstIs: "item").count == Self.audit.itemCount)
    }

    @Test func inEnglishTheWordsChangeButNotTheAnswers() throws {
        let bytes = try Self.exported(language: .en)
        let book = try WorkbookContents(bytes)
        #expect(book.names == ["Check sheet", "kansa"])
        #expect(try #require(book["Check sheet"]).row(5) == ["No.", "Audit item", "Answer", "Comment"])
        let filled = try EditedWorkbook.filling(bytes, cells: ["C7": "該当なし"])
        #expect(try CheckSheetAnswers(filled, for: Self.audit).answers["human-1"] == SelfAssessment(answer: .notApplicable))
    }

    @Test func answersTypedInByAnotherProgramBecomeTheDivisionsSelfAssessment() throws {
        let filled = try EditedWorkbook.filling(try Self.exported(), cells: [
            "C7": "できている", "D7": "毎月点検 <済>",
            "C8": "一部できていない",
            "D9": "回答保留（確認中）",
            "C16": "該当なし",
            "C37": "できていない", "D37": "基幹系サーバ以外にも保管あり",
        ])
        let read = try CheckSheetAnswers(filled, for: Self.audit)
        #expect(read.division.id == "kikaku")
        #expect(read.answers.count == Self.audit.itemCount)
        #expect(read.answers["human-1"] == SelfAssessment(answer: .done, comment: "毎月点検 <済>"))
        #expect(read.answers["human-2-1"] == SelfAssessment(answer: .partlyNotDone))
        #expect(read.answers["human-2-2"] == SelfAssessment(answer: nil, comment: "回答保留（確認中）"), "a blank answer stays blank")
        #expect(read.answers["human-3"] == SelfAssessment(answer: nil))
        var audit = Self.audit
        audit.recordSelfAssessments(read.answers, of: read.division.id)
        #expect(audit.cell(item: "physical-1-1", division: "kikaku").selfAssessment == SelfAssessment(answer: .notApplicable))
        let last = try #require(audit.allItems.last?.item.id)
        #expect(audit.cell(item: last, division: "kikaku").selfAssessment == SelfAssessment(answer: .notDone, comment: "基幹系サーバ以外にも保管あり"))
        #expect(audit.cell(item: "human-3", division: "kikaku").selfAssessment == nil)
        #expect(audit.allItems.map { $0.item.cells.map(\.verdict) } == Self.audit.allItems.map { $0.item.cells.map(\.verdict) })
        // 企画 is ○ for 2(1) (一部できていない), ○ for 1(1) (該当なし), － for IV 6 (できていない): three disagreements.
        #expect(audit.selfAssessmentDisagreements.map(\.item.id) == ["human-2-1", "physical-1-1", last])
    }

    @Test func controlCharactersAreShownEscapedAndStillImport() throws {
        var audit = Self.audit
        audit.title = "令和5年度\u{1B}[31m監査 & 点検"
        audit.sections[0].items[0].explanation = "説明\u{202E}逆"
        let bytes = try Self.exported(audit)
        let book = try WorkbookContents(bytes)
        let sheet = try #require(book["チェックシート"])
        #expect(sheet.text("A1") == "令和5年度\\x1B[31m監査 & 点検 チェックシート")
        #expect(sheet.text("B7") == "情報資産等の業務以外の目的での使用禁止\n説明\\u{202E}逆")
        #expect(sheet.xml.contains("<oddHeader>&amp;L令和5年度\\x1B[31m監査 &amp;&amp; 点検&amp;R企画課</oddHeader>"))
        let filled = try EditedWorkbook.filling(bytes, cells: ["C7": "できている"])
        #expect(try CheckSheetAnswers(filled, for: audit).answers["human-1"] == SelfAssessment(answer: .done))
    }

    @Test func anAnswerOutsideTheListIsRefusedNamingItsCell() throws {
        let filled = try EditedWorkbook.filling(try Self.exported(), cells: ["C7": "できている", "C9": "たぶん"])
        #expect(Self.refusal(filled) == "チェックシート!C9: \"たぶん\" is not one of できている / 一部できていない / できていない / 該当なし")
    }

    @Test func aCheckSheetOfAnotherAuditIsRefused() throws {
        let next = Self.audit.successor(title: "令和5年度（下半期）情報セキュリティ内部監査", auditDate: LocalDate(year: 2024, month: 2, day: 1))
        let refusal = try #require(Self.refusal(try Self.exported(next)))
        #expect(refusal.contains("a check sheet of another audit: 令和5年度（下半期）情報セキュリティ内部監査 (2023 下半期)"), "\(refusal)")
    }

    @Test func aCheckSheetOfADivisionNotInTheAuditIsRefused() throws {
        var larger = Self.audit
        larger.apply(.setup(.insertDivision(Division(id: "zeimu", name: "税務課", shortName: "税務"), at: 6, cells: [:], remarks: [:], hearing: nil)))
        let bytes = try Self.exported(larger, division: "zeimu")
        #expect(Self.refusal(bytes) == "kansa!B5: a check sheet of the division 税務課 (zeimu), which is not in the audit")
    }

    @Test func editedItemRowsAreRefused() throws {
        let bytes = try Self.exported()
        // A row's number changed, as when rows were deleted, moved or typed over.
        let renumbered = try EditedWorkbook.rewriting(bytes, part: Self.sheetPart) { xml in
            xml.replacingOccurrences(of: #"<c r="A8" s="([0-9]+)" t="s"><v>[0-9]+</v></c>"#, with: #"<c r="A8" s="$1" t="inlineStr"><is><t>2(9)</t></is></c>"#, options: .regularExpression)
        }
        #expect(Self.refusal(renumbered) == "チェックシート!A8: the item rows were edited: \"2(9)\" where the check sheet had the item 2(1)")
        // An answer written on a section's row.
        let outside = try EditedWorkbook.filling(bytes, cells: ["D15": "できている"])
        #expect(Self.refusal(outside) == "チェックシート!D15: written outside the item rows: the rows of the check sheet were edited")
        // An item the audit no longer has.
        var fewer = Self.audit
        fewer.apply(.setup(.removeItem("human-3")))
        #expect(Self.refusal(bytes, into: fewer) == "kansa!C10: the item 3 (human-3) of the check sheet is not in the audit")
    }

    @Test func aFileThatIsNotACheckSheetIsRefused() throws {
        let report = try ExportFormat.xlsx.export([.audit(Self.audit)], language: .ja)
        #expect(Self.refusal(report)?.hasPrefix("not a kansa check sheet: it has no sheet kansa") == true)
        #expect(Self.refusal(Array("{\"schemaVersion\": 2}".utf8)) != nil)
        let otherMarker = try EditedWorkbook.rewriting(try Self.exported(), part: "xl/worksheets/sheet2.xml") { xml in
            xml.replacingOccurrences(of: #"<c r="B1" s="([0-9]+)" t="s"><v>[0-9]+</v></c>"#, with: #"<c r="B1" s="$1" t="inlineStr"><is><t>2</t></is></c>"#, options: .regularExpression)
        }
        #expect(Self.refusal(otherMarker) == "kansa!B1: a check sheet of layout 2, which this kansa does not read (it reads 1)")
    }

    @Test func theReportListsTheDisagreementsOnlyWhenThereAreAny() throws {
        let plain = AuditReport.build(Self.audit)
        #expect(!MarkdownExport.render(plain).contains("自己評価と監査結果の相違"))
        var audit = Self.audit
        audit.recordSelfAssessments(["human-2-2": SelfAssessment(answer: .done, comment: "保存していない"), "human-1": SelfAssessment(answer: .done)], of: "kikaku")
        let markdown = MarkdownExport.render(AuditReport.build(audit))
        #expect(markdown.contains("5 自己評価と監査結果の相違"))
        #expect(markdown.contains("| I 2(2) パソコンの取扱い（デスクトップ上でのデータの保存禁止） | 企画課 | できている | △ | 保存していない |"), "\(markdown.suffix(600))")
        let book = try WorkbookContents(try ExportFormat.xlsx.export([.audit(audit)], language: .ja))
        #expect(try #require(book["改善を要する事項"]).rows(whereFirstIs: "I 2(2) パソコンの取扱い（デスクトップ上でのデータの保存禁止）").count == 1)
        let english = MarkdownExport.render(AuditReport.build(audit, language: .en))
        #expect(english.contains("5 Self-assessments that differ from the verdicts") && english.contains("| done |"))
    }
}
