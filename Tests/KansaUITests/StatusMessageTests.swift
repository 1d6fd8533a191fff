import KansaCore
import Testing
@testable import KansaUI

/// A status message too long for the status line is never cut: it goes whole onto lines just above it.
struct StatusMessageTests {
    @Test func aLongRefusalOnTheBoardIsShownWhole() {
        for language in [Language.ja, .en] {
            let now = SampleDrill.drill.instant(ClockTime(hour: 13, minute: 0))
            var app = App(screen: DrillBoard(drill: SampleDrill.drill, fileName: "drill.json", readOnlyReason: nil, now: now), rows: 24, columns: 80,
                          strings: Strings(language), time: Instant(wall: now, monotonic: 0))
            app.press(.tab)
            app.press(.character(" "), .character(" "))
            let whole = Strings(language).refusal(.systemVerifiedAlready)
            let text = app.draw().text.replacingOccurrences(of: "\n", with: "")
            #expect(text.replacingOccurrences(of: " ", with: "").contains(whole.replacingOccurrences(of: " ", with: "")), "\(language): \(whole)")
            #expect(app.draw().line(23).contains("drill.json"), "the status line keeps the file")
        }
    }

    @Test func aLongMessageOnTheMatrixIsShownWhole() {
        var app = Fixtures.app(readOnly: "another kansa (process 12345) is editing this file, opened from /home/someone/audits/令和5年度/audit.json")
        app.press(.character("o"))
        let text = app.draw().text
        #expect(text.contains("/home/someone/audits/令和5年度/audit.json"), "\(text)")
        #expect(app.draw().line(23).contains("heard"))
    }
}
