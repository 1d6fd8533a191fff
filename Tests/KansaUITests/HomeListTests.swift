import KansaCore
import Testing
@testable import KansaUI

/// The home screen lists the workspace's files at once and reads only those it shows, when it first shows
/// them; a long list scrolls with the cursor.
struct HomeListTests {
    let paths = (1...60).map { String(format: "/w/%02d.json", $0) }

    func app() -> App {
        App(screen: HomeScreen(folder: "/w", entries: paths.map(HomeScreen.Entry.init(path:)), created: false, strings: Strings(.en)),
            rows: 24, columns: 100)
    }

    @Test func onlyTheRowsOnScreenAreRead() {
        var app = app()
        let first = app.receive(.tick)
        #expect(first == [.summarise(Array(paths.prefix(21)))], "the 21 rows of a 24-row screen")
        #expect(app.receive(.tick).isEmpty, "asked once")
        #expect(app.draw().text.contains("…"))
        app.receive(.summarised(path: paths[0], document: .audit(SampleAudit.audit), problem: nil))
        app.receive(.summarised(path: paths[1], document: nil, problem: "/w/02.json:1:1: not JSON"))
        let text = app.draw().text
        #expect(text.contains("168/168"))
        #expect(text.contains("not JSON"))
    }

    @Test func theListScrollsWithTheCursorAndReadsWhatComesIntoView() {
        var app = app()
        app.receive(.tick)
        var asked: [AppEffect] = []
        for _ in 0..<25 { asked += app.press(.down) }
        #expect(asked == paths[21..<26].map { .summarise([$0]) }, "one new row a key")
        #expect(app.draw().text.contains("26.json"))
        #expect(!app.draw().text.contains("01.json"))
        asked = app.press(.character("G"))
        #expect(asked == [.summarise(Array(paths[39...]))])
        #expect(app.draw().text.contains("60.json"))
    }
}
