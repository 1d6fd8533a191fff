import KansaCore

/// The seed's 結果一覧 layout read from a sheet: a title row; per section a title row (`Ⅰ 人的セキュリティに関して`),
/// a header row (`監査内容` and the divisions' short names), the item rows (`2 パソコンの取扱い（1）…` and a verdict
/// per division), an optional 備考 row, the legend; blank rows anywhere.
struct MatrixSheet {
    let grid: SheetGrid

    /// The heading of the item column in a header row.
    static let itemHeadings: Set<String> = ["監査内容", "監査項目"]

    /// A header row: its row, the item column and the division columns with their short names.
    struct Header {
        var row: Int
        var itemColumn: Int
        var divisions: [(column: Int, name: String)]
    }

    func audit(fallbackTitle: String, fiscalYear: Int, auditDate: LocalDate) throws(WorkbookProblem) -> Audit {
        let rows = grid.rowNumbers.filter { !isBlank($0) }
        var headers: [Header] = []
        for row in rows {
            if let header = try header(at: row) { headers.append(header) }
        }
        guard !headers.isEmpty else {
            throw WorkbookProblem(grid.sheet,
                "no header row (監査内容 and the divisions' short names): not a 結果一覧 matrix",
                "見出しの行（監査内容と課の略称）がありません。結果一覧ではありません")
        }
        var divisions: [Division] = []
        var titleRows: [Int] = []
        for (k, header) in headers.enumerated() {
            let above = rows.last { $0 < header.row && $0 > (k > 0 ? headers[k - 1].row : 0) }
            guard let above, isTitle(above, header: header) else {
                throw WorkbookProblem(grid.place(header.row, header.itemColumn),
                    "the header row has no section title row above it (I 人的セキュリティに関して)",
                    "見出しの行の上に区分の行（I 人的セキュリティに関して）がありません")
            }
            titleRows.append(above)
            for division in header.divisions where !divisions.contains(where: { $0.name == division.name }) {
                divisions.append(Division(
                    id: DivisionID("division-\(divisions.count + 1)"), name: division.name, shortName: division.name))
            }
        }
        var sections: [AuditSection] = []
        var itemCount = 0
        for (k, header) in headers.enumerated() {
            let heading = ListWording.section(try joinedText(titleRows[k], firstColumn(of: titleRows[k])))
            var section = AuditSection(id: SectionID("section-\(k + 1)"), numeral: heading.numeral, title: heading.title, items: [])
            let end = k + 1 < headers.count ? titleRows[k + 1] : Int.max
            try read(rows.filter { $0 > header.row && $0 < end }, under: header, into: &section, divisions: divisions, itemCount: &itemCount)
            sections.append(section)
        }
        var title = fallbackTitle
        if let sheetTitle = rows.first(where: { $0 < titleRows[0] }) {
            let text = try joinedText(sheetTitle, firstColumn(of: sheetTitle))
            let name = text.hasSuffix("結果一覧") ? text.dropLast(4).trimmingWhitespace : text
            if !name.isEmpty { title = name }
        }
        return Audit(
            title: title, fiscalYear: fiscalYear, period: "", auditDate: auditDate, divisions: divisions, sections: sections)
    }

    /// The rows of one section below its header: items (numbered on from `itemCount`), its 備考 row; legends skipped.
    func read(
        _ rows: [Int], under header: Header, into section: inout AuditSection, divisions: [Division], itemCount: inout Int
    ) throws(WorkbookProblem) {
        let columnDivisions = header.divisions.map { column in divisions.firstIndex { $0.name == column.name } ?? 0 }
        var remarksRow: Int?
        for row in rows where !isLegend(row) {
            let text = try joinedText(row, header.itemColumn)
            if Self.itemHeadings.contains(text) { continue }
            let cells = try zip(columnDivisions, header.divisions).map { d, column throws(WorkbookProblem) in
                (division: d, column: column.column, text: try grid.text(row, column.column))
            }
            if text.hasPrefix("備考") {
                guard remarksRow == nil else {
                    throw WorkbookProblem(grid.place(row, header.itemColumn), "a second 備考 row in the section", "この区分の二つ目の備考の行です")
                }
                remarksRow = row
                section.remarksLabel = text
                for cell in cells where !cell.text.isEmpty { section.remarks[divisions[cell.division].id] = cell.text }
                continue
            }
            guard !text.isEmpty else {
                if cells.contains(where: { !$0.text.isEmpty }) {
                    throw WorkbookProblem(grid.place(row, header.itemColumn), "an item row without its 監査内容", "監査内容のない項目の行です")
                }
                continue
            }
            var verdicts = [Cell](repeating: Cell(), count: divisions.count)
            for cell in cells where !cell.text.isEmpty {
                guard let verdict = Verdict(lenient: cell.text) else {
                    throw WorkbookProblem(grid.place(row, cell.column),
                        "\"\(cell.text)\" is not a verdict (○ △ × －)", "\"\(cell.text)\" は判定ではありません（○ △ × －）")
                }
                verdicts[cell.division] = Cell(verdict: verdict)
            }
            itemCount += 1
            let wording = ListWording.item(text)
            section.items.append(AuditItem(
                id: ItemID("item-\(itemCount)"), number: wording.number, title: wording.title, explanation: wording.explanation,
                cells: verdicts))
        }
        guard !section.items.isEmpty else {
            throw WorkbookProblem(grid.place(header.row, header.itemColumn),
                "the section \(section.heading) has no item rows", "区分 \(section.heading) に項目の行がありません")
        }
    }

    /// The header row at `row`, if it is one: a cell 監査内容 of its own, then at least one short name to its right.
    func header(at row: Int) throws(WorkbookProblem) -> Header? {
        guard let columns = grid.columns(of: row),
              let itemColumn = columns.first(where: { grid.holdsOwnValue(row, $0) && Self.itemHeadings.contains(ownText(row, $0)) })
        else { return nil }
        var divisions: [(column: Int, name: String)] = []
        for column in (itemColumn + 1)..<(columns.upperBound + 1) where grid.holdsOwnValue(row, column) {
            let name = try joinedText(row, column)
            guard !name.isEmpty else { continue }
            guard !divisions.contains(where: { $0.name == name }) else {
                throw WorkbookProblem(grid.place(row, column), "the division \(name) has two columns", "課 \(name) の列が二つあります")
            }
            divisions.append((column, name))
        }
        guard !divisions.isEmpty else {
            throw WorkbookProblem(grid.place(row, itemColumn),
                "the header row names no division after 監査内容", "見出しの行の監査内容の右に課の名前がありません")
        }
        return Header(row: row, itemColumn: itemColumn, divisions: divisions)
    }

    /// Whether a row can be a section's title: one text of its own (merged across or not), not 備考 nor the legend,
    /// nothing in the division columns of the header below.
    func isTitle(_ row: Int, header: Header) -> Bool {
        guard let columns = grid.columns(of: row) else { return false }
        let own = columns.filter { grid.holdsOwnValue(row, $0) && !grid.isEmpty(row, $0) }
        guard own.count == 1, !header.divisions.contains(where: { $0.column == own[0] }) else { return false }
        return !ownText(row, own[0]).hasPrefix("備考") && !isLegend(row)
    }

    /// The legend `○：適正 △：監査指導により改善 …`, in one cell or several: the row's first text is a verdict and a colon.
    func isLegend(_ row: Int) -> Bool {
        let text = ownText(row, firstColumn(of: row))
        guard let first = text.first, let second = text.dropFirst().first else { return false }
        return Verdict(lenient: String(first)) != nil && (second == "：" || second == ":")
    }

    /// Whether every cell of the row is empty or blank.
    func isBlank(_ row: Int) -> Bool {
        guard let columns = grid.columns(of: row) else { return true }
        return columns.allSatisfy { grid.isEmpty(row, $0) }
    }

    /// The row's first column that is not empty.
    func firstColumn(of row: Int) -> Int {
        grid.columns(of: row)?.first { !grid.isEmpty(row, $0) } ?? 0
    }

    /// A cell's text with the line breaks typed in it (Alt+Enter) taken out, as a Japanese text is joined.
    func joinedText(_ row: Int, _ column: Int) throws(WorkbookProblem) -> String {
        let text = try grid.text(row, column)
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace }.joined()
    }

    /// A cell's text when it is usable, else empty: for telling rows apart before their cells are read.
    private func ownText(_ row: Int, _ column: Int) -> String {
        (try? joinedText(row, column)) ?? ""
    }
}
