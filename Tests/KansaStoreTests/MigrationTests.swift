import Testing
import KansaCore
@testable import KansaStore

/// The migration path: a reader of version 2 turns a version-1 file into version 2 before reading it.
struct MigrationTests {
    /// A version-3 format that renamed `period` to `term`, read back through a migration from version 2.
    @Test func anOlderFileIsMigratedBeforeItIsRead() throws {
        let v2 = DocumentFormat.encode(.audit(SampleAudit.audit))
        let renamePeriod = DocumentFormat.Migration(from: 2) { root in
            guard case .object(var members) = root.value else { return root }
            for i in members.indices where members[i].key == "period" { members[i].key = "term" }
            for i in members.indices where members[i].key == "term" { members[i].key = "period" }
            for i in members.indices where members[i].key == "schemaVersion" {
                members[i].node = JSONTree(value: .number("3"), offset: members[i].node.offset)
            }
            return JSONTree(value: .object(members), offset: root.offset)
        }
        let read = try DocumentFormat.decode(v2, supported: 3, migrations: [renamePeriod])
        #expect(read == .audit(SampleAudit.audit))
        let refuses = DocumentFormat.Migration(from: 2) { root throws(JSONProblem) in
            throw JSONProblem(offset: root.offset, message: BilingualText(verbatim: "migrated a current file"))
        }
        #expect(throws: Never.self, "a file of the current version is not migrated") {
            try DocumentFormat.decode(v2, supported: 2, migrations: [refuses])
        }
    }

    /// A drill written by version 1 named its participants' systems in free text: the names of the drill's systems
    /// become references, the others (short names, servers not in the drill) stay as written, and the report's
    /// participants list reads as before.
    @Test func version1ParticipantSystemsBecomeReferences() throws {
        var drill = SampleDrill.drill
        for i in drill.systems.indices { drill.systems[i].shortName = "" }
        var text = String(decoding: DocumentFormat.encode(.drill(drill)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 1")
        let v2Lists = [
            "[\n          \"timecard\",\n          \"general-affairs\"\n        ]",
            "[\n          \"evacuation\"\n        ]",
            "[\n          \"contract\"\n        ]",
            "[\n          \"juki-net\",\n          \"family-register\"\n        ]",
            "[\n          \"school\"\n        ]",
        ]
        let v1Lists = [
            "[\"打刻サーバ\", \"庶務事務システム\"]", "[\"避難行動要支援システム\"]", "[\"契約システム\"]",
            "[\"住基ネット\", \"戸籍システム\"]", "[\"教育系サーバ\"]",
        ]
        for (new, old) in zip(v2Lists, v1Lists) {
            #expect(text.contains(new))
            text = text.replacingOccurrences(of: new, with: old)
        }
        text = text.replacingOccurrences(of: "\"systems\": [],\n        \"otherServers\": [\n          \"河川情報提供システム\"\n        ]",
                                         with: "\"systems\": [\"河川情報提供システム\"]")
        guard case .drill(let read) = try DocumentFormat.decode(Array(text.utf8)) else {
            Issue.record("not a drill")
            return
        }
        let divisions = read.participants.divisions
        #expect(divisions.map(\.systems) == [["general-affairs"], [], ["contract"], ["family-register"], [], []])
        #expect(divisions.map(\.otherServers) == [["打刻サーバ"], ["避難行動要支援システム"], [], ["住基ネット"], ["教育系サーバ"], ["河川情報提供システム"]])
        #expect(read.systems == drill.systems)
    }

    @Test func aFileOfVersionZeroDoesNotExist() {
        var text = String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 0")
        #expect(throws: JSONProblem.self) { try DocumentFormat.decode(Array(text.utf8)) }
    }
}
