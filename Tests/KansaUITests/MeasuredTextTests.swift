import KansaCore
import Testing
@testable import KansaUI

/// A measured text, and a measured scalar, are put exactly as their text is: over wide characters they cut, at
/// the right edge, within a limit, with controls and combining marks.
struct MeasuredTextTests {
    static let texts = [
        "", "a", "○", "－", "×", "財政課", "2(1) パソコンの取扱い", "e\u{301}x", "a\u{1B}b", "│", "監査項目1の表題…",
    ]

    /// A row already holding wide characters and a narrow one, for a write to break.
    func underlay(_ width: CharacterWidth) -> Screen {
        var screen = Screen(rows: 2, columns: 9, width: width)
        screen.put("財政x課税", row: 0, column: 0)
        return screen
    }

    @Test(arguments: [false, true])
    func aMeasuredTextIsPutAsItsText(ambiguousIsWide: Bool) {
        let width = CharacterWidth(ambiguousIsWide: ambiguousIsWide)
        for text in Self.texts {
            let measured = MeasuredText(text, width: width)
            #expect(measured.width == width.width(of: text))
            for column in -1...9 {
                for limit in [nil, 0, 1, 2, 3] as [Int?] {
                    var byText = underlay(width)
                    var byMeasure = underlay(width)
                    let written = byText.put(text, row: 0, column: column, style: Style(.header), limit: limit)
                    #expect(byMeasure.put(measured, row: 0, column: column, style: Style(.header), limit: limit) == written)
                    #expect(byMeasure == byText, "\(text) at \(column), limit \(String(describing: limit))")
                    if let single = measured.single {
                        var byScalar = underlay(width)
                        #expect(byScalar.put(single, row: 0, column: column, style: Style(.header), limit: limit) == written)
                        #expect(byScalar == byText, "\(text) at \(column), limit \(String(describing: limit))")
                    }
                }
            }
        }
    }
}
