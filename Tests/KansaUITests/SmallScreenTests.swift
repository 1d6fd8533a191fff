import KansaCore
import Testing
@testable import KansaUI

/// At 80×24 the matrix keeps the cursor's section in sight and the detail pane says when it holds more.
struct SmallScreenTests {
    @Test func theSectionTitleStaysInSightWhenTheMatrixScrolls() {
        var app = Fixtures.app(LargeAudit.make(divisions: 6, items: 50))
        for _ in 0..<20 { app.press(.down) }
        let header = app.draw().line(1)
        guard case .item = app.audit.rows[app.audit.topRow], let section = app.audit.current?.section else {
            Issue.record("the matrix did not scroll past a section title")
            return
        }
        #expect(header.hasPrefix(section.heading.prefix(8)), "\(header)")
        app.press(.character("g"))
        #expect(app.draw().line(1).hasPrefix("Audit item"), "the section's own row is on screen again")
        #expect(section.items.count == 25)
    }

    @Test func theDetailPaneSaysMoreIsHidden() {
        var audit = SampleAudit.audit
        _ = audit.apply(.note(item: audit.sections[0].items[0].id, division: audit.divisions[0].id, String(repeating: "説明の長いメモ。", count: 80)))
        let app = Fixtures.app(audit)
        #expect(app.draw().text.contains("more ↓ Tab, j"))
        #expect(!Fixtures.app().draw().text.contains("more ↓"))
    }
}
