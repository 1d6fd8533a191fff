/// What a tmux capture with escapes shows, for comparing screens colours and all.
enum ScreenLooks {
    /// Each row of a capture with its escapes (`capture-pane -e`) as its characters with the look each is drawn in,
    /// written where the look changes. A blank's look is only what shows on it (background, reverse, underline):
    /// terminals differ in the colour they leave on an erased cell, which nobody sees. Blanks at a row's end that
    /// look like nothing are left out.
    static func rows(_ capture: String) -> [String] {
        var foreground = "", background = ""
        var flags = Set<Int>()
        var rows: [String] = []
        var row = ""
        var shown: String?
        var trailing = ""
        var scalars = capture.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                guard scalars.next() == "[" else { continue }
                var parameters = ""
                while let next = scalars.next(), next != "m" { parameters.unicodeScalars.append(next) }
                var numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                while let number = numbers.popFirst() {
                    switch number {
                    case 0: (foreground, background, flags) = ("", "", [])
                    case 38, 48:
                        let colour = "\(numbers.popFirst() ?? 0);\(numbers.popFirst() ?? 0)"
                        if number == 38 { foreground = colour } else { background = colour }
                    case 30...37, 90...97: foreground = "\(number)"
                    case 39: foreground = ""
                    case 40...47, 100...107: background = "\(number)"
                    case 49: background = ""
                    case 22: flags.subtract([1, 2])
                    case 21...29: flags.remove(number - 20)
                    default: flags.insert(number)
                    }
                }
                continue
            }
            if scalar == "\n" {
                rows.append(row)
                (row, shown, trailing) = ("", nil, "")
                continue
            }
            let blank = scalar == " "
            let look = blank
                ? "bg\(background) \(flags.intersection([4, 7]).sorted())"
                : "fg\(foreground) bg\(background) \(flags.sorted())"
            var piece = look == shown ? "" : "⟨\(look)⟩"
            piece.unicodeScalars.append(scalar)
            shown = look
            if blank && look == "bg []" {
                trailing += piece
            } else {
                row += trailing + piece
                trailing = ""
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }
}
