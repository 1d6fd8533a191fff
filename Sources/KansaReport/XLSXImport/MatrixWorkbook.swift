import KansaCore

/// The audit matrix as an Excel workbook: the seed's 結果一覧 sheet (or kansa's own, laid out the same way) read
/// into an audit. Reads only; nothing in the file is run, computed or followed.
public enum MatrixWorkbook {
    /// The sheet read when the workbook has it; else its first sheet.
    public static let sheetName = "結果一覧"

    /// Whether a file is to be read as a workbook: a ZIP or an OLE compound file (an encrypted workbook or an
    /// `.xls`, refused with the reason), or a name that ends in `.xlsx`, `.xlsm` or `.xls`.
    public static func isWorkbook(_ bytes: [UInt8], name: String) -> Bool {
        let lowered = name.lowercased()
        return bytes.starts(with: WorkbookArchive.zipSignature) || bytes.starts(with: WorkbookArchive.compoundFileSignature)
            || [".xlsx", ".xlsm", ".xls"].contains { lowered.hasSuffix($0) }
    }

    /// Builds an audit from a workbook's 結果一覧: sections from the title rows, divisions (named by their short
    /// names) from the header rows, items and verdicts from the item rows, each section's remarks from its 備考
    /// row. The title is the sheet's title row without `結果一覧`, or `fallbackTitle` when it has none.
    public static func importAudit(
        _ bytes: [UInt8], fallbackTitle: String, fiscalYear: Int, auditDate: LocalDate,
        limits: WorkbookLimits = WorkbookLimits()
    ) throws(WorkbookProblem) -> Audit {
        let grid = try WorkbookReader.sheet(named: sheetName, in: bytes, limits: limits)
        return try MatrixSheet(grid: grid).audit(fallbackTitle: fallbackTitle, fiscalYear: fiscalYear, auditDate: auditDate)
    }
}
