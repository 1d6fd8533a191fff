import Foundation
import KansaCore
import KansaStore
import Testing
import TestSupport
@testable import KansaUI
@testable import kansa

/// Theme files: read with the project's JSON reader, checked against the interface's roles and glyph sets.
struct ThemeFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes")

    func read(_ text: String) throws(StoreError) -> Theme {
        Theme(try ThemeFile.parse(Array(text.utf8), path: "t.json", vocabulary: Theme.vocabulary))
    }

    @Test func theDefaultThemeFileIsTheBuiltInTheme() throws {
        #expect(Theme(try ThemeFile.read(Self.folder.appendingPathComponent("default.json").path, vocabulary: Theme.vocabulary)) == Theme.builtIn)
    }

    @Test func aThemeMissingARoleOrWithABadColourIsRefusedWithItsPlace() {
        #expect(throws: StoreError.self) { try read(#"{"name": "x", "roles": {"cursor": {"reverse": true}}}"#) }
        do {
            _ = try read("{\"name\": \"x\",\n \"roles\": {\"cursor\": {\"foreground\": \"mauve\"}}}")
            Issue.record("a bad colour was taken")
        } catch {
            #expect(error.description(in: .en).hasPrefix("t.json:2:37: 'roles.cursor.foreground' is \"mauve\", not a colour"))
            #expect(error.description(in: .ja).contains("は色ではありません"))
        }
    }

    @Test func aKeyTwiceAnUnknownRoleAndAnUnknownGlyphSetAreRefused() {
        let complete = ShippedThemes.sources["mono"]!
        let twice = complete.replacingOccurrences(of: #""name": "mono""#, with: #""name": "mono", "name": "again""#)
        #expect(throws: StoreError.self) { try read(twice) }
        let unknown = complete.replacingOccurrences(of: #""cursor""#, with: #""cursour""#)
        #expect(throws: StoreError.self) { try read(unknown) }
        let ascii = ShippedThemes.sources["ascii"]!
        #expect(throws: StoreError.self) { try read(ascii.replacingOccurrences(of: #""glyphs": "ascii""#, with: #""glyphs": "emoji""#)) }
    }
}

/// The shipped themes: built into the program, equal to the files in `Themes/`, each complete.
struct ShippedThemeTests {
    @Test func theBuiltInCopiesAreTheFiles() throws {
        let folder = ThemeFileTests.folder
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.map { String($0.dropLast(5)) } == ShippedThemes.sources.keys.sorted())
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(ShippedThemes.sources[String(file.dropLast(5))] == text, "\(file)")
        }
        #expect(Set(ShippedThemes.sources.keys).isSuperset(of: ["default", "light", "high-contrast", "mono"]))
    }

    @Test(arguments: ["default", "light", "high-contrast", "mono", "ascii"])
    func everyShippedThemeLoadsAndDefinesEveryRole(_ name: String) {
        let (theme, problem) = Theme.named(name, userFolder: nil, language: .en)
        #expect(problem == nil)
        #expect(theme.name == name)
        for role in Role.allCases where role != .normal { #expect(theme.looks[role] != nil, "\(name) lacks \(role)") }
        let others = Role.allCases.filter { $0 != .conflict && $0 != .cursor && $0 != .status }.map { theme.look($0) }
        #expect(!others.contains(theme.look(.conflict)), "\(name): a merge conflict's mark has a look of its own")
    }

    @Test(arguments: ["mono", "ascii"])
    func monochromeThemesUseNoColour(_ name: String) {
        let (theme, _) = Theme.named(name, userFolder: nil, language: .en)
        #expect(theme.looks.values.allSatisfy { $0.foreground == nil && $0.background == nil })
        #expect(theme.glyphs == (name == "ascii" ? .ascii : .unicode))
    }

    @Test func aUsersBrokenThemeIsRefusedWithTheFileThePlaceAndTheReasonAndDefaultIsUsed() throws {
        let temporary = TemporaryFolder("themes")
        let folder = temporary.path
        var text = ShippedThemes.sources["light"]!.replacingOccurrences(of: #""foreground": "blue""#, with: #""foreground": "navy""#)
        try text.write(toFile: folder + "/light.json", atomically: true, encoding: .utf8)
        let (theme, problem) = Theme.named("light", userFolder: folder, language: .en)
        #expect(theme == Theme.builtIn)
        #expect(problem?.hasPrefix(folder + "/light.json:") == true)
        #expect(problem?.contains("not a colour") == true)
        #expect(Theme.named("light", userFolder: folder, language: .ja).problem?.contains("は色ではありません") == true)
        text = ShippedThemes.sources["mono"]!.replacingOccurrences(of: #""name": "mono""#, with: #""name": "mine""#)
        try text.write(toFile: folder + "/mine.json", atomically: true, encoding: .utf8)
        #expect(Theme.named("mine", userFolder: folder, language: .en).theme.name == "mine")
        #expect(Theme.named("nothing", userFolder: folder, language: .en).problem?.hasPrefix("no theme nothing") == true)
        #expect(Theme.named("mono", userFolder: folder, language: .en).problem == nil)
    }
}
