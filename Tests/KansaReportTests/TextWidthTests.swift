import Foundation
import Testing
import KansaCore
@testable import KansaReport

/// The txt export of the samples at every width up to 160 columns, ambiguous characters wide and narrow: no Latin
/// word or number is cut, no column title breaks inside a word, no name in a list of names is broken.
struct TextWidthTests {
    static let documents: [Document] = [.audit(SampleAudit.audit), .drill(SampleDrill.drill)]
    static let widths = [CharacterWidth(ambiguousIsWide: true), CharacterWidth(ambiguousIsWide: false)]

    /// Names that lists hold: divisions, the drill's vendors, and なし.
    static let names: Set<String> = Set(
        SampleAudit.audit.divisions.map(\.name) + SampleDrill.drill.systems.map(\.owner)
            + SampleDrill.drill.participants.divisions.map(\.name) + SampleDrill.drill.participants.vendors.map(\.name)
            + ["なし"])
    /// The titles of the columns that list names.
    static let nameColumns: Set<String> = ["適正に実施している課等", "改善が必要な課等", "課等", "担当課", "連絡先"]
    static let shortNames = Set(SampleAudit.audit.divisions.map(\.shortName))

    /// Every text a report holds.
    static func texts(_ report: Report) -> [String] {
        report.parts.flatMap(\.blocks).flatMap { block -> [String] in
            switch block {
            case .title(let text), .heading(let text, _), .paragraph(let text), .names(let text), .note(let text): [text]
            case .list(let items): items.flatMap { [$0.marker, $0.text] }
            case .table(let table): [table.caption ?? ""] + table.columns.map(\.title) + table.rows.flatMap(\.cells)
            }
        }
    }

    /// The runs of ASCII letters and digits in a text.
    static func runs(_ text: String) -> Set<Substring> {
        Set(text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
    }

    /// The tables of a txt export, each as its header's lines and its body's lines, each line as its cells trimmed.
    static func tables(_ text: String) -> [(header: [[String]], body: [[String]])] {
        var tables: [(header: [[String]], body: [[String]])] = []
        var inHeader = false
        var inTable = false
        var afterRule = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            defer { afterRule = trimmed.hasPrefix("+") }
            if trimmed.hasPrefix("+") {
                // A table too wide is split into tables that follow each other: a rule after a rule begins the next.
                let starts = !inTable || (afterRule && !trimmed.contains("="))
                if starts { tables.append(([], [])) }
                inHeader = starts || (inHeader && !trimmed.contains("="))
                inTable = true
            } else if trimmed.hasPrefix("|") {
                let cells = trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if inHeader { tables[tables.count - 1].header.append(cells) } else { tables[tables.count - 1].body.append(cells) }
            } else {
                inTable = false
            }
        }
        return tables
    }

    @Test(arguments: widths)
    func noLatinWordOrNumberIsCut(_ width: CharacterWidth) {
        for document in Self.documents {
            let report = Report.of(document)
            let known = Self.texts(report).reduce(into: Set<Substring>()) { $0.formUnion(Self.runs($1)) }
            for columns in 40...160 {
                let cut = Self.runs(TextExport.render(report, columns: columns, width: width)).subtracting(known)
                #expect(cut.isEmpty, "\(columns) columns: \(cut.sorted())")
            }
        }
    }

    @Test(arguments: widths)
    func titlesAndNamesAreNeverBrokenInsideAWord(_ width: CharacterWidth) {
        for document in Self.documents {
            let report = Report.of(document)
            for columns in 40...160 {
                let tables = Self.tables(TextExport.render(report, columns: columns, width: width))
                #expect(tables.count >= 7)
                for table in tables {
                    for column in table.header.first?.indices ?? 0..<0 {
                        let pieces = table.header.map { $0[column] }.filter { !$0.isEmpty }
                        let title = pieces.joined()
                        if Self.shortNames.contains(title) { #expect(pieces.count == 1, "\(columns): \(pieces)") }
                        var ends = Set<Int>()
                        var end = 0
                        for word in Phrasing.words.phrases(Substring(title)) {
                            end += word.count
                            ends.insert(end)
                        }
                        var at = 0
                        for piece in pieces {
                            at += piece.count
                            #expect(ends.contains(at), "\(columns) columns: \(title) broken as \(pieces)")
                        }
                        guard Self.nameColumns.contains(title) else { continue }
                        for piece in table.body.map({ $0[column] }) where !piece.isEmpty {
                            let listed = Phrasing.names.phrases(Substring(piece)).map { String($0.hasSuffix("、") ? $0.dropLast() : $0) }
                            #expect(listed.allSatisfy(Self.names.contains), "\(columns) columns: \(piece)")
                        }
                    }
                }
            }
        }
    }
}
