import Foundation
import Testing
import KansaCore
import KansaStore
import TestSupport

/// `kansa checksheet export` and `import` on the real binary: a division's sheet out, answered by another program,
/// back in as its self-assessment with every verdict unchanged; every division's sheet into a folder; and refusals
/// that name the file and cell and write nothing.
@Suite(.serialized)
struct CheckSheetCommandTests {
    let temporary = TemporaryFolder("cli-checksheet")
    var folder: String { temporary.path }

    func kansa(_ arguments: String...) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: folder)
    }

    func audit() throws -> Audit {
        guard case .audit(let audit) = try DocumentFile.read(folder + "/audit.json") else { throw CocoaError(.fileReadCorruptFile) }
        return audit
    }

    func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try #require(FileManager.default.contents(atPath: temporary.file(name))))
    }

    func write(_ bytes: [UInt8], to name: String) {
        _ = FileManager.default.createFile(atPath: temporary.file(name), contents: Data(bytes))
    }

    @Test func aDivisionsAnswersComeBackAsItsSelfAssessment() throws {
        _ = try kansa("sample", ".")
        let before = try audit()
        let exported = try kansa("checksheet", "export", "audit.json", "--division", "財政課", "-o", "zaisei.xlsx")
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout == "zaisei.xlsx: the check sheet of 財政課\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: temporary.file("zaisei.xlsx"))
        #expect(attributes[.posixPermissions] as? Int == 0o600)

        write(try EditedWorkbook.filling(try bytes("zaisei.xlsx"), cells: [
            "C7": "できている", "D7": "年2回研修",
            "C9": "できている",
            "D10": "確認中",
        ]), to: "zaisei-answered.xlsx")
        let imported = try kansa("checksheet", "import", "audit.json", "zaisei-answered.xlsx")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "zaisei-answered.xlsx: 財政課, 2 of 28 items answered, 2 with a comment, 1 differing from the verdict\n")

        let after = try audit()
        #expect(after.cell(item: "human-1", division: "zaisei").selfAssessment == SelfAssessment(answer: .done, comment: "年2回研修"))
        #expect(after.cell(item: "human-2-2", division: "zaisei").selfAssessment == SelfAssessment(answer: .done), "△ in the matrix: differs")
        #expect(after.cell(item: "human-3", division: "zaisei").selfAssessment == SelfAssessment(answer: nil, comment: "確認中"))
        #expect(after.cell(item: "human-2-1", division: "zaisei").selfAssessment == nil)
        #expect(after.allItems.map { $0.item.cells.map(\.verdict) } == before.allItems.map { $0.item.cells.map(\.verdict) })
        #expect(after.allItems.map { $0.item.cells.map(\.note) } == before.allItems.map { $0.item.cells.map(\.note) })
        let validated = try kansa("validate", "audit.json")
        #expect(validated.status == 0, "\(validated.stderr)")

        let report = try kansa("export", "audit.json", "--format", "md")
        #expect(report.stdout.contains("自己評価と監査結果の相違") && report.stdout.contains("| 財政課 | できている | △ |"))
    }

    @Test func everyDivisionsSheetGoesIntoAFolder() throws {
        _ = try kansa("sample", ".")
        let all = try kansa("checksheet", "export", "audit.json", "-o", "sheets")
        #expect(all.status == 0, "a missing folder is created: \(all.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: temporary.file("sheets")).sorted()
        #expect(names == ["チェックシート_人事行政課.xlsx", "チェックシート_企画課.xlsx", "チェックシート_保護課.xlsx",
                          "チェックシート_医療対策課.xlsx", "チェックシート_財政課.xlsx", "チェックシート_デジタル都市推進課.xlsx"].sorted())
        let beside = try kansa("checksheet", "export", "audit.json", "--division", "hogo")
        #expect(beside.status == 0 && temporary.names.contains("チェックシート_保護課.xlsx"), "\(beside.stderr)")
        let returned = try bytes("チェックシート_保護課.xlsx")
        let again = try kansa("checksheet", "export", "audit.json", "--division", "hogo")
        #expect(again.status != 0 && again.stderr.contains("is never written over"), "\(again.stderr)")
        #expect(try bytes("チェックシート_保護課.xlsx") == returned)
        let folderAgain = try kansa("checksheet", "export", "audit.json", "-o", "sheets")
        #expect(folderAgain.status != 0 && folderAgain.stderr.contains("is never written over"), "\(folderAgain.stderr)")
        let notAFolder = try kansa("checksheet", "export", "audit.json", "-o", "audit.json")
        #expect(notAFolder.status != 0 && notAFolder.stderr.contains("audit.json is not a folder"), "\(notAFolder.stderr)")
        let unknown = try kansa("checksheet", "export", "audit.json", "--division", "税務課")
        #expect(unknown.status != 0 && unknown.stderr.contains("the audit has no division 税務課"), "\(unknown.stderr)")
    }

    @Test func badSheetsAreRefusedAndNothingIsWritten() throws {
        _ = try kansa("sample", ".")
        _ = try kansa("checksheet", "export", "audit.json", "--division", "kikaku", "-o", "kikaku.xlsx")
        _ = try kansa("export", "audit.json", "--format", "xlsx", "-o", "report.xlsx")
        write(try EditedWorkbook.filling(try bytes("kikaku.xlsx"), cells: ["C7": "できている"]), to: "good.xlsx")
        write(try EditedWorkbook.filling(try bytes("kikaku.xlsx"), cells: ["C8": "たぶん"]), to: "maybe.xlsx")
        let original = try bytes("audit.json")

        let refused = try kansa("checksheet", "import", "audit.json", "good.xlsx", "maybe.xlsx", "report.xlsx")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("maybe.xlsx: チェックシート!C8: \"たぶん\" is not one of できている / 一部できていない / できていない / 該当なし"), "\(refused.stderr)")
        #expect(refused.stderr.contains("report.xlsx: not a kansa check sheet"), "\(refused.stderr)")
        #expect(refused.stderr.contains("audit.json: nothing was imported"))
        let twice = try kansa("checksheet", "import", "audit.json", "good.xlsx", "kikaku.xlsx")
        #expect(twice.status == 1 && twice.stderr.contains("kikaku.xlsx: a second check sheet of 企画課, after good.xlsx"), "\(twice.stderr)")
        let japanese = try kansa("checksheet", "import", "audit.json", "maybe.xlsx", "--lang", "ja")
        #expect(japanese.stderr.contains("チェックシート!C8: \"たぶん\" は できている / 一部できていない / できていない / 該当なし のいずれでもありません"), "\(japanese.stderr)")
        #expect(try bytes("audit.json") == original)
    }

    @Test func theHelpOfTheSubcommandsIsInBothLanguages() throws {
        let japanese = try kansa("checksheet", "--help", "--lang", "ja")
        #expect(japanese.stdout.contains("課ごとのチェックシート（.xlsx）を書き出し"), "\(japanese.stdout)")
        #expect(japanese.stdout.contains("詳しくは 'kansa help checksheet <サブコマンド>' を見てください。"), "\(japanese.stdout)")
        let english = try kansa("checksheet", "export", "--help", "--lang", "en")
        #expect(english.stdout.hasPrefix("OVERVIEW: Write a division's check sheet to fill in"), "\(english.stdout)")
    }
}
