import KansaCore

/// A report ready to lay out: one or more parts (a cover, a report, an attached table), each a run of blocks.
/// Built once from a document and shared by the preview and every export, so they never disagree.
public struct Report: Hashable, Sendable {
    public var title: String
    public var language: Language
    /// Printed parts; the HTML export starts each on a new page.
    public var parts: [ReportPart]

    public init(title: String, language: Language, parts: [ReportPart]) {
        self.title = title.visibleInReport
        self.language = language
        self.parts = parts.map { ReportPart(blocks: $0.blocks.map(\.visible)) }
    }
}

/// One printed part of a report: the report itself, or a sheet attached to it (別紙).
public struct ReportPart: Hashable, Sendable {
    public var blocks: [ReportBlock]

    public init(blocks: [ReportBlock]) {
        self.blocks = blocks
    }
}

extension ReportBlock {
    /// The block with every text made safe to show: tabs as spaces, control characters escaped (`\x1B`).
    var visible: ReportBlock {
        switch self {
        case .title(let text): return .title(text.visibleInReport)
        case .heading(let text, let level): return .heading(text.visibleInReport, level: level)
        case .paragraph(let text): return .paragraph(text.visibleInReport)
        case .list(let items):
            return .list(items.map { ReportListItem($0.marker.visibleInReport, $0.text.visibleInReport, level: $0.level) })
        case .table(var table):
            guard table.rows.contains(where: { $0.cells.contains(where: \.needsMakingVisible) })
                    || table.columns.contains(where: { $0.title.needsMakingVisible }) || table.caption?.needsMakingVisible == true
            else { return self }
            table.caption = table.caption?.visibleInReport
            table.columns = table.columns.map { ReportColumn($0.title.visibleInReport, alignment: $0.alignment) }
            table.rows = table.rows.map { ReportRow($0.cells.map(\.visibleInReport), spanFrom: $0.spanFrom) }
            return .table(table)
        }
    }
}

extension String {
    /// Whether the text holds a control character (or a byte that may start a C1 one).
    var needsMakingVisible: Bool {
        var text = self
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 { return true }
            return false
        }
    }

    /// Line breaks kept, tabs as a space, every other control character shown escaped.
    var visibleInReport: String {
        guard needsMakingVisible else { return self }
        return String(map { $0 == "\t" ? " " : $0 }).escapingControlCharacters(keepingLineBreaks: true)
    }
}
