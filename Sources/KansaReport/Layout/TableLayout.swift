import Glibc
import KansaCore

/// Lays a report table out in a width: columns keep their natural width when the table fits, else share what
/// is left in proportion to how much they would take (or leave it to a column that fills the page), and wrap
/// their cells; a table that cannot fit even so
/// is split into several, each repeating the key columns.
struct TableLayout {
    var breaking: LineBreaking
    var rules: TableRules
    /// Spaces before every line.
    var indent = 0

    var width: CharacterWidth { breaking.width }

    /// The rule and cell lines of a table, at most `columns` wide (after the indent) when it can be.
    func lines(_ table: ReportTable, columns: Int) -> [ReportLine] {
        guard !table.columns.isEmpty else { return [] }
        var wrapped: [WrapKey: LineBreaking.WrappedText] = [:]
        return lines(table, measured: measure(table), columns: columns, wrapped: &wrapped)
    }

    /// A cell's text wrapped to a width as its column splits it: a table repeats many (an item's wording on each of
    /// its findings, the key column in each part of a split table), which are wrapped once.
    /// Texts are told apart by their bytes: `String`'s own hashing and equality normalize the text (NFC), which
    /// costs many times what the bytes do, and a text is laid out by its scalars as they are.
    struct WrapKey: Hashable {
        var text: String
        var columns: Int
        var splits: [Phrasing]

        static func == (a: WrapKey, b: WrapKey) -> Bool {
            guard a.columns == b.columns, a.splits == b.splits, a.text.utf8.count == b.text.utf8.count else { return false }
            var (first, second) = (a.text, b.text)
            return first.withUTF8 { x in second.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(columns)
            hasher.combine(splits)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// What a table's cells take: each column's natural and minimum width, and each cell's natural width (header
    /// first), so that cells that fit are not measured twice.
    struct Measured {
        var natural: [Int]
        var minimum: [Int]
        var cells: [[Int]]

        /// The widths of the table `table.keepingKeyColumns(and:)` makes of the columns `chosen`: the same cells'.
        func keeping(_ chosen: [Int], of table: ReportTable) -> Measured {
            var kept = Measured(natural: chosen.map { natural[$0] }, minimum: chosen.map { minimum[$0] }, cells: [])
            kept.cells.reserveCapacity(cells.count)
            kept.cells.append(chosen.map { cells[0][$0] })
            for (row, widths) in zip(table.rows, cells.dropFirst()) {
                let span = row.spanFrom ?? Int.max
                kept.cells.append(chosen.lazy.filter { $0 < span }.map { $0 < widths.count ? widths[$0] : 0 })
            }
            return kept
        }
    }

    func measure(_ table: ReportTable) -> Measured {
        let count = table.columns.count
        var measured = Measured(
            natural: [Int](repeating: 1, count: count), minimum: [Int](repeating: 1, count: count), cells: [])
        measured.cells.reserveCapacity(table.rows.count + 1)
        func measure(_ texts: [String], upTo end: Int, in splits: [[Phrasing]]) {
            var widths: [Int] = []
            widths.reserveCapacity(end)
            for column in 0..<end {
                let cell = breaking.measure(texts[column], inPhrases: splits[column])
                measured.natural[column] = max(measured.natural[column], cell.natural)
                measured.minimum[column] = max(measured.minimum[column], cell.minimum)
                widths.append(cell.natural)
            }
            measured.cells.append(widths)
        }
        let titleSplits = table.columns.map(\.titleSplits)
        let cellSplits = table.columns.map(\.cellSplits)
        measure(table.columns.map(\.title), upTo: count, in: titleSplits)
        for row in table.rows { measure(row.cells, upTo: min(row.spanFrom ?? count, count, row.cells.count), in: cellSplits) }
        return measured
    }

    func lines(
        _ table: ReportTable, measured: Measured, columns: Int, wrapped: inout [WrapKey: LineBreaking.WrappedText]
    ) -> [ReportLine] {
        let count = table.columns.count
        let natural = measured.natural
        var minimum = measured.minimum
        fitKeysAndWidest(&minimum, keys: min(table.keyColumns, count), room: columns - overhead(min(table.keyColumns + 1, count)))
        if minimum.reduce(0, +) + overhead(count) > columns, table.keyColumns < count - 1 {
            return split(table, columns: columns, natural: natural, minimum: minimum).flatMap { chosen in
                lines(table.keepingKeyColumns(and: chosen), measured: measured.keeping(Array(0..<table.keyColumns) + chosen, of: table),
                      columns: columns, wrapped: &wrapped)
            }
        }
        let available = columns - overhead(count)
        let widths = table.columns.firstIndex(where: \.fillsPage).map {
            Self.fill($0, natural: natural, minimum: minimum, available: available)
        } ?? Self.share(natural: natural, minimum: minimum, available: available)
        return render(table, widths: widths, cellWidths: measured.cells, wrapped: &wrapped)
    }

    /// A whole word or name may be wider than a narrow page: when the key columns and the widest other column
    /// cannot share `room` at their minimums, they share it in proportion, so that a table split down to its key
    /// columns and any one other column still fits (and the word then breaks).
    func fitKeysAndWidest(_ minimum: inout [Int], keys: Int, room: Int) {
        let keyWidth = minimum.prefix(keys).reduce(0, +)
        let widest = minimum.dropFirst(keys).max() ?? 0
        guard keyWidth + widest > room, keyWidth + widest > 0 else { return }
        for column in 0..<keys { minimum[column] = max(1, minimum[column] * room / (keyWidth + widest)) }
        let left = max(1, room - minimum.prefix(keys).reduce(0, +))
        for column in keys..<minimum.count { minimum[column] = min(minimum[column], left) }
    }

    /// Columns take `3n + 1` columns of rules and padding: `| a | b |`.
    func overhead(_ count: Int) -> Int { 3 * count + 1 }

    /// Natural widths when they fit; else each column gets its minimum plus a share of the rest in proportion
    /// to what it lacks of its natural width.
    static func share(natural: [Int], minimum: [Int], available: Int) -> [Int] {
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

    /// Natural widths when they fit; else the column `filler` takes what the others leave. They keep their natural
    /// widths while that leaves it a third of the width (or all it needs); past that the widest of them narrow
    /// first, never below their minimum.
    static func fill(_ filler: Int, natural: [Int], minimum: [Int], available: Int) -> [Int] {
        if natural.reduce(0, +) <= available { return natural }
        let others = natural.indices.filter { $0 != filler }
        let budget = available - max(minimum[filler], min(natural[filler], available / 3))
        var cap = others.map { natural[$0] }.max() ?? 0
        func width(_ column: Int) -> Int { min(natural[column], max(minimum[column], cap)) }
        while cap > 1, others.reduce(0, { $0 + width($1) }) > budget { cap -= 1 }
        var widths = natural
        for column in others { widths[column] = width(column) }
        widths[filler] = max(minimum[filler], available - others.reduce(0) { $0 + widths[$1] })
        return widths
    }

    /// The groups of columns to split the table into, each shown with the key columns (kept readable: up to a
    /// third of the width each): as many as fit at their minimum.
    func split(_ table: ReportTable, columns: Int, natural: [Int], minimum: [Int]) -> [[Int]] {
        let keys = Array(0..<table.keyColumns)
        let keyWidth = keys.reduce(0) { $0 + min(natural[$1], max(minimum[$1], columns / 3)) }
        return ColumnGroups.split(table.keyColumns..<table.columns.count) { group in
            keyWidth + group.reduce(0) { $0 + minimum[$1] } + overhead(keys.count + group.count) <= columns
        }
    }

    /// A cell laid out: its wrapped lines, its width and alignment.
    typealias LaidOutCell = (text: LineBreaking.WrappedText, width: Int, alignment: ReportColumn.Alignment)

    /// Which rule: from where the cells above and below span (nil: no row), and whether it is under the header.
    struct RuleKind: Hashable {
        var above: Int?
        var below: Int?
        var header: Bool
    }

    func render(
        _ table: ReportTable, widths: [Int], cellWidths: [[Int]], wrapped: inout [WrapKey: LineBreaking.WrappedText]
    ) -> [ReportLine] {
        let count = widths.count
        let header = ReportRow(table.columns.map(\.title))
        let centred = [ReportColumn.Alignment](repeating: .center, count: count)
        let alignments = table.columns.map(\.alignment)
        let titleSplits = table.columns.map(\.titleSplits)
        let cellSplits = table.columns.map(\.cellSplits)
        func row(_ index: Int) -> ReportRow { index == 0 ? header : table.rows[index - 1] }
        let rowCount = table.rows.count + 1
        /// Every row's cells, one row after the other, and where each row's end.
        var cells: [LaidOutCell] = []
        cells.reserveCapacity(rowCount * count)
        var ends: [Int] = []
        ends.reserveCapacity(rowCount)
        for index in 0..<rowCount {
            appendCells(
                of: row(index), columns: index == 0 ? centred : alignments, splits: index == 0 ? titleSplits : cellSplits,
                widths: widths, natural: cellWidths[index], to: &cells, wrapped: &wrapped)
            ends.append(cells.count)
        }
        let ruled = cells[ends[0]...].contains { $0.text.lineCount > 1 }
        var rulesMade: [RuleKind: [UInt8]] = [:]
        func ruleLine(above: Int?, below: Int?, header: Bool = false) -> ReportLine {
            let kind = RuleKind(above: above, below: below, header: header)
            if let made = rulesMade[kind] { return ReportLine(utf8: made, .tableRule) }
            let made = rule(above: above, below: below, widths: widths, header: header)
            rulesMade[kind] = made
            return ReportLine(utf8: made, .tableRule)
        }
        let vertical = Array(String(rules.vertical).utf8)
        var lines = [ruleLine(above: nil, below: header.spanFrom ?? count)]
        for index in 0..<rowCount {
            let rowCells = cells[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
            let height = rowCells.reduce(1) { max($0, $1.text.lineCount) }
            for line in 0..<height {
                lines.append(ReportLine(utf8: rowLine(line, of: rowCells, vertical: vertical), index == 0 ? .tableHeader : .tableRow))
            }
            let last = index == rowCount - 1
            let spanFrom = row(index).spanFrom
            if index == 0 || ruled || last || spanFrom != nil || row(index + 1).spanFrom != nil {
                lines.append(ruleLine(
                    above: spanFrom ?? count, below: last ? nil : Optional(row(index + 1).spanFrom ?? count),
                    header: index == 0))
            }
        }
        return lines
    }

    /// A rule between a row whose cells span from `above` and one whose cells span from `below` (nil: none), after
    /// the indent.
    func rule(above: Int?, below: Int?, widths: [Int], header: Bool = false) -> [UInt8] {
        let line = header && above != nil && below != nil ? rules.headerHorizontal : rules.horizontal
        let lineBytes = Array(String(line).utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(indent + (widths.reduce(0, +) + 3 * widths.count + 1) * lineBytes.count)
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
        func append(_ character: Character) { bytes.append(contentsOf: String(character).utf8) }
        append(rules.junction(.left, up: above != nil, down: below != nil, horizontal: line))
        for (column, columns) in widths.enumerated() {
            for _ in 0..<columns + 2 { bytes += lineBytes }
            let boundary = column + 1
            if boundary == widths.count {
                append(rules.junction(.right, up: above != nil, down: below != nil, horizontal: line))
            } else {
                append(rules.junction(
                    .inner, up: above.map { boundary <= $0 } ?? false, down: below.map { boundary <= $0 } ?? false,
                    horizontal: line))
            }
        }
        return bytes
    }

    /// Appends a row's cells, wrapped, with their widths and alignments; a spanning cell takes the width of the
    /// columns it covers.
    func appendCells(
        of row: ReportRow, columns alignments: [ReportColumn.Alignment], splits: [[Phrasing]],
        widths: [Int], natural: [Int], to cells: inout [LaidOutCell], wrapped: inout [WrapKey: LineBreaking.WrappedText]
    ) {
        let count = widths.count
        let span = row.spanFrom ?? count
        for column in 0..<min(span, count) {
            let text = column < row.cells.count ? row.cells[column] : ""
            let fits = column < natural.count && natural[column] <= widths[column] && !text.containsLineFeed
            if fits {
                cells.append((LineBreaking.WrappedText(line: text, width: natural[column]), widths[column], alignments[column]))
                continue
            }
            let key = WrapKey(text: text, columns: widths[column], splits: splits[column])
            if let known = wrapped[key] {
                cells.append((known, widths[column], alignments[column]))
                continue
            }
            let lines = breaking.wrapped(text, inPhrases: splits[column], to: widths[column])
            wrapped[key] = lines
            cells.append((lines, widths[column], alignments[column]))
        }
        if span < count {
            let merged = widths[span...].reduce(0, +) + 3 * (count - span - 1)
            cells.append((breaking.wrapped(row.cells.last ?? "", to: merged), merged, .center))
        }
    }

    /// Line `line` of a row: each cell's line (blank past its last) padded to its width as its column aligns it,
    /// between vertical rules, as UTF-8. Written straight into the array's storage: a large audit's tables have tens
    /// of thousands of such lines, of mostly short pieces.
    func rowLine(_ line: Int, of cells: ArraySlice<LaidOutCell>, vertical: [UInt8]) -> [UInt8] {
        func content(_ cell: LineBreaking.WrappedText) -> (range: Range<Int>, width: Int) {
            if cell.lines.isEmpty { return line == 0 ? (0..<cell.text.utf8.count, cell.width) : (0..<0, 0) }
            return line < cell.lines.count ? cell.lines[line] : (0..<0, 0)
        }
        var length = indent + vertical.count
        for cell in cells {
            let piece = content(cell.text)
            length += 2 + max(0, cell.width - piece.width) + piece.range.count + vertical.count
        }
        return [UInt8](unsafeUninitializedCapacity: length) { buffer, written in
            // `at` goes in and out of the two writers rather than being captured, which would box it and check
            // every access to it at run time.
            var at = 0
            func spaces(_ count: Int, _ at: inout Int) {
                (buffer.baseAddress! + at).initialize(repeating: 0x20, count: count)
                at += count
            }
            func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ at: inout Int) {
                guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
                (buffer.baseAddress! + at).initialize(from: from, count: bytes.count)
                at += bytes.count
            }
            spaces(indent, &at)
            vertical.withUnsafeBufferPointer { vertical in
                copy(vertical, &at)
                for cell in cells {
                    let piece = content(cell.text)
                    let gap = max(0, cell.width - piece.width)
                    let before = switch cell.alignment {
                    case .leading: 0
                    case .trailing: gap
                    case .center: gap / 2
                    }
                    spaces(1 + before, &at)
                    if cell.text.lines.isEmpty {
                        if !piece.range.isEmpty {
                            var text = cell.text.text
                            text.withUTF8 { copy($0, &at) }
                        }
                    } else {
                        cell.text.bytes.withUnsafeBufferPointer { copy(UnsafeBufferPointer(rebasing: $0[piece.range]), &at) }
                    }
                    spaces(gap - before + 1, &at)
                    copy(vertical, &at)
                }
            }
            written = at
        }
    }
}
