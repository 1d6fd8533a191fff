import Foundation
import Testing
import KansaCore
@testable import KansaStore
import TestSupport

/// Every way a file can fail to load names the file, the line and column, and what is wrong, and leaves the file as it was.
struct LoadErrorTests {
    let folder = TemporaryFolder()
    var sample: String { String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self) }

    func failure(_ text: String) -> StoreError? {
        let path = folder.write(text, to: "bad.json")
        defer { #expect(folder.contents("bad.json") == text, "a failed load must not touch the file") }
        do {
            _ = try DocumentFile.open(path)
            return nil
        } catch {
            return error
        }
    }

    func expectDamaged(_ text: String, line: Int, column: Int? = nil, containing words: String) {
        guard let error = failure(text) else {
            Issue.record("loaded a damaged file")
            return
        }
        guard case .damaged(let l, let c, let message) = error.reason else {
            Issue.record("expected damaged, got \(error)")
            return
        }
        #expect(l == line, "\(error)")
        if let column { #expect(c == column, "\(error)") }
        #expect(message.en.contains(words), "\(error)")
        #expect(!message.ja.isEmpty && message.ja != message.en, "a Japanese message: \(message.ja)")
        #expect(error.description.hasPrefix(folder.file("bad.json") + ":\(l):\(c): "))
    }

    @Test func truncated() {
        let text = String(sample.prefix(2000))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        expectDamaged(text, line: lines, containing: "truncated")
    }

    @Test func notJSON() {
        expectDamaged("監査\n", line: 1, column: 1, containing: "not JSON")
        expectDamaged("{\"schemaVersion\": 2,\n  \"kind\": audit}", line: 2, column: 11, containing: "not JSON")
    }

    @Test func empty() {
        expectDamaged("", line: 1, column: 1, containing: "empty")
    }

    @Test func wrongType() {
        let text = sample.replacingOccurrences(of: "\"fiscalYear\": 2023", with: "\"fiscalYear\": \"令和5年\"")
        let line = text.split(separator: "\n").firstIndex { $0.contains("fiscalYear") }! + 1
        expectDamaged(text, line: line, column: 17, containing: "'fiscalYear' should be a whole number, not a string")
    }

    var drillSample: String { String(decoding: DocumentFormat.encode(.drill(SampleDrill.drill)), as: UTF8.self) }

    @Test func aPlannedTimeThatIsNoTimeIsQuoted() {
        let text = drillSample.replacingOccurrences(of: "\"plannedTime\": \"8:45\"", with: "\"plannedTime\": \"8:75\"")
        let line = text.split(separator: "\n").firstIndex { $0.contains("8:75") }! + 1
        expectDamaged(text, line: line, containing: "'steps[2].plannedTime' should be a time written H:MM; \"8:75\" is not one")
    }

    @Test func plannedTimesOutOfOrderAreRefusedWithTheNeighbour() {
        let text = drillSample.replacingOccurrences(of: "\"plannedTime\": \"8:45\"", with: "\"plannedTime\": \"8:20\"")
        let line = text.split(separator: "\n").firstIndex { $0.contains("8:20") }! + 1
        expectDamaged(text, line: line, containing: "is 8:20, before the step above it (8:30)")
    }

    @Test func unknownVerdict() {
        let text = sample.replacingOccurrences(of: "\"verdict\": \"×\"", with: "\"verdict\": \"?\"")
        let line = text.split(separator: "\n").firstIndex { $0.contains("\"?\"") }! + 1
        expectDamaged(text, line: line, containing: "unknown verdict \"?\" at 'sections[2].items[6].cells.hogo.verdict'")
    }

    @Test func newerSchemaVersion() {
        let text = sample.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 7")
        expectDamaged(text, line: 2, column: 20, containing: "schema version 7 is newer")
    }

    @Test func unknownKeyIsRefusedSoThatASaveCannotDropIt() {
        let text = sample.replacingOccurrences(of: "\"period\": ", with: "\"owner\": \"x\",\n  \"period\": ")
        expectDamaged(text, line: 6, column: 3, containing: "unknown key \"owner\"")
    }

    @Test func missingKey() {
        let text = sample.replacingOccurrences(of: "\"title\": \"令和5年度（上半期）情報セキュリティ内部監査\",", with: "")
        expectDamaged(text, line: 1, column: 1, containing: "lacks the key \"title\"")
    }

    @Test func cellOfAnUnknownDivision() {
        let text = sample.replacingOccurrences(of: "\"hogo\": {\"verdict\": \"×\"}", with: "\"hoge\": {\"verdict\": \"×\"}")
        expectDamaged(text, line: text.split(separator: "\n").firstIndex { $0.contains("\"hoge\"") }! + 1,
                      containing: "names the division \"hoge\", which is not in 'divisions'")
    }

    @Test func duplicateIDs() {
        let text = sample.replacingOccurrences(of: "\"id\": \"jinji\"", with: "\"id\": \"kikaku\"")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let second = lines.indices.filter { lines[$0].contains("\"id\": \"kikaku\"") }[1]
        expectDamaged(text, line: second, containing: "the id \"kikaku\" appears twice")
    }

    @Test func invalidUTF8() throws {
        let path = folder.file("bad.json")
        var bytes = Array(sample.utf8)
        let title = Array("\"title\": \"".utf8)
        let start = (0..<bytes.count).first { bytes[$0...].starts(with: title) }! + title.count
        bytes[start] = 0xFF
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        #expect(throws: StoreError.self) { try DocumentFile.open(path) }
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == bytes)
    }

    @Test func missingAndUnreadableFiles() throws {
        #expect(throws: StoreError(path: folder.file("none.json"), reason: .notFound)) {
            try DocumentFile.open(folder.file("none.json"))
        }
        let path = folder.write(sample, to: "locked.json")
        chmod(path, 0)
        defer { chmod(path, 0o600) }
        if getuid() == 0 {
            #expect(throws: Never.self) { try DocumentFile.read(path) }
        } else {
            #expect(throws: StoreError.self) { try DocumentFile.read(path) }
        }
        #expect(throws: StoreError(path: folder.path, reason: .unreadable(BilingualText("a folder, not a regular file", "通常のファイルではなくフォルダです")))) {
            try DocumentFile.read(folder.path)
        }
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        expectDamaged(String(repeating: "[", count: 10_000), line: 1, containing: "nested more than")
    }
}
