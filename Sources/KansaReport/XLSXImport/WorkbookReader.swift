/// Finds a sheet in an xlsx file and reads its cells: the package's relationships lead to the workbook part, its
/// list of sheets to the sheet's part, and its shared strings are read first. Nothing the file links to outside
/// itself is ever opened, and `xl/externalLinks/` parts are never read.
enum WorkbookReader {
    /// The sheet named `preferred` when the workbook has one, else its first sheet.
    static func sheet(named preferred: String, in bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookProblem) -> SheetGrid {
        var book = try OpenWorkbook(bytes, limits: limits)
        let chosen = book.sheets.first { $0.name == preferred } ?? book.sheets[0]
        return try book.read(chosen)
    }

    /// The sheets of these names that the workbook has, by name; a name it lacks is left out.
    static func sheets(named names: [String], in bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookProblem) -> [String: SheetGrid] {
        var book = try OpenWorkbook(bytes, limits: limits)
        var grids: [String: SheetGrid] = [:]
        for sheet in book.sheets where names.contains(sheet.name) && grids[sheet.name] == nil {
            grids[sheet.name] = try book.read(sheet)
        }
        return grids
    }

    /// A workbook opened: its archive, its list of sheets (at least one), its relationships and shared strings.
    private struct OpenWorkbook {
        var archive: WorkbookArchive
        let sheets: [(name: String, relationship: String)]
        let relationships: PackageRelationships?
        let strings: [String]
        let limits: WorkbookLimits

        init(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookProblem) {
            var archive = try WorkbookArchive(bytes, limits: limits)
            let rootRelationships = try WorkbookReader.relationships(of: "", in: &archive)
            guard let workbookPath = rootRelationships?.inOrder.first(where: { $0.kind == "officeDocument" })?.path
                    ?? WorkbookReader.fallbackWorkbook(archive),
                  let workbookData = try archive.part(workbookPath) else {
                throw WorkbookProblem(nil, "not an xlsx workbook: it has no workbook part (xl/workbook.xml)",
                                      "xlsx のブックではありません。ブックの部品（xl/workbook.xml）がありません")
            }
            var list = WorkbookSheets(part: workbookPath)
            try list.read(workbookData)
            guard list.isWorkbook, !list.sheets.isEmpty else {
                throw WorkbookProblem(workbookPath, "not a workbook with sheets (a Word or other office file?)",
                                      "シートのあるブックではありません（Word などの文書ではありませんか）")
            }
            let relationships = try WorkbookReader.relationships(of: workbookPath, in: &archive)
            var strings: [String] = []
            if let stringsPath = relationships?.inOrder.first(where: { $0.kind == "sharedStrings" })?.path,
               let data = try archive.part(stringsPath) {
                var reader = SharedStrings(part: stringsPath, limit: limits.cells)
                try reader.read(data)
                strings = reader.strings
            }
            self.archive = archive
            self.sheets = list.sheets
            self.relationships = relationships
            self.strings = strings
            self.limits = limits
        }

        /// The cells of one of the workbook's sheets.
        mutating func read(_ sheet: (name: String, relationship: String)) throws(WorkbookProblem) -> SheetGrid {
            guard let sheetPath = relationships?.byID[sheet.relationship]?.path, archive.has(sheetPath) else {
                throw WorkbookProblem(sheet.name, "the sheet's part is missing or lies outside the file",
                                      "シートの部品がないか、ファイルの外を指しています")
            }
            guard let sheetData = try archive.part(sheetPath) else {
                throw WorkbookProblem(sheet.name, "the sheet's part is missing", "シートの部品がありません")
            }
            var cells = SheetCells(part: sheetPath, sheet: sheet.name, strings: strings, limits: limits)
            try cells.read(sheetData)
            return try SheetGrid(sheet: sheet.name, cells: cells.cells, merges: cells.merges)
        }
    }

    /// The relationships of `part` (the package itself for ""), nil when it has none.
    private static func relationships(
        of part: String, in archive: inout WorkbookArchive
    ) throws(WorkbookProblem) -> PackageRelationships? {
        let (path, base) = part.isEmpty ? ("_rels/.rels", "") : PackageRelationships.path(of: part)
        guard let data = try archive.part(path) else { return nil }
        var reader = PackageRelationships(part: path, base: base)
        try reader.read(data)
        return reader
    }

    /// Where Excel puts the workbook part, for a file whose package relationships are missing.
    private static func fallbackWorkbook(_ archive: WorkbookArchive) -> String? {
        archive.has("xl/workbook.xml") ? "xl/workbook.xml" : nil
    }
}
