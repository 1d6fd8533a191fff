import KansaCore
import KansaStore
@testable import KansaUI

/// Apps on the sample audit at a given size, and a way to drive them with keys.
enum Fixtures {
    static func app(_ audit: Audit = SampleAudit.audit, rows: Int = 24, columns: Int = 80, readOnly: String? = nil) -> App {
        let screen = AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: readOnly, width: CharacterWidth())
        return App(mode: .audit(screen), rows: rows, columns: columns)
    }

    /// The audit screen of an app.
    static func screen(_ app: App) -> AuditScreen {
        guard case .audit(let screen) = app.mode else { fatalError("not on the audit screen") }
        return screen
    }
}

extension App {
    /// Presses keys in order and returns every effect they asked for.
    @discardableResult
    mutating func press(_ keys: Key...) -> [AppEffect] {
        keys.flatMap { handle($0) }
    }

    /// Types text one character at a time, as an input method delivers it.
    mutating func type(_ text: String) {
        for character in text { _ = handle(.character(character)) }
    }

    var audit: AuditScreen { Fixtures.screen(self) }
}
