import KansaUI

/// A band of rows that moved up or down together between two frames (the matrix scrolled by a row): the terminal
/// window's lines are scrolled instead of every cell of the band being drawn again.
struct RowScroll: Equatable {
    /// The band, first and last row, in the new frame's rows.
    var top: Int
    var bottom: Int
    /// How far the band's content moved up (positive) or down (negative).
    var distance: Int
    /// The rows of the new frame that hold, cell for cell, what stood `distance` rows away.
    var moved: Set<Int>

    /// The largest move looked for: the matrix moves by a row, a page moves by more and is drawn anew.
    static let farthest = 3
    /// Rows that must have moved before a scroll is worth it.
    static let fewest = 4

    /// The band of rows that moved between `old` and `new` (frames of `columns` columns; `changed` says which rows
    /// differ), or nil when fewer than `fewest` rows moved by the same distance. A row counts as moved when it
    /// changed and its new cells are the ones that stood `distance` rows below (or above) it.
    static func between(_ old: [Screen.Cell], _ new: [Screen.Cell], columns: Int, changed: [Bool]) -> RowScroll? {
        let rows = changed.count
        guard columns > 0, old.count == rows * columns, new.count == old.count,
              changed.lazy.filter({ $0 }).count >= fewest
        else { return nil }
        var best: RowScroll?
        var bestCount = fewest - 1
        for distance in -farthest...farthest where distance != 0 {
            let moved = (max(0, -distance)..<min(rows, rows - distance)).filter {
                changed[$0] && same(new, row: $0, old, row: $0 + distance, columns: columns)
            }
            if let top = moved.first, let bottom = moved.last, moved.count > bestCount {
                bestCount = moved.count
                // The band holds both where the moved rows stand now and where they stood.
                best = RowScroll(top: min(top, top + distance), bottom: max(bottom, bottom + distance), distance: distance, moved: Set(moved))
            }
        }
        return best
    }

    /// Which rows of `new` differ from the same rows of `old`.
    static func changedRows(_ old: [Screen.Cell], _ new: [Screen.Cell], columns: Int) -> [Bool] {
        (0..<(columns > 0 ? new.count / columns : 0)).map { !same(new, row: $0, old, row: $0, columns: columns) }
    }

    /// Whether row `newRow` of `new` holds the cells of row `oldRow` of `old`.
    private static func same(_ new: [Screen.Cell], row newRow: Int, _ old: [Screen.Cell], row oldRow: Int, columns: Int) -> Bool {
        new.withUnsafeBufferPointer { new in
            old.withUnsafeBufferPointer { old in
                var i = newRow * columns
                var j = oldRow * columns
                let end = i + columns
                while i < end {
                    if new[i].code != old[j].code || new[i].style != old[j].style { return false }
                    i += 1
                    j += 1
                }
                return true
            }
        }
    }

    /// Moves the band in `cells` as the terminal moves it; the rows it leaves become `vacated`. Rows are copied in
    /// the order that reads each before it is written over.
    func apply(to cells: inout [Screen.Cell], columns: Int, vacated: Screen.Cell) {
        let rows = distance > 0 ? Array(top...bottom) : (top...bottom).reversed()
        cells.withUnsafeMutableBufferPointer { cells in
            for row in rows {
                let from = row + distance
                let target = cells.baseAddress! + row * columns
                if from < top || from > bottom {
                    target.update(repeating: vacated, count: columns)
                } else {
                    target.update(from: cells.baseAddress! + from * columns, count: columns)
                }
            }
        }
    }
}
