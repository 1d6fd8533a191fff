import Foundation
import Testing
import KansaCore
import KansaStore
import TestSupport

/// Two auditors share an audit through git with kansa as the merge driver: branches that heard other divisions merge
/// cleanly; a cell both changed stops the merge with the conflict listed and recorded in a file that stays valid.
@Suite(.serialized)
struct GitMergeEndToEndTests {
    let temporary = TemporaryFolder("git-merge")
    var folder: String { temporary.path }

    /// git with nothing of the machine's or the user's configuration: no system file, the folder as home.
    @discardableResult
    func git(_ arguments: String...) throws -> ChildProcess.Output {
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder, "GIT_CONFIG_NOSYSTEM": "1",
            "LANG": "C.UTF-8",
        ]
        let output = try ChildProcess.run(["git"] + arguments, in: folder, environment: environment)
        return output
    }

    func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    func commit(_ audit: Audit, _ message: String) throws {
        try Data(DocumentFormat.encode(.audit(audit))).write(to: URL(fileURLWithPath: temporary.file("audit.json")))
        try git("add", "audit.json")
        let made = try git("commit", "-q", "-m", message)
        #expect(made.status == 0, "\(text(made.standardError))")
    }

    func audit() throws -> Audit {
        guard case .audit(let audit) = try DocumentFile.read(temporary.file("audit.json")) else { throw CocoaError(.fileReadCorruptFile) }
        return audit
    }

    /// A repository whose first commit is a blank audit, with kansa as the merge driver of `*.json`.
    func repository() throws -> Audit {
        try git("init", "-q")
        try git("checkout", "-q", "-b", "main")
        try git("config", "user.name", "監査員")
        try git("config", "user.email", "audit@example.jp")
        try git("config", "merge.kansa.driver", "'\(KansaProcess.binary)' merge %O %A %B")
        _ = temporary.write("*.json merge=kansa\n", to: ".gitattributes")
        try git("add", ".gitattributes")
        let base = SampleAudit.audit.successor(auditDate: LocalDate(year: 2023, month: 10, day: 7))
        try commit(base, "blank audit")
        return base
    }

    @Test func twoBranchesThatHeardOtherDivisionsMergeThroughTheDriver() throws {
        var audit = try repository()
        try git("checkout", "-q", "-b", "kikaku")
        audit.apply(.verdict(item: "human-1", division: "kikaku", .compliant))
        audit.apply(.note(item: "human-1", division: "kikaku", "施錠を確認"))
        try commit(audit, "企画課を聴取")
        try git("checkout", "-q", "main")
        var other = try self.audit()
        try git("checkout", "-q", "-b", "hogo")
        other.apply(.verdict(item: "human-1", division: "hogo", .needsImprovement))
        other.apply(.hearing(division: "hogo", Hearing(date: LocalDate(year: 2023, month: 10, day: 7), place: "3F会議室")))
        try commit(other, "保護課を聴取")
        try git("checkout", "-q", "kikaku")
        let merge = try git("merge", "-q", "--no-edit", "hogo")
        #expect(merge.status == 0, "\(text(merge.standardOutput)) \(text(merge.standardError))")
        let merged = try self.audit()
        #expect(merged.cell(item: "human-1", division: "kikaku") == Cell(verdict: .compliant, note: "施錠を確認"))
        #expect(merged.cell(item: "human-1", division: "hogo").verdict == .needsImprovement)
        #expect(merged.hearings["hogo"]?.place == "3F会議室")
        #expect(merged.conflicts.isEmpty)
        #expect(text(try git("status", "--porcelain").standardOutput) == "", "nothing left behind in the work tree")
    }

    @Test func aCellBothChangedStopsTheMergeWithTheConflictListedAndTheFileValid() throws {
        var audit = try repository()
        try git("checkout", "-q", "-b", "ours")
        audit.apply(.verdict(item: "human-1", division: "kikaku", .compliant))
        audit.apply(.verdict(item: "human-1", division: "jinji", .compliant))
        try commit(audit, "こちら")
        try git("checkout", "-q", "main")
        var theirs = try self.audit()
        try git("checkout", "-q", "-b", "theirs")
        theirs.apply(.verdict(item: "human-1", division: "kikaku", .needsImprovement))
        theirs.apply(.verdict(item: "human-1", division: "zaisei", .improved))
        try commit(theirs, "相手")
        try git("checkout", "-q", "ours")
        let merge = try git("merge", "--no-edit", "theirs")
        #expect(merge.status != 0)
        let said = text(merge.standardOutput) + text(merge.standardError)
        #expect(said.contains("conflict: I 1 情報資産等の業務以外の目的での使用禁止, 企画課, verdict: ours ○, theirs ×"), "\(said)")
        #expect(said.contains("CONFLICT"), "\(said)")
        #expect(!said.contains("Error: conflict"), "every conflict line reads the same: \(said)")
        let validated = try KansaProcess.run(["validate", "audit.json"], in: folder)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.hasSuffix(", 1 open merge conflict(s)\n"), "\(validated.stdout)")
        let merged = try self.audit()
        #expect(merged.conflicts == [MergeConflict(field: "verdict", item: "human-1", division: "kikaku", ours: "○", theirs: "×")])
        #expect(merged.cell(item: "human-1", division: "kikaku").verdict == .compliant, "ours kept")
        #expect(merged.cell(item: "human-1", division: "jinji").verdict == .compliant)
        #expect(merged.cell(item: "human-1", division: "zaisei").verdict == .improved)
        #expect(text(try git("status", "--porcelain").standardOutput) == "UU audit.json\n")
    }
}

/// `kansa merge` refuses, with the reason and without writing anything, what is not three versions of one document.
@Suite(.serialized)
struct MergeCommandTests {
    let temporary = TemporaryFolder("merge-command")
    var folder: String { temporary.path }

    func write(_ document: Document, _ name: String) throws {
        try Data(DocumentFormat.encode(document)).write(to: URL(fileURLWithPath: temporary.file(name)))
    }

    func kansa(_ arguments: String...) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: folder)
    }

    @Test func filesOfTwoAuditsAnUnreadableFileAndABaseThatIsNoAncestorAreRefusedAndNothingIsWritten() throws {
        let base = SampleAudit.audit.successor(auditDate: LocalDate(year: 2023, month: 10, day: 7))
        var ours = base
        ours.apply(.verdict(item: "human-1", division: "kikaku", .compliant))
        var grown = base
        grown.apply(.setup(.insertDivision(Division(id: "kyoiku", name: "教育総務課", shortName: "教育総務"), at: 0, cells: [:], remarks: [:], hearing: nil)))
        try write(.audit(base), "base.json")
        try write(.audit(ours), "ours.json")
        try write(.audit(grown), "grown.json")
        try write(.audit(base.successor(auditDate: LocalDate(year: 2024, month: 5, day: 1))), "next.json")
        try write(.drill(SampleDrill.drill), "drill.json")
        _ = temporary.write("{\"schemaVersion\": 2, \"kind\": \"audit\"", to: "torn.json")
        let before = temporary.contents("ours.json")

        let twoAudits = try kansa("merge", "base.json", "ours.json", "next.json")
        #expect(twoAudits.status == 1)
        #expect(twoAudits.stderr.contains("files of two different audits are not merged"), "\(twoAudits.stderr)")
        let kinds = try kansa("merge", "base.json", "ours.json", "drill.json", "--lang", "ja")
        #expect(kinds.status == 1)
        #expect(kinds.stderr.contains("THEIRS は訓練です"), "\(kinds.stderr)")
        let torn = try kansa("merge", "base.json", "ours.json", "torn.json")
        #expect(torn.status != 0)
        #expect(torn.stderr.contains("torn.json"), "\(torn.stderr)")
        let notAncestor = try kansa("merge", "grown.json", "ours.json", "base.json")
        #expect(notAncestor.status == 1)
        #expect(notAncestor.stderr.contains("BASE is not an ancestor of OURS and THEIRS: it has 教育総務課, which neither has"), "\(notAncestor.stderr)")
        #expect(temporary.contents("ours.json") == before, "OURS untouched by every refusal")
        #expect(!temporary.names.contains { $0.hasSuffix(".lock") && $0.contains("ours") })

        let written = try kansa("merge", "base.json", "ours.json", "base.json", "-o", "out.json")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "out.json: merged, no conflicts\n")
        #expect(temporary.contents("out.json") == before)
    }
}
