import KansaCore

/// A report ready to lay out: one or more parts (a cover, a report, an attached table), each a run of blocks.
/// Built once from a document and shared by the preview and every export, so they never disagree.
public struct Report: Hashable, Sendable {
    public var title: String
    public var language: Language
    /// Printed parts; the HTML and docx exports start each on a new page.
    public var parts: [ReportPart]

    public init(title: String, language: Language, parts: [ReportPart]) {
        self.title = title.visibleInReport
        self.language = language
        self.parts = parts.map { ReportPart(blocks: $0.blocks.map(\.visible), landscape: $0.landscape) }
    }
}

/// One printed part of a report: the report itself, or a sheet attached to it (別紙).
public struct ReportPart: Hashable, Sendable {
    public var blocks: [ReportBlock]
    /// Printed on landscape pages whatever its tables' width, as the seed's 結果一覧 sheet is; any part whose tables
    /// need the width is printed so too.
    public var landscape: Bool

    public init(blocks: [ReportBlock], landscape: Bool = false) {
        self.blocks = blocks
        self.landscape = landscape
    }
}

extension ReportBlock {
    /// The block with every text made safe to show: tabs as spaces, control characters escaped (`\x1B`), BiDi
    /// controls and zero-width characters too (`\u{202E}`).
    var visible: ReportBlock {
        switch self {
        case .title(let text): return .title(text.visibleInReport)
        case .heading(let text, let level): return .heading(text.visibleInReport, level: level)
        case .paragraph(let text): return .paragraph(text.visibleInReport)
        case .names(let text): return .names(text.visibleInReport)
        case .note(let text): return .note(text.visibleInReport)
        case .list(let items):
            return .list(items.map { ReportListItem($0.marker.visibleInReport, $0.text.visibleInReport, level: $0.level) })
        case .table(var table):
            guard table.rows.contains(where: { $0.cells.contains(where: \.needsMakingVisible) })
                    || table.columns.contains(where: { $0.title.needsMakingVisible }) || table.caption?.needsMakingVisible == true
            else { return self }
            table.caption = table.caption?.visibleInReport
            table.columns = table.columns.map { column in
                var visible = column
                visible.title = column.title.visibleInReport
                return visible
            }
            table.rows = table.rows.map { ReportRow($0.cells.map(\.visibleInReport), spanFrom: $0.spanFrom) }
            return .table(table)
        }
    }
}

extension String {
    /// Whether the text may hold a scalar to make visible: a control character, or a byte that may start a C1
    /// control (C2), U+061C (D8), a BiDi control or a zero-width character (E2 80, E2 81) or U+FEFF (EF BB).
    var needsMakingVisible: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case 0x20..<0x7F, 0x80..<0xC0:
                    i += 1
                case 0xE3...0xEE:
                    // Kana and kanji: a lead byte and two continuation bytes, none of which may start anything.
                    i += 3
                case 0..<0x20, 0x7F, 0xC2, 0xD8: return true
                case 0xE2 where i + 1 < bytes.count && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81): return true
                case 0xEF where i + 1 < bytes.count && bytes[i + 1] == 0xBB: return true
                default: i += 1
                }
            }
            return false
        }
    }

    /// Line breaks kept, tabs as a space, every other control character, BiDi control and zero-width character
    /// shown escaped.
    var visibleInReport: String {
        guard needsMakingVisible else { return self }
        return String(map { $0 == "\t" ? " " : $0 }).escapingControlCharacters(keepingLineBreaks: true)
    }
}
