import Testing
import KansaCore
@testable import KansaReport

struct TableLayoutTests {
    let width = CharacterWidth(ambiguousIsWide: true)

    var table: ReportTable {
        ReportTable(
            columns: [ReportColumn("監査項目"), ReportColumn("課等"), ReportColumn("判定", alignment: .center)],
            rows: [
                ReportRow(["特定個人情報事務取扱担当の監督，教育（所属長による取扱い確認が行われているか。）", "デジタル都市推進課、保護課", "○"]),
                ReportRow(["停電", "x"], spanFrom: 1),
                ReportRow(["Citrix、Barracuda等", "人事行政課", "×"]),
            ])
    }

    func lines(_ table: ReportTable, _ columns: Int) -> [String] {
        TableLayout(breaking: LineBreaking(width: width), rules: .ascii).lines(table, columns: columns).map(\.text)
    }

    /// At every width the lines are the same width, fit, and hold every character of every cell in order.
    @Test func wideCharactersWrapInsideTheirCellsAtEveryWidth() {
        for columns in 30...120 {
            let lines = lines(table, columns)
            let widths = Set(lines.map { width.width(of: $0) })
            #expect(widths.count == 1, "width \(columns): rows of different widths \(widths)")
            #expect(widths.first! <= columns, "width \(columns): \(widths.first!)")
            let body = lines.filter { $0.hasPrefix("|") }.joined()
            for cell in table.rows.flatMap(\.cells) {
                var rest = Substring(body)
                for character in cell {
                    guard let found = rest.firstIndex(of: character) else {
                        Issue.record("width \(columns): \(character) of \(cell) is missing")
                        break
                    }
                    rest = rest[rest.index(after: found)...]
                }
            }
        }
    }

    @Test func aSpanningRowTakesTheWholeWidth() {
        let lines = lines(table, 60)
        let span = lines.first { $0.contains("停電") }!
        #expect(span.filter { $0 == "|" }.count == 3)
        #expect(lines.first!.hasPrefix("+") && lines.first!.hasSuffix("+"))
    }

    @Test func theBoxRulesJoinWhereRowsSpan() {
        let lines = TableLayout(breaking: LineBreaking(width: CharacterWidth()), rules: .box).lines(table, columns: 200).map(\.text)
        #expect(lines.first!.hasPrefix("┌") && lines.first!.hasSuffix("┐"))
        #expect(lines.last!.hasPrefix("└") && lines.last!.hasSuffix("┘"))
        let aboveSpan = lines[lines.firstIndex { $0.contains("停電") }! - 1]
        #expect(aboveSpan.contains("┼") && aboveSpan.contains("┴"))
    }

    /// A matrix of 60 divisions cannot fit 80 columns: it is split into tables that each repeat the item column.
    @Test func aTableTooWideIsSplitRepeatingItsKeyColumn() {
        let audit = LargeAudit.make(divisions: 60, items: 3)
        let report = AuditReport.build(audit)
        let matrix = report.parts[1].blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }.first!
        let lines = lines(matrix, 80)
        #expect(lines.allSatisfy { width.width(of: $0) <= 80 })
        let headers = lines.enumerated().filter { $0.element.contains("監査内容") }
        #expect(headers.count > 1)
        for division in audit.divisions.prefix(3) {
            #expect(lines.contains { $0.contains(division.shortName) })
        }
    }
}
