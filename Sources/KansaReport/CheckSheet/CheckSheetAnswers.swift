import KansaCore

/// What a division's check sheet (`CheckSheet`) answers, read from the returned xlsx and checked against the audit it
/// is to go into: each item's answer (blank kept blank) and comment. Refused, with the place and the reason, is a
/// file that is not a kansa check sheet, one of another audit, one of a division the audit does not have, one whose
/// item rows were edited (moved, removed, renumbered or written outside), and an answer that is not one of the four.
public struct CheckSheetAnswers: Equatable {
    public let division: Division
    /// Every item row of the sheet, answered or not: an empty self-assessment clears an earlier one.
    public let answers: [ItemID: SelfAssessment]

    public init(_ bytes: [UInt8], for audit: Audit, limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookProblem) {
        let grids = try WorkbookReader.sheets(named: [CheckSheet.metadataSheet], in: bytes, limits: limits)
        guard let metadata = grids[CheckSheet.metadataSheet],
              try metadata.text(1, 0) == CheckSheet.marker else {
            throw WorkbookProblem(nil,
                "not a kansa check sheet: it has no sheet \(CheckSheet.metadataSheet) that says so (export one with kansa checksheet export)",
                "kansa のチェックシートではありません。それを示すシート \(CheckSheet.metadataSheet) がありません（kansa checksheet export で書き出したものを使ってください）")
        }
        let version = try metadata.text(1, 1)
        guard version == CheckSheet.version else {
            throw WorkbookProblem(metadata.place(1, 1),
                "a check sheet of layout \(version), which this kansa does not read (it reads \(CheckSheet.version))",
                "様式 \(version) のチェックシートで、この kansa では読めません（読めるのは \(CheckSheet.version)）")
        }
        let keys = try Self.keys(metadata)
        division = try Self.division(keys, metadata, audit)
        let items = try Self.itemRows(keys, metadata, audit)
        let sheetName = keys["sheet"]?.values.first ?? ""
        guard let sheet = try WorkbookReader.sheets(named: [sheetName], in: bytes, limits: limits)[sheetName] else {
            throw WorkbookProblem(nil, "the check sheet's sheet \(sheetName) is missing", "チェックシートのシート \(sheetName) がありません")
        }
        try Self.checkNothingOutside(items, sheet)
        var answers: [ItemID: SelfAssessment] = [:]
        for row in items {
            let number = try sheet.text(row.row, CheckSheet.numberColumn)
            guard number == row.number else {
                throw WorkbookProblem(sheet.place(row.row, CheckSheet.numberColumn),
                    "the item rows were edited: \"\(number)\" where the check sheet had the item \(row.number)",
                    "項目の行が編集されています。項目 \(row.number) の行に \"\(number)\" があります")
            }
            let text = try sheet.text(row.row, CheckSheet.answerColumn)
            var answer: SelfAssessment.Answer?
            if !text.isEmpty {
                guard let chosen = SelfAssessment.Answer(rawValue: text) else {
                    throw WorkbookProblem(sheet.place(row.row, CheckSheet.answerColumn),
                        "\"\(text)\" is not one of \(SelfAssessment.Answer.choices)",
                        "\"\(text)\" は \(SelfAssessment.Answer.choices) のいずれでもありません")
                }
                answer = chosen
            }
            answers[row.item] = SelfAssessment(answer: answer, comment: try sheet.text(row.row, CheckSheet.commentColumn))
        }
        self.answers = answers
    }

    /// The metadata sheet's rows by their key in column A: each row's row number and its values from column B on.
    /// `item` is the one key that appears more than once.
    private static func keys(_ metadata: SheetGrid) throws(WorkbookProblem) -> [String: (row: Int, values: [String])] {
        var keys: [String: (row: Int, values: [String])] = [:]
        for row in metadata.rowNumbers {
            let key = try metadata.text(row, 0)
            guard key != "item" else { continue }
            var values: [String] = []
            for column in 1..<max(1, (metadata.columns(of: row)?.upperBound ?? 0) + 1) { values.append(try metadata.text(row, column)) }
            keys[key] = (row, values)
        }
        return keys
    }

    /// The division the file names, after checking that it is of this audit; refused unless the audit has it.
    private static func division(
        _ keys: [String: (row: Int, values: [String])], _ metadata: SheetGrid, _ audit: Audit
    ) throws(WorkbookProblem) -> Division {
        let title = keys["audit"]?.values.first ?? ""
        let fiscalYear = keys["fiscalYear"]?.values.first ?? ""
        let period = keys["period"]?.values.first ?? ""
        guard title == audit.title.visibleInReport.trimmingWhitespace, fiscalYear == String(audit.fiscalYear),
              period == audit.period.visibleInReport.trimmingWhitespace else {
            throw WorkbookProblem(nil,
                "a check sheet of another audit: \(title) (\(fiscalYear) \(period)), not \(audit.title) (\(audit.fiscalYear) \(audit.period))",
                "別の監査のチェックシートです: \(title)（\(fiscalYear) \(period)）。この監査は \(audit.title)（\(audit.fiscalYear) \(audit.period)）です")
        }
        let id = DivisionID(keys["division"]?.values.first ?? "")
        let name = keys["division"].map { $0.values.count > 1 ? $0.values[1] : "" } ?? ""
        guard let division = audit.division(id) else {
            throw WorkbookProblem(keys["division"].map { metadata.place($0.row, 1) },
                "a check sheet of the division \(name) (\(id.rawValue)), which is not in the audit",
                "課 \(name)（\(id.rawValue)）のチェックシートですが、この課は監査にありません")
        }
        return division
    }

    /// The item rows the metadata lists: the visible sheet's row, the item and its number; each item of the audit,
    /// on a row of its own.
    private static func itemRows(
        _ keys: [String: (row: Int, values: [String])], _ metadata: SheetGrid, _ audit: Audit
    ) throws(WorkbookProblem) -> [(row: Int, item: ItemID, number: String)] {
        var rows: [(row: Int, item: ItemID, number: String)] = []
        var seenRows: Set<Int> = []
        var seenItems: Set<ItemID> = []
        for row in metadata.rowNumbers where try metadata.text(row, 0) == "item" {
            let item = ItemID(try metadata.text(row, 2))
            let number = try metadata.text(row, 3)
            guard let sheetRow = Int(try metadata.text(row, 1)), sheetRow > 0, sheetRow <= CellReference.rowLimit,
                  seenRows.insert(sheetRow).inserted, seenItems.insert(item).inserted else {
                throw WorkbookProblem(metadata.place(row, 1), "the check sheet's list of item rows is damaged", "チェックシートの項目の行の一覧が壊れています")
            }
            guard audit.position(of: item) != nil else {
                throw WorkbookProblem(metadata.place(row, 2),
                    "the item \(number) (\(item.rawValue)) of the check sheet is not in the audit",
                    "チェックシートの項目 \(number)（\(item.rawValue)）は監査にありません")
            }
            rows.append((sheetRow, item, number))
        }
        guard !rows.isEmpty else {
            throw WorkbookProblem(metadata.sheet, "the check sheet lists no item rows", "チェックシートに項目の行がありません")
        }
        return rows
    }

    /// Refuses an answer or comment written outside the item rows: the rows were moved, or the sheet edited.
    private static func checkNothingOutside(_ items: [(row: Int, item: ItemID, number: String)], _ sheet: SheetGrid) throws(WorkbookProblem) {
        let itemRows = Set(items.map(\.row))
        let first = items.map(\.row).min() ?? 1
        for row in sheet.rowNumbers where row >= first && !itemRows.contains(row) {
            for column in [CheckSheet.answerColumn, CheckSheet.commentColumn]
            where sheet.holdsOwnValue(row, column) && !sheet.isEmpty(row, column) {
                throw WorkbookProblem(sheet.place(row, column),
                    "written outside the item rows: the rows of the check sheet were edited",
                    "項目の行の外に記入されています。チェックシートの行が編集されています")
            }
        }
    }
}
