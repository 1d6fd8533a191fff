import Foundation
import KansaCore
import Testing
@testable import KansaUI

struct ScreenTests {
    let narrow = CharacterWidth()
    let wide = CharacterWidth(ambiguousIsWide: true)

    @Test func widthsOfWhatAJapaneseScreenHolds() {
        #expect(narrow.width(of: "財政") == 4)
        #expect(narrow.width(of: "デジタル都市") == 12)
        #expect(narrow.width(of: "ｶﾅ") == 2)
        #expect(narrow.width(of: "○△×") == 3)
        #expect(wide.width(of: "○△×") == 6)
        #expect(narrow.width(of: "－") == 2, "the fullwidth hyphen-minus is wide in both settings")
        #expect(narrow.width(of: "─│") == 2)
        #expect(wide.width(of: "─│") == 4)
        #expect(narrow.width(of: "e\u{301}") == 1)
        #expect(narrow.width(of: "\u{1B}") == 4, "drawn as its escape \\x1B")
        #expect(narrow.width(of: "\u{202E}") == 8, "drawn as \\u{202E}")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(narrow.truncate("情報資産等の業務", to: 9) == "情報資産…")
        #expect(narrow.truncate("情報資産等の業務", to: 10) == "情報資産…")
        #expect(narrow.truncate("短い", to: 10) == "短い")
        #expect(narrow.fit("財政", to: 6) == "財政  ")
    }

    @Test func wrapBreaksBetweenCharactersByWidth() {
        #expect(narrow.wrap("あいうえお", to: 4) == ["あい", "うえ", "お"])
        #expect(narrow.wrap("ab\ncd", to: 10) == ["ab", "cd"])
    }

    @Test func aWideCharacterCoversTwoCellsAndOneThatDoesNotFitIsDropped() {
        var screen = Screen(rows: 1, columns: 5)
        #expect(screen.put("財政課", row: 0, column: 0) == 4)
        #expect(screen.character(row: 0, column: 0) == "財")
        #expect(screen.character(row: 0, column: 1) == nil)
        #expect(screen.text == "財政\n")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var screen = Screen(rows: 1, columns: 6)
        screen.put("財政課", row: 0, column: 0)
        screen.put("x", row: 0, column: 1)
        #expect(screen.line(0) == " x政課")
        screen.put("y", row: 0, column: 2)
        #expect(screen.line(0) == " xy 課")
    }

    @Test func aCombiningMarkStaysWithItsLetter() {
        var screen = Screen(rows: 1, columns: 4)
        #expect(screen.put("e\u{301}x", row: 0, column: 0) == 2)
        #expect(screen.character(row: 0, column: 0) == "e\u{301}")
        #expect(screen.line(0) == "e\u{301}x  ")
    }

    @Test func controlCharactersAreShownEscaped() {
        var screen = Screen(rows: 1, columns: 20)
        screen.put("a\u{1B}[31mb", row: 0, column: 0)
        #expect(screen.line(0).hasPrefix("a\\x1B[31mb"))
    }

    @Test func lineEditorHandlesWideCharacters() {
        var editor = LineEditor("保護課")
        _ = editor.handle(.backspace)
        #expect(editor.text == "保護")
        _ = editor.handle(.left)
        _ = editor.handle(.character("生"))
        #expect(editor.text == "保生護")
        _ = editor.handle(.control("a"))
        _ = editor.handle(.character("「"))
        _ = editor.handle(.control("e"))
        _ = editor.handle(.character("」"))
        #expect(editor.text == "「保生護」")
        _ = editor.handle(.control("u"))
        #expect(editor.text == "")
        #expect(editor.handle(.character("\u{7}")) == .editing)
        #expect(editor.text == "")
        var done = LineEditor("x")
        #expect(done.handle(.enter) == .committed("x"))
        #expect(done.handle(.escape) == .cancelled)
    }

    @Test func aLongLineScrollsToKeepTheCaretVisible() {
        var screen = Screen(rows: 1, columns: 10)
        let editor = LineEditor("あいうえおかきくけこ")
        editor.draw(into: &screen, row: 0, column: 0, columns: 10)
        #expect(screen.cursor?.column == 8)
        #expect(screen.line(0) == "きくけこ  ")
    }
}

struct WrapTests {
    @Test func englishBreaksAtSpacesAndJapaneseBetweenCharacters() {
        let width = CharacterWidth()
        #expect(width.wrap("kansa needs 50 columns", to: 12) == ["kansa needs", "50 columns"])
        #expect(width.wrap("あいうえお", to: 4) == ["あい", "うえ", "お"])
        #expect(width.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    }
}

struct WideTruncationTests {
    @Test func theEllipsisFitsInBothWidths() {
        let wide = CharacterWidth(ambiguousIsWide: true)
        let cut = wide.truncate("情報資産等の業務", to: 9)
        #expect(wide.width(of: cut) <= 9)
        #expect(cut.hasSuffix("…"))
        #expect(CharacterWidth().truncate("情報資産等の業務", to: 9) == "情報資産…")
    }
}
