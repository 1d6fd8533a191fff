import Foundation
import KansaCore
import Testing
@testable import KansaStore
import TestSupport

struct SettingsTests {
    let folder = TemporaryFolder()

    @Test func noFileMeansTheDefaults() throws {
        #expect(try Settings.load(folder.file("config.json")) == Settings())
        #expect(Settings().autoAdvance)
        #expect(!Settings().bell)
    }

    @Test func readsEveryKey() throws {
        let path = folder.write("""
            {"theme": "high-contrast", "language": "ja", "ambiguous": "wide", "autoAdvance": false, "bell": true, "workspace": "/srv/kansa"}
            """, to: "config.json")
        let settings = try Settings.load(path)
        #expect(settings.theme == "high-contrast")
        #expect(settings.language == "ja")
        #expect(settings.ambiguous == "wide")
        #expect(!settings.autoAdvance)
        #expect(settings.bell)
        #expect(settings.workspace == "/srv/kansa")
    }

    @Test func aWrongValueOrKeyIsRefusedWithItsPlace() {
        let bad = folder.write("{\n  \"ambiguous\": \"half\"\n}\n", to: "bad.json")
        #expect(throws: StoreError(path: bad, reason: .damaged(line: 2, column: 16, message: BilingualText(
            "'ambiguous' is \"half\"; it can be \"narrow\" or \"wide\" or \"auto\"",
            "'ambiguous' が \"half\" です。\"narrow\"・\"wide\"・\"auto\" のどれかにしてください")))) {
            try Settings.load(bad)
        }
        let unknown = folder.write("{\"colour\": true}", to: "unknown.json")
        #expect(throws: StoreError.self) { try Settings.load(unknown) }
    }

    @Test func theFileLivesUnderTheConfigFolder() {
        #expect(Settings.path(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/kansa/config.json")
        #expect(Settings.path(environment: ["HOME": "/h"]) == "/h/.config/kansa/config.json")
    }
}
