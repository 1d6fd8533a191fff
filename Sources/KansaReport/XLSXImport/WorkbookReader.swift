import Foundation

/// Finds a sheet in an xlsx file and reads its cells: the package's relationships lead to the workbook part, its
/// list of sheets to the sheet's part, and its shared strings are read first. Nothing the file links to outside
/// itself is ever opened, and `xl/externalLinks/` parts are never read.
enum WorkbookReader {
    /// The sheet named `preferred` when the workbook has one, else its first sheet.
    static func sheet(named preferred: String, in bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookProblem) -> SheetGrid {
        var archive = try WorkbookArchive(bytes, limits: limits)
        let rootRelationships = try relationships(of: "", in: &archive)
        guard let workbookPath = rootRelationships?.inOrder.first(where: { $0.kind == "officeDocument" })?.path ?? fallbackWorkbook(archive),
              let workbookData = try archive.part(workbookPath) else {
            throw WorkbookProblem(nil, "not an xlsx workbook: it has no workbook part (xl/workbook.xml)",
                                  "xlsx のブックではありません。ブックの部品（xl/workbook.xml）がありません")
        }
        let sheets = WorkbookSheets(part: workbookPath)
        try sheets.read(workbookData)
        guard sheets.isWorkbook, let first = sheets.sheets.first else {
            throw WorkbookProblem(workbookPath, "not a workbook with sheets (a Word or other office file?)",
                                  "シートのあるブックではありません（Word などの文書ではありませんか）")
        }
        let chosen = sheets.sheets.first { $0.name == preferred } ?? first
        let workbookRelationships = try relationships(of: workbookPath, in: &archive)
        guard let sheetPath = workbookRelationships?.byID[chosen.relationship]?.path, archive.has(sheetPath) else {
            throw WorkbookProblem(chosen.name, "the sheet's part is missing or lies outside the file",
                                  "シートの部品がないか、ファイルの外を指しています")
        }
        var strings: [String] = []
        if let stringsPath = workbookRelationships?.inOrder.first(where: { $0.kind == "sharedStrings" })?.path,
           let data = try archive.part(stringsPath) {
            let reader = SharedStrings(part: stringsPath, limit: limits.cells)
            try reader.read(data)
            strings = reader.strings
        }
        guard let sheetData = try archive.part(sheetPath) else {
            throw WorkbookProblem(chosen.name, "the sheet's part is missing", "シートの部品がありません")
        }
        let cells = SheetCells(part: sheetPath, sheet: chosen.name, strings: strings, limits: limits)
        try cells.read(sheetData)
        return try SheetGrid(sheet: chosen.name, cells: cells.cells, merges: cells.merges)
    }

    /// The relationships of `part` (the package itself for ""), nil when it has none.
    private static func relationships(
        of part: String, in archive: inout WorkbookArchive
    ) throws(WorkbookProblem) -> PackageRelationships? {
        let (path, base) = part.isEmpty ? ("_rels/.rels", "") : PackageRelationships.path(of: part)
        guard let data = try archive.part(path) else { return nil }
        let reader = PackageRelationships(part: path, base: base)
        try reader.read(data)
        return reader
    }

    /// Where Excel puts the workbook part, for a file whose package relationships are missing.
    private static func fallbackWorkbook(_ archive: WorkbookArchive) -> String? {
        archive.has("xl/workbook.xml") ? "xl/workbook.xml" : nil
    }
}
