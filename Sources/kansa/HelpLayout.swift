import FoundationEssentials
import Glibc
import KansaCore
import KansaReport

/// Lays out translated help for the terminal: the parser wraps by counting characters, which a Japanese text
/// of double-width characters overflows, so the help is made unwrapped and wrapped here by columns, with the
/// parser's hanging indents and the Japanese line-breaking rules.
enum HelpLayout {
    /// A width so large that the parser wraps nothing.
    static let unwrapped = 100_000

    /// The column where the parser starts the help of an option, an argument or a subcommand.
    static let helpColumn = 26

    /// Counts ○ △ × and the like as two columns, so that a line fits in terminals of either kind.
    static let width = CharacterWidth(ambiguousIsWide: true)

    /// The width to wrap to, as the parser finds it: `COLUMNS`, else the terminal's, else 80.
    static func terminalColumns(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Every line of `text` wider than `columns` broken into lines that fit, each continuation indented as the
    /// parser indents it. The usage line is left whole, as the parser leaves it.
    static func wrap(_ text: String, columns: Int) -> String {
        let breaking = LineBreaking(width: width)
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard width.width(of: line) > columns, !line.hasPrefix(ParserWords.usageHeading) else {
                lines.append(line)
                continue
            }
            let head = lead(of: line)
            let indent = width.width(of: head)
            let pieces = breaking.wrap(String(line.dropFirst(head.count)), to: max(columns - indent, columns / 2))
            let margin = String(repeating: " ", count: indent)
            lines.append(contentsOf: pieces.enumerated().map { ($0.offset == 0 ? head : margin) + $0.element })
        }
        return lines.joined(separator: "\n")
    }

    /// What stays before the wrapped text of a line: the label of an entry (`  --lang <lang>   `) when its text
    /// starts at the help column, else the line's indentation.
    static func lead(of line: String) -> String {
        let indentation = String(line.prefix { $0 == " " })
        guard indentation.count == 2 else { return indentation }
        var used = 0
        var head = ""
        for character in line {
            guard used < helpColumn else { break }
            used += width.width(of: character)
            head.append(character)
        }
        guard used == helpColumn, head.last == " ", line.count > head.count, line.dropFirst(head.count).first != " " else {
            return indentation
        }
        return head
    }
}
