import Testing
import KansaCore
@testable import KansaReport

/// The report of an audit with hearing records and an earlier audit: the dates of (3), the hearings' table, and the
/// follow-up of every earlier ×.
struct NextAuditReportTests {
    let next = SampleAudit.audit.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20))

    func day(_ day: Int) -> LocalDate { LocalDate(year: 2023, month: 11, day: day) }

    /// The blocks between a heading and the next one.
    func blocks(after heading: String, in report: Report) -> [ReportBlock] {
        let blocks = report.parts.flatMap(\.blocks)
        guard let start = blocks.firstIndex(of: .heading(heading, level: 2)) else { return [] }
        return Array(blocks[(start + 1)...].prefix { if case .heading = $0 { false } else { true } })
    }

    @Test func oneDayOfHearingsIsTheSingleDateOfTheAudit() {
        var audit = next
        #expect(blocks(after: "(3) 監査実施日", in: AuditReport.build(audit)) == [.paragraph("令和5年11月20日（月）")])
        for division in audit.divisions { audit.apply(.hearing(division: division.id, Hearing(date: day(20)))) }
        #expect(blocks(after: "(3) 監査実施日", in: AuditReport.build(audit)).first == .paragraph("令和5年11月20日（月）"))
    }

    @Test func hearingsOnSeveralDaysListEachDateWithItsDivisions() {
        var audit = next
        audit.apply(.hearing(division: "hogo", Hearing(date: day(22))))
        audit.apply(.hearing(division: "kikaku", Hearing(date: day(21))))
        audit.apply(.hearing(division: "iryo", Hearing(date: day(22))))
        #expect(blocks(after: "(3) 監査実施日", in: AuditReport.build(audit)).first == .list([
            ReportListItem("・", "令和5年11月20日（月）：人事行政課、デジタル都市推進課、財政課"),
            ReportListItem("・", "令和5年11月21日（火）：企画課"),
            ReportListItem("・", "令和5年11月22日（水）：保護課、医療対策課"),
        ]))
        #expect(blocks(after: "(3) Date of the audit", in: AuditReport.build(audit, language: .en)).first == .list([
            ReportListItem("・", "2023-11-20: 人事行政課, デジタル都市推進課, 財政課"),
            ReportListItem("・", "2023-11-21: 企画課"),
            ReportListItem("・", "2023-11-22: 保護課, 医療対策課"),
        ]))
    }

    @Test func theHearingsAreATableByDateThenColumn() throws {
        var audit = next
        audit.apply(.hearing(division: "iryo", Hearing(
            date: day(21), time: "13:30〜14:30", place: "保健センター", attendees: ["医療対策課長"], interviewers: ["益子補佐"])))
        audit.apply(.hearing(division: "hogo", Hearing(
            date: day(20), time: "10:00〜11:00", place: "3F会議室", attendees: ["保護課長", "担当者"],
            interviewers: ["益子補佐", "宮本主幹"])))
        audit.apply(.hearing(division: "kikaku", Hearing(date: day(21), time: "9:00〜10:00")))
        let table = try #require(blocks(after: "(3) 監査実施日", in: AuditReport.build(audit)).compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }.first)
        #expect(table.caption == "ヒアリングの実施状況")
        #expect(table.columns.map(\.title) == ["実施日", "時間", "課等", "場所", "出席者", "監査員"])
        #expect(table.rows.map(\.cells) == [
            ["令和5年11月20日（月）", "10:00〜11:00", "保護課", "3F会議室", "保護課長、担当者", "益子補佐、宮本主幹"],
            ["令和5年11月21日（火）", "9:00〜10:00", "企画課", "", "", ""],
            ["令和5年11月21日（火）", "13:30〜14:30", "医療対策課", "保健センター", "医療対策課長", "益子補佐"],
        ])
        #expect(!blocks(after: "(3) 監査実施日", in: AuditReport.build(next)).contains { if case .table = $0 { true } else { false } })
    }

    static let followUpHeading = "5 前回監査の指摘事項のその後：令和5年度（上半期）情報セキュリティ内部監査、令和5年9月29日（金）"

    func followUps(_ audit: Audit, language: Language = .ja) throws -> ReportTable {
        let heading = language == .ja ? Self.followUpHeading
            : "5 Follow-up of the earlier audit: 令和5年度（上半期）情報セキュリティ内部監査, 2023-09-29"
        return try #require(ReportTests.table(after: heading, in: AuditReport.build(audit, language: language)))
    }

    @Test func eachEarlierCrossIsMarkedStillOpenOrResolved() throws {
        var audit = next
        let table = try followUps(audit)
        #expect(table.columns.map(\.title) == ["監査項目", "課等", "前回", "前回の所見", "今回", "所見", "状況"])
        #expect(table.rows.map { Array($0.cells.dropFirst()) } == [
            ["保護課", "×", "e-ラーニングの受講状況が悪いため、早急な受講を促す。", "", "", "未改善（未監査）"],
        ])
        audit.apply(.verdict(item: "personal-number-7", division: "hogo", .needsImprovement))
        audit.apply(.note(item: "personal-number-7", division: "hogo", "受講率 40%"))
        #expect(try followUps(audit).rows[0].cells.suffix(3) == ["×", "受講率 40%", "未改善"])
        audit.apply(.verdict(item: "personal-number-7", division: "hogo", .improved))
        #expect(try followUps(audit).rows[0].cells.last == "改善済")
        #expect(try followUps(audit, language: .en).rows[0].cells.last == "resolved")
    }

    @Test func theEarlierFindingIsItsNoteThenItsImprovementText() throws {
        var before = SampleAudit.audit
        before.apply(.note(item: "personal-number-7", division: "hogo", "未受講者 12名"))
        let audit = before.successor(auditDate: day(20))
        #expect(try followUps(audit).rows[0].cells[3] == "未受講者 12名\ne-ラーニングの受講状況が悪いため、早急な受講を促す。")
    }

    /// An earlier × of a division not heard this time is listed, never dropped (the report said 「なし。」).
    @Test func aDivisionNotHeardThisTimeIsListedAsNotAudited() throws {
        var audit = next
        let d = try #require(audit.divisionIndex("hogo"))
        audit.divisions.remove(at: d)
        for s in audit.sections.indices {
            audit.sections[s].remarks["hogo"] = nil
            for i in audit.sections[s].items.indices { audit.sections[s].items[i].cells.remove(at: d) }
        }
        let table = try followUps(audit)
        #expect(table.rows.map(\.cells) == [[
            "III 7 特定個人情報事務取扱担当の監督，教育（所属長による取扱い確認が行われているか。職員に対して研修等により教育を行っているか。）",
            "保護課", "×", "e-ラーニングの受講状況が悪いため、早急な受講を促す。", "", "", "今回対象外",
        ]])
        #expect(try followUps(audit, language: .en).rows[0].cells.last == "not audited this time")
    }
}
