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

    /// The report's lines; its parts are laid out side by side, one per core.
    public func lines(_ report: Report, columns: Int) -> [ReportLine] {
        let columns = max(columns, 12)
        let laidOut = Mutex([[ReportLine]](repeating: [], count: report.parts.count))
        DispatchQueue.concurrentPerform(iterations: report.parts.count) { index in
            let part = self.lines(report.parts[index], columns: columns, first: index == 0)
            laidOut.withLock { $0[index] = part }
        }
        let parts = laidOut.withLock { $0 }
        var lines: [ReportLine] = []
        lines.reserveCapacity(parts.reduce(0) { $0 + $1.count + 3 })
        for (index, part) in parts.enumerated() {
            if index > 0 {
                lines.append(ReportLine("", .blank))
                lines.append(ReportLine(String(repeating: "=", count: columns), .partBreak))
                lines.append(ReportLine("", .blank))
            }
            lines += part
        }
        return lines
    }

    /// One part's lines, never two blank lines in a row.
    func lines(_ part: ReportPart, columns: Int, first: Bool) -> [ReportLine] {
        var lines: [ReportLine] = []
        for block in part.blocks {
            for line in self.lines(block, columns: columns, first: first && lines.isEmpty)
            where line.kind != .blank || lines.last.map({ $0.kind != .blank }) == true {
                lines.append(line)
            }
        }
        return lines
    }

    func lines(_ block: ReportBlock, columns: Int, first: Bool) -> [ReportLine] {
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
            return (level == 1 && !first ? [ReportLine("", .blank)] : []) + wrapped
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
