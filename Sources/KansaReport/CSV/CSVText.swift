import Foundation

import KansaCore

/// Comma-separated values as Excel reads them: UTF-8 with a byte-order mark, CRLF line ends, quoted fields,
/// and cells that Excel would run as formulas neutralised with a leading `'`.
public enum CSVText {
    static let byteOrderMark = "\u{FEFF}"
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    public static func encode(_ rows: [[String]]) -> String {
        var text = byteOrderMark
        for row in rows {
            text += row.map(field).joined(separator: ",")
            text += "\r\n"
        }
        return text
    }

    /// One cell: control characters made visible, a formula guard, quotes where needed.
    static func field(_ value: String) -> String {
        var value = value.escapingControlCharacters(keepingLineBreaks: true)
        if let first = value.first, formulaStarts.contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A CSV text cannot be read: where and what.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: BilingualText
        public var description: String { "line \(line): \(message)" }
    }

    /// Splits CSV text into rows of fields (RFC 4180; LF or CRLF; an optional byte-order mark), undoing the
    /// formula guard. Each row comes with the line it starts on.
    public static func decode(_ text: String) throws(Problem) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var line = 1
        var rowLine = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endField() {
            fields.append(unguard(field, quoted: wasQuoted))
            field = ""
            wasQuoted = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"":
                    guard field.isEmpty else {
                        throw Problem(line: line, message: BilingualText(
                            "a quote in the middle of an unquoted field", "引用符で囲まれていない欄の途中に引用符があります"))
                    }
                    quoted = true
                    wasQuoted = true
                case ",":
                    endField()
                case "\r":
                    break
                case "\n":
                    endField()
                    rows.append((rowLine, fields))
                    fields = []
                    line += 1
                    rowLine = line
                default:
                    field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if quoted { throw Problem(line: rowLine, message: BilingualText(
            "a quoted field is never closed", "引用符で始まった欄が閉じられていません")) }
        if !field.isEmpty || wasQuoted || !fields.isEmpty {
            endField()
            rows.append((rowLine, fields))
        }
        return rows
    }

    private static func unguard(_ value: String, quoted: Bool) -> String {
        guard value.hasPrefix("'"), let second = value.dropFirst().first, formulaStarts.contains(second) else { return value }
        return String(value.dropFirst())
    }
}
