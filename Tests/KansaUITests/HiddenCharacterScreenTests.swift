import KansaCore
import Testing
@testable import KansaUI

/// BiDi controls, zero-width characters and escape sequences in a document are shown as what they are, never
/// acted on: the screen draws them escaped.
struct HiddenCharacterScreenTests {
    @Test func aNoteWithHiddenCharactersIsShownEscaped() {
        var audit = SampleAudit.audit
        _ = audit.apply(.note(item: audit.sections[0].items[0].id, division: audit.divisions[0].id, "承認\u{202E}済\u{200B}み\u{1B}[2J"))
        let app = Fixtures.app(audit)
        let text = app.draw().text
        #expect(text.contains(#"承認\u{202E}済\u{200B}み\x1B[2J"#), "\(text)")
        #expect(!text.unicodeScalars.contains { [0x202E, 0x200B, 0x1B].contains($0.value) })
    }
}
