import Foundation
import Testing
import KansaCore
import TestSupport
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
        #expect(breaking.measure("Barracuda等がその後回復した") == (natural: 27, minimum: 9))
        #expect(breaking.measure(String(repeating: "x", count: 30)) == (natural: 30, minimum: 20))
        #expect(breaking.measure("保護課\n医療対策課、財政課") == (natural: 18, minimum: 6))
    }

    @Test func ownLineBreaksAndBlankLinesAreKept() {
        #expect(breaking.wrap("あいうえお\n\nかき", to: 6) == ["あいう", "えお", "", "かき"])
        #expect(breaking.wrap("", to: 6) == [""])
    }

    /// A column's title breaks between its words only: after hiragana, between katakana and kanji, around brackets
    /// (a short part in brackets kept whole), at spaces.
    @Test func aTitleSplitsIntoItsWords() {
        func words(_ title: String) -> [String] { Phrasing.title.phrases(Substring(title)).map(String.init) }
        #expect(words("適正に実施している課等") == ["適正に", "実施している", "課等"])
        #expect(words("改善が必要な課等") == ["改善が", "必要な", "課等"])
        #expect(words("改善内容等") == ["改善内容等"])
        #expect(words("シャットダウン") == ["シャットダウン"])
        #expect(words("システム名(サーバ)") == ["システム名", "(サーバ)"])
        #expect(words("各種サーバ（デジタル都市推進課）") == ["各種", "サーバ", "（デジタル都市推進課）"])
        #expect(words("イントラネット系サーバ（富士通エフサス）") == ["イントラネット系", "サーバ", "（富士通エフサス）"])
        #expect(words("住民情報基幹系サーバ") == ["住民情報基幹系", "サーバ"])
        #expect(words("Divisions needing improvement") == ["Divisions ", "needing ", "improvement"])
        #expect(words("") == [""])
        #expect(Phrasing.words.phrases("各種サーバ（デジタル都市推進課）").map(String.init) == ["各種", "サーバ", "（デジタル", "都市推進課）"])
    }

    /// A title keeps a part in brackets whole where the line has room, else breaks between its words.
    @Test func aTitleBreaksBetweenWordsWhenItsPhrasesDoNotFit() {
        let splits = ReportColumn("各種サーバ（デジタル都市推進課）").titleSplits
        #expect(breaking.wrapped("各種サーバ（デジタル都市推進課）", inPhrases: splits, to: 24).texts == ["各種サーバ", "（デジタル都市推進課）"])
        #expect(breaking.wrapped("各種サーバ（デジタル都市推進課）", inPhrases: splits, to: 14).texts == ["各種サーバ", "（デジタル", "都市推進課）"])
        #expect(breaking.measure("各種サーバ（デジタル都市推進課）", inPhrases: splits) == (natural: 32, minimum: 12))
        #expect(ReportColumn("デジタル都市", titleIsName: true).titleSplits.count == 1)
    }

    @Test func aListSplitsAfterEachName() {
        #expect(Phrasing.names.phrases("企画課、人事行政課、保護課").map(String.init) == ["企画課、", "人事行政課、", "保護課"])
        #expect(Phrasing.names.phrases("Planning, Finance").map(String.init) == ["Planning, ", "Finance"])
        #expect(Phrasing.names.phrases("なし").map(String.init) == ["なし"])
    }

    /// Names stay whole on their lines; a name wider than the line is broken as prose; own line breaks are kept.
    @Test func phrasesWrapWhole() {
        func wrap(_ text: String, _ columns: Int) -> [String] {
            breaking.wrapped(text, inPhrases: [.names], to: columns).texts
        }
        #expect(wrap("企画課、人事行政課、デジタル都市推進課", 20) == ["企画課、人事行政課、", "デジタル都市推進課"])
        #expect(wrap("企画課、人事行政課、デジタル都市推進課", 18) == ["企画課、", "人事行政課、", "デジタル都市推進課"])
        #expect(wrap("企画課、デジタル都市推進課", 10) == ["企画課、", "デジタル都", "市推進課"])
        #expect(wrap("保護課\n企画課、財政課", 12) == ["保護課", "企画課、", "財政課"])
        #expect(wrap("Planning, Finance", 10) == ["Planning,", "Finance"])
        #expect(breaking.measure("企画課、デジタル都市推進課", inPhrases: [.names]) == (natural: 26, minimum: 18))
    }

    /// The one-pass measure of a list of names agrees with measuring its pieces, whatever the text (a report's
    /// texts hold no carriage return: it is shown escaped).
    @Test(arguments: 0..<200)
    func aListIsMeasuredAsItsPieces(_ seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let text = (CSVGuardTests.text(&random, maxPieces: 12) + ["、", ", ", " 、", "　", "企画課"].randomElement(using: &random)!)
            .replacingOccurrences(of: "\r", with: "")
        var natural = 0
        var minimum = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            natural = max(natural, breaking.width.width(of: line))
            for phrase in Phrasing.names.phrases(line) {
                minimum = max(minimum, breaking.width.width(of: LineBreaking.withoutTrailingSpaces(phrase)))
            }
        }
        let measured = breaking.measure(names: text)
        #expect(measured.natural == natural && measured.minimum == minimum, "\(text.debugDescription)")
    }
}
