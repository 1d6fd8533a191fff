import KansaCore
import Testing
@testable import KansaReport

/// The plan sheet printed before the drill: the timetable as planned with nothing recorded, each system's modes,
/// procedure, person and phone, and every party to reach.
struct DrillPlanSheetTests {
    var planned: Drill {
        var drill = SampleDrill.drill.successor(title: "令和7年度 ICT-BCP（業務継続）訓練", date: LocalDate(year: 2025, month: 10, day: 4))
        drill.systems[3].procedure = "管理画面から停止する。\n復電後に手動で起動する。"
        drill.systems[3].responsible = "田中主事"
        drill.systems[3].phone = "0297-60-1234"
        drill.participants.vendors[0].phone = "03-1234-5678"
        return drill
    }

    @Test func aFreshDrillsSheetHasThePlanAndNothingUnrecorded() {
        let md = MarkdownExport.render(DrillPlanSheet.build(planned))
        #expect(md.hasPrefix("# 令和7年度 ICT-BCP（業務継続）訓練 実施計画\n"))
        #expect(!md.contains("未記録") && !md.contains("実績"), "a plan, not an empty record")
        #expect(md.contains("タイムスケジュール（予定）"))
        #expect(md.contains("| 9:04 | 停電"), "the banners as planned")
        for system in planned.systems { #expect(md.contains("| \(system.name) |"), "\(system.name)") }
        #expect(md.contains("| 打刻システム | 人事行政課 | 手動 | 手動 | ○ | 田中主事 | 0297-60-1234 |"))
        #expect(md.contains("#### 打刻システム\n\n管理画面から停止する。\n\n復電後に手動で起動する。"))
        #expect(md.contains("| 富士通エフサス(株) | ベンダ | 1名 | 03-1234-5678 |"))
        #expect(md.contains("| こども家庭課 | システム所管課（不参加） |"), "an owner who does not attend is phoned")
    }

    @Test func theSheetPrintsInEveryTextFormatButCSV() {
        let sheet = DrillPlanSheet.build(planned)
        let txt = ExportFormat.txt.render(sheet, columns: 80)
        #expect(txt?.contains("実施計画") == true)
        #expect(txt?.split(separator: "\n").allSatisfy { CharacterWidth(ambiguousIsWide: true).width(of: $0) <= 80 } == true)
        #expect(ExportFormat.html.render(sheet)?.contains("<h1>令和7年度 ICT-BCP（業務継続）訓練 実施計画</h1>") == true)
        #expect(ExportFormat.csv.render(sheet) == nil)
        let english = MarkdownExport.render(DrillPlanSheet.build(planned, language: .en))
        #expect(english.contains("Timetable (planned)") && english.contains("## 5 Systems"))
    }
}
