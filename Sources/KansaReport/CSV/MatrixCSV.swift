import FoundationEssentials

import KansaCore

/// The audit matrix as a spreadsheet: `区分,番号,監査内容` then a column per division, a row per item.
public enum MatrixCSV {
    static let fixedHeader = ["区分", "番号", "監査内容"]

    public static func export(_ audit: Audit) -> String {
        var rows = [fixedHeader + audit.divisions.map(\.name)]
        for section in audit.sections {
            for item in section.items {
                rows.append([section.heading, item.number, item.label]
                    + audit.divisions.indices.map { item.cell($0).verdict?.symbol ?? "" })
            }
        }
        return CSVText.encode(rows)
    }

    /// Splits a 監査内容 into title and explanation, the inverse of `AuditItem.label`: at the first `：` followed by a bracket
    /// (`A：B（C）`), else at the parenthesis that closes it (`A（B）`); `AuditItem.label` gives the same text back from the parts,
    /// so a text it could not have made (`A（B（C））`) is all title.
    static func split(label: String) -> (title: String, explanation: String) {
        if let colon = label.firstIndex(of: "："), colon > label.startIndex,
           AuditItem.holdsParenthesis(label[label.index(after: colon)...]) {
            return (String(label[..<colon]), String(label[label.index(after: colon)...]))
        }
        guard label.hasSuffix("）") else { return (label, "") }
        var depth = 0
        var index = label.endIndex
        while index > label.startIndex {
            index = label.index(before: index)
            switch label[index] {
            case "）": depth += 1
            case "（":
                depth -= 1
                if depth == 0 {
                    let inner = label[label.index(after: index)..<label.index(before: label.endIndex)]
                    // `A（）` is all title: an empty explanation would be written back as `A`.
                    guard index > label.startIndex, !inner.isEmpty, !AuditItem.holdsParenthesis(inner)
                    else { return (label, "") }
                    return (String(label[..<index]), String(inner))
                }
            default: break
            }
        }
        return (label, "")
    }

    /// `I 人的セキュリティ` split into numeral and title; a heading without a numeral is all title.
    static func split(heading: String) -> (numeral: String, title: String) {
        let numerals = Set("IVXLCⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ")
        guard let space = heading.firstIndex(of: " "), space > heading.startIndex,
              heading[..<space].allSatisfy({ numerals.contains($0) })
        else { return ("", heading) }
        return (String(heading[..<space]), String(heading[heading.index(after: space)...]))
    }

    /// A matrix CSV cannot become an audit: where and what.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: BilingualText
        public var description: String { description(in: .en) }

        public func description(in language: Language) -> String {
            (language == .ja ? "\(line)行目: " : "line \(line): ") + message.text(in: language)
        }
    }

    /// Builds an audit from a matrix CSV (the inverse of `export`): sections from 区分, items in row order.
    public static func importAudit(
        _ text: String, title: String, fiscalYear: Int, auditDate: LocalDate
    ) throws(Problem) -> Audit {
        let rows: [(line: Int, fields: [String])]
        do {
            rows = try CSVText.decode(text).filter { !$0.fields.allSatisfy(\.isEmpty) }
        } catch {
            throw Problem(line: error.line, message: error.message)
        }
        guard let header = rows.first else { throw Problem(line: 1, message: BilingualText(
                    "the file has no header row",
                    "見出しの行がありません")) }
        guard header.fields.count > 3, Array(header.fields.prefix(3)) == fixedHeader else {
            throw Problem(line: header.line, message: BilingualText(
                    "the header must start with 区分,番号,監査内容 and name at least one division",
                    "見出しは 区分,番号,監査内容 で始まり、課を一つ以上並べてください"))
        }
        var divisions: [Division] = []
        for (n, name) in header.fields.dropFirst(3).enumerated() {
            let name = name.trimmingSpaces
            guard !name.isEmpty else { throw Problem(line: header.line, message: BilingualText(
                    "column \(n + 4) has no division name",
                    "\(n + 4)列目に課の名前がありません")) }
            guard !divisions.contains(where: { $0.name == name }) else {
                throw Problem(line: header.line, message: BilingualText(
                    "the division \(name) has two columns",
                    "課 \(name) の列が二つあります"))
            }
            divisions.append(Division(id: DivisionID("division-\(n + 1)"), name: name, shortName: Division.shortName(for: name)))
        }
        var sections: [AuditSection] = []
        var itemCount = 0
        for var row in rows.dropFirst() {
            guard row.fields.count <= header.fields.count, row.fields.count >= 3 else {
                throw Problem(line: row.line, message: BilingualText(
                    "\(row.fields.count) columns where the header has \(header.fields.count)",
                    "見出しは \(header.fields.count) 列ですが、この行は \(row.fields.count) 列です"))
            }
            // A spreadsheet may leave out the empty cells at the end of a row.
            row.fields += Array(repeating: "", count: header.fields.count - row.fields.count)
            let heading = row.fields[0].trimmingSpaces
            let labelText = row.fields[2].trimmingSpaces
            guard !labelText.isEmpty else { throw Problem(line: row.line, message: BilingualText(
                    "the item has no 監査内容",
                    "監査内容がありません")) }
            var cells: [Cell] = []
            for (division, symbol) in zip(divisions, row.fields.dropFirst(3)) {
                if symbol.trimmingSpaces.isEmpty {
                    cells.append(Cell())
                    continue
                }
                guard let verdict = Verdict(lenient: symbol) else {
                    throw Problem(line: row.line, message: BilingualText(
                    "unknown verdict \"\(symbol)\" for \(division.name) (○ △ × － or empty)",
                    "\(division.name) の判定 \"\(symbol)\" は使えません（○ △ × － または空欄）"))
                }
                cells.append(Cell(verdict: verdict))
            }
            itemCount += 1
            let parts = split(label: labelText)
            let item = AuditItem(
                id: ItemID("item-\(itemCount)"), number: row.fields[1].trimmingSpaces,
                title: parts.title, explanation: parts.explanation, cells: cells)
            if let s = sections.firstIndex(where: { $0.heading == heading || ($0.title == heading && $0.numeral.isEmpty) }) {
                sections[s].items.append(item)
            } else {
                let h = split(heading: heading)
                sections.append(AuditSection(id: SectionID("section-\(sections.count + 1)"), numeral: h.numeral, title: h.title, items: [item]))
            }
        }
        guard !sections.isEmpty else { throw Problem(line: header.line, message: BilingualText(
                    "the file has no item rows",
                    "監査項目の行がありません")) }
        return Audit(
            title: title, fiscalYear: fiscalYear, period: "", auditDate: auditDate, divisions: divisions, sections: sections)
    }
}
