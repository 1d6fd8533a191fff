import KansaCore
import Testing
@testable import KansaUI

/// The item labels the matrix keeps cut to its item column are cut again as soon as the column's width or the
/// items change: the screen is then what a hearing screen opened afresh on the same audit shows.
struct CutLabelTests {
    /// The rows between the title and the message and status lines: the matrix and the detail pane.
    func panes(_ screen: Screen) -> [String] {
        (1..<(screen.rows - 2)).map { screen.line($0) }
    }

    @Test func aResizeCutsTheLabelsToTheNewColumn() {
        var app = Fixtures.app()
        _ = app.draw()
        app.receive(.resize(rows: 50, columns: 200))
        #expect(app.draw() == Fixtures.app(rows: 50, columns: 200).draw())
        app.receive(.resize(rows: 24, columns: 80))
        #expect(app.draw() == Fixtures.app().draw())
    }

    @Test func anItemAddedInTheSetUpAndItsUndoInTheMatrixShowAtOnce() {
        var app = Fixtures.app()
        app.press(.character("S"), .tab, .tab, .character("G"), .character("a"))
        app.type("7")
        app.press(.enter)
        app.type("外部記録媒体の管理")
        app.press(.enter)
        app.type("USBメモリの登録")
        app.press(.enter, .character("q"), .character("G"))
        var fresh = Fixtures.app(app.audit.audit)
        fresh.press(.character("G"))
        #expect(app.draw().text.contains("7 外部記録媒体の管理 USB"))
        #expect(panes(app.draw()) == panes(fresh.draw()))

        app.press(.character("u"))
        #expect(app.audit.audit == SampleAudit.audit)
        fresh = Fixtures.app()
        fresh.press(.character("G"))
        #expect(!app.draw().text.contains("外部記録媒体の管理"))
        #expect(panes(app.draw()) == panes(fresh.draw()))
    }
}
