import KansaCore

/// Lays a report table out in a width: columns keep their natural width when the table fits, else share what
/// is left in proportion to how much they would take, and wrap their cells; a table that cannot fit even so
/// is split into several, each repeating the key columns.
struct TableLayout {
    var breaking: LineBreaking
    var rules: TableRules

    var width: CharacterWidth { breaking.width }

    /// The rule and cell lines of a table, at most `columns` wide when it can be.
    func lines(_ table: ReportTable, columns: Int) -> [ReportLine] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        let minimum = (0..<count).map { column in
            max(1, texts(table, column).map { breaking.minimumWidth(of: $0) }.max() ?? 1)
        }
        if minimum.reduce(0, +) + overhead(count) > columns, table.keyColumns < count - 1 {
            return split(table, columns: columns, minimum: minimum).flatMap { lines($0, columns: columns) }
        }
        let natural = (0..<count).map { column in
            max(1, texts(table, column).flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
                .map { width.width(of: $0) }.max() ?? 1)
        }
        let widths = share(natural: natural, minimum: minimum, available: columns - overhead(count))
        return render(table, widths: widths)
    }

    /// Columns take `3n + 1` columns of rules and padding: `| a | b |`.
    func overhead(_ count: Int) -> Int { 3 * count + 1 }

    /// The header and the cells of a column that do not span.
    func texts(_ table: ReportTable, _ column: Int) -> [String] {
        [table.columns[column].title] + table.rows.compactMap { row in
            if let span = row.spanFrom, column >= span { return nil }
            return column < row.cells.count ? row.cells[column] : ""
        }
    }

    /// Natural widths when they fit; else each column gets its minimum plus a share of the rest in proportion
    /// to what it lacks of its natural width.
    func share(natural: [Int], minimum: [Int], available: Int) -> [Int] {
        if natural.reduce(0, +) <= available { return natural }
        let spare = available - minimum.reduce(0, +)
        guard spare > 0 else { return minimum }
        let wants = zip(natural, minimum).map { max(0, $0 - $1) }
        let total = wants.reduce(0, +)
        var widths = zip(minimum, wants).map { $0 + $1 * spare / total }
        var left = available - widths.reduce(0, +)
        for column in wants.indices.sorted(by: { wants[$0] > wants[$1] }) where left > 0 && widths[column] < natural[column] {
            widths[column] += 1
            left -= 1
        }
        return widths
    }

    /// The table as several, each with the key columns and as many others as fit at their minimum.
    func split(_ table: ReportTable, columns: Int, minimum: [Int]) -> [ReportTable] {
        let keys = Array(0..<table.keyColumns)
        let keyWidth = keys.reduce(0) { $0 + minimum[$1] }
        var groups: [[Int]] = []
        var group: [Int] = []
        var used = keyWidth
        for column in table.keyColumns..<table.columns.count {
            if !group.isEmpty, used + minimum[column] + overhead(keys.count + group.count + 1) > columns {
                groups.append(group)
                group = []
                used = keyWidth
            }
            group.append(column)
            used += minimum[column]
        }
        groups.append(group)
        return groups.map { group in
            let chosen = keys + group
            return ReportTable(
                caption: table.caption,
                columns: chosen.map { table.columns[$0] },
                rows: table.rows.map { row in
                    guard let span = row.spanFrom else {
                        return ReportRow(chosen.map { $0 < row.cells.count ? row.cells[$0] : "" })
                    }
                    let before = chosen.filter { $0 < span }
                    return ReportRow(
                        before.map { $0 < row.cells.count ? row.cells[$0] : "" } + [row.cells.last ?? ""],
                        spanFrom: before.count < chosen.count ? before.count : nil)
                },
                keyColumns: keys.count)
        }
    }

    func render(_ table: ReportTable, widths: [Int]) -> [ReportLine] {
        let count = widths.count
        let rows = [ReportRow(table.columns.map(\.title))] + table.rows
        let wrapped = rows.enumerated().map { index, row in
            cells(row, columns: index == 0 ? table.columns.map { _ in .center } : table.columns.map(\.alignment),
                  widths: widths)
        }
        let ruled = wrapped.dropFirst().contains { $0.contains { $0.lines.count > 1 } }
        var lines = [ReportLine(rule(above: nil, below: rows.first?.spanFrom ?? count, widths: widths), .tableRule)]
        for (index, row) in rows.enumerated() {
            let height = wrapped[index].map(\.lines.count).max() ?? 1
            for line in 0..<height {
                var text = String(rules.vertical)
                for cell in wrapped[index] {
                    let content = line < cell.lines.count ? cell.lines[line] : ""
                    text += " " + aligned(content, cell.width, cell.alignment) + " " + String(rules.vertical)
                }
                lines.append(ReportLine(text, index == 0 ? .tableHeader : .tableRow))
            }
            let last = index == rows.count - 1
            if index == 0 || ruled || last || row.spanFrom != nil || rows[index + 1].spanFrom != nil {
                let below = last ? nil : Optional(rows[index + 1].spanFrom ?? count)
                lines.append(ReportLine(
                    rule(above: row.spanFrom ?? count, below: below, widths: widths, header: index == 0), .tableRule))
            }
        }
        return lines
    }

    /// A rule between a row whose cells span from `above` and one whose cells span from `below` (nil: none).
    func rule(above: Int?, below: Int?, widths: [Int], header: Bool = false) -> String {
        let line = header && above != nil && below != nil ? rules.headerHorizontal : rules.horizontal
        var text = String(rules.junction(.left, up: above != nil, down: below != nil, horizontal: line))
        for (column, columns) in widths.enumerated() {
            text += String(repeating: line, count: columns + 2)
            let boundary = column + 1
            if boundary == widths.count {
                text.append(rules.junction(.right, up: above != nil, down: below != nil, horizontal: line))
            } else {
                text.append(rules.junction(
                    .inner, up: above.map { boundary <= $0 } ?? false, down: below.map { boundary <= $0 } ?? false,
                    horizontal: line))
            }
        }
        return text
    }

    /// A cell's wrapped lines, its width and alignment; a spanning cell takes the width of the columns it covers.
    func cells(
        _ row: ReportRow, columns alignments: [ReportColumn.Alignment], widths: [Int]
    ) -> [(lines: [String], width: Int, alignment: ReportColumn.Alignment)] {
        let count = widths.count
        let span = row.spanFrom ?? count
        var result: [(lines: [String], width: Int, alignment: ReportColumn.Alignment)] = []
        for column in 0..<min(span, count) {
            let text = column < row.cells.count ? row.cells[column] : ""
            result.append((breaking.wrap(text, to: widths[column]), widths[column], alignments[column]))
        }
        if span < count {
            let merged = widths[span...].reduce(0, +) + 3 * (count - span - 1)
            result.append((breaking.wrap(row.cells.last ?? "", to: merged), merged, .center))
        }
        return result
    }

    func aligned(_ text: String, _ columns: Int, _ alignment: ReportColumn.Alignment) -> String {
        let gap = max(0, columns - width.width(of: text))
        switch alignment {
        case .leading: return text + String(repeating: " ", count: gap)
        case .trailing: return String(repeating: " ", count: gap) + text
        case .center:
            return String(repeating: " ", count: gap / 2) + text + String(repeating: " ", count: gap - gap / 2)
        }
    }
}
