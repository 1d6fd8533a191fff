/// A cell's place in a sheet as `D12` names it: the row counted from 1, the column from 0 (A).
struct CellReference: Hashable {
    var row: Int
    var column: Int

    /// The largest row and column a workbook can have (1 048 576 rows, XFD = 16 384 columns).
    static let rowLimit = 1 << 20
    static let columnLimit = 1 << 14

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `D12` or `$D$12`; nil for anything else or a place outside a workbook.
    init?(_ text: Substring) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard digits > 0, row >= 1, row <= Self.rowLimit, column <= Self.columnLimit else { return nil }
        self.init(row: row, column: column - 1)
    }

    /// `A1:G1` as its two corners, top left first; a single cell is a range of one.
    static func range(_ text: Substring) -> (from: CellReference, to: CellReference)? {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard corners.count <= 2, let first = CellReference(corners[0]) else { return nil }
        guard corners.count == 2 else { return (first, first) }
        guard let second = CellReference(corners[1]) else { return nil }
        return (CellReference(row: min(first.row, second.row), column: min(first.column, second.column)),
                CellReference(row: max(first.row, second.row), column: max(first.column, second.column)))
    }

    /// `A`, `Z`, `AA` …
    static func columnName(_ column: Int) -> String {
        var name = ""
        var n = column + 1
        while n > 0 {
            let letter = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(letter))) + name
            n = (n - 1) / 26
        }
        return name
    }

    var name: String { Self.columnName(column) + String(row) }
}
