import KansaCore

/// Where the matrix's columns go in a rectangle: the item column's width, each division column's width, and
/// how many division columns fit from a given first one.
struct MatrixGeometry {
    let rect: Rect
    let itemWidth: Int
    let divisionWidths: [Int]

    /// The narrowest the item column gets before division columns scroll instead.
    static let minimumItemWidth = 16

    init(rect: Rect, itemLabelWidth: Int, divisionWidths: [Int]) {
        self.rect = rect
        self.divisionWidths = divisionWidths
        let allDivisions = divisionWidths.reduce(0) { $0 + $1 + 1 }
        if rect.width - allDivisions >= Self.minimumItemWidth + 8 {
            itemWidth = min(itemLabelWidth + 1, rect.width - allDivisions - 1)
        } else {
            itemWidth = max(Self.minimumItemWidth, min(itemLabelWidth + 1, rect.width * 2 / 5))
        }
    }

    /// Rows of the body (the header row takes one).
    var bodyHeight: Int { max(0, rect.height - 1) }

    /// The divisions that fit from `first` on, as a range of column indices.
    func visibleDivisions(from first: Int) -> Range<Int> {
        var used = itemWidth
        var last = first
        while last < divisionWidths.count, used + 1 + divisionWidths[last] <= rect.width {
            used += 1 + divisionWidths[last]
            last += 1
        }
        return first..<max(first, last)
    }

    /// The screen column where each of the `visible` divisions starts, in one pass.
    func columns(of visible: Range<Int>) -> [Int] {
        var c = rect.column + itemWidth + 1
        return visible.map { d in
            defer { c += 1 + divisionWidths[d] }
            return c
        }
    }

    /// The division under screen column `column`, if any.
    func division(at column: Int, first: Int) -> Int? {
        let visible = visibleDivisions(from: first)
        let starts = columns(of: visible)
        return visible.first { d in
            let start = starts[d - visible.lowerBound]
            return column >= start - 1 && column < start + divisionWidths[d]
        }
    }
}
