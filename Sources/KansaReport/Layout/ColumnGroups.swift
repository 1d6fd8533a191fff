/// How a table too wide for its page is split into several that each repeat the key columns: as few tables as the
/// page allows, sharing the other columns evenly when that fits too (8, 8 and 8 divisions rather than 12, 11 and 1).
enum ColumnGroups {
    /// Groups of `columns` in order, each of which `fits` beside the key columns.
    static func split(_ columns: Range<Int>, fits: ([Int]) -> Bool) -> [[Int]] {
        var groups: [[Int]] = []
        var group: [Int] = []
        for column in columns {
            if !group.isEmpty, !fits(group + [column]) {
                groups.append(group)
                group = []
            }
            group.append(column)
        }
        groups.append(group)
        let share = (columns.count + groups.count - 1) / groups.count
        let even = stride(from: columns.lowerBound, to: columns.upperBound, by: share).map {
            Array($0..<min($0 + share, columns.upperBound))
        }
        return even.count == groups.count && even.allSatisfy(fits) ? even : groups
    }
}
