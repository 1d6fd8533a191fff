import Testing
import KansaCore
@testable import KansaReport

/// `kansa import --from`: a matrix from a spreadsheet takes what the spreadsheet cannot hold from an earlier audit.
struct ImportSetUpTests {
    let sample = SampleAudit.audit

    func imported(_ csv: String) throws -> Audit {
        try MatrixCSV.importAudit(csv, title: "matrix", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 6, day: 1))
    }

    /// Exported and imported again, the sample loses only what belongs to its hearings: notes, improvement texts
    /// and the general comment.
    @Test func theSamplesOwnMatrixComesBackWithEverythingButItsHearings() throws {
        let back = try imported(MatrixCSV.export(sample)).adoptingSetUp(of: sample)
        #expect(back == sample.withoutHearings)
        #expect(back.purpose.hasPrefix("情報セキュリティ内部監査は"))
        #expect(back.targetSystems == sample.targetSystems && back.criteria == sample.criteria)
        #expect(back.organisation == sample.organisation)
        #expect(back.sections[2].remarksLabel == "備考（特定個人情報の取扱い）")
    }

    /// Other divisions and a new item, as an office prepares 下半期 in Excel: what matches keeps its ids, short names
    /// and remarks; what is new gets ids no earlier one has.
    @Test func newDivisionsAndItemsGetIdsOfTheirOwn() throws {
        var csv = MatrixCSV.export(sample).replacingOccurrences(of: ",財政課,保護課,", with: ",税務課,保護課,")
        csv += "IV 住民情報基幹系ファイルサーバ内の電子データ等の適正な取扱い,7,外部記録媒体へのデータの書き出しを記録している。,,,,,,\r\n"
        let audit = try imported(csv).adoptingSetUp(of: sample)
        #expect(audit.divisions.map(\.id.rawValue) == ["kikaku", "jinji", "digital", "division-4", "hogo", "iryo"])
        #expect(audit.divisions[3].shortName == "税務")
        #expect(audit.divisions[4].shortName == "保護")
        #expect(audit.sections.map(\.id) == sample.sections.map(\.id))
        #expect(audit.sections[2].remarks["hogo"] == "生活保護")
        #expect(audit.sections[2].remarks["zaisei"] == nil)
        #expect(audit.sections[2].remarks.count == 5)
        #expect(audit.sections[3].items.map(\.id).prefix(6) == sample.sections[3].items.map(\.id)[...])
        #expect(audit.sections[3].items.last?.id == "item-29")
        #expect(audit.title == sample.title && audit.fiscalYear == 2023 && audit.auditDate == sample.auditDate)
    }

    /// An id the spreadsheet's import gave to a new thing is never one an earlier thing keeps.
    @Test func anIdTakenByAnEarlierThingIsNeverGivenTwice() throws {
        let earlier = try imported("区分,番号,監査内容,企画課,財政課\r\nI 人的,1,一\r\nI 人的,1,一の二\r\n")
        let audit = try imported("区分,番号,監査内容,税務課,企画課\r\nII 物的,1,二\r\nI 人的,1,一\r\nI 人的,1,一の二\r\n")
            .adoptingSetUp(of: earlier)
        #expect(audit.divisions.map(\.id.rawValue) == ["division-3", "division-1"])
        #expect(audit.sections.map(\.id.rawValue) == ["section-2", "section-1"])
        #expect(audit.allItems.map(\.item.id.rawValue) == ["item-3", "item-1", "item-2"])
    }

    /// A section renumbered in the spreadsheet is still the same section; headings match before titles do.
    @Test func aRenumberedSectionKeepsItsIdAndRemarks() throws {
        let csv = MatrixCSV.export(sample)
            .replacingOccurrences(of: "\r\nI 人的セキュリティ,", with: "\r\nV 人的セキュリティ,")
            .replacingOccurrences(of: "\r\nIII 特定個人情報の適切な取扱い,", with: "\r\nⅢ 特定個人情報の適切な取扱い,")
        let audit = try imported(csv).adoptingSetUp(of: sample)
        #expect(audit.sections.map(\.heading).first == "V 人的セキュリティ")
        #expect(audit.sections.map(\.id) == sample.sections.map(\.id))
        #expect(audit.sections[2].remarks == sample.sections[2].remarks)
    }
}
