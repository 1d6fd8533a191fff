import KansaCore

/// An audit as an Excel workbook for the committee: 結果一覧 laid out as the attachment of the committee papers (per
/// section its title row, the header row of short division names, a row per item with its verdicts centred and
/// coloured, the 備考 row, the legend), then 課等別監査結果 (the derived table of each section) and 改善を要する事項
/// (the open findings, the earlier audit's follow-ups and the self-assessments that differ from the verdicts).
/// Every sheet is made of the report's own blocks, with their text made safe to show as the report's (control
/// characters escaped).
enum AuditWorkbook {
    static func build(_ audit: Audit, language: Language) throws(ExportFailure) -> [UInt8] {
        let words = ReportWords(language: language)
        let listTitle = audit.title + words.listSuffix
        let workbook = try Workbook(title: listTitle)

        // The matrix: its first header row and the item column stay in view; printed one page wide, that header on
        // every page, a new page after each legend but the last, as the attachment's two pages. The item column is
        // wider than other sheets' columns: the fewer lines an item takes, the more of the matrix a page holds.
        let list = try workbook.addSheet(words.resultListSheet)
        let matrix = try ReportSheet(
            ([.title(listTitle)] + AuditReport.matrix(audit, words)).map(\.visible), on: list, widest: 64,
            coloursVerdicts: true)
        if let header = matrix.firstHeaderRow { list.freeze(row: header + 1, column: 1) }
        list.setUpPrinting(
            landscape: true, repeating: matrix.firstHeaderRow.map { $0...$0 }, breaksAfter: Array(matrix.noteRows.dropLast()))

        let byDivision = try workbook.addSheet(words.byDivisionSheet)
        _ = try ReportSheet(
            ([.title(audit.title)] + AuditReport.byDivision(audit, words, listTitle: listTitle)).map(\.visible), on: byDivision)
        byDivision.setUpPrinting(landscape: true, repeating: nil)

        let findings = try workbook.addSheet(words.findingsSheet)
        let open = try ReportSheet(
            ([.title(audit.title)] + AuditReport.findings(audit, words) + AuditReport.followUps(audit, words)
                + AuditReport.disagreements(audit, words)).map(\.visible),
            on: findings, coloursVerdicts: true)
        if let header = open.firstHeaderRow, audit.earlier == nil {
            findings.freeze(row: header + 1, column: 0)
            findings.setUpPrinting(landscape: true, repeating: header...header)
        } else {
            findings.setUpPrinting(landscape: true, repeating: nil)
        }
        return try workbook.bytes()
    }
}
