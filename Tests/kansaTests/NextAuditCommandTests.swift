import Foundation
import Testing
import KansaCore
import KansaStore
import TestSupport

/// `kansa new audit --from` and `kansa import --from` on the real binary: the next period's audit and a spreadsheet's
/// matrix keep what the earlier audit holds.
@Suite(.serialized)
struct NextAuditCommandTests {
    let temporary = TemporaryFolder("next-audit")
    var folder: String { temporary.path }

    func kansa(_ arguments: String...) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: folder)
    }

    func audit(_ file: String) throws -> Audit {
        guard case .audit(let audit) = try DocumentFile.read(folder + "/" + file) else { throw CocoaError(.fileReadCorruptFile) }
        return audit
    }

    @Test func theNextAuditTakesItsPeriodAndTitleFromItsDate() throws {
        _ = try kansa("sample", ".")
        let made = try kansa("new", "audit", "autumn.json", "--from", "audit.json", "--date", "2023-11-20")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("「令和5年度（下半期）情報セキュリティ内部監査」 2023-11-20"))
        let autumn = try audit("autumn.json")
        #expect((autumn.fiscalYear, autumn.period) == (2023, "下半期"))
        #expect(autumn.purpose == SampleAudit.audit.purpose)
        #expect(autumn.sections[2].remarks == SampleAudit.audit.sections[2].remarks)
        #expect(autumn.earlier?.item("personal-number-7")?.item.improvement == "e-ラーニングの受講状況が悪いため、早急な受講を促す。")
        #expect(autumn.followUps.map(\.division.name) == ["保護課"])

        #expect(try kansa("new", "audit", "spring.json", "--from", "autumn.json", "--date", "2024-05-10").status == 0)
        let spring = try audit("spring.json")
        #expect(spring.title == "令和6年度（上半期）情報セキュリティ内部監査")
        #expect((spring.fiscalYear, spring.period) == (2024, "上半期"))
        #expect(spring.earlier?.title == "令和5年度（下半期）情報セキュリティ内部監査")

        #expect(try kansa("new", "audit", "given.json", "--from", "audit.json", "--date", "2024-03-31", "--title", "臨時監査").status == 0)
        let given = try audit("given.json")
        #expect(given.title == "臨時監査")
        #expect((given.fiscalYear, given.period) == (2023, "下半期"))
    }

    @Test func anImportFromAnEarlierAuditLosesNothingTheSpreadsheetCannotHold() throws {
        _ = try kansa("sample", ".")
        #expect(try kansa("export", "audit.json", "--format", "csv", "-o", "matrix.csv").status == 0)
        let same = try kansa("import", "matrix.csv", "-o", "same.json", "--from", "audit.json")
        #expect(same.status == 0, "\(same.stderr)")
        let imported = try audit("same.json")
        let sample = SampleAudit.audit
        #expect(imported.title == sample.title && imported.auditDate == sample.auditDate && imported.period == "上半期")
        #expect(imported.purpose == sample.purpose && imported.targetSystems == sample.targetSystems)
        #expect(imported.organisation == sample.organisation && imported.criteria == sample.criteria)
        #expect(imported.divisions == sample.divisions)
        #expect(imported.sections.map(\.id) == sample.sections.map(\.id))
        #expect(imported.sections.map(\.remarksLabel) == sample.sections.map(\.remarksLabel))
        #expect(imported.sections[2].remarks == sample.sections[2].remarks)
        #expect(imported.allItems.map(\.item.id) == sample.allItems.map(\.item.id))

        #expect(try kansa("import", "matrix.csv", "-o", "moved.json", "--from", "audit.json", "--date", "2023-11-20").status == 0)
        let moved = try audit("moved.json")
        #expect(moved.title == "令和5年度（下半期）情報セキュリティ内部監査")
        #expect((moved.fiscalYear, moved.period, moved.auditDate) == (2023, "下半期", LocalDate(year: 2023, month: 11, day: 20)))

        let drill = try kansa("import", "matrix.csv", "-o", "x.json", "--from", "drill.json")
        #expect(drill.status != 0)
        #expect(drill.stderr == "Error: drill.json is a drill, not an audit\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.json"))
    }
}
