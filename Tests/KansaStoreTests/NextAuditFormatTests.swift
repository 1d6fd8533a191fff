import Foundation
import Testing
import KansaCore
@testable import KansaStore

/// Hearing records and the earlier audit kept whole: written, read back, and files written before them still read.
struct NextAuditFormatTests {
    static let hearing = Hearing(
        date: LocalDate(year: 2023, month: 10, day: 10), time: "10:00〜11:00", place: "3F会議室",
        attendees: ["保護課長", "担当者"], interviewers: ["益子補佐", "宮本主幹"])

    static var next: Audit {
        var next = SampleAudit.audit.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20))
        next.apply(.hearing(division: "hogo", hearing))
        next.apply(.hearing(division: "kikaku", Hearing(date: LocalDate(year: 2023, month: 10, day: 11))))
        next.apply(.verdict(item: "personal-number-7", division: "hogo", .improved))
        return next
    }

    func text(_ audit: Audit) -> String {
        String(decoding: DocumentFormat.encode(.audit(audit)), as: UTF8.self)
    }

    @Test func hearingsAndTheEarlierAuditSurviveAWriteAndARead() throws {
        let bytes = DocumentFormat.encode(.audit(Self.next))
        let back = try DocumentFormat.decode(bytes)
        #expect(back == .audit(Self.next))
        #expect(DocumentFormat.encode(back) == bytes)
    }

    @Test func hearingsAreWrittenInColumnOrderAndLeftOutWhenThereAreNone() {
        let written = text(Self.next)
        #expect(written.contains("""
              "hearings": {
                "kikaku": {
                  "date": "2023-10-11"
                },
                "hogo": {
                  "date": "2023-10-10",
                  "time": "10:00〜11:00",
                  "place": "3F会議室",
                  "attendees": [
                    "保護課長",
                    "担当者"
                  ],
            """))
        #expect(!text(SampleAudit.audit).contains("\"hearings\""))
    }

    @Test func aHearingOfAnUnknownDivisionOrWithAnUnknownKeyIsRefused() {
        let written = text(Self.next)
        let unknownDivision = written.replacingOccurrences(of: "    \"hogo\": {\n      \"date\"", with: "    \"hoken\": {\n      \"date\"")
        #expect(problem(unknownDivision)?.contains("'hearings' names the division \"hoken\", which is not in 'divisions'") == true)
        let unknownKey = written.replacingOccurrences(of: "\"place\": \"3F会議室\"", with: "\"room\": \"3F会議室\"")
        #expect(problem(unknownKey)?.contains("unknown key \"room\" in 'hearings.hogo'") == true)
    }

    /// What the reader says of a text it refuses; nil when it reads.
    func problem(_ text: String) -> String? {
        do {
            _ = try DocumentFormat.decode(Array(text.utf8))
            return nil
        } catch {
            return error.message.en
        }
    }

    /// Files written before the earlier audit was kept whole hold only its cells; they read against the catalog.
    @Test func anEarlierAuditWrittenAsCellsOnlyStillReads() throws {
        let written = text(SampleAudit.audit.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20)))
        let start = try #require(written.range(of: "  \"earlier\": {"))
        let old = written[..<start.lowerBound] + """
              "earlier": {
                "title": "令和5年度（上半期）情報セキュリティ内部監査",
                "auditDate": "2023-09-29",
                "cells": {
                  "human-2-2": {"kikaku": {"verdict": "△"}},
                  "personal-number-7": {"hogo": {"verdict": "×", "note": "未受講者あり"}, "iryo": {"verdict": "○"}}
                }
              }
            }

            """
        guard case .audit(let audit) = try DocumentFormat.decode(Array(old.utf8)) else {
            Issue.record("not an audit")
            return
        }
        let earlier = try #require(audit.earlier)
        #expect(earlier.divisions == audit.divisions)
        #expect(earlier.cell(item: "human-2-2", division: "kikaku") == Cell(verdict: .improved))
        #expect(earlier.cell(item: "personal-number-7", division: "hogo") == Cell(verdict: .needsImprovement, note: "未受講者あり"))
        #expect(earlier.cell(item: "human-1", division: "kikaku") == nil)
        #expect(audit.followUps.map(\.division.id) == ["hogo"])
        let unknownItem = old.replacingOccurrences(of: "\"human-2-2\": {", with: "\"human-9\": {")
        #expect(problem(unknownItem)?.contains("'earlier.cells' names the item \"human-9\", which is not in 'sections'") == true)
    }
}
