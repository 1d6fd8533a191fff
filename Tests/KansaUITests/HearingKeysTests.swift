import KansaCore
import Testing
@testable import KansaUI

/// Keys for the hearing itself: 要確認 marks, the next blank cell, the next section, and search over notes that
/// folds width and case and says when it wraps.
struct HearingKeysTests {
    @Test func aCellIsMarkedToConfirmCountedAndReached() {
        var app = Fixtures.app(SampleAudit.audit.successor(title: "t", auditDate: LocalDate(year: 2023, month: 11, day: 20)), rows: 30, columns: 100)
        app.press(.down, .down, .character("f"))
        #expect(app.audit.currentCell.flagged)
        #expect(app.draw().text.contains("confirm 1"))
        #expect(app.draw().text.contains("To confirm (要確認)"))
        app.press(.right, .down, .character("f"))
        app.press(.character("g"), .home)
        app.press(.character("F"))
        #expect(app.audit.cursorItem == 2 && app.audit.cursorDivision == 0)
        app.press(.character("F"))
        #expect(app.audit.cursorItem == 3 && app.audit.cursorDivision == 1)
        app.press(.character("f"), .character("u"))
        #expect(app.audit.currentCell.flagged, "undone")
        app.press(.character("F"))
        #expect(app.audit.cursorItem == 2, "round to the first")
    }

    @Test func theNextBlankCellAndTheNextSection() {
        var app = Fixtures.app(SampleAudit.audit.successor(title: "t", auditDate: LocalDate(year: 2023, month: 11, day: 20)))
        app.press(.character("o"), .character("o"), .character("g"), .character("b"))
        #expect(app.audit.cursorItem == 2)
        app.press(.character("]"))
        #expect(app.audit.current?.section.numeral == "II")
        #expect(app.audit.current?.item.number == "1(1)")
        app.press(.character("]"), .character("["))
        #expect(app.audit.current?.section.numeral == "II")
        var heard = Fixtures.app()
        heard.press(.character("b"))
        #expect(heard.draw().text.contains("No blank cells here"))
    }

    @Test func searchFindsNotesFoldsWidthAndCaseAndSaysWhenItWraps() {
        var audit = SampleAudit.audit
        _ = audit.apply(.note(item: audit.sections[1].items[0].id, division: audit.divisions[3].id, "予備の usb ケーブルを発見"))
        var app = Fixtures.app(audit)
        app.press(.character("/"))
        app.type("ＵＳＢ　ケーブル")
        app.press(.enter)
        #expect(app.audit.current?.section.numeral == "II" && app.audit.cursorDivision == 3, "found in a note")
        app.press(.character("G"), .character("/"))
        app.type("ｕｓｂメモリ")
        app.press(.enter)
        #expect(app.audit.current?.item.number == "5(1)")
        #expect(app.draw().text.contains("Wrapped round to the top"))
    }

    @Test func undoSaysWhatItUndid() {
        var app = Fixtures.app()
        app.press(.character("x"), .character("u"))
        #expect(app.draw().text.contains("Undone: the verdict of I 1 for 企画課"))
        app.press(.control("r"))
        #expect(app.draw().text.contains("Redone: the verdict of I 1 for 企画課"))
    }
}
