import Testing
import KansaUI
@testable import KansaTerminal

/// A band of rows moved between two frames is found with its distance, both ways, and moving the last frame by it
/// gives the new frame's rows, the vacated ones excepted; a frame that did not scroll has no band.
struct RowScrollTests {
    static let columns = 4

    /// A frame of one row per text, each text padded to `columns` cells.
    static func frame(_ rows: [String]) -> [Screen.Cell] {
        rows.flatMap { text in
            let scalars = Array(text.unicodeScalars)
            return (0..<columns).map { Screen.Cell(code: $0 < scalars.count ? scalars[$0].value : 0x20, style: .normal) }
        }
    }

    static func find(_ old: [Screen.Cell], _ new: [Screen.Cell]) -> RowScroll? {
        RowScroll.between(old, new, columns: columns, changed: RowScroll.changedRows(old, new, columns: columns))
    }

    @Test func aListScrolledUpByARowUnderAFixedHeader() throws {
        let old = Self.frame(["head", "1", "2", "3", "4", "5", "6", "foot"])
        let new = Self.frame(["head", "2", "3", "4", "5", "6", "7", "foot"])
        let scroll = try #require(Self.find(old, new))
        #expect(scroll.top == 1 && scroll.bottom == 6 && scroll.distance == 1)
        #expect(scroll.moved == [1, 2, 3, 4, 5])
        let vacated = Screen.Cell(code: 0x2A, style: .normal)
        var moved = old
        scroll.apply(to: &moved, columns: Self.columns, vacated: vacated)
        #expect(moved == Self.frame(["head", "2", "3", "4", "5", "6", "****", "foot"]))
    }

    @Test func aListScrolledDownByTwoRows() throws {
        let old = Self.frame(["head", "3", "4", "5", "6", "7", "8"])
        let new = Self.frame(["head", "1", "2", "3", "4", "5", "6"])
        let scroll = try #require(Self.find(old, new))
        #expect(scroll.top == 1 && scroll.bottom == 6 && scroll.distance == -2)
        let vacated = Screen.Cell(code: 0x2A, style: .normal)
        var moved = old
        scroll.apply(to: &moved, columns: Self.columns, vacated: vacated)
        #expect(moved == Self.frame(["head", "****", "****", "3", "4", "5", "6"]))
    }

    @Test func framesThatDidNotScrollHaveNoBand() {
        let old = Self.frame(["a", "b", "c", "d", "e", "f"])
        #expect(Self.find(old, old) == nil)
        #expect(Self.find(old, Self.frame(["u", "v", "w", "x", "y", "z"])) == nil)
        // Three rows moved: too few to be worth a scroll.
        #expect(Self.find(old, Self.frame(["b", "c", "d", "x", "y", "z"])) == nil)
        // Moved by a page, farther than a scroll looks.
        #expect(Self.find(Self.frame(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]),
                          Self.frame(["6", "7", "8", "9", "10", "11", "12", "13", "14", "15"])) == nil)
    }
}
