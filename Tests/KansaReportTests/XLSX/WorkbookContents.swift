import Foundation
@testable import KansaReport
import TestSupport

/// An xlsx file read back as a spreadsheet reads it, with nothing of kansa's: the ZIP unpacked by `unzip -p`, the
/// sheets found through the workbook's relationships, each cell's text (shared strings resolved) and type.
struct WorkbookContents {
    struct Cell: Equatable {
        var text: String
        /// `s` for a shared string; nil for a blank cell; anything else (`str` a formula's result, `n` a number) is
        /// not what kansa writes.
        var type: String?
        /// Whether the cell holds a formula (`<f>`).
        var isFormula: Bool
    }

    struct Sheet {
        var xml: String
        /// Cells by reference (`B6`).
        var cells: [String: Cell]

        func text(_ reference: String) -> String? { cells[reference]?.text }

        /// The texts of a row from column A to the last written cell, blank cells as "".
        func row(_ number: Int) -> [String] {
            let columns = cells.keys.compactMap { key -> Int? in
                guard let parsed = WorkbookContents.split(key), parsed.row == number else { return nil }
                return parsed.column
            }
            guard let last = columns.max() else { return [] }
            return (0...last).map { cells[KansaReport.Sheet.columnName($0) + "\(number)"]?.text ?? "" }
        }

        /// The row numbers (from 1) whose column A is `text`.
        func rows(whereFirstIs text: String) -> [Int] {
            cells.filter { $0.key.hasPrefix("A") && $0.value.text == text }.compactMap { WorkbookContents.split($0.key)?.row }.sorted()
        }
    }

    let names: [String]
    let sheets: [String: Sheet]
    let workbookXML: String
    let stylesXML: String

    init(_ bytes: [UInt8]) throws {
        let folder = TemporaryFolder("xlsx-read")
        let path = folder.file("book.xlsx")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        func entry(_ name: String) throws -> String { try Self.unzip(path, name) }
        workbookXML = try entry("xl/workbook.xml")
        stylesXML = try entry("xl/styles.xml")
        let relationships = try entry("xl/_rels/workbook.xml.rels")
        let strings = Self.matches(#"<si>(.*?)</si>"#, in: try entry("xl/sharedStrings.xml")).map { item in
            Self.matches(#"<t[^>]*>(.*?)</t>"#, in: item[1]).map { Self.unescape($0[1]) }.joined()
        }
        var names: [String] = []
        var sheets: [String: Sheet] = [:]
        for sheet in Self.matches(#"<sheet name="([^"]*)" sheetId="[0-9]+"(?: state="[a-zA-Z]+")? r:id="([^"]+)"/>"#, in: workbookXML) {
            let name = Self.unescape(sheet[1])
            guard let target = Self.matches(#"<Relationship Id="\#(sheet[2])" Type="[^"]*" Target="([^"]+)"/>"#, in: relationships).first?[1]
            else { throw Missing(entry: "the relationship \(sheet[2])") }
            let xml = try entry("xl/" + target)
            var cells: [String: Cell] = [:]
            for cell in Self.matches(#"<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)"#, in: xml) {
                let type = Self.matches(#"t="([a-zA-Z]+)""#, in: cell[2]).first?[1]
                let value = Self.matches(#"<v>(.*?)</v>"#, in: cell[3]).first?[1] ?? ""
                let text = type == "s" ? (Int(value).map { strings[$0] } ?? "") : Self.unescape(value)
                cells[cell[1]] = Cell(text: text, type: type, isFormula: cell[3].contains("<f"))
            }
            names.append(name)
            sheets[name] = Sheet(xml: xml, cells: cells)
        }
        self.names = names
        self.sheets = sheets
    }

    subscript(name: String) -> Sheet? { sheets[name] }

    /// The text of every cell of every sheet, a line each.
    var allText: String {
        names.compactMap { sheets[$0] }.flatMap { $0.cells.values.map(\.text) }.joined(separator: "\n")
    }

    static func unzip(_ path: String, _ entry: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", path, entry]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Missing(entry: entry) }
        return String(decoding: data, as: UTF8.self)
    }

    struct Missing: Error {
        var entry: String
    }

    /// Every match of `pattern` (dot matches newlines), each as its groups, group 0 the whole match; a group that
    /// took part in nothing is "".
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (0..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? "" : ns.substring(with: match.range(at: $0)) }
        }
    }

    /// XML's five entities and Excel's `_xHHHH_` escapes of control characters undone.
    static func unescape(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
        for match in matches("_x([0-9A-Fa-f]{4})_", in: out) {
            if let value = UInt32(match[1], radix: 16), let scalar = Unicode.Scalar(value) {
                out = out.replacingOccurrences(of: match[0], with: String(Character(scalar)))
            }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `B6` as column 1, row 6.
    static func split(_ reference: String) -> (column: Int, row: Int)? {
        let letters = reference.prefix { $0.isLetter }
        guard let row = Int(reference.dropFirst(letters.count)) else { return nil }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return (column, row)
    }
}
