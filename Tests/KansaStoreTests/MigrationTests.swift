import Testing
import KansaCore
@testable import KansaStore

/// The migration path: a reader of version 2 turns a version-1 file into version 2 before reading it.
struct MigrationTests {
    /// A version-2 format that renamed `period` to `term`, read back through a migration from version 1.
    @Test func anOlderFileIsMigratedBeforeItIsRead() throws {
        let v1 = DocumentFormat.encode(.audit(SampleAudit.audit))
        let renamePeriod = DocumentFormat.Migration(from: 1) { root in
            guard case .object(var members) = root.value else { return root }
            for i in members.indices where members[i].key == "period" { members[i].key = "term" }
            for i in members.indices where members[i].key == "term" { members[i].key = "period" }
            for i in members.indices where members[i].key == "schemaVersion" {
                members[i].node = JSONNode(value: .number("2"), offset: members[i].node.offset)
            }
            return JSONNode(value: .object(members), offset: root.offset)
        }
        let read = try DocumentFormat.decode(v1, supported: 2, migrations: [renamePeriod])
        #expect(read == .audit(SampleAudit.audit))
        let refuses = DocumentFormat.Migration(from: 1) { root throws(JSONProblem) in
            throw JSONProblem(offset: root.offset, message: BilingualText(verbatim: "migrated a current file"))
        }
        #expect(throws: Never.self, "a file of the current version is not migrated") {
            try DocumentFormat.decode(v1, supported: 1, migrations: [refuses])
        }
    }

    @Test func aFileOfVersionZeroDoesNotExist() {
        var text = String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 0")
        #expect(throws: JSONProblem.self) { try DocumentFormat.decode(Array(text.utf8)) }
    }
}
