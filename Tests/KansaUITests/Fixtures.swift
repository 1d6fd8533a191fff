import KansaCore
import KansaStore
@testable import KansaUI

/// Apps on the sample audit at a given size, and a way to drive them with keys.
enum Fixtures {
    static func app(_ audit: Audit = SampleAudit.audit, rows: Int = 24, columns: Int = 80, readOnly: String? = nil) -> App {
        let screen = AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: readOnly, width: CharacterWidth())
        return App(screen: screen, rows: rows, columns: columns)
    }

    /// The audit screen of an app.
    static func screen(_ app: App) -> AuditScreen {
        guard let screen = app.screen as? AuditScreen else { fatalError("not on the audit screen") }
        return screen
    }
}

extension App {
    /// Presses keys in order, at the time of the last event, and returns every effect they asked for.
    @discardableResult
    mutating func press(_ keys: Key...) -> [AppEffect] {
        keys.flatMap { update(Event(.key($0), at: time)) }
    }

    /// Types text one character at a time, as an input method delivers it.
    mutating func type(_ text: String) {
        for character in text { _ = update(Event(.key(.character(character)), at: time)) }
    }

    /// A tick of the clock at a wall-clock time and a monotonic second.
    @discardableResult
    mutating func tick(wall: Timestamp, monotonic: Int64) -> [AppEffect] {
        update(Event(.tick, at: Instant(wall: wall, monotonic: monotonic)))
    }

    /// Something that came of the run loop's work, at the time of the last event.
    @discardableResult
    mutating func receive(_ kind: Event.Kind) -> [AppEffect] {
        update(Event(kind, at: time))
    }

    var audit: AuditScreen { Fixtures.screen(self) }
}
