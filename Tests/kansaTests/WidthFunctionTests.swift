import Foundation
import KansaCore
import Testing
import KansaStore
import KansaUI
@testable import kansa

/// The `wcwidth` kansa exports for ncurses agrees with the layout's widths, in both settings.
@Suite(.serialized)
struct WidthFunctionTests {
    @Test(arguments: [false, true])
    func ncursesAndTheLayoutAgree(wide: Bool) {
        let width = CharacterWidth(ambiguousIsWide: wide)
        activeCharacterWidth = width
        defer { activeCharacterWidth = CharacterWidth() }
        for character in ["○", "△", "×", "－", "─", "│", "財", "ア", "a", "ｶ"] as [Character] {
            let scalar = character.unicodeScalars.first!
            #expect(Int(kansaWcwidth(Int32(scalar.value))) == width.width(of: scalar), "\(character)")
        }
        #expect(kansaWcwidth(Int32(("○" as Unicode.Scalar).value)) == (wide ? 2 : 1))
        #expect(kansaWcwidth(0x1B) == -1)
        #expect(kansaWcwidth(0) == 0)
    }

    @Test func noColorMeansMono() throws {
        let options = try InterfaceOptions.parse([]).choices
        #expect(options.theme(Settings(), environment: ["NO_COLOR": "1", "HOME": "/nonexistent"]).theme.name == "mono")
        #expect(options.theme(Settings(), environment: ["HOME": "/nonexistent"]).theme.name == "default")
        let chosen = try InterfaceOptions.parse(["--theme", "light"]).choices
        #expect(chosen.theme(Settings(), environment: ["NO_COLOR": "1", "HOME": "/nonexistent"]).theme.name == "light")
    }
}

/// ncurses gets kansa's `wcwidth`, not libc's, in the build under test.
struct WidthFunctionInForceTests {
    @Test func theDynamicLinkerFindsKansasWcwidth() {
        #expect(ncursesUsesKansaWidths())
    }
}
