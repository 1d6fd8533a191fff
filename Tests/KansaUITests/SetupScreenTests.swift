import KansaCore
import Testing
@testable import KansaUI

/// The set-up screen driven with keys: every edit, its undo in the set-up screen and in the matrix, the
/// refusals, and golden screens of its three panes.
struct SetupScreenTests {
    func setupApp(rows: Int = 24, columns: Int = 80, language: Language = .en) -> App {
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth())
        var app = App(screen: screen, rows: rows, columns: columns, strings: Strings(language))
        app.press(.character("S"))
        return app
    }

    func setup(_ app: App) -> AuditSetupScreen {
        guard let screen = app.screen as? AuditSetupScreen else { fatalError("not the set-up screen") }
        return screen
    }

    @Test func goldenPanes() {
        var app = setupApp()
        Golden.check(app.draw(), "setup-overview-80x24")
        app.press(.tab)
        Golden.check(app.draw(), "setup-divisions-80x24")
        app.press(.tab)
        Golden.check(app.draw(), "setup-items-80x24")
        var ja = setupApp(language: .ja)
        ja.press(.tab)
        Golden.check(ja.draw(), "setup-divisions-ja-80x24")
    }

    @Test func aDivisionIsAddedWithADefaultShortNameAndUndoneInTheMatrix() {
        var app = setupApp()
        app.press(.tab, .character("G"), .character("a"))
        app.type("税務課")
        app.press(.enter)
        let effects = app.press(.enter)
        #expect(effects.count == 1, "saved at once")
        let added = setup(app).audit.divisions.last!
        #expect(added.name == "税務課" && added.shortName == "税務" && added.id == "税務課")
        #expect(setup(app).audit.sections.allSatisfy { $0.items.allSatisfy { $0.cells.count == 7 } })
        app.press(.character("q"))
        #expect(app.audit.audit.divisions.count == 7)
        #expect(app.draw().text.contains("税務"), "the matrix has the new column")
        app.press(.character("u"))
        #expect(app.audit.audit == SampleAudit.audit, "undone in the matrix")
        app.press(.control("r"))
        #expect(app.audit.audit.divisions.last?.name == "税務課")
    }

    @Test func aDivisionRemovedComesBackWithEveryCellNoteAndRemark() {
        var app = setupApp()
        app.press(.tab, .down, .down, .down, .down)
        #expect(setup(app).audit.divisions[4].name == "保護課")
        app.press(.character("d"))
        #expect(app.draw().text.contains("Remove 保護課 with its"))
        app.press(.character("n"))
        #expect(setup(app).audit.divisions.count == 6, "any key but y keeps it")
        app.press(.character("d"), .character("y"))
        #expect(setup(app).audit.divisions.map(\.name) == ["企画課", "人事行政課", "デジタル都市推進課", "財政課", "医療対策課"])
        #expect(setup(app).audit.sections.allSatisfy { $0.remarks["hogo"] == nil })
        app.press(.character("u"))
        #expect(setup(app).audit == SampleAudit.audit, "restored exactly: cells, notes, remarks, order")
    }

    @Test func itemsAreAddedEditedMovedAcrossSectionsAndRemoved() {
        var app = setupApp()
        app.press(.tab, .tab, .character("G"), .character("a"))
        app.type("7")
        app.press(.enter)
        app.type("外部記録媒体の管理")
        app.press(.enter)
        app.type("USBメモリの登録")
        app.press(.enter)
        let last = setup(app).audit.sections.last!
        #expect(last.items.last?.number == "7" && last.items.last?.title == "外部記録媒体の管理")
        #expect(last.items.last?.id.rawValue == "IV-7", "made from the section and the number")
        app.press(.enter)
        app.press(.control("u"))
        app.type("8")
        app.press(.enter, .enter, .enter)
        #expect(setup(app).audit.sections.last?.items.last?.number == "8")
        let id = setup(app).audit.sections.last!.items.last!.id
        let before = setup(app).audit.sections.last!.items.count - 1
        for _ in 0...before { app.press(.character("K")) }
        let moved = setup(app).audit.position(of: id)
        #expect(moved?.section == setup(app).audit.sections.count - 2, "moved up into the section before")
        app.press(.character("d"), .character("y"))
        #expect(setup(app).audit.position(of: id) == nil)
        for _ in 0..<(before + 4) { app.press(.character("u")) }
        #expect(setup(app).audit == SampleAudit.audit)
    }

    @Test func aSectionIsAddedAndEdited() {
        var app = setupApp()
        app.press(.tab, .tab, .character("G"), .character("A"))
        app.type("V")
        app.press(.enter)
        app.type("クラウドサービスの利用")
        app.press(.enter)
        #expect(setup(app).audit.sections.last?.heading == "V クラウドサービスの利用")
        app.press(.enter, .enter, .enter)
        app.press(.control("u"))
        app.type("備考（クラウド）")
        app.press(.enter)
        #expect(setup(app).audit.sections.last?.remarksLabel == "備考（クラウド）")
    }

    @Test func overviewFieldsAreEditedOnTheLineOrInTheEditor() {
        var app = setupApp()
        app.press(.enter, .control("u"))
        app.type("令和5年度（下半期）情報セキュリティ内部監査")
        app.press(.enter)
        #expect(setup(app).audit.title == "令和5年度（下半期）情報セキュリティ内部監査")
        app.press(.down, .enter, .control("u"))
        app.type("令和６")
        app.press(.enter)
        #expect(setup(app).audit.fiscalYear == 2024)
        app.press(.down, .down, .enter, .control("u"))
        app.type("２０２３／１１／２０")
        app.press(.enter)
        #expect(setup(app).audit.auditDate == LocalDate(year: 2023, month: 11, day: 20))
        app.press(.down, .down)
        #expect(app.press(.enter) == [.editExternally(SampleAudit.audit.targetSystems.joined(separator: "\n"))])
        app.receive(.edited("住民情報系システム\n\nイントラネット\n"))
        #expect(setup(app).audit.targetSystems == ["住民情報系システム", "イントラネット"])
    }

    @Test(arguments: [
        ("divisions", ["a", "", "\r", "\r"], "A division needs a name"),
        ("divisions", ["a", "企画課", "\r", "\r"], "企画課 is audited already"),
        ("divisions", ["a", "企画室", "\r", "企画", "\r"], "The short name 企画 is taken"),
        ("items", ["G", "a", "1", "\r", "x", "\r", "\r"], "has an item 1 already"),
        ("items", ["a", "", "\r", "t", "\r", "\r"], "An item needs a number"),
        ("items", ["G", "a", "６", "\r", "x", "\r", "\r"], "has an item 6 already"),
        ("overview", ["j", "\r", "\u{15}", "R0", "\r"], "is not a value"),
        ("overview", ["j", "j", "j", "\r", "\u{15}", "2023-02-30", "\r"], "is not a value"),
        ("overview", ["j", "\r", "\u{15}", "next year", "\r"], "is not a value"),
    ])
    func badInputIsRefusedWithTheReasonAndNothingChanges(pane: String, keys: [String], reason: String) {
        var app = setupApp()
        for _ in 0..<(["overview": 0, "divisions": 1, "items": 2][pane]!) { app.press(.tab) }
        for key in keys {
            switch key {
            case "\r": app.press(.enter)
            case "\u{15}": app.press(.control("u"))
            case "G", "a", "j": app.press(.character(Character(key)))
            default: app.type(key)
            }
        }
        let shown = app.draw().text.filter { !$0.isWhitespace }
        #expect(shown.contains(reason.filter { !$0.isWhitespace }), "\(app.draw().text)")
        #expect(setup(app).audit == SampleAudit.audit)
    }

    @Test func aHearingIsRecordedForADivisionAndShownInTheMatrix() {
        var app = setupApp(rows: 30, columns: 130)
        app.press(.tab, .down, .character("h"))
        #expect(app.draw().text.contains("Hearing of 人事行政課, date: \(SampleAudit.audit.auditDate)"), "the audit date to start from")
        app.press(.control("u"))
        app.type("2023-10-10")
        app.press(.enter)
        app.type("10:00〜11:00")
        app.press(.enter)
        app.type("3F会議室")
        app.press(.enter)
        app.type("人事 太郎、行政 花子")
        app.press(.enter)
        app.type("監査 一郎")
        app.press(.enter)
        let hearing = setup(app).audit.hearings["jinji"]
        #expect(hearing == Hearing(date: LocalDate(year: 2023, month: 10, day: 10), time: "10:00〜11:00", place: "3F会議室",
                                   attendees: ["人事 太郎", "行政 花子"], interviewers: ["監査 一郎"]))
        #expect(app.draw().text.contains("hearing 2023-10-10"))
        app.press(.character("q"), .right)
        #expect(app.draw().text.contains("Hearing: 2023-10-10 10:00〜11:00"), "the detail pane shows the hearing")
        app.press(.character("u"))
        #expect(app.audit.audit.hearings.isEmpty)
    }

    @Test func anEditorThatChangesNothingRecordsNothing() {
        var app = setupApp()
        for _ in 0..<9 { app.press(.down) }
        #expect(app.press(.enter) == [.editExternally(SampleAudit.audit.generalComment)])
        #expect(app.receive(.edited(SampleAudit.audit.generalComment)).isEmpty)
        #expect(app.draw().text.contains("General comment unchanged"))
        app.press(.character("u"))
        #expect(app.draw().text.contains("Nothing to undo"))
    }

    @Test func theLastDivisionCannotBeRemoved() {
        var audit = SampleAudit.audit
        for id in audit.divisions.dropFirst().map(\.id) { audit.apply(try! audit.removingDivision(id)) }
        var app = App(screen: AuditScreen(audit: audit, fileName: "a.json", readOnlyReason: nil, width: CharacterWidth()), rows: 24, columns: 80)
        app.press(.character("S"), .tab, .character("d"))
        #expect(app.draw().text.contains("The last division cannot be removed"))
        #expect(setup(app).confirming == nil)
    }

    @Test func aReadOnlyAuditIsNotSetUp() {
        var app = App(screen: AuditScreen(audit: SampleAudit.audit, fileName: "a.json", readOnlyReason: "opened read-only", width: CharacterWidth()),
                      rows: 24, columns: 80)
        app.press(.character("S"), .tab, .character("a"))
        #expect(app.draw().text.contains("Read-only, nothing changed"))
    }
}

/// Coming back from the set-up screen keeps the document's file open: only leaving the last screen that edits it
/// lets it go.
struct SetupFileTests {
    @Test func backFromTheSetUpScreenKeepsTheFile() {
        let entries = [HomeScreen.Entry(path: "/w/audit.json", document: .audit(SampleAudit.audit))]
        var app = App(screen: HomeScreen(folder: "/w", entries: entries, created: false, strings: Strings(.en)), rows: 24, columns: 80)
        app.receive(.opened(document: .audit(SampleAudit.audit), path: "/w/audit.json", readOnlyReason: nil))
        app.press(.character("S"))
        #expect(!app.press(.character("q")).contains(.closeDocument), "the matrix still edits the file")
        #expect(app.press(.character("q")) == [.closeDocument], "back on the home screen the file goes")
    }
}
