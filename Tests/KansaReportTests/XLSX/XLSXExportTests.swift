import Foundation
import Glibc
import KansaCore
@testable import KansaReport
import Testing

/// `kansa export --format xlsx` (issue 14): the workbooks read back from their own XML, without an office suite.
struct XLSXExportTests {
    /// The seed's 結果一覧, row by row in its order: 企画 人事行政 デジタル都市 財政 保護 医療対策.
    static let seedMatrix: [(section: String, rows: [String])] = [
        ("I 人的セキュリティに関して", ["○○○○○○", "○○○○○○", "△○○△○○", "○○○○○○", "○○○○○○", "○○○○○○", "○○○○○○", "○○○○○○"]),
        ("II 物的セキュリティに関して", ["○○○○○○", "○○○○○○", "○○○○○○", "－○○○－○", "－△○△－○", "○○○○○○", "○○○○○○"]),
        ("III 特定個人情報の適切な取扱いに関して", ["－○－－○○", "－○－－○○", "－○－－○○", "－○－－○○", "－○－－○○", "○○○○○○", "－○○－×○"]),
        ("IV 住民情報基幹系ファイルサーバ内の電子データ等の適正な取扱いに関して", Array(repeating: "－○○－○○", count: 6)),
    ]

    static func workbook(_ document: Document, language: Language = .ja) throws -> WorkbookContents {
        try WorkbookContents(ExportFormat.xlsx.export([document], language: language))
    }

    @Test func theSampleAuditsMatrixIsTheSeedsAttachment() throws {
        let book = try Self.workbook(.audit(SampleAudit.audit))
        #expect(book.names == ["結果一覧", "課等別監査結果", "改善を要する事項"])
        let sheet = try #require(book["結果一覧"])
        #expect(sheet.text("A1") == "令和5年度（上半期）情報セキュリティ内部監査結果一覧")
        var verdicts = 0
        for (section, expected) in Self.seedMatrix {
            let title = try #require(sheet.rows(whereFirstIs: section).first, "\(section)")
            #expect(sheet.row(title + 1) == ["監査内容", "企画", "人事行政", "デジタル都市", "財政", "保護", "医療対策"])
            let rows = (0..<expected.count).map { sheet.row(title + 2 + $0) }
            #expect(rows.map { $0.dropFirst().joined() } == expected, "\(section)")
            verdicts += rows.map { $0.count - 1 }.reduce(0, +)
        }
        #expect(verdicts == 28 * 6)
        let first = try #require(sheet.rows(whereFirstIs: "I 人的セキュリティに関して").first)
        #expect(sheet.text("A\(first + 3)") == "2 パソコンの取扱い（1）離席時におけるパソコンの第三者使用を防止措置")
        let remarks = try #require(sheet.rows(whereFirstIs: "備考（特定個人情報の取扱い）").first)
        #expect(sheet.row(remarks) == ["備考（特定個人情報の取扱い）", "関係事務のみ", "児童手当（職員分）", "関係事務のみ", "関係事務のみ", "生活保護", "予防接種"])
        #expect(remarks == (sheet.rows(whereFirstIs: "III 特定個人情報の適切な取扱いに関して").first ?? 0) + 9)
        let legend = sheet.rows(whereFirstIs: "○：適正 △：監査指導により改善 ×：改善を要する －：該当なし")
        #expect(legend.count == 2)
    }

    @Test func theMatrixIsFrozenAndPrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws {
        let book = try Self.workbook(.audit(SampleAudit.audit))
        let sheet = try #require(book["結果一覧"])
        let header = try #require(sheet.rows(whereFirstIs: "監査内容").first)
        #expect(sheet.xml.contains(#"<pane xSplit="1" ySplit="\#(header)" topLeftCell="B\#(header + 1)" activePane="bottomRight" state="frozen"/>"#))
        #expect(sheet.xml.contains(#"<pageSetUpPr fitToPage="1"/>"#))
        let setup = try #require(WorkbookContents.matches("<pageSetup [^>]*/>", in: sheet.xml).first?[0])
        #expect(setup.contains(#"paperSize="9""#) && setup.contains(#"orientation="landscape""#) && setup.contains(#"fitToHeight="0""#))
        #expect(!setup.contains("fitToWidth"), "fitToWidth is 1 when left out: \(setup)")
        #expect(book.workbookXML.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'結果一覧'!$\#(header):$\#(header)</definedName>"#))
        // A new page after the first legend, as the attachment's two pages.
        let legend = try #require(sheet.rows(whereFirstIs: "○：適正 △：監査指導により改善 ×：改善を要する －：該当なし").first)
        #expect(sheet.xml.contains(#"<rowBreaks count="1" manualBreakCount="1"><brk id="\#(legend)""#))
    }

    @Test func verdictCellsAreCentredAndColouredByVerdict() throws {
        let book = try Self.workbook(.audit(SampleAudit.audit))
        let sheet = try #require(book["結果一覧"])
        let styles = book.stylesXML
        let formats = WorkbookContents.matches(#"<cellXfs count="[0-9]+">(.*?)</cellXfs>"#, in: styles).first?[1] ?? ""
        let xfs = WorkbookContents.matches(#"<xf [^>]*?(?:/>|>.*?</xf>)"#, in: formats).map { $0[0] }
        let fills = WorkbookContents.matches(#"<fill>(.*?)</fill>"#, in: styles).map { $0[1] }
        func look(_ reference: String) throws -> (centred: Bool, fill: String) {
            let style = try #require(WorkbookContents.matches(#"<c r="\#(reference)" s="([0-9]+)""#, in: sheet.xml).first.flatMap { Int($0[1]) })
            let xf = xfs[style]
            let fill = WorkbookContents.matches(#"fillId="([0-9]+)""#, in: xf).first.flatMap { Int($0[1]) }.map { fills[$0] } ?? ""
            return (xf.contains(#"horizontal="center""#), fill)
        }
        let first = try #require(sheet.rows(whereFirstIs: "III 特定個人情報の適切な取扱いに関して").first)
        let compliant = try look("C\(first + 2)")
        let notApplicable = try look("B\(first + 2)")
        let needs = try look("F\(first + 8)")
        #expect(sheet.text("F\(first + 8)") == "×")
        #expect(compliant.centred && notApplicable.centred && needs.centred)
        #expect(compliant.fill.contains("FFE2EFDA") && notApplicable.fill.contains("FFEDEDED") && needs.fill.contains("FFF8CBAD"))
        #expect(try !look("A\(first + 2)").centred)
    }

    @Test func textThatLooksLikeAFormulaStaysText() throws {
        var audit = SampleAudit.audit
        audit.sections[0].items[0].title = "=1+1"
        audit.sections[2].items[6].cells[4].note = "=HYPERLINK(\"http://example.jp\",\"開く\")"
        audit.divisions[0].shortName = "@SUM(A1)"
        audit.divisions[1].shortName = "+1"
        audit.divisions[2].shortName = "-1"
        let book = try Self.workbook(.audit(audit))
        let matrix = try #require(book["結果一覧"])
        let header = try #require(matrix.rows(whereFirstIs: "監査内容").first)
        #expect(matrix.row(header).prefix(4) == ["監査内容", "@SUM(A1)", "+1", "-1"])
        #expect(["B", "C", "D"].allSatisfy { matrix.cells["\($0)\(header)"]?.type == "s" })
        let item = try #require(matrix.rows(whereFirstIs: "1 =1+1").first)
        #expect(matrix.cells["A\(item)"]?.type == "s")
        let findings = try #require(book["改善を要する事項"])
        let note = try #require(findings.cells.first { $0.value.text == "=HYPERLINK(\"http://example.jp\",\"開く\")" })
        #expect(note.value.type == "s" && !note.value.isFormula)
        for name in book.names {
            let sheet = try #require(book[name])
            #expect(!sheet.xml.contains("<f>") && !sheet.xml.contains("<f "), "\(name)")
            #expect(sheet.cells.values.allSatisfy { $0.type == "s" || $0.type == nil }, "\(name)")
        }
    }

    @Test func theSampleDrillsResultsListTwelveSystemsWithTheirModes() throws {
        let book = try Self.workbook(.drill(SampleDrill.drill))
        #expect(book.names == ["訓練結果", "タイムスケジュール（実績）", "記録"])
        let sheet = try #require(book["訓練結果"])
        let lead = try #require(sheet.rows(whereFirstIs: "デジタル都市推進課").first)
        let procured = try #require(sheet.rows(whereFirstIs: "各課調達サーバ").first)
        #expect(sheet.row(lead + 1).prefix(4) == ["No", "システム名(サーバ)", "シャットダウン", "起動"])
        #expect(sheet.row(procured + 1).prefix(5) == ["No", "システム名(サーバ)", "シャットダウン", "起動", "担当課"])
        let systems = (lead + 2..<lead + 5).map { Array(sheet.row($0).prefix(4)) }
            + (procured + 2..<procured + 11).map { Array(sheet.row($0).prefix(5)) }
        #expect(systems == [
            ["1", "基幹系システムサーバ", "自動", "自動"],
            ["2", "イントラシステムサーバ", "自動", "自動"],
            ["3", "総合福祉システムサーバ", "自動", "自動"],
            ["1", "打刻システム", "手動", "手動", "人事行政課"],
            ["2", "庶務事務システム", "手動", "手動", "人事行政課"],
            ["3", "災害時避難行動要支援者システム", "自動", "自動", "福祉総務課"],
            ["4", "地域包括支援システム", "手動", "手動", "福祉総務課"],
            ["5", "住民基本台帳ネットワークシステム", "自動（一部手動）", "自動", "市民窓口課"],
            ["6", "戸籍システム", "手動", "手動", "市民窓口課"],
            ["7", "契約システム", "自動", "自動", "財政課"],
            ["8", "校務用サーバ、教育ネットワーク", "自動", "自動", "教育総務課"],
            ["9", "家庭児童相談システム", "自動", "自動", "こども家庭課"],
        ])
        #expect(sheet.row(procured + 11).isEmpty)
    }

    @Test func theTimetableHasPlannedAndActualTimesPowerAndLanesWithCorrectionsMarked() throws {
        var drill = SampleDrill.drill
        let outage = try #require(drill.steps.firstIndex { $0.banner?.contains("停") == true })
        let actual = try #require(drill.steps[outage].actual)
        drill.steps[outage].actual = actual.corrected(to: actual.happened.adding(seconds: 120), at: actual.recorded.adding(seconds: 3600))
        let book = try Self.workbook(.drill(drill))
        let sheet = try #require(book["タイムスケジュール（実績）"])
        let header = try #require(sheet.rows(whereFirstIs: "予定").first)
        #expect(sheet.row(header).prefix(4) == ["予定", "実績", "通常", "非常用"])
        #expect(sheet.row(header).dropFirst(4).first?.hasPrefix("各種サーバ") == true)
        #expect(sheet.xml.contains(#"state="frozen""#))
        #expect(book.workbookXML.contains(#"'タイムスケジュール（実績）'!$\#(header):$\#(header)"#))
        let first = try #require(sheet.rows(whereFirstIs: "8:30").first)
        #expect(sheet.row(first).prefix(4) == ["8:30", "8:30", "○", "×"])
        let banner = first + outage
        let corrected = (actual.happened.adding(seconds: 120)).clockTime.description
        #expect(sheet.text("B\(banner)") == corrected + "＊")
        let last = KansaReport.Sheet.columnName(3 + drill.lanes.count)
        #expect(sheet.xml.contains(#"<mergeCell ref="C\#(banner):\#(last)\#(banner)"/>"#))
        #expect(sheet.cells.values.contains { $0.text == "＊ 事後に訂正した時刻" })

        let log = try #require(book["記録"])
        let logHeader = try #require(log.rows(whereFirstIs: "時刻").first)
        #expect(log.row(logHeader) == ["時刻", "区分", "内容", "訂正前の時刻"])
        let entries = (logHeader + 1...logHeader + 400).map(log.row).filter { !$0.isEmpty }
        #expect(entries.count == drill.steps.filter { $0.actual != nil }.count + drill.powerChanges.count + drill.moves.count
            + drill.events.count + drill.participants.vendors.filter { $0.reached != nil }.count
            + drill.participants.divisions.filter { $0.reached != nil }.count)
        let minutes = entries.map { entry in
            entry[0].dropLast(entry[0].hasSuffix("＊") ? 1 : 0).split(separator: ":").compactMap { Int($0) }.reduce(0) { $0 * 60 + $1 }
        }
        #expect(minutes == minutes.sorted())
        #expect(entries.contains { $0[0] == corrected + "＊" && $0[3] == actual.happened.clockTime.description })
        #expect(entries.contains { $0[2] == "打刻システム：シャットダウン開始（手動）" })
    }

    @Test func theWorkbookIsInEnglishWithLangEn() throws {
        let book = try Self.workbook(.audit(SampleAudit.audit), language: .en)
        #expect(book.names == ["Results", "Results by division", "Findings"])
        #expect(try Self.workbook(.drill(SampleDrill.drill), language: .en).names == ["Drill results", "Time schedule (actual)", "Log"])
    }

    /// libxlsxwriter writes a file: it is made in a folder of its own, readable by its owner only, and nothing of
    /// it is left once the bytes are read or the workbook is given up.
    @Test func theTemporaryFileIsPrivateAndLeftNowhere() throws {
        var folders: [String] = []
        do {
            let workbook = try Workbook(title: "t")
            folders.append(workbook.folder)
            var info = stat()
            #expect(stat(workbook.folder, &info) == 0 && info.st_mode & 0o777 == 0o700)
            #expect(stat(workbook.folder + "/workbook.xlsx", &info) == 0 && info.st_mode & 0o777 == 0o600)
            let sheet = try workbook.addSheet("s")
            try sheet.write("x", row: 0, column: 0, style: .text)
            let bytes = try workbook.bytes()
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        }
        do {
            let abandoned = try Workbook(title: "t")
            folders.append(abandoned.folder)
            _ = try abandoned.addSheet("s")
        }
        for folder in folders { #expect(access(folder, F_OK) != 0, "\(folder) is left") }
    }

    @Test func aCellLongerThanExcelTakesIsRefusedWithItsPlace() throws {
        var audit = SampleAudit.audit
        audit.sections[0].items[0].explanation = String(repeating: "長", count: 40_000)
        #expect {
            try ExportFormat.xlsx.export([.audit(audit)])
        } throws: { error in
            (error as? ExportFailure)?.reason.en.hasPrefix("結果一覧!A") == true
        }
    }
}
