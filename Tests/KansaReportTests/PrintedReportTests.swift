import Foundation
import Testing
import KansaCore
@testable import KansaReport

/// What the HTML carries for the printed report (the committee prints it to PDF from a browser): names and the
/// words of a column's title never broken across lines.
struct PrintedReportTests {
    static let audit = ExportFormat.html.render([.audit(SampleAudit.audit)])
    static let drill = ExportFormat.html.render([.drill(SampleDrill.drill)])

    /// The inner HTML of every element `tag` (`td`, `th`, `p`) with its attributes.
    static func elements(_ tag: String, in html: String) -> [(attributes: String, inner: String)] {
        html.components(separatedBy: "<\(tag)").dropFirst().compactMap { piece in
            guard let close = piece.range(of: "</\(tag)>"), let open = piece.firstIndex(of: ">"), open < close.lowerBound
            else { return nil }
            return (String(piece[..<open]), String(piece[piece.index(after: open)..<close.lowerBound]))
        }
    }

    static func text(_ html: String) -> String {
        html.replacing(/<[^>]*>/, with: "")
    }

    /// Pieces each in a nowrap span, a break allowed between them only.
    static func spans(_ pieces: [String]) -> String {
        pieces.map { "<span class=\"nw\">\($0)</span>" }.joined(separator: "<wbr>")
    }

    /// Every cell or paragraph that lists divisions holds each name in a nowrap span, the separator with it.
    @Test func aDivisionNameIsNeverBrokenAcrossLines() {
        #expect(Self.audit.contains(".nw { white-space: nowrap; }"))
        let names = Set(SampleAudit.audit.divisions.map(\.name) + SampleDrill.drill.systems.map(\.owner)
            + SampleDrill.drill.participants.divisions.map(\.name))
        var lists = 0
        for html in [Self.audit, Self.drill] {
            for element in Self.elements("td", in: html) + Self.elements("p", in: html) {
                let pieces = Self.text(element.inner).split(separator: "、").map(String.init)
                guard !pieces.isEmpty, pieces.allSatisfy(names.contains) else { continue }
                lists += 1
                let withSeparators = pieces.dropLast().map { $0 + "、" } + [pieces.last!]
                #expect(element.inner == Self.spans(withSeparators), "\(element.inner)")
            }
        }
        // 28 rows of 適正に実施している課等, 保護課 needing improvement and in the findings, 監査対象課; 9 rows of 担当課,
        // 6 divisions contacted.
        #expect(lists == 28 + 1 + 1 + 1 + 9 + 6, "\(lists)")
        #expect(Self.audit.contains("<p>" + Self.spans(["企画課、", "人事行政課、", "デジタル都市推進課、", "財政課、", "保護課、", "医療対策課"]) + "</p>"))
    }

    /// A column's title is one nowrap cell (a division's short name, a word) or whole words joined by `<wbr>`.
    @Test func aColumnTitleNeverBreaksInsideAWord() {
        for html in [Self.audit, Self.drill] {
            for header in Self.elements("th", in: html) {
                let whole = header.attributes.contains("nw") && !header.inner.contains("<")
                let words = header.inner.hasPrefix("<span class=\"nw\">")
                    && header.inner.replacing(/<span class="nw">[^<]*<\/span>(<wbr>)?/, with: "").isEmpty
                #expect(whole || words, "\(header)")
            }
        }
        let titles = Self.elements("th", in: Self.audit).map(\.inner)
        #expect(titles.contains(Self.spans(["適正に", "実施している", "課等"])))
        #expect(titles.contains(Self.spans(["改善が", "必要な", "課等"])))
        #expect(Self.audit.contains("<th class=\"nw\">改善内容等</th>"))
        for short in SampleAudit.audit.divisions.map(\.shortName) {
            #expect(Self.audit.contains("<th class=\"center nw\">\(short)</th>"))
        }
        #expect(Self.drill.contains("<th>" + Self.spans(["各種", "サーバ", "（デジタル都市推進課）"]) + "</th>"))
    }
}
