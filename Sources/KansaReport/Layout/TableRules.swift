/// The characters tables are ruled with: plain ASCII for text files, box-drawing lines for the screen.
public struct TableRules: Hashable, Sendable {
    public var horizontal: Character
    /// The rule under the header row.
    public var headerHorizontal: Character
    public var vertical: Character
    /// Junctions by edge and by whether a line comes from above and goes below: [left, inner, right] ×
    /// [down only, up and down, up only]; an inner point with neither is `horizontal`.
    var junctions: [[Character]]

    public static let ascii = TableRules(
        horizontal: "-", headerHorizontal: "=", vertical: "|",
        junctions: [["+", "+", "+"], ["+", "+", "+"], ["+", "+", "+"]])

    public static let box = TableRules(
        horizontal: "─", headerHorizontal: "─", vertical: "│",
        junctions: [["┌", "├", "└"], ["┬", "┼", "┴"], ["┐", "┤", "┘"]])

    public enum Edge: Int {
        case left
        case inner
        case right
    }

    /// The junction where a rule meets a vertical line above (`up`), below (`down`), or both.
    func junction(_ edge: Edge, up: Bool, down: Bool, horizontal line: Character) -> Character {
        switch (up, down) {
        case (false, true): junctions[edge.rawValue][0]
        case (true, true): junctions[edge.rawValue][1]
        case (true, false): junctions[edge.rawValue][2]
        case (false, false): line
        }
    }
}
