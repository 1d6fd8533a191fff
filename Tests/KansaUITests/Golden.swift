import GoldenFiles
import KansaUI
import Testing

/// The screens' golden files: plain text in `Golden/NAME.txt`, and beside it the role given to every cell in
/// `Golden/NAME.roles.txt`, one letter per column (`.` normal text, `o t x a b` the verdicts and blank,
/// `h` header, `e` section title, `s` status line, `k` border …; upper case when highlighted).
enum Golden {
    static let files = GoldenFile(besideTest: #filePath)

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let mismatch = files.mismatch(text, name + ".txt") { Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation) }
    }

    /// The screen's text and the roles of its cells.
    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(screen.text, name, sourceLocation: sourceLocation)
        if let mismatch = files.mismatch(roles(screen), name + ".roles.txt") {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    static let letters: [Role: Character] = [
        .normal: "n", .compliant: "o", .improved: "t", .needsImprovement: "x", .notApplicable: "a", .blank: "b",
        .cursor: "c", .header: "h", .sectionTitle: "e", .status: "s", .saved: "v", .readOnly: "r",
        .powerCommercial: "p", .powerGenerator: "g", .powerOutage: "q", .onTime: "i", .late: "l", .warning: "w",
        .dim: "d", .border: "k", .conflict: "m",
    ]

    /// One letter per cell for its role.
    static func roles(_ screen: Screen) -> String {
        (0..<screen.rows).map { row in
            String((0..<screen.columns).map { column in
                let style = screen.style(row: row, column: column)
                if style == .normal { return "." }
                let letter = letters[style.role] ?? "?"
                return style.highlighted ? Character(letter.uppercased()) : letter
            })
        }.joined(separator: "\n") + "\n"
    }
}
