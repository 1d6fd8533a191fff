import KansaCore

/// The lines typed for a set-up or plan edit, one after the other (a division's name, then its short name; an
/// item's number, title and explanation), and what they are for.
struct SetupPrompt<Purpose: Equatable & Sendable>: Equatable, Sendable {
    let purpose: Purpose
    /// Each line's label and its editor.
    var lines: [(label: String, editor: LineEditor)]
    var current = 0

    static func == (lhs: SetupPrompt, rhs: SetupPrompt) -> Bool {
        lhs.purpose == rhs.purpose && lhs.current == rhs.current && lhs.lines.map(\.editor) == rhs.lines.map(\.editor)
            && lhs.lines.map(\.label) == rhs.lines.map(\.label)
    }

    /// What a key did: still typing, all lines given, or cancelled.
    enum Outcome {
        case typing
        case done([String])
        case cancelled
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch lines[current].editor.handle(key) {
        case .editing:
            return .typing
        case .cancelled:
            return .cancelled
        case .committed:
            if current + 1 < lines.count {
                current += 1
                return .typing
            }
            return .done(lines.map(\.editor.text))
        }
    }
}
