import KansaCore
import Testing
@testable import KansaUI

/// The detail pane says when and where the current division was heard, and by whom, in either language.
struct HearingDetailTests {
    func detail(_ audit: Audit, _ language: Language, width: Int = 78) -> [String] {
        let screen = Fixtures.app(audit).audit
        let pane = DetailPane(screen: screen, rect: Rect(row: 0, column: 0, height: 12, width: width + 2), strings: Strings(language),
                              glyphs: .unicode, focused: false, besideMatrix: false)
        return pane.lines(width: CharacterWidth(), columns: width).map(\.0)
    }

    @Test func theCurrentDivisionsHearingIsShownInBothLanguages() {
        var audit = SampleAudit.audit
        audit.apply(.hearing(division: "kikaku", Hearing(
            date: LocalDate(year: 2023, month: 10, day: 10), time: "10:00〜11:00", place: "3F会議室",
            attendees: ["企画課長", "担当者"], interviewers: ["益子補佐", "宮本主幹"])))
        #expect(detail(audit, .en, width: 120).contains(
            "Hearing: 2023-10-10 10:00〜11:00, 3F会議室 · attendees 企画課長, 担当者 · interviewers 益子補佐, 宮本主幹"))
        #expect(detail(audit, .ja, width: 120).contains(
            "ヒアリング: 2023-10-10 10:00〜11:00、3F会議室 · 出席者 企画課長、担当者 · 監査員 益子補佐、宮本主幹"))
        let narrow = detail(audit, .ja, width: 40)
        let start = narrow.firstIndex { $0.hasPrefix("ヒアリング") } ?? narrow.endIndex
        #expect(narrow[start...].joined() == "ヒアリング: 2023-10-10 10:00〜11:00、3F会議室 · 出席者 企画課長、担当者 · 監査員 益子補佐、宮本主幹")
        #expect(narrow.allSatisfy { CharacterWidth().width(of: $0) <= 40 })
    }

    @Test func aHearingWithOnlyItsDateIsOneShortLineAndNoneIsNoLine() {
        var audit = SampleAudit.audit
        #expect(!detail(audit, .en).contains { $0.hasPrefix("Hearing") })
        audit.apply(.hearing(division: "kikaku", Hearing(date: LocalDate(year: 2023, month: 10, day: 10))))
        #expect(detail(audit, .en).contains("Hearing: 2023-10-10"))
        audit.apply(.hearing(division: "kikaku", nil))
        audit.apply(.hearing(division: "jinji", Hearing(date: LocalDate(year: 2023, month: 10, day: 10))))
        #expect(!detail(audit, .en).contains { $0.hasPrefix("Hearing") }, "only the current division's hearing")
    }
}
