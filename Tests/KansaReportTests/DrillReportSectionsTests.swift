import KansaCore
import Testing
@testable import KansaReport

/// The drill report: what the record shows stands under a heading of its own, and the contact check lists every
/// division that owns a system, attending or not (the seed's 総括: こども家庭課 must be phoned).
struct DrillReportSectionsTests {
    @Test func theDerivedSectionsHaveAHeadingAndEveryOwnerIsInTheContactCheck() {
        let text = MarkdownExport.render(Report.of(.drill(SampleDrill.drill)))
        #expect(text.contains("### 記録から\n\n#### (1) 電源の推移"))
        #expect(text.contains("| こども家庭課 | システム所管課（不参加） | 未確認 |"))
        #expect(!text.contains("デジタル都市推進課 | システム所管課（不参加）"), "the lead division runs the drill")
    }

    /// In next year's drill the owner that did not attend is in the contact check (so the board can mark it
    /// reached), still 不参加 in (5), and not among the 参加者.
    @Test func anOwnerInTheCheckOnlyIsNoParticipant() {
        var next = SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5))
        let child = next.participants.divisions.firstIndex { $0.name == "こども家庭課" }!
        next.participants.divisions[child].reached = RecordedTime(now: next.instant(ClockTime(hour: 9, minute: 40)))
        let text = MarkdownExport.render(Report.of(.drill(next)))
        #expect(text.contains("| こども家庭課 | システム所管課（不参加） | 9:40 |"))
        #expect(!text.contains("⑦ こども家庭課"))
    }

    /// Without その他, 総括 takes the number 7: the headings run without a gap.
    @Test func theConclusionsFollowWithoutAGap() {
        var drill = SampleDrill.drill
        drill.notes = []
        let text = MarkdownExport.render(Report.of(.drill(drill)))
        #expect(text.contains("## 7 総括") && !text.contains("8 総括") && !text.contains("その他"))
    }
}
