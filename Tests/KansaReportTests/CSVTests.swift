import Testing
import KansaCore
@testable import KansaReport

struct CSVTests {
    @Test func matrixExportFollowsTheSpreadsheetLayout() {
        let csv = MatrixCSV.export(SampleAudit.audit)
        #expect(csv.hasPrefix("\u{FEFF}区分,番号,監査内容,企画課,人事行政課,デジタル都市推進課,財政課,保護課,医療対策課\r\n"))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 28 + 1)
        #expect(lines[3] == "I 人的セキュリティ,2(2),パソコンの取扱い（デスクトップ上でのデータの保存禁止）,△,○,○,△,○,○")
        #expect(lines[13] == "II 物的セキュリティ,2(2),サーバ機器等の取り扱い（障害発生時の対応手順を定め、文書化）,－,△,○,△,－,○")
        #expect(lines[22] == "III 特定個人情報の適切な取扱い,7,特定個人情報事務取扱担当の監督，教育（所属長による取扱い確認が行われているか。職員に対して研修等により教育を行っているか。）,－,○,○,－,×,○")
        #expect(lines[28].hasPrefix("IV 住民情報基幹系ファイルサーバ内の電子データ等の適正な取扱い,6,"))
        #expect(lines[29] == "")
    }

    @Test func exportImportExportGivesTheSameFile() throws {
        let first = MatrixCSV.export(SampleAudit.audit)
        let audit = try MatrixCSV.importAudit(first, title: "昨年度", fiscalYear: 2023, auditDate: LocalDate(year: 2023, month: 9, day: 29))
        #expect(MatrixCSV.export(audit) == first)
        #expect(audit.divisions.map(\.shortName) == ["企画", "人事行政", "デジタル都市推進", "財政", "保護", "医療対策"])
        #expect(audit.sections.map(\.numeral) == ["I", "II", "III", "IV"])
        #expect(audit.sections[0].items[6].title == "公務用USBメモリの取扱い")
        #expect(audit.sections[0].items[6].explanation == "適正な保管（施錠管理）")
        #expect(audit.sections[3].items[4].explanation == "")
        #expect(audit.counts == SampleAudit.audit.counts)
    }

    /// 監査内容 is worded as the report words an item, brackets never doubled, and import takes it apart again.
    @Test func labelsAreTheReportsWordingAndSplitBack() throws {
        let lines = MatrixCSV.export(SampleAudit.audit).components(separatedBy: "\r\n")
        #expect(lines[7] == "I 人的セキュリティ,5(2),公務用USBメモリの取扱い：適正な保管（施錠管理）,○,○,○,○,○,○")
        #expect(MatrixCSV.split(label: "公務用USBメモリの取扱い：適正な保管（施錠管理）") == ("公務用USBメモリの取扱い", "適正な保管（施錠管理）"))
        #expect(MatrixCSV.split(label: "パソコンの取扱い（離席時）") == ("パソコンの取扱い", "離席時"))
        #expect(MatrixCSV.split(label: "ID：パスワード") == ("ID：パスワード", ""))
        #expect(MatrixCSV.split(label: "A（B（C））") == ("A（B（C））", ""))
        #expect(MatrixCSV.split(label: "：B（C）") == ("：B", "C"))
        for label in ["A：B（C）", "A：B：C（D）", "A（B）（C）", "A（B（C））", "A(B)", "A（）", "：B（C）", "A：", "A：(", "（B）"] {
            let parts = MatrixCSV.split(label: label)
            let item = AuditItem(id: ItemID("i"), number: "1", title: parts.title, explanation: parts.explanation)
            #expect(item.label == label, "\(label) → \(parts)")
        }
    }

    @Test func formulaLikeCellsAreNeutralisedAndRestored() throws {
        let csv = CSVText.encode([["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "－", "a,b", "改行\nあり"]])
        #expect(csv == "\u{FEFF}\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),－,\"a,b\",\"改行\nあり\"\r\n")
        let back = try CSVText.decode(csv)
        #expect(back.map(\.fields) == [["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "－", "a,b", "改行\nあり"]])
    }

    @Test func controlCharactersNeverReachTheFile() {
        #expect(CSVText.encode([["\u{1B}[31m赤"]]) == "\u{FEFF}\\x1B[31m赤\r\n")
    }

    @Test func importReadsLookAlikeVerdictsAndLFFiles() throws {
        let text = "区分,番号,監査内容,企画課,財政課\nI 人的,1,項目（説明）,〇,-\nI 人的,2,次,x\n"
        let audit = try MatrixCSV.importAudit(text, title: "t", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 4, day: 1))
        let items = audit.sections[0].items
        #expect(items.map(\.title) == ["項目", "次"])
        #expect(items[0].cell(0).verdict == .compliant)
        #expect(items[0].cell(1).verdict == .notApplicable)
        #expect(items[1].cell(0).verdict == .needsImprovement)
        #expect(items[1].cell(1).verdict == nil)
    }

    @Test(arguments: [
        ("", "line 1: the file has no header row"),
        ("番号,区分,監査内容,企画課\n", "line 1: the header must start with 区分,番号,監査内容 and name at least one division"),
        ("区分,番号,監査内容,企画課,企画課\n", "line 1: the division 企画課 has two columns"),
        ("区分,番号,監査内容,企画課\nI a,1,x,○,○\n", "line 2: 5 columns where the header has 4"),
        ("区分,番号,監査内容,企画課\nI a,1\n", "line 2: 2 columns where the header has 4"),
        ("区分,番号,監査内容,企画課\nI a,1,x,?\n", "line 2: unknown verdict \"?\" for 企画課 (○ △ × － or empty)"),
        ("区分,番号,監査内容,企画課\nI a,1,\"x\n", "line 2: a quoted field is never closed"),
        ("区分,番号,監査内容,企画課\n", "line 1: the file has no item rows"),
    ])
    func importSaysWhatIsWrong(_ text: String, _ message: String) {
        #expect(throws: MatrixCSV.Problem.self) {
            try MatrixCSV.importAudit(text, title: "t", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 4, day: 1))
        }
        do {
            _ = try MatrixCSV.importAudit(text, title: "t", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 4, day: 1))
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func drillResultsAreTheSeedsTable() {
        let lines = DrillResultsCSV.export(SampleDrill.drill).components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}システム名,担当課,シャットダウン,起動,課題等")
        #expect(lines.count == 14)
        #expect(lines[8] == "住民基本台帳ネットワークシステム,市民窓口課,自動（一部手動）,自動,ファイアウォール、バックアップ装置は別途手動対応が必要になる。")
        #expect(lines[9] == "戸籍システム,市民窓口課,手動,手動,シャットダウンは事前実施が可能。")
    }
}
