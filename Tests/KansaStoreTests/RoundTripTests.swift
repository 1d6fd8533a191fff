import Foundation
import Testing
import KansaCore
@testable import KansaStore

struct RoundTripTests {
    @Test(arguments: [Document.audit(SampleAudit.audit), .drill(SampleDrill.drill)])
    func samplesSurviveAWriteAndARead(_ document: Document) throws {
        let bytes = DocumentFormat.encode(document)
        let back = try DocumentFormat.decode(bytes)
        #expect(back == document)
        #expect(DocumentFormat.encode(back) == bytes)
    }

    @Test func aFollowUpAuditSurvivesAWriteAndARead() throws {
        var next = SampleAudit.audit.successor(title: "次回", auditDate: LocalDate(year: 2024, month: 3, day: 1))
        next.sections[0].items[0].cells[0] = Cell(verdict: .compliant, note: "メモ \"引用\"\n改行\u{1B}[31m")
        let back = try DocumentFormat.decode(DocumentFormat.encode(.audit(next)))
        #expect(back == .audit(next))
    }

    @Test func openMergeConflictsSurviveAndAFileWithoutThemHasNoKey() throws {
        var audit = SampleAudit.audit
        audit.conflicts = [
            MergeConflict(field: "note", item: "human-1", division: "kikaku", ours: "A", theirs: "B"),
            MergeConflict(field: "remarks", division: "hogo", section: "human", ours: nil, theirs: "生活保護"),
        ]
        var drill = SampleDrill.drill
        drill.conflicts = [MergeConflict(field: "moves", record: "m-1", ours: "core down", theirs: nil)]
        for document in [Document.audit(audit), .drill(drill)] {
            #expect(try DocumentFormat.decode(DocumentFormat.encode(document)) == document)
            #expect(DocumentFormat.readsBack(document))
        }
        #expect(!String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self).contains("\"conflicts\""))
    }

    @Test func cellsMarkedToConfirmSurviveAndOlderFilesStillRead() throws {
        var audit = SampleAudit.audit
        audit.sections[0].items[0].cells[0].flagged = true
        audit.sections[0].items[1].cells[2] = Cell(flagged: true)
        let bytes = DocumentFormat.encode(.audit(audit))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"toConfirm\": true"))
        #expect(try DocumentFormat.decode(bytes) == .audit(audit))
        #expect(try DocumentFormat.decode(DocumentFormat.encode(.audit(SampleAudit.audit))) == .audit(SampleAudit.audit), "a file without marks")
    }

    @Test func selfAssessmentsSurviveAndAnUnknownAnswerIsRefused() throws {
        var audit = SampleAudit.audit
        audit.sections[0].items[0].cells[0].selfAssessment = SelfAssessment(answer: .done, comment: "毎朝確認 \"済\"")
        audit.sections[0].items[1].cells[1].selfAssessment = SelfAssessment(answer: nil, comment: "回答は保留")
        audit.sections[1].items[0].cells[2] = Cell(selfAssessment: SelfAssessment(answer: .notApplicable))
        let bytes = DocumentFormat.encode(.audit(audit))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"selfAssessment\"") && text.contains("\"answer\": \"できている\""))
        #expect(try DocumentFormat.decode(bytes) == .audit(audit))
        #expect(DocumentFormat.encode(try DocumentFormat.decode(bytes)) == bytes)
        #expect(!String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self).contains("selfAssessment"))
        let unknown = text.replacingOccurrences(of: "\"answer\": \"該当なし\"", with: "\"answer\": \"たぶん\"")
        #expect(throws: JSONProblem.self) { try DocumentFormat.decode(Array(unknown.utf8)) }
    }

    @Test func aSystemsProcedurePersonAndPhoneAndTheContactsPhonesSurvive() throws {
        var drill = SampleDrill.drill
        drill.systems[0].procedure = "管理画面から停止する。\n起動後にログを確認する。"
        drill.systems[0].responsible = "佐藤"
        drill.systems[0].phone = "0276-12-3456"
        drill.participants.vendors[0].phone = "03-1234-5678"
        drill.participants.divisions[0].phone = "内線123"
        let bytes = DocumentFormat.encode(.drill(drill))
        #expect(try DocumentFormat.decode(bytes) == .drill(drill))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"responsible\": \"佐藤\""))
        #expect(!String(decoding: DocumentFormat.encode(.drill(SampleDrill.drill)), as: UTF8.self).contains("procedure"))
        #expect(!String(decoding: DocumentFormat.encode(.drill(SampleDrill.drill)), as: UTF8.self).contains("phone"))
    }

    @Test func aDrillWithCorrectionsAndEventsSurvives() throws {
        var drill = SampleDrill.drill
        let t = drill.instant(ClockTime(hour: 9, minute: 10))
        drill.events.append(DrillEvent(id: "e-1", text: "発電機の燃料臭", time: RecordedTime(now: t), system: "core", step: "outage"))
        drill.steps[0].actual = drill.steps[0].actual!.corrected(to: t.adding(seconds: -60), at: t)
        drill.steps[1].actual = nil
        drill.steps[1].skipped = true
        let back = try DocumentFormat.decode(DocumentFormat.encode(.drill(drill)))
        #expect(back == .drill(drill))
    }

    /// Keys come in a fixed order, so that one changed verdict is a one-line diff.
    @Test func oneVerdictIsAOneLineDiff() {
        var audit = SampleAudit.audit
        let before = String(decoding: DocumentFormat.encode(.audit(audit)), as: UTF8.self).split(separator: "\n")
        audit.sections[1].items[2].cells[4].verdict = .needsImprovement
        let after = String(decoding: DocumentFormat.encode(.audit(audit)), as: UTF8.self).split(separator: "\n")
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1.contains("\"verdict\": \"×\"") == true)
    }

    @Test func startsWithTheVersionAndKind() {
        let text = String(decoding: DocumentFormat.encode(.drill(SampleDrill.drill)), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"kind\": \"drill\",\n  \"title\": "))
        #expect(text.hasSuffix("}\n"))
    }
}
