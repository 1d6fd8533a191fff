import Testing
import KansaCore
@testable import KansaUI

/// Key sequences driven through the update function, asserted on state and on what the screen shows.
struct AuditKeyTests {
    func verdict(_ app: App, item: Int, division: Int) -> Verdict? {
        let p = app.audit.items[item]
        return app.audit.audit.sections[p.section].items[p.item].cell(division).verdict
    }

    func saves(_ effects: [AppEffect]) -> Int {
        effects.filter { if case .save = $0 { true } else { false } }.count
    }

    @Test func theCursorStartsAtTheFirstItemOfTheFirstDivision() {
        let app = Fixtures.app()
        #expect(app.audit.cursorItem == 0 && app.audit.cursorDivision == 0)
        #expect(app.audit.current?.item.id == "human-1")
    }

    @Test func arrowsAndVimKeysMove() {
        var app = Fixtures.app()
        app.press(.down, .character("j"), .right, .character("l"))
        #expect(app.audit.cursorItem == 2 && app.audit.cursorDivision == 2)
        app.press(.up, .character("h"))
        #expect(app.audit.cursorItem == 1 && app.audit.cursorDivision == 1)
        app.press(.character("G"), .end)
        #expect(app.audit.cursorItem == 27 && app.audit.cursorDivision == 5)
        app.press(.character("g"), .home)
        #expect(app.audit.cursorItem == 0 && app.audit.cursorDivision == 0)
        app.press(.pageDown)
        #expect(app.audit.cursorItem > 5)
        app.press(.pageUp)
        #expect(app.audit.cursorItem == 0)
        app.press(.up, .left)
        #expect(app.audit.cursorItem == 0 && app.audit.cursorDivision == 0)
    }

    @Test func theLastItemScrollsIntoViewWithItsSection() {
        var app = Fixtures.app()
        app.press(.character("G"))
        let text = app.draw().text
        #expect(text.contains("6 原則，基幹系システムのデータ以外は"))
        app.press(.character("g"))
        #expect(app.draw().text.contains("I 人的セキュリティ"))
    }

    @Test func spaceCyclesTheVerdictInPlaceAndSavesEachTime() {
        var app = Fixtures.app(SampleAudit.audit.successor(title: "t", auditDate: LocalDate(year: 2024, month: 3, day: 1)))
        var seen: [String] = []
        var saved = 0
        for _ in 0..<5 {
            saved += saves(app.press(.character(" ")))
            seen.append(verdict(app, item: 0, division: 0)?.symbol ?? "blank")
        }
        #expect(seen == ["○", "△", "×", "－", "blank"])
        #expect(saved == 5)
        #expect(app.audit.cursorItem == 0)
    }

    @Test func verdictKeysSetAndMoveDownTheColumnIntoTheNextSection() {
        var app = Fixtures.app(SampleAudit.audit.successor(title: "t", auditDate: LocalDate(year: 2024, month: 3, day: 1)))
        app.press(.right)
        app.press(.character("o"), .character("t"), .character("x"), .character("-"))
        app.press(.character("1"), .character("2"), .character("3"), .character("4"))
        #expect((0..<8).map { verdict(app, item: $0, division: 1)?.symbol ?? "" } == ["○", "△", "×", "－", "○", "△", "×", "－"])
        #expect(app.audit.cursorItem == 8)
        #expect(app.audit.current?.section.numeral == "II")
        #expect(verdict(app, item: 0, division: 0) == nil)
        #expect(app.draw().text.contains("heard 8/168  ○2 △2 ×2 －2"))
    }

    @Test func backspaceDeleteAndZeroClear() {
        var app = Fixtures.app()
        for key in [Key.backspace, .delete, .character("0")] {
            app.press(.character("o"))
            app.press(.up, key)
            #expect(verdict(app, item: app.audit.cursorItem, division: 0) == nil)
        }
        #expect(app.audit.counts.blank == 1)
    }

    @Test func aNoteInJapaneseIsEditedByCharacterNotByColumn() {
        var app = Fixtures.app()
        app.press(.enter)
        app.type("保護課と確認")
        app.press(.backspace, .backspace)
        app.type("済")
        app.press(.control("a"), .delete)
        app.type("再")
        app.press(.right, .right, .character("を"))
        app.press(.control("e"))
        app.type("み")
        let effects = app.press(.enter)
        #expect(saves(effects) == 1)
        #expect(app.audit.currentCell.note == "再護課をと済み")
        #expect(app.draw().text.contains("Note: 再護課をと済み"))
        #expect(app.draw().text.contains("○ *"))
        app.press(.enter)
        app.type("消える")
        #expect(saves(app.press(.escape)) == 0)
        #expect(app.audit.currentCell.note == "再護課をと済み")
    }

    @Test func improvementAndRemarkHaveTheirOwnKeys() {
        var app = Fixtures.app()
        app.press(.character("N"))
        app.type("改善あり")
        app.press(.enter, .character("r"))
        app.type("関係事務のみ")
        app.press(.enter)
        #expect(app.audit.current?.item.improvement == "改善あり")
        #expect(app.audit.current?.section.remarks["kikaku"] == "関係事務のみ")
        let text = app.draw().text
        #expect(text.contains("Improvement: 改善あり"))
        #expect(text.contains("Remark: 関係事務のみ"))
    }

    @Test func fillPutsOneVerdictIntoTheBlankCellsOfTheSectionAsOneUndoStep() {
        var audit = SampleAudit.audit.successor(title: "t", auditDate: LocalDate(year: 2024, month: 3, day: 1))
        audit.apply(.verdict(item: "personal-number-6", division: "kikaku", .compliant))
        var app = Fixtures.app(audit)
        app.press(.character("/"))
        app.type("取得について")
        app.press(.enter)
        #expect(app.audit.current?.section.numeral == "III")
        app.press(.character("a"))
        #expect(app.draw().text.contains("Blank cells of 企画課 in III 特定個人情報の適切な取扱い"))
        #expect(saves(app.press(.character("-"))) == 1)
        let section = app.audit.audit.sections[2]
        #expect(section.items.map { $0.cell(0).verdict?.symbol ?? "" } == ["－", "－", "－", "－", "－", "○", "－"])
        #expect(app.draw().text.contains("－ in 6 blank cells"))
        app.press(.character("u"))
        #expect(app.audit.audit.sections[2].items.map { $0.cell(0).verdict?.symbol ?? "" } == ["", "", "", "", "", "○", ""])
        app.press(.control("r"))
        #expect(app.audit.audit.sections[2].items.filter { $0.cell(0).verdict == .notApplicable }.count == 6)
        app.press(.character("a"), .character("q"))
        #expect(app.audit.prompt == nil)
    }

    @Test func undoAndRedoWorkAcrossEveryKindOfEdit() {
        var app = Fixtures.app()
        let original = app.audit.audit
        app.press(.character(" "))
        app.press(.enter); app.type("メモ"); app.press(.enter)
        app.press(.character("N")); app.type("改善"); app.press(.enter)
        app.press(.character("r")); app.type("備考"); app.press(.enter)
        _ = app.receive(.edited("新しい総評"))
        app.press(.down, .right, .character("x"))
        let edited = app.audit.audit
        for _ in 0..<6 { #expect(saves(app.press(.character("u"))) == 1) }
        #expect(app.audit.audit == original)
        #expect(app.draw().text.contains("Nothing to undo") == false)
        app.press(.character("u"))
        #expect(app.draw().text.contains("Nothing to undo"))
        for _ in 0..<6 { app.press(.control("r")) }
        #expect(app.audit.audit == edited)
        app.press(.control("r"))
        #expect(app.draw().text.contains("Nothing to redo"))
    }

    @Test func undoTakesTheCursorToTheCellItUndid() {
        var app = Fixtures.app()
        app.press(.character("G"), .end, .character("x"))
        app.press(.character("g"), .home)
        app.press(.character("u"))
        #expect(app.audit.cursorItem == 27 && app.audit.cursorDivision == 5)
    }

    @Test func searchFindsItemsAndNextWraps() {
        var app = Fixtures.app()
        app.press(.character("/"))
        app.type("USB")
        app.press(.enter)
        #expect(app.audit.current?.item.id == "human-5-1")
        app.press(.character("n"))
        #expect(app.audit.current?.item.id == "human-5-2")
        app.press(.character("n"))
        #expect(app.audit.current?.item.id == "human-5-1")
        app.press(.character("/"))
        app.type("存在しない")
        app.press(.enter)
        #expect(app.draw().text.contains("No item or note contains “存在しない”"))
    }

    @Test func aReadOnlyFileRefusesEveryEditAndSaysWhy() {
        var app = Fixtures.app(readOnly: "another kansa (process 7) is editing this file")
        for key in [Key.character(" "), .character("o"), .backspace, .enter, .character("N"), .character("a"), .character("u"), .character("E")] {
            #expect(app.press(key).isEmpty)
            #expect(app.draw().text.contains("Read-only, nothing changed: another kansa (process 7)"))
        }
        #expect(app.audit.audit == SampleAudit.audit)
        app.press(.down)
        #expect(app.audit.cursorItem == 1)
    }

    @Test func theGeneralCommentGoesToTheEditorAndComesBack() {
        var app = Fixtures.app()
        #expect(app.press(.character("E")) == [.editExternally(SampleAudit.audit.generalComment)])
        #expect(app.receive(.edited(SampleAudit.audit.generalComment)).isEmpty)
        #expect(app.draw().text.contains("General comment (総評) unchanged"))
        #expect(saves(app.receive(.edited("書き直した総評"))) == 1)
        #expect(app.audit.audit.generalComment == "書き直した総評")
        #expect(app.receive(.editorFailed("vi exited with status 1")).isEmpty)
        #expect(app.draw().text.contains("The editor failed: vi exited with status 1"))
    }

    @Test func aClickSelectsACellAndTheWheelScrolls() {
        var app = Fixtures.app()
        let screen = app.draw()
        let row = (0..<screen.rows).first { screen.line($0).hasPrefix("2(2) パソコンの取扱い") }!
        let column = screen.line(1).distance(to: "財政")
        app.press(.click(row: row, column: column))
        #expect(app.audit.current?.item.id == "human-2-2")
        #expect(app.audit.currentDivision?.name == "財政課")
        app.press(.wheelDown(row: 5, column: 5), .wheelDown(row: 5, column: 5), .wheelDown(row: 5, column: 5))
        #expect(app.audit.topRow == 9)
        #expect(app.audit.rowOfItem[app.audit.cursorItem] >= 9)
    }

    @Test func tabSwitchesToTheDetailPaneWhereJAndKScrollIt() {
        var app = Fixtures.app()
        app.press(.tab)
        #expect(app.audit.focus == .detail)
        app.press(.character("j"))
        #expect(app.audit.cursorItem == 0)
        #expect(app.audit.detailTop == 1)
        app.press(.tab, .character("j"))
        #expect(app.audit.focus == .matrix)
        #expect(app.audit.cursorItem == 1)
    }

    @Test func narrowScreensScrollTheDivisionsSideways() {
        var app = Fixtures.app(rows: 24, columns: 60)
        app.press(.end)
        let text = app.draw().text
        #expect(text.contains("医療対策"))
        #expect(text.split(separator: "\n")[1].contains("‹"))
        app.press(.home)
        #expect(app.draw().text.split(separator: "\n")[1].contains("›"))
    }

    @Test func aResizeKeepsTheCursorInView() {
        var app = Fixtures.app(rows: 50, columns: 200)
        app.press(.character("G"))
        app.receive(.resize(rows: 24, columns: 80))
        #expect(app.draw().text.contains("6 原則，基幹系システムのデータ以外は"))
        app.receive(.resize(rows: 8, columns: 30))
        #expect(app.draw().text.contains("Terminal too small (30×8)"))
        #expect(app.press(.character("x")).isEmpty)
        #expect(app.press(.character("q")) == [.quit])
    }

    @Test func questionMarkOpensHelpAndQQuits() {
        var app = Fixtures.app()
        app.press(.character("?"))
        #expect(app.showingHelp)
        #expect(app.draw().text.contains("cycle verdict: blank ○ △ × －"))
        app.press(.character("j"), .escape)
        #expect(!app.showingHelp)
        #expect(app.press(.character("q")).last == .quit)
        #expect(app.press(.control("c")) == [.quit])
    }
}

extension String {
    /// The screen column where `text` starts in this line.
    func distance(to text: String) -> Int {
        guard let range = range(of: text) else { return -1 }
        return CharacterWidth().width(of: self[..<range.lowerBound])
    }
}

struct AutoAdvanceTests {
    @Test func withoutAutoAdvanceAVerdictKeyStaysOnItsCell() {
        let screen = AuditScreen(audit: SampleAudit.audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth(), autoAdvance: false)
        var app = App(screen: screen, rows: 24, columns: 80)
        app.press(.character("x"))
        #expect(app.audit.cursorItem == 0)
        #expect(app.audit.currentCell.verdict == .needsImprovement)
    }
}
