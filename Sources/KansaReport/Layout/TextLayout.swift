import Dispatch
import FoundationEssentials
import KansaCore
import Synchronization

/// Lays a report out in lines of a fixed width: for the preview and the text export. Titles are centred,
/// paragraphs and list entries wrapped with the line-breaking rules under a two-column indent, tables fitted.
public struct TextLayout: Sendable {
    public var breaking: LineBreaking
    public var rules: TableRules

    public init(width: CharacterWidth, rules: TableRules) {
        self.breaking = LineBreaking(width: width)
        self.rules = rules
    }

    /// Columns every body line is indented by.
    static let indent = 2

    /// The report's lines; its blocks are laid out side by side, as many at a time as there are cores (a part's
    /// tables are most of its work, and one part may have many more of them than another).
    public func lines(_ report: Report, columns: Int) -> [ReportLine] {
        let columns = max(columns, 12)
        let blocks = report.parts.flatMap(\.blocks)
        let laidOut = Mutex([[ReportLine]](repeating: [], count: blocks.count))
        DispatchQueue.concurrentPerform(iterations: blocks.count) { index in
            let block = self.lines(blocks[index], columns: columns)
            laidOut.withLock { $0[index] = block }
        }
        let blockLines = laidOut.withLock { $0 }
        var lines: [ReportLine] = []
        lines.reserveCapacity(blockLines.reduce(0) { $0 + $1.count } + 3 * report.parts.count)
        var next = 0
        for (index, part) in report.parts.enumerated() {
            if index > 0 {
                lines.append(ReportLine("", .blank))
                lines.append(ReportLine(String(repeating: "=", count: columns), .partBreak))
                lines.append(ReportLine("", .blank))
            }
            // A part's lines, never two blank lines in a row, nor one at its start.
            let start = lines.count
            for block in part.blocks {
                var laidOut = blockLines[next][...]
                next += 1
                // The report's first heading has no blank line above it.
                if index == 0, lines.count == start, case .heading(_, level: 1) = block { laidOut = laidOut.dropFirst() }
                for line in laidOut where line.kind != .blank || (lines.count > start && lines[lines.count - 1].kind != .blank) {
                    lines.append(line)
                }
            }
        }
        return lines
    }

    /// A block's lines; a level-1 heading's start with a blank line.
    func lines(_ block: ReportBlock, columns: Int) -> [ReportLine] {
        let pad = String(repeating: " ", count: Self.indent)
        switch block {
        case .title(let text):
            return breaking.wrap(text, to: columns).map { line in
                let gap = max(0, columns - breaking.width.width(of: line)) / 2
                return ReportLine(String(repeating: " ", count: gap) + line, .title)
            } + [ReportLine("", .blank)]
        case .heading(let text, let level):
            let indent = level >= 3 ? Self.indent : 0
            let wrapped = breaking.wrap(text, to: columns - indent).map {
                ReportLine(String(repeating: " ", count: indent) + $0, .heading)
            }
            return (level == 1 ? [ReportLine("", .blank)] : []) + wrapped
        case .paragraph(let text), .note(let text):
            return breaking.wrap(text, to: columns - Self.indent).map { ReportLine(pad + $0, .text) }
        case .names(let text):
            return breaking.wrapped(text, inPhrases: [.names], to: columns - Self.indent).texts.map { ReportLine(pad + $0, .text) }
        case .list(let items):
            return items.flatMap { item in
                let indent = Self.indent * (item.level + 1)
                let hanging = breaking.width.width(of: item.marker) + 1
                let wrapped = breaking.wrap(item.text, to: max(2, columns - indent - hanging))
                return wrapped.enumerated().map { n, line in
                    let head = n == 0 ? item.marker + " " : String(repeating: " ", count: hanging)
                    return ReportLine(String(repeating: " ", count: indent) + head + line, .text)
                }
            }
        case .table(let table):
            let layout = TableLayout(breaking: breaking, rules: rules, indent: Self.indent)
            var lines: [ReportLine] = []
            if let caption = table.caption {
                lines += breaking.wrap(caption, to: columns - Self.indent).map { ReportLine(pad + $0, .text) }
            }
            lines += layout.lines(table, columns: columns - Self.indent)
            return lines + [ReportLine("", .blank)]
        }
    }
}
