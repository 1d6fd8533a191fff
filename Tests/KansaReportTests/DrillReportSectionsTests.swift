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
}
