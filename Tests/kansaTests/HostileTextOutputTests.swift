import Foundation
import Testing
import TestSupport

/// Text from a document never reaches the user's terminal raw from the command line: summaries, the
/// workspace listing and error messages that quote a file show control characters escaped, as the screen does.
@Suite(.serialized)
struct HostileTextOutputTests {
    let temporary = TemporaryFolder("hostile-output")
    var folder: String { temporary.path }
    /// A title that sets the clipboard to `rm -rf ~` (OSC 52), sets the window title (OSC 0) and clears the screen.
    static let hostileTitle = #"\u001b]52;c;cm0gLXJmIH4=\u0007\u001b]0;pwned\u0007\u001b[2J"#

    func kansa(_ arguments: String..., environment: [String: String] = [:]) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: folder, environment: environment)
    }

    func expectNoRawControls(_ output: KansaProcess.Output, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in [output.stdout, output.stderr] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(text.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    func hostileAudit(_ name: String, extraKey: Bool = false) throws {
        let audit = try String(contentsOfFile: folder + "/audit.json", encoding: .utf8)
        var text = audit.replacingOccurrences(of: "\"title\": \"令和5年度（上半期）情報セキュリティ内部監査\"", with: "\"title\": \"\(Self.hostileTitle)\"")
        #expect(text != audit)
        if extraKey { text = text.replacingOccurrences(of: "\"title\":", with: "\"\\u001b[2Jextra\": 1,\n  \"title\":") }
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    @Test func summariesListingsAndErrorsAreEscaped() throws {
        _ = try kansa("sample", ".")
        try hostileAudit("hostile.json")
        let validate = try kansa("validate", "hostile.json")
        #expect(validate.status == 0)
        #expect(validate.stdout.contains(#"\x1B]52;c;cm0gLXJmIH4=\x07"#))
        expectNoRawControls(validate)
        let opened = try kansa("hostile.json")
        #expect(opened.status == 0)
        expectNoRawControls(opened)
        let listing = try kansa("--workspace", ".")
        #expect(listing.stdout.contains("hostile.json"))
        expectNoRawControls(listing)
        try hostileAudit("unknown.json", extraKey: true)
        let refused = try kansa("validate", "unknown.json")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(#"\x1B[2Jextra"#), "\(refused.stderr)")
        expectNoRawControls(refused)
        let japanese = try kansa("validate", "unknown.json", "--lang", "ja")
        expectNoRawControls(japanese)
    }
}
