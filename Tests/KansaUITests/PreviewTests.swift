import Testing
import KansaCore
import KansaReport
import KansaStore
@testable import KansaUI

/// The report preview: reached from the matrix, the board and the home screen; scrolled, searched, re-flowed
/// and exported with keys.
struct PreviewTests {
    func preview(_ app: App) -> ReportPreview {
        guard let preview = app.screen as? ReportPreview else { fatalError("not the preview") }
        return preview
    }

    func previewApp(rows: Int = 24, columns: Int = 80) -> App {
        var app = Fixtures.app(rows: rows, columns: columns)
        app.press(.character("R"))
        return app
    }

    @Test func goldenAt80x24() {
        Golden.check(previewApp().draw(), "preview-80x24")
    }

    @Test func goldenAt200x50() {
        var app = previewApp(rows: 50, columns: 200)
        app.press(.character("/"))
        app.type("○特定個人情報")
        app.press(.enter)
        Golden.check(app.draw(), "preview-200x50")
    }

    @Test func theDrillsTimetableAt100x30() {
        var app = App(screen: DrillBoard(drill: SampleDrill.drill, fileName: "drill.json", readOnlyReason: nil,
                                              now: SampleDrill.drill.instant(ClockTime(hour: 14, minute: 0))),
                      rows: 30, columns: 100)
        app.press(.character("R"), .character("G"))
        Golden.check(app.draw(), "preview-drill-100x30")
        app.press(.character("q"))
        guard app.screen is DrillBoard else { Issue.record("q goes back to the board"); return }
    }

    @Test func scrollingKeys() {
        var app = previewApp()
        let count = preview(app).lines.count
        app.press(.character("j"), .character("j"))
        #expect(preview(app).top == 2)
        app.press(.pageDown)
        #expect(preview(app).top == 2 + 21)
        app.press(.character("G"))
        #expect(preview(app).top == count - 22)
        app.press(.down)
        #expect(preview(app).top == count - 22)
        app.press(.pageUp, .character("k"))
        #expect(preview(app).top == count - 22 - 21 - 1)
        app.press(.character("g"))
        #expect(preview(app).top == 0)
    }

    @Test func searchFindsAndGoesOnWithN() {
        var app = previewApp()
        app.press(.character("n"))
        #expect(app.draw().text.contains("search with / first"))
        app.press(.character("/"))
        app.type("保護課")
        app.press(.enter)
        let first = preview(app).match!
        #expect(preview(app).lines[first].text.contains("保護課"))
        #expect(preview(app).top <= first && first < preview(app).top + 22)
        app.press(.character("n"))
        let second = preview(app).match!
        #expect(second > first)
        app.press(.character("N"))
        #expect(preview(app).match == first)
        app.press(.character("/"))
        app.type("存在しない")
        app.press(.enter)
        #expect(app.draw().text.contains("「存在しない」はレポートにありません") || app.draw().text.contains("is not in the report"))
    }

    /// `/` starts an empty search, as on the hearing screen (`n` repeats the last one), and full- and half-width
    /// letters and any case are alike: `ｕｓｂ` finds `USB`.
    @Test func searchStartsEmptyAndFoldsWidthAndCase() {
        var app = previewApp()
        app.press(.character("/"))
        app.type("保護課")
        app.press(.enter)
        app.press(.character("/"))
        guard case .search(let editor) = preview(app).prompt else { Issue.record("/ opens the search"); return }
        #expect(editor.text.isEmpty)
        app.type("ｕｓｂ")
        app.press(.enter)
        let found = preview(app).match.map { preview(app).lines[$0].text }
        #expect(found?.contains("USB") == true, "\(found ?? "no match")")
    }

    @Test func resizingReflowsTheReport() {
        var app = previewApp(rows: 24, columns: 80)
        let narrow = preview(app).lines
        app.receive(.resize(rows: 24, columns: 140))
        let wide = preview(app).lines
        #expect(wide.count < narrow.count)
        #expect(wide.allSatisfy { CharacterWidth().width(of: $0.text) <= 138 })
        #expect(narrow.allSatisfy { CharacterWidth().width(of: $0.text) <= 78 })
    }

    @Test func xAsksForAFormatAndExports() {
        var app = previewApp()
        app.press(.character("x"))
        #expect(app.draw().text.contains("h HTML"))
        let effects = app.press(.character("h"))
        #expect(effects == [.export(document: .audit(SampleAudit.audit), format: .html, language: .ja, beside: nil)])
        app.receive(.exported(path: "/tmp/audit.html", error: nil))
        #expect(app.draw().text.contains("/tmp/audit.html"))
        app.press(.character("x"), .escape)
        #expect(app.draw().text.contains("Nothing exported"))
    }

    @Test func xThenXExportsAWorkbook() {
        var app = previewApp()
        app.press(.character("x"))
        #expect(app.draw().text.contains("x Excel"))
        #expect(app.press(.character("x")) == [.export(document: .audit(SampleAudit.audit), format: .xlsx, language: .ja, beside: nil)])
    }

    @Test func xThenWExportsAWordDocument() {
        var app = previewApp()
        app.press(.character("x"))
        #expect(app.draw().text.contains("w Word"))
        #expect(app.press(.character("w")) == [.export(document: .audit(SampleAudit.audit), format: .docx, language: .ja, beside: nil)])
    }

    @Test func lSwitchesTheReportsLanguage() {
        var app = previewApp()
        app.press(.character("L"))
        #expect(preview(app).lines.contains { $0.text.contains("1 Overview") })
        let effects = app.press(.character("x"), .character("t"))
        #expect(effects == [.export(document: .audit(SampleAudit.audit), format: .txt, language: .en, beside: nil)])
    }

    @Test func qGoesBackToTheMatrixWhereItWas() {
        var app = Fixtures.app()
        app.press(.character("j"), .character("j"), .character("R"), .character("q"))
        #expect(app.audit.cursorItem == 2)
    }

    @Test func theHomeScreenAsksForAPreviewOfTheSelectedDocument() {
        let entries = [HomeScreen.Entry(path: "/w/audit.json", document: .audit(SampleAudit.audit))]
        var app = App(screen: HomeScreen(folder: "/w", entries: entries, created: false, strings: Strings(.en)), rows: 24, columns: 80)
        #expect(app.press(.character("R")) == [.preview(path: "/w/audit.json")])
        app.receive(.previewRead(document: .audit(SampleAudit.audit), path: "/w/audit.json"))
        #expect(app.press(.character("x"), .character("m")) == [.export(document: .audit(SampleAudit.audit), format: .md, language: .ja, beside: "/w/audit.json")])
        app.press(.character("q"))
        guard app.screen is HomeScreen else { Issue.record("q goes back home"); return }
    }

    @Test func theHelpListsThePreviewKeysAndRIsInEveryScreensHelp() {
        var app = previewApp()
        app.press(.character("?"))
        #expect(app.draw().text.contains("search the report"))
        var matrix = Fixtures.app(rows: 50, columns: 120)
        matrix.press(.character("?"))
        #expect(matrix.draw().text.contains("report preview"))
    }
}
