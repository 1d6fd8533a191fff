import Foundation
import Testing
import KansaCore
import KansaStore
import TestSupport

/// `kansa import FILE.xlsx` on the real binary: the committee's 結果一覧 becomes an audit, and a file it cannot
/// read is refused with the sheet and cell, in the command line's language, with nothing written.
@Suite(.serialized)
struct WorkbookImportCommandTests {
    let temporary = TemporaryFolder("xlsx-import")
    var folder: String { temporary.path }

    func kansa(_ arguments: String...) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: folder)
    }

    func audit(_ file: String) throws -> Audit {
        guard case .audit(let audit) = try DocumentFile.read(folder + "/" + file) else { throw CocoaError(.fileReadCorruptFile) }
        return audit
    }

    func write(_ bytes: [UInt8], to name: String) {
        _ = FileManager.default.createFile(atPath: temporary.file(name), contents: Data(bytes))
    }

    @Test func theResultListBecomesTheAuditAndTakesTheEarlierSetUp() throws {
        let sample = SampleAudit.audit
        _ = try kansa("sample", ".")
        write(try TestWorkbook(resultListOf: sample).bytes(), to: "結果一覧.xlsx")

        let plain = try kansa("import", "結果一覧.xlsx", "-o", "plain.json")
        #expect(plain.status == 0, "\(plain.stderr)")
        let read = try audit("plain.json")
        #expect(read.title == sample.title)
        #expect(read.divisions.map(\.name) == ["企画", "人事行政", "デジタル都市", "財政", "保護", "医療対策"])
        #expect(read.allItems.map { $0.item.cells.map(\.verdict) } == sample.allItems.map { $0.item.cells.map(\.verdict) })

        let same = try kansa("import", "結果一覧.xlsx", "-o", "same.json", "--from", "audit.json")
        #expect(same.status == 0, "\(same.stderr)")
        let imported = try audit("same.json")
        #expect(imported.divisions == sample.divisions)
        #expect(imported.sections.map(\.id) == sample.sections.map(\.id))
        #expect(imported.sections[2].remarks == sample.sections[2].remarks)
        #expect(imported.allItems.map(\.item.id) == sample.allItems.map(\.item.id))
        #expect(imported.purpose == sample.purpose && imported.organisation == sample.organisation)
    }

    @Test func aFileItCannotReadIsRefusedWithTheCellAndNothingIsWritten() throws {
        var workbook = TestWorkbook(resultListOf: SampleAudit.audit)
        workbook.rows[4][3] = "◎"
        write(try workbook.bytes(), to: "matrix.xlsx")
        let refused = try kansa("import", "matrix.xlsx", "-o", "x.json")
        #expect(refused.status != 0)
        #expect(refused.stderr == "Error: matrix.xlsx: 結果一覧!D5: \"◎\" is not a verdict (○ △ × －)\n")
        let japanese = try kansa("import", "matrix.xlsx", "-o", "x.json", "--lang", "ja")
        #expect(japanese.stderr.contains("matrix.xlsx: 結果一覧!D5: \"◎\" は判定ではありません（○ △ × －）"), "\(japanese.stderr)")

        write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504), to: "locked.xlsx")
        let locked = try kansa("import", "locked.xlsx", "-o", "x.json")
        #expect(locked.stderr.contains("an encrypted workbook or an old Excel file (.xls)"), "\(locked.stderr)")
        write(Array("not a zip".utf8), to: "broken.xlsx")
        let broken = try kansa("import", "broken.xlsx", "-o", "x.json")
        #expect(broken.stderr == "Error: broken.xlsx: not an xlsx workbook: its ZIP container is damaged or missing\n")
        #expect(!FileManager.default.fileExists(atPath: temporary.file("x.json")))
    }
}
