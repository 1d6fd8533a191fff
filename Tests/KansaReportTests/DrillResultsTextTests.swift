import Testing
import KansaCore
@testable import KansaReport

/// The drill's results tables in the txt export: short columns keep their headings whole and 課題等 takes the rest.
struct DrillResultsTextTests {
    static let issues = SampleDrill.drill.systems.map(\.issue).filter { !$0.isEmpty }

    /// The results tables of the sample drill's txt export at `columns`: those whose last heading is 課題等.
    static func resultTables(columns: Int) -> [(header: [[String]], body: [[String]])] {
        let text = ExportFormat.txt.render([.drill(SampleDrill.drill)], columns: columns)!
        return TextWidthTests.tables(text).filter { $0.header.first?.last == "課題等" }
    }

    /// At the page width the txt export uses (100) and wider, every heading is on one line.
    @Test(arguments: [100, 120])
    func noHeadingIsSplitAcrossLines(columns: Int) {
        let tables = Self.resultTables(columns: columns)
        #expect(tables.count == 2)
        for table in tables {
            #expect(table.header.count == 1, "a heading wraps at \(columns) columns: \(table.header)")
        }
    }

    /// On a narrower page the short headings still stay whole on the first line.
    @Test func shortHeadingsStayWholeOnANarrowPage() {
        for table in Self.resultTables(columns: 80) {
            let first = table.header.first ?? []
            for heading in ["シャットダウン", "起動", "課題等"] { #expect(first.contains(heading)) }
        }
    }

    @Test(arguments: [80, 100, 120])
    func everyIssueAppearsWholeWhenItsLinesAreJoined(columns: Int) {
        let tables = Self.resultTables(columns: columns)
        /// Each row's 課題等 lines joined; a row's lines run from one numbered line to the next.
        var joined: [String] = []
        for table in tables {
            for line in table.body {
                if line.first?.isEmpty == false { joined.append("") }
                joined[joined.count - 1] += line.last ?? ""
            }
        }
        for issue in Self.issues {
            #expect(joined.contains(issue), "\(issue) is not whole at \(columns) columns")
        }
    }

    @Test func modesKeepTheirNaturalWidthAtOneHundredColumns() {
        let text = ExportFormat.txt.render([.drill(SampleDrill.drill)], columns: 100)!
        #expect(text.contains("| 自動（一部手動） |"))
    }

    /// On an 80-column page a mode that must wrap breaks between its words, never inside one (自動（一部手|動）).
    @Test func aWrappedModeBreaksBetweenItsWords() throws {
        let procured = try #require(Self.resultTables(columns: 80).last)
        let row = try #require(procured.body.firstIndex { $0.count > 2 && $0[1].hasPrefix("住民") })
        #expect(procured.body[row][2] == "自動")
        #expect(procured.body[row + 1][2] == "（一部手動）")
    }
}
