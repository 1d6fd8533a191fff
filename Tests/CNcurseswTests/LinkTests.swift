import CNcursesw
import Glibc
import Testing

/// The ncursesw system library links, and the shim makes its wide-character API and attributes visible.
struct LinkTests {
    @Test func linksTheWideLibrary() {
        let version = String(cString: curses_version())
        #expect(version.hasPrefix("ncurses 6"))
    }

    @Test func exportsTheAttributeMacros() {
        #expect(kansa_attr_normal() == 0)
        #expect(kansa_attr_bold() == 1 << 21)
        #expect(kansa_attr_reverse() == 1 << 18)
        #expect(kansa_attr_underline() == 1 << 17)
        #expect(Set([kansa_attr_bold(), kansa_attr_reverse(), kansa_attr_underline(), kansa_attr_dim()]).count == 4)
    }

    @Test func seesWideCharacterWidths() {
        #expect(setlocale(LC_ALL, "C.UTF-8") != nil)
        #expect(wcwidth(wchar_t(Character("財").unicodeScalars.first!.value)) == 2)
        #expect(wcwidth(wchar_t(Character("a").unicodeScalars.first!.value)) == 1)
    }

    @Test func buildsAWideCell() {
        var cell = cchar_t()
        let text: [wchar_t] = [wchar_t(Character("○").unicodeScalars.first!.value), 0]
        #expect(kansa_setcchar(&cell, text, kansa_attr_bold(), 0) == OK)
        #expect(cell.attr & kansa_attr_bold() != 0)
    }
}
