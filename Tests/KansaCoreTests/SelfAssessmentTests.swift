import Testing
import KansaCore

/// A division's self-assessment beside the verdict: which pairs disagree, and recording a check sheet's answers
/// leaves every verdict as it was.
struct SelfAssessmentTests {
    @Test func eachAnswerAgreesOnlyWithItsVerdicts() {
        let agreeing: [SelfAssessment.Answer: Set<Verdict>] = [
            .done: [.compliant],
            .partlyNotDone: [.improved, .needsImprovement],
            .notDone: [.improved, .needsImprovement],
            .notApplicable: [.notApplicable],
        ]
        for answer in SelfAssessment.Answer.allCases {
            for verdict in Verdict.allCases {
                #expect(answer.agrees(with: verdict) == agreeing[answer]!.contains(verdict), "\(answer) \(verdict)")
                let cell = Cell(verdict: verdict, selfAssessment: SelfAssessment(answer: answer))
                #expect(cell.selfAssessmentDisagrees == !agreeing[answer]!.contains(verdict))
            }
        }
    }

    @Test func aBlankVerdictOrABlankAnswerNeverDisagrees() {
        #expect(!Cell(verdict: nil, selfAssessment: SelfAssessment(answer: .notDone)).selfAssessmentDisagrees)
        #expect(!Cell(verdict: .compliant, selfAssessment: SelfAssessment(answer: nil, comment: "確認中")).selfAssessmentDisagrees)
        #expect(!Cell(verdict: .needsImprovement).selfAssessmentDisagrees)
    }

    @Test func recordingACheckSheetKeepsTheVerdictsAndListsTheDisagreements() {
        var audit = SampleAudit.audit
        let before = audit
        let first = audit.sections[0].items[0].id
        let second = audit.sections[0].items[1].id
        let third = audit.sections[0].items[2].id
        audit.sections[0].items[2].cells[0].selfAssessment = SelfAssessment(answer: .done)
        audit.recordSelfAssessments([
            first: SelfAssessment(answer: .notDone, comment: "未実施"),
            second: SelfAssessment(answer: nil, comment: "確認中"),
            third: SelfAssessment(answer: nil),
            "no-such-item": SelfAssessment(answer: .done),
        ], of: "kikaku")
        #expect(audit.sections[0].items[0].cells[0].selfAssessment == SelfAssessment(answer: .notDone, comment: "未実施"))
        #expect(audit.sections[0].items[1].cells[0].selfAssessment == SelfAssessment(answer: nil, comment: "確認中"))
        #expect(audit.sections[0].items[2].cells[0].selfAssessment == nil, "an empty row clears what an earlier sheet said")
        #expect(audit.sections[0].items[0].cells[1].selfAssessment == nil, "another division's cell")
        for (s, section) in audit.sections.enumerated() {
            for (i, item) in section.items.enumerated() {
                #expect(item.cells.map(\.verdict) == before.sections[s].items[i].cells.map(\.verdict))
                #expect(item.cells.map(\.note) == before.sections[s].items[i].cells.map(\.note))
            }
        }
        #expect(audit.selfAssessmentDisagreements.map(\.item.id) == [first], "できていない against ○")
        #expect(audit.selfAssessmentDisagreements.map(\.division.id) == ["kikaku"])
        var unknown = audit
        unknown.recordSelfAssessments([first: SelfAssessment(answer: .done)], of: "no-such-division")
        #expect(unknown == audit)
    }
}
