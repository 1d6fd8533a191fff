import KansaCore

/// How a cell of a workbook looks: its font, its alignment, its fill and whether it has borders. The workbook makes
/// one libxlsxwriter format per distinct style.
struct CellStyle: Hashable {
    enum Alignment: Hashable {
        case leading, center, trailing
    }

    /// The Japanese font of every cell, as the committee's Excel files use it.
    static let fontName = "游ゴシック"
    /// Points; the text size of Japanese official papers.
    static let fontSize = 10.5

    var bold = false
    var size = CellStyle.fontSize
    var alignment = Alignment.leading
    var wraps = true
    var bordered = false
    /// Background as 0xRRGGBB; nil for none.
    var fill: UInt32?
    /// Text colour as 0xRRGGBB; nil for the automatic one.
    var colour: UInt32?
    /// Whether the cell stays editable when its sheet is protected (`Sheet.protect`).
    var unlocked = false

    /// A part's title (令和5年度（上半期）情報セキュリティ内部監査結果一覧).
    static let title = CellStyle(bold: true, size: 14, wraps: false)
    /// A section's or a table's heading (I 人的セキュリティに関して).
    static let heading = CellStyle(bold: true, size: 12, wraps: false)
    /// A paragraph or note between tables: running text across the sheet.
    static let text = CellStyle()
    /// A table's header row.
    static let header = CellStyle(bold: true, alignment: .center, bordered: true, fill: 0xD9E1F2)
    /// A table's cell.
    static func cell(_ alignment: ReportColumn.Alignment) -> CellStyle {
        switch alignment {
        case .leading: CellStyle(bordered: true)
        case .center: CellStyle(alignment: .center, bordered: true)
        case .trailing: CellStyle(alignment: .trailing, bordered: true)
        }
    }

    /// A verdict's cell, centred and coloured as a printed matrix shades it: ○ green, △ yellow, × red and bold, －
    /// grey.
    static func verdict(_ verdict: Verdict) -> CellStyle {
        switch verdict {
        case .compliant: CellStyle(alignment: .center, bordered: true, fill: 0xE2EFDA, colour: 0x375623)
        case .improved: CellStyle(alignment: .center, bordered: true, fill: 0xFFF2CC, colour: 0x7F6000)
        case .needsImprovement: CellStyle(bold: true, alignment: .center, bordered: true, fill: 0xF8CBAD, colour: 0xC00000)
        case .notApplicable: CellStyle(alignment: .center, bordered: true, fill: 0xEDEDED, colour: 0x595959)
        }
    }
}
