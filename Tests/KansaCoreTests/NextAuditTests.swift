import Testing
import KansaCore

/// A new audit started from an earlier one: what it takes, what it clears, and the follow-ups it carries.
struct NextAuditTests {
    let earlier = SampleAudit.audit

    /// The audit with one division left out, its cells and remarks too, as the set-up screen removes it.
    func without(_ division: DivisionID, _ audit: Audit) -> Audit {
        var audit = audit
        let d = audit.divisionIndex(division)!
        audit.divisions.remove(at: d)
        for s in audit.sections.indices {
            audit.sections[s].remarks[division] = nil
            for i in audit.sections[s].items.indices { audit.sections[s].items[i].cells.remove(at: d) }
        }
        return audit
    }

    @Test func periodFiscalYearAndTitleFollowTheDate() {
        let autumn = earlier.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20))
        #expect(autumn.title == "令和5年度（下半期）情報セキュリティ内部監査")
        #expect(autumn.fiscalYear == 2023)
        #expect(autumn.period == "下半期")
        let spring = earlier.successor(auditDate: LocalDate(year: 2024, month: 5, day: 10))
        #expect(spring.title == "令和6年度（上半期）情報セキュリティ内部監査")
        #expect(spring.fiscalYear == 2024)
        #expect(spring.period == "上半期")
        let lastDay = earlier.successor(auditDate: LocalDate(year: 2024, month: 3, day: 31))
        #expect((lastDay.fiscalYear, lastDay.period) == (2023, "下半期"))
    }

    @Test func aTitleGivenIsKeptAndTheRestStillFollowsTheDate() {
        let next = earlier.successor(title: "臨時監査", auditDate: LocalDate(year: 2024, month: 4, day: 1))
        #expect(next.title == "臨時監査")
        #expect((next.fiscalYear, next.period) == (2024, "上半期"))
    }

    @Test func theEarlierAuditIsKeptWholeAndTheNewOneStartsBlank() throws {
        var heard = earlier
        heard.apply(.hearing(division: "hogo", Hearing(date: LocalDate(year: 2023, month: 9, day: 29))))
        let next = heard.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20))
        #expect(next.counts.heard == 0)
        #expect(next.allItems.allSatisfy { $0.item.improvement.isEmpty })
        #expect(next.hearings.isEmpty)
        #expect(next.generalComment.isEmpty)
        let kept = try #require(next.earlier)
        #expect(kept.divisions == earlier.divisions)
        #expect(kept.sections == earlier.sections)
        #expect(kept.item("personal-number-7")?.item.improvement == "e-ラーニングの受講状況が悪いため、早急な受講を促す。")
        #expect(kept.sections[2].remarks["hogo"] == "生活保護")
        #expect(kept.cell(item: "human-2-2", division: "kikaku")?.verdict == .improved)
        #expect(kept.cell(item: "human-2-2", division: "nowhere") == nil)
    }

    /// The remarks of the divisions still audited are proposed again; the new audit starts with them.
    @Test func remarksAreProposedAgain() {
        let next = earlier.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20))
        #expect(next.sections[2].remarks == earlier.sections[2].remarks)
    }

    @Test func anEarlierCrossIsAFollowUpCarryingItsFinding() throws {
        var next = earlier.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20))
        let followUp = try #require(next.followUps.first)
        #expect(next.followUps.count == 1)
        #expect(followUp.division.name == "保護課")
        #expect(followUp.earlier?.verdict == .needsImprovement)
        #expect(followUp.earlierImprovement == "e-ラーニングの受講状況が悪いため、早急な受講を促す。")
        #expect(followUp.followUpState == .notHeardYet)
        next.apply(.verdict(item: "personal-number-7", division: "hogo", .needsImprovement))
        #expect(next.followUps.first?.followUpState == .open)
        next.apply(.verdict(item: "personal-number-7", division: "hogo", .improved))
        #expect(next.followUps.first?.followUpState == .resolved)
    }

    @Test func anEarlierCrossOfADivisionNotHeardThisTimeIsListedAsNotAudited() throws {
        let next = without("hogo", earlier.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20)))
        let followUp = try #require(next.followUps.first)
        #expect(next.followUps.count == 1)
        #expect(followUp.division == Division(id: "hogo", name: "保護課", shortName: "保護"))
        #expect(!followUp.audited)
        #expect(followUp.followUpState == .notAudited)
        #expect(followUp.earlier?.verdict == .needsImprovement)
        #expect(followUp.earlierImprovement == "e-ラーニングの受講状況が悪いため、早急な受講を促す。")
    }

    @Test func anEarlierCrossOfAnItemNoLongerInTheCatalogIsListedAsNotAudited() throws {
        var next = earlier.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20))
        next.sections[2].items.removeLast()
        let followUp = try #require(next.followUps.first)
        #expect(followUp.item.id == "personal-number-7")
        #expect(followUp.section.numeral == "III")
        #expect(followUp.followUpState == .notAudited)
    }

    /// Follow-ups run item by item: the divisions heard now in column order, then those not heard this time.
    @Test func followUpsRunInCatalogOrderThenColumnOrder() {
        var before = earlier
        before.apply(.verdict(item: "human-1", division: "iryo", .needsImprovement))
        before.apply(.verdict(item: "human-1", division: "kikaku", .needsImprovement))
        var next = without("kikaku", before.successor(auditDate: LocalDate(year: 2023, month: 11, day: 20)))
        next.divisions.reverse()
        for s in next.sections.indices {
            for i in next.sections[s].items.indices { next.sections[s].items[i].cells.reverse() }
        }
        #expect(next.followUps.map { "\($0.item.id) \($0.division.id) \($0.audited)" } == [
            "human-1 iryo true", "human-1 kikaku false", "personal-number-7 hogo true",
        ])
    }

    @Test func aHearingRecordIsAnEditWithItsUndo() {
        var audit = earlier
        let hearing = Hearing(
            date: LocalDate(year: 2023, month: 10, day: 10), time: "10:00〜11:00", place: "3F会議室",
            attendees: ["保護課長", "担当者"], interviewers: ["デジタル都市推進課 益子補佐"])
        let undo = audit.apply(.hearing(division: "hogo", hearing))
        #expect(audit.hearings["hogo"] == hearing)
        #expect(undo == .hearing(division: "hogo", nil))
        let redo = audit.apply(undo!)
        #expect(audit.hearings.isEmpty)
        #expect(redo == .hearing(division: "hogo", hearing))
        #expect(audit.apply(.hearing(division: "nowhere", hearing)) == nil)
        #expect(audit == earlier)
    }
}
