/// A rectangle of the screen, in rows and columns from the top left.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var height: Int
    public var width: Int

    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    public var bottom: Int { row + height }
    public var right: Int { column + width }

    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < bottom && c >= column && c < right
    }
}
