import Testing
import KansaCore

/// The three-way merge of two auditors' copies of one audit: every kind of field, conflicts, structure changes and
/// the files it refuses.
struct AuditMergeTests {
    /// A blank audit of the sample's divisions and catalog: the copy both auditors started from.
    let base = SampleAudit.audit.successor(auditDate: LocalDate(year: 2023, month: 10, day: 7))

    func merged(_ ours: Audit, _ theirs: Audit, base: Audit? = nil) throws -> (audit: Audit, found: [MergeConflict]) {
        let (document, found) = try DocumentMerge.merge(base: .audit(base ?? self.base), ours: .audit(ours), theirs: .audit(theirs))
        guard case .audit(let audit) = document else { throw MergeRefusal(BilingualText(verbatim: "not an audit")) }
        return (audit, found)
    }

    func edited(_ edits: AuditEdit...) -> Audit {
        var audit = base
        for edit in edits { audit.apply(edit) }
        return audit
    }

    @Test func eachSideHearsOtherDivisionsAndBothAreKept() throws {
        let ours = edited(.verdict(item: "human-1", division: "kikaku", .compliant), .note(item: "human-1", division: "kikaku", "確認済"))
        let theirs = edited(.verdict(item: "human-1", division: "hogo", .needsImprovement), .flag(item: "human-2-1", division: "hogo", true))
        let (audit, found) = try merged(ours, theirs)
        #expect(found.isEmpty)
        #expect(audit.conflicts.isEmpty)
        #expect(audit.cell(item: "human-1", division: "kikaku") == Cell(verdict: .compliant, note: "確認済"))
        #expect(audit.cell(item: "human-1", division: "hogo").verdict == .needsImprovement)
        #expect(audit.cell(item: "human-2-1", division: "hogo").flagged)
    }

    /// A division's check sheet imported on one side is taken; different answers on both sides are a conflict.
    @Test func selfAssessmentsMergeLikeAnyField() throws {
        var theirs = base
        theirs.recordSelfAssessments(["human-1": SelfAssessment(answer: .done, comment: "毎月点検")], of: "kikaku")
        let ours = edited(.verdict(item: "human-1", division: "kikaku", .compliant))
        let (audit, found) = try merged(ours, theirs)
        #expect(found.isEmpty)
        #expect(audit.cell(item: "human-1", division: "kikaku") == Cell(verdict: .compliant, selfAssessment: SelfAssessment(answer: .done, comment: "毎月点検")))
        var other = base
        other.recordSelfAssessments(["human-1": SelfAssessment(answer: .notDone, comment: "")], of: "kikaku")
        let (kept, conflicts) = try merged(other, theirs)
        #expect(kept.cell(item: "human-1", division: "kikaku").selfAssessment?.answer == .notDone)
        #expect(conflicts.map(\.field) == ["selfAssessment"])
        #expect(conflicts.first?.ours == "できていない" && conflicts.first?.theirs == "できている 毎月点検")
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        let both = edited(.verdict(item: "human-1", division: "kikaku", .improved), .improvement(item: "human-1", "施錠を徹底"))
        let (audit, found) = try merged(both, both)
        #expect(found.isEmpty)
        #expect(audit == both)
    }

    @Test func differentChangesKeepOursAndAreConflictsOfEveryField() throws {
        let hearing = Hearing(date: LocalDate(year: 2023, month: 10, day: 7), time: "10:00〜11:00", place: "3F会議室")
        let ours = edited(
            .verdict(item: "human-1", division: "kikaku", .compliant), .note(item: "human-1", division: "kikaku", "A"),
            .improvement(item: "human-1", "こちらの改善"), .remark(section: "human", division: "kikaku", "こちらの備考"),
            .generalComment("こちらの総評"), .hearing(division: "kikaku", hearing),
            .setup(.field(.title("こちらの表題"))))
        var theirHearing = hearing
        theirHearing.place = "庁議室"
        let theirs = edited(
            .verdict(item: "human-1", division: "kikaku", .needsImprovement), .note(item: "human-1", division: "kikaku", "B"),
            .improvement(item: "human-1", "相手の改善"), .remark(section: "human", division: "kikaku", "相手の備考"),
            .generalComment("相手の総評"), .hearing(division: "kikaku", theirHearing),
            .setup(.field(.title("相手の表題"))))
        let (audit, found) = try merged(ours, theirs)
        #expect(audit.cell(item: "human-1", division: "kikaku") == Cell(verdict: .compliant, note: "A"))
        #expect(audit.sections[0].items[0].improvement == "こちらの改善")
        #expect(audit.sections[0].remarks["kikaku"] == "こちらの備考")
        #expect(audit.generalComment == "こちらの総評")
        #expect(audit.hearings["kikaku"] == hearing)
        #expect(audit.title == "こちらの表題")
        #expect(found == [
            MergeConflict(field: "improvement", item: "human-1", ours: "こちらの改善", theirs: "相手の改善"),
            MergeConflict(field: "verdict", item: "human-1", division: "kikaku", ours: "○", theirs: "×"),
            MergeConflict(field: "note", item: "human-1", division: "kikaku", ours: "A", theirs: "B"),
            MergeConflict(field: "remarks", division: "kikaku", section: "human", ours: "こちらの備考", theirs: "相手の備考"),
            MergeConflict(field: "hearings.place", division: "kikaku", ours: "3F会議室", theirs: "庁議室"),
            MergeConflict(field: "title", ours: "こちらの表題", theirs: "相手の表題"),
            MergeConflict(field: "generalComment", ours: "こちらの総評", theirs: "相手の総評"),
        ])
        #expect(audit.conflicts == found)
        let line = found[1].wording(in: .audit(audit))
        #expect(line.en == "I 1 情報資産等の業務以外の目的での使用禁止, 企画課, verdict: ours ○, theirs ×")
        #expect(line.ja == "I 1 情報資産等の業務以外の目的での使用禁止、企画課、判定: こちら ○、相手 ×")
    }

    @Test func anEmptiedTextIsNoValueInTheConflict() throws {
        let improved = edited(.improvement(item: "human-1", "施錠"))
        var ours = improved
        ours.apply(.improvement(item: "human-1", ""))
        var theirs = improved
        theirs.apply(.improvement(item: "human-1", "施錠を徹底"))
        let (_, found) = try merged(ours, theirs, base: improved)
        #expect(found == [MergeConflict(field: "improvement", item: "human-1", ours: nil, theirs: "施錠を徹底")])
    }

    @Test func aChangeOnOneSideOfTheDescriptionIsTaken() throws {
        let theirs = edited(.setup(.field(.purpose("新しい目的"))), .setup(.field(.criteria(["基本方針"]))))
        let (audit, found) = try merged(base, theirs)
        #expect(found.isEmpty)
        #expect(audit.purpose == "新しい目的")
        #expect(audit.criteria == ["基本方針"])
    }

    @Test func aDivisionAndAnItemAddedOnOneSideAreMergedWithTheirCells() throws {
        let theirs = edited(
            .setup(.insertDivision(Division(id: "kyoiku", name: "教育総務課", shortName: "教育総務"), at: 6, cells: [:], remarks: [:], hearing: nil)),
            .verdict(item: "human-1", division: "kyoiku", .compliant))
        let ours = edited(
            .verdict(item: "human-1", division: "kikaku", .improved),
            .setup(.insertItem(AuditItem(id: "human-new", number: "1(2)", title: "新しい項目"), section: "human", at: 1)),
            .verdict(item: "human-new", division: "hogo", .notApplicable))
        let (audit, found) = try merged(ours, theirs)
        #expect(found.isEmpty)
        #expect(audit.divisions.map(\.id).last == "kyoiku")
        #expect(audit.sections[0].items.map(\.id).prefix(2) == ["human-1", "human-new"])
        #expect(audit.cell(item: "human-1", division: "kyoiku").verdict == .compliant)
        #expect(audit.cell(item: "human-1", division: "kikaku").verdict == .improved)
        #expect(audit.cell(item: "human-new", division: "hogo").verdict == .notApplicable)
        #expect(audit.sections.allSatisfy { $0.items.allSatisfy { $0.cells.count == audit.divisions.count } })
    }

    @Test func aSectionAddedOnOneSideIsMerged() throws {
        let theirs = edited(.setup(.insertSection(
            AuditSection(id: "extra", numeral: "V", title: "追加", items: [AuditItem(id: "extra-1", number: "1", title: "新項目")]), at: 4)))
        let (audit, found) = try merged(base, theirs)
        #expect(found.isEmpty)
        #expect(audit.sections.last?.id == "extra")
        #expect(audit.sections.last?.items.first?.cells.count == audit.divisions.count)
    }

    @Test func anItemRemovedOnOneSideAndLeftAsItWasOnTheOtherIsRemoved() throws {
        let (audit, found) = try merged(edited(.setup(.removeItem("human-1"))), edited(.verdict(item: "human-2-1", division: "kikaku", .compliant)))
        #expect(found.isEmpty)
        #expect(audit.position(of: "human-1") == nil)
        #expect(audit.cell(item: "human-2-1", division: "kikaku").verdict == .compliant)
    }

    @Test func removedOnOneSideAndEditedOnTheOtherIsAConflictThatKeepsOurs() throws {
        let removing = edited(.setup(.removeItem("human-1")))
        let editing = edited(.verdict(item: "human-1", division: "kikaku", .compliant))
        let (removed, found) = try merged(removing, editing)
        #expect(removed.position(of: "human-1") == nil)
        #expect(found.map(\.field) == ["items"])
        #expect(found.first?.ours == nil)
        #expect(found.first?.theirs == "1 情報資産等の業務以外の目的での使用禁止")
        let (kept, foundAgain) = try merged(editing, removing)
        #expect(kept.cell(item: "human-1", division: "kikaku").verdict == .compliant)
        #expect(foundAgain.first?.ours == "1 情報資産等の業務以外の目的での使用禁止")
        #expect(foundAgain.first?.theirs == nil)
    }

    @Test func aDivisionRemovedOnOneSideAndHeardOnTheOtherIsAConflict() throws {
        let removing = edited(.setup(.removeDivision("hogo")))
        let heard = edited(.verdict(item: "human-1", division: "hogo", .compliant))
        let (audit, found) = try merged(removing, heard)
        #expect(audit.division("hogo") == nil)
        #expect(found == [MergeConflict(field: "divisions", division: "hogo", ours: nil, theirs: "保護課")])
        let (_, untouched) = try merged(removing, base)
        #expect(untouched.isEmpty)
    }

    @Test func openConflictsOfEitherSideStayUntilOneSideResolvesThem() throws {
        let old = MergeConflict(field: "verdict", item: "human-1", division: "kikaku", ours: "○", theirs: "×")
        let other = MergeConflict(field: "note", item: "human-1", division: "jinji", ours: "A", theirs: "B")
        var withBoth = base
        withBoth.conflicts = [old, other]
        var resolvedOne = withBoth
        resolvedOne.conflicts = [other]
        let (audit, found) = try merged(withBoth, resolvedOne, base: withBoth)
        #expect(found.isEmpty)
        #expect(audit.conflicts == [other])
    }

    @Test func filesOfTwoAuditsAreRefused() throws {
        let next = base.successor(auditDate: LocalDate(year: 2024, month: 5, day: 1))
        #expect(throws: MergeRefusal.self) { try merged(base, next) }
        #expect(throws: MergeRefusal.self) {
            try DocumentMerge.merge(base: .audit(base), ours: .audit(base), theirs: .drill(SampleDrill.drill))
        }
    }

    @Test func aBaseThatHoldsWhatNeitherSideHasIsNotAnAncestor() throws {
        let newer = edited(.setup(.insertDivision(
            Division(id: "kyoiku", name: "教育総務課", shortName: "教育総務"), at: 0, cells: [:], remarks: [:], hearing: nil)))
        do {
            _ = try merged(base, base, base: newer)
            Issue.record("a base with a division neither side has was merged")
        } catch let refusal as MergeRefusal {
            #expect(refusal.reason.en.contains("not an ancestor"))
            #expect(refusal.reason.en.contains("教育総務課"))
        }
    }

    /// OURS given as BASE (the files in the wrong order): its verdicts are in neither other file, and taking the
    /// blank side would lose them; refused with the reason.
    @Test func filesInTheWrongOrderAreRefusedBeforeAHearingIsLost() throws {
        let ours = edited(.verdict(item: "human-1", division: "kikaku", .compliant), .verdict(item: "human-2-1", division: "kikaku", .improved))
        let theirs = edited(.verdict(item: "human-1", division: "hogo", .needsImprovement))
        do {
            _ = try merged(base, theirs, base: ours)
            Issue.record("the swapped files were merged")
        } catch let refusal as MergeRefusal {
            #expect(refusal.reason.en.contains("not an ancestor") && refusal.reason.en.contains("企画課") && refusal.reason.en.contains("1 more cells"))
            #expect(refusal.reason.ja.contains("元の版ではありません"))
        }
        #expect(try merged(ours, theirs).found.isEmpty, "in the right order they merge")
    }
}
