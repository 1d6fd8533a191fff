import Foundation
import Testing
import TestSupport

/// `kansa export … --format xlsx` from the command line: a file of its owner's with -o, bytes through a pipe, and
/// never raw bytes on a terminal.
@Suite(.serialized)
struct XLSXExportCommandTests {
    let temporary = TemporaryFolder("cli-xlsx")
    var folder: String { temporary.path }

    func kansa(_ arguments: String...) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: folder, environment: [:])
    }

    @Test func aWorkbookIsWrittenToAFileOrAPipe() throws {
        _ = try kansa("sample", ".")
        let written = try kansa("export", "audit.json", "--format", "xlsx", "-o", "audit.xlsx")
        #expect(written.status == 0, "\(written.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/audit.xlsx")
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/audit.xlsx"))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let piped = try kansa("export", "drill.json", "--format", "xlsx")
        #expect(piped.status == 0 && piped.stdout.hasPrefix("PK\u{03}\u{04}"), "\(piped.stderr)")
        #expect(temporary.names.filter { $0.hasPrefix(".") && !$0.hasSuffix(".lock") }.isEmpty, "\(temporary.names)")
    }

    @Test func aWorkbookIsOneDocumentAndNoPlanSheet() throws {
        _ = try kansa("sample", ".")
        let two = try kansa("export", "audit.json", "drill.json", "--format", "xlsx")
        #expect(two.status != 0 && two.stderr.contains("xlsx takes one document") && two.stdout.isEmpty, "\(two.stderr)")
        let plan = try kansa("export", "drill.json", "--plan", "--format", "xlsx")
        #expect(plan.status != 0 && plan.stderr.contains("--plan writes md, html, txt or docx") && plan.stdout.isEmpty, "\(plan.stderr)")
    }

    @Test func aWorkbookIsNotPrintedOnATerminal() throws {
        _ = try kansa("sample", ".")
        let terminal = try PseudoTerminal.kansa(["export", folder + "/audit.json", "--format", "xlsx"], home: folder)
        #expect(terminal.wait(for: "write it with -o FILE, or through a pipe"))
        #expect(!terminal.wrote("PK\u{03}\u{04}"))
        terminal.stop()
    }
}
