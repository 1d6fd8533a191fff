import Testing
import KansaCore
@testable import KansaReport

struct LineBreakingTests {
    let breaking = LineBreaking(width: CharacterWidth(ambiguousIsWide: true))

    @Test func aCommaNeverStartsALine() {
        #expect(breaking.wrap("あいう、えお", to: 6) == ["あい", "う、え", "お"])
        #expect(breaking.wrap("あいう。", to: 6) == ["あい", "う。"])
    }

    @Test func anOpeningBracketNeverEndsALine() {
        #expect(breaking.wrap("あい「うえ」", to: 6) == ["あい", "「う", "え」"])
    }

    @Test func latinWordsAreNotCut() {
        #expect(breaking.wrap("メール（「to」、「cc」）", to: 10) == ["メール", "（「to」、", "「cc」）"])
        #expect(breaking.wrap("Citrix、Barracuda等", to: 12) == ["Citrix、", "Barracuda等"])
        #expect(breaking.wrap("なければ narrow。既定", to: 15) == ["なければ", "narrow。既定"])
    }

    /// Every seed paragraph at every width from 8 to 60: no line too wide, no forbidden start or end, nothing lost.
    @Test func theRulesHoldForTheSeedsParagraphsAtEveryWidth() {
        let texts = [SampleAudit.audit.purpose, SampleAudit.audit.generalComment] + SampleDrill.drill.conclusions
            + SampleDrill.drill.systems.map(\.issue)
        for text in texts {
            for columns in 8...60 {
                let lines = breaking.wrap(text, to: columns)
                for line in lines {
                    #expect(breaking.width.width(of: line) <= columns, "\(columns): \(line)")
                    if let first = line.first { #expect(!"、。，．）」』".contains(first), "\(columns) starts with \(first): \(line)") }
                    if let last = line.last { #expect(!"（「『".contains(last), "\(columns) ends with \(last): \(line)") }
                }
                #expect(lines.joined() == text.replacingOccurrences(of: "\n", with: ""), "width \(columns)")
            }
        }
    }

    @Test func aCharacterWiderThanTheLineStandsAlone() {
        #expect(breaking.wrap("漢字", to: 1) == ["漢", "字"])
    }

    @Test func aColumnsMinimumKeepsShortTextsWhole() {
        #expect(breaking.measure("なし") == (natural: 4, minimum: 4))
        #expect(breaking.measure("デジタル都市推進課") == (natural: 18, minimum: 2))
        #expect(breaking.measure("Barracuda等がその後回復した") == (natural: 27, minimum: 8))
        #expect(breaking.measure("保護課\n医療対策課、財政課") == (natural: 18, minimum: 6))
    }

    @Test func ownLineBreaksAndBlankLinesAreKept() {
        #expect(breaking.wrap("あいうえお\n\nかき", to: 6) == ["あいう", "えお", "", "かき"])
        #expect(breaking.wrap("", to: 6) == [""])
    }
}
