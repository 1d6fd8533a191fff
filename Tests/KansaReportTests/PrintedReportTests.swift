import Foundation
import Testing
import KansaCore
@testable import KansaReport

/// What the HTML carries for the printed report (the committee prints it to PDF from a browser): names and the
/// words of a column's title never broken across lines, headings kept with what follows them, the 結果一覧 on
/// landscape pages when its divisions need the width. `scripts/print-report` prints it to look at.
struct PrintedReportTests {
    static let audit = ExportFormat.html.render([.audit(SampleAudit.audit)])!
    static let drill = ExportFormat.html.render([.drill(SampleDrill.drill)])!

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

    @Test func theStyleKeepsWhatMustStayTogether() {
        for html in [Self.audit, Self.drill] {
            #expect(html.contains(".nw { white-space: nowrap; }"))
            #expect(html.contains("h1, h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; break-inside: avoid; }"))
            #expect(html.contains("p.note { break-before: avoid; page-break-before: avoid; }"))
            #expect(html.contains("@page wide { size: A4 landscape;"))
            #expect(html.contains("section.wide { max-width: 267mm; page: wide; }"))
        }
    }

    /// Every cell or paragraph that lists divisions holds each name in a nowrap span, the separator with it.
    @Test func aDivisionNameIsNeverBrokenAcrossLines() {
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
        // 6 divisions contacted and こども家庭課, which owns a system but did not attend (to be phoned).
        #expect(lists == 28 + 1 + 1 + 1 + 9 + 7, "\(lists)")
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

    /// The legend is a note that stays on the page of the table above it.
    @Test func theLegendStaysWithItsTable() {
        let legend = "<p class=\"note\">○：適正 △：監査指導により改善 ×：改善を要する －：該当なし</p>"
        let list = Self.audit.components(separatedBy: "<section class=\"part")[2]
        #expect(list.components(separatedBy: "</table>\n" + legend).count - 1 == 2)
    }

    /// The 結果一覧 is printed on landscape pages, as the seed's sheet, though six divisions would fit a portrait
    /// page; thirty need them, their matrix split into even tables that each repeat the item column and fit the page.
    @Test func theResultListIsLandscapeAndSplitWhenItsDivisionsNeedTheWidth() {
        #expect(Self.audit.components(separatedBy: "<section class=\"part\">").count - 1 == 1)
        #expect(Self.audit.components(separatedBy: "<section class=\"part wide\">").count - 1 == 1)
        let audit = LargeAudit.make(divisions: 30, items: 25)
        let html = ExportFormat.html.render([.audit(audit)])!
        let parts = html.components(separatedBy: "<section class=\"part")
        #expect(parts.count == 3)
        #expect(parts[1].hasPrefix("\">"))
        #expect(parts[2].hasPrefix(" wide\">"))
        let tables = parts[2].components(separatedBy: "<table>").dropFirst()
        #expect(tables.count == 3)
        for table in tables {
            #expect(table.contains("<th class=\"nw\">監査内容</th>"))
            let header = table.components(separatedBy: "</thead>")[0]
            #expect(header.components(separatedBy: "<th class=\"center nw\">").count - 1 == 10)
        }
        #expect(tables.last!.contains("第30課"))
        let report = AuditReport.build(audit)
        let printed = PrintedWidth()
        for case .table(let table) in report.parts[1].blocks {
            let minimums = printed.minimums(table)
            #expect(minimums.reduce(0, +) > PrintedWidth.portrait)
            for group in printed.groups(table, minimums: minimums, fitting: PrintedWidth.landscape) {
                #expect(printed.minimums(group).reduce(0, +) <= PrintedWidth.landscape)
            }
        }
    }

    /// The timetable's four lanes, their responders whole, need a landscape page too.
    @Test func theDrillsTimetableIsPrintedLandscape() {
        let parts = Self.drill.components(separatedBy: "<section class=\"part")
        #expect(parts.count == 3)
        #expect(parts[1].hasPrefix("\">"))
        #expect(parts[2].hasPrefix(" wide\">"))
    }
}
