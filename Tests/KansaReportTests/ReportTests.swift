import Testing
import KansaCore
@testable import KansaReport

/// The reports' structure against the seed's committee papers, and the tables derived from the data.
struct ReportTests {
    static func headings(_ report: Report) -> [String] {
        report.parts.flatMap(\.blocks).compactMap { block in
            if case .heading(let text, _) = block { return text }
            if case .title(let text) = block { return text }
            return nil
        }
    }

    /// The table that follows a heading (or title) in a report.
    static func table(after heading: String, in report: Report, skipping: Int = 0) -> ReportTable? {
        let blocks = report.parts.flatMap(\.blocks)
        guard let start = blocks.firstIndex(where: { block in
            switch block {
            case .heading(let text, _), .title(let text): text == heading
            default: false
            }
        }) else { return nil }
        return blocks[start...].compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }.dropFirst(skipping).first
    }

    @Test func theAuditReportFollowsTheSeedsOutline() {
        let headings = Self.headings(AuditReport.build(SampleAudit.audit))
        let expected = [
            "令和5年度（上半期）情報セキュリティ内部監査実施報告書", "1 監査概要", "(1) 監査目的", "(2) 監査対象課及び対象システム",
            "監査対象課", "対象システム", "(3) 監査実施日", "(4) 監査実施体制", "(5) 監査の基準となる根拠", "2 監査結果",
            "3 課等別監査結果", "○人的セキュリティ", "○物的セキュリティ", "○特定個人情報の適切な取扱い",
            "○住民情報基幹系ファイルサーバ内の電子データ等の適正な取扱い", "4 改善を要する事項",
            "令和5年度（上半期）情報セキュリティ内部監査結果一覧", "I 人的セキュリティに関して", "II 物的セキュリティに関して",
            "III 特定個人情報の適切な取扱いに関して", "IV 住民情報基幹系ファイルサーバ内の電子データ等の適正な取扱いに関して",
        ]
        #expect(headings == expected)
    }

    @Test func theAuditDateIsInTheEraForm() {
        let blocks = AuditReport.build(SampleAudit.audit).parts[0].blocks
        #expect(blocks.contains(.paragraph("令和5年9月29日（金）")))
        #expect(blocks.contains(.names("企画課、人事行政課、デジタル都市推進課、財政課、保護課、医療対策課")))
    }

    /// The seed's per-section tables, derived from the matrix: ○ and △ implement, × needs improvement, － is left out.
    @Test func theSectionTablesAreDerivedFromTheMatrix() throws {
        let report = AuditReport.build(SampleAudit.audit)
        let all = "企画課、人事行政課、デジタル都市推進課、財政課、保護課、医療対策課"
        let human = try #require(Self.table(after: "○人的セキュリティ", in: report))
        #expect(human.columns.map(\.title) == ["監査項目", "適正に実施している課等", "改善が必要な課等", "改善内容等"])
        #expect(human.columns.map(\.content) == [.text, .names, .names, .text])
        #expect(human.rows.count == 8)
        #expect(human.rows.allSatisfy { $0.cells[1] == all && $0.cells[2] == "なし" })
        #expect(human.rows[2].cells == [
            "2(2) パソコンの取扱い（デスクトップ上でのデータの保存禁止）", all, "なし",
            "一部デスクトップに文書等を保存している課も見受けられたが、改善あり。",
        ])
        let physical = try #require(Self.table(after: "○物的セキュリティ", in: report))
        #expect(physical.rows[3].cells[1] == "人事行政課、デジタル都市推進課、財政課、医療対策課")
        let personal = try #require(Self.table(after: "○特定個人情報の適切な取扱い", in: report))
        #expect(personal.rows[6].cells == [
            "7 特定個人情報事務取扱担当の監督，教育（所属長による取扱い確認が行われているか。職員に対して研修等により教育を行っているか。）",
            "人事行政課、デジタル都市推進課、医療対策課", "保護課", "e-ラーニングの受講状況が悪いため、早急な受講を促す。",
        ])
        #expect(personal.rows[5].cells[1] == all)
    }

    @Test func theResultListHasTheMatrixAndTheRemarks() throws {
        let report = AuditReport.build(SampleAudit.audit)
        let personal = try #require(Self.table(after: "III 特定個人情報の適切な取扱いに関して", in: report))
        #expect(personal.columns.map(\.title) == ["監査内容", "企画", "人事行政", "デジタル都市", "財政", "保護", "医療対策"])
        #expect(personal.columns.map(\.titleIsName) == [false] + Array(repeating: true, count: 6))
        #expect(personal.rows[6].cells.dropFirst() == ["－", "○", "○", "－", "×", "○"])
        #expect(personal.rows[7].cells == ["備考（特定個人情報の取扱い）", "関係事務のみ", "児童手当（職員分）", "関係事務のみ", "関係事務のみ", "生活保護", "予防接種"])
    }

    /// As in the seed, the legend follows the tables of II and IV: the ends of the two pages of its 結果一覧.
    @Test func theLegendFollowsEverySecondSectionAndTheLast() {
        let legend = ReportBlock.note("○：適正 △：監査指導により改善 ×：改善を要する －：該当なし")
        let kinds = AuditReport.build(SampleAudit.audit).parts[1].blocks.map { block -> String in
            switch block {
            case .heading(let text, _): String(text.prefix { $0 != " " })
            case .table: "table"
            case legend: "legend"
            default: "other"
            }
        }
        #expect(kinds == ["other", "I", "table", "II", "table", "legend", "III", "table", "IV", "table", "legend"])
        var three = SampleAudit.audit
        three.sections.removeLast()
        #expect(AuditReport.build(three).parts[1].blocks.filter { $0 == legend }.count == 2)
        #expect(AuditReport.build(three).parts[1].blocks.last == legend)
    }

    /// An item is numbered `2(1)` wherever the report names it, its section's numeral before it in the tables of
    /// every section; only the attached 結果一覧 words it as the seed's sheet does. No brackets in brackets.
    @Test func anItemIsNumberedOneWay() throws {
        var audit = SampleAudit.audit
        audit.sections[0].items[6].cells[1] = Cell(verdict: .needsImprovement, note: "施錠されていない")
        let next = audit.successor(title: "令和5年度（下半期）情報セキュリティ内部監査", auditDate: LocalDate(year: 2024, month: 2, day: 9))
        let report = AuditReport.build(audit)
        let human = try #require(Self.table(after: "○人的セキュリティ", in: report))
        #expect(human.rows[6].cells[0] == "5(2) 公務用USBメモリの取扱い：適正な保管（施錠管理）")
        let findings = try #require(Self.table(after: "4 改善を要する事項", in: report))
        #expect(findings.rows.map { $0.cells[0] } == [
            "I 5(2) 公務用USBメモリの取扱い：適正な保管（施錠管理）",
            "III 7 特定個人情報事務取扱担当の監督，教育（所属長による取扱い確認が行われているか。職員に対して研修等により教育を行っているか。）",
        ])
        let heading = "5 前回監査の指摘事項のその後：令和5年度（上半期）情報セキュリティ内部監査、令和5年9月29日（金）"
        let followUps = try #require(Self.table(after: heading, in: AuditReport.build(next)))
        #expect(followUps.rows.first?.cells.first == "I 5(2) 公務用USBメモリの取扱い：適正な保管（施錠管理）")
        let list = try #require(Self.table(after: "I 人的セキュリティに関して", in: report))
        #expect(list.rows[6].cells[0] == "5 公務用USBメモリの取扱い（2）適正な保管（施錠管理）")
        for format in [ExportFormat.md, .txt, .html] {
            let text = format.render([.audit(audit), .audit(next)])!
            #expect(text.firstRange(of: /[IVX]+-[0-9]/) == nil, "\(format)")
            #expect(!text.contains("））") && !text.contains("))"), "\(format)")
        }
    }

    @Test func openFindingsAndFollowUpsOfAnEarlierAudit() throws {
        let report = AuditReport.build(SampleAudit.audit)
        let findings = try #require(Self.table(after: "4 改善を要する事項", in: report))
        #expect(findings.rows.map { $0.cells[1] } == ["保護課"])
        let next = SampleAudit.audit.successor(title: "令和5年度（下半期）情報セキュリティ内部監査", auditDate: LocalDate(year: 2024, month: 2, day: 9))
        let later = AuditReport.build(next)
        let heading = "5 前回監査の指摘事項のその後：令和5年度（上半期）情報セキュリティ内部監査、令和5年9月29日（金）"
        let followUps = try #require(Self.table(after: heading, in: later))
        #expect(followUps.rows.count == 1)
        #expect(followUps.rows[0].cells[1] == "保護課")
        #expect(followUps.rows[0].cells[2] == "×")
        #expect(followUps.rows[0].cells[4] == "")
    }

    @Test func aHalfHeardAuditSaysWhoIsNotHeardYet() throws {
        var audit = SampleAudit.audit
        audit.sections[0].items[0].cells[0] = Cell()
        let table = try #require(Self.table(after: "○人的セキュリティ", in: AuditReport.build(audit)))
        #expect(table.rows[0].cells[3] == "未監査：企画課")
    }

    @Test func theDrillReportFollowsTheSeedsOutline() {
        let headings = Self.headings(DrillReport.build(SampleDrill.drill))
        #expect(headings.filter { $0.first?.isNumber == true } == [
            "1 目的", "2 日時", "3 場所", "4 参加者", "5 実施作業", "6 訓練結果", "7 その他", "8 総括",
        ])
        #expect(headings.first == "令和5年度 ICT-BCP（業務継続）訓練について")
        #expect(headings.last == "令和5年度 ICT-BCP（業務継続）訓練 タイムスケジュール（実績）")
        let blocks = DrillReport.build(SampleDrill.drill).parts[0].blocks
        #expect(blocks.contains(.paragraph("令和5年10月7日（土）8時30分～")))
    }

    /// 6 ア: the lead division's servers, then those procured by divisions, as the seed groups them.
    @Test func theResultsTableIsGroupedAsInTheSeed() throws {
        let report = DrillReport.build(SampleDrill.drill)
        let heading = "ア. 電算棟サーバ室内の各種サーバが自動シャットダウン・自動起動されるか"
        let lead = try #require(Self.table(after: heading, in: report))
        #expect(lead.caption == "デジタル都市推進課")
        #expect(lead.rows.map { $0.cells[1] } == ["基幹系システムサーバ", "イントラシステムサーバ", "総合福祉システムサーバ"])
        let procured = try #require(Self.table(after: heading, in: report, skipping: 1))
        #expect(procured.caption == "各課調達サーバ")
        #expect(procured.columns.map(\.title) == ["No", "システム名(サーバ)", "シャットダウン", "起動", "担当課", "課題等"])
        #expect(procured.rows.count == 9)
        #expect(procured.rows[0].cells.prefix(5) == ["1", "打刻システム", "手動", "手動", "人事行政課"])
        #expect(procured.rows[4].cells.prefix(5) == ["5", "住民基本台帳ネットワークシステム", "自動（一部手動）", "自動", "市民窓口課"])
    }

    /// The seed's ウ names the systems that needed a manual start: 打刻・庶務事務、地域包括支援、戸籍.
    @Test func manualStartsAreDerivedFromTheMoves() {
        let blocks = DrillReport.build(SampleDrill.drill).parts[0].blocks
        let manual = ReportBlock.list([
            ReportListItem("・", "打刻システム（人事行政課）"), ReportListItem("・", "庶務事務システム（人事行政課）"),
            ReportListItem("・", "地域包括支援システム（福祉総務課）"), ReportListItem("・", "戸籍システム（市民窓口課）"),
        ])
        #expect(blocks.contains(manual))
        #expect(blocks.contains(.paragraph("停電から非常用発電機の給電まで 0:31:00。")))
    }

    @Test func aModeThatDiffersFromThePlanIsShownWithThePlan() throws {
        var drill = SampleDrill.drill
        drill.apply(try drill.toggleManual(system: "core"))
        let table = try #require(Self.table(after: "ア. 電算棟サーバ室内の各種サーバが自動シャットダウン・自動起動されるか", in: DrillReport.build(drill)))
        #expect(table.rows[0].cells[3] == "自動（一部手動）（計画：自動）")
    }

    @Test func delaysAndCorrectionsReachTheReport() throws {
        var drill = SampleDrill.drill
        let late = drill.instant(ClockTime(hour: 9, minute: 31))
        drill.apply(try drill.correct(.step("shutdown-check"), to: late, now: late))
        let report = DrillReport.build(drill)
        let plan = try #require(Self.table(after: "(3) 計画と実績", in: report))
        #expect(plan.rows.contains(ReportRow(["9:25", "9:31", "+6m", "シャットダウン確認"])))
        #expect(report.parts[0].blocks.contains(.paragraph("最大の遅れ：+6m（シャットダウン確認）。")))
        let schedule = try #require(Self.table(after: "令和5年度 ICT-BCP（業務継続）訓練 タイムスケジュール（実績）", in: report))
        #expect(schedule.rows[5].cells.prefix(2) == ["9:25", "9:31＊"])
        #expect(schedule.rows[3] == ReportRow(["9:04", "9:04", "停電"], spanFrom: 2))
        #expect(report.parts[1].blocks.contains(.paragraph("＊ 事後に訂正した時刻")))
    }

    @Test func englishReportsUseISODates() {
        let report = AuditReport.build(SampleAudit.audit, language: .en)
        #expect(report.parts[0].blocks.contains(.paragraph("2023-09-29")))
        #expect(Self.headings(report).contains("1 Overview"))
        let drill = DrillReport.build(SampleDrill.drill, language: .en)
        #expect(drill.parts[0].blocks.contains(.paragraph("2023-10-07 8:30–")))
    }

    @Test func aPacketHasTheSeedsCover() {
        let cover = CommitteeCover(
            meeting: "令和5年度第2回龍ヶ崎市情報セキュリティ委員会", date: LocalDate(year: 2023, month: 10, day: 16),
            time: "情報化推進委員会終了後", place: "庁議室")
        let documents: [Document] = [.audit(SampleAudit.audit), .drill(SampleDrill.drill)]
        let packet = ExportFormat.report(documents, language: .ja, cover: cover)
        #expect(packet.parts.count == 5)
        #expect(packet.parts[0].blocks == [
            .title("令和5年度第2回龍ヶ崎市情報セキュリティ委員会"), .paragraph("日時：令和5年10月16日（月）"),
            .paragraph("情報化推進委員会終了後"), .paragraph("場所：庁議室"), .heading("議題", level: 2),
            .list([
                ReportListItem("1", "令和5年度（上半期）情報セキュリティ内部監査について"),
                ReportListItem("2", "令和5年度 ICT-BCP（業務継続）訓練について"),
            ]),
        ])
    }
}
