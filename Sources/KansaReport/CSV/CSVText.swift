import FoundationEssentials

import KansaCore

/// Comma-separated values as Excel reads them: UTF-8 with a byte-order mark, CRLF line ends, quoted fields,
/// control characters shown escaped, and cells that a spreadsheet would run as formulas neutralised with a
/// leading `'`.
public enum CSVText {
    static let byteOrderMark = "\u{FEFF}"
    /// What makes a cell a formula when it starts it: `=`, `+`, `-`, `@`, their full-width forms `＝ ＋ － ＠`,
    /// and a tab or a carriage return (which `field` writes escaped, so they never start a cell anyway).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\r"]

    public static func encode(_ rows: [[String]]) -> String {
        var text = byteOrderMark
        for row in rows {
            text += row.map(field).joined(separator: ",")
            text += "\r\n"
        }
        return text
    }

    /// One cell: control characters made visible (line feeds kept), a formula guard, quotes where needed.
    ///
    /// The guard is a `'` before a cell that starts with a formula character or with a `'` of its own, so that
    /// `decode` takes off exactly one and a genuine leading `'` survives the round trip (`'a` is written `''a`).
    /// A cell that is a lone `－` or `-` is written as it is: the matrix's 該当なし verdict is `－`, and a sign
    /// alone is never a formula.
    static func field(_ value: String) -> String {
        var value = visible(value)
        if let first = value.unicodeScalars.first, first == "'" || formulaStarts.contains(first), value != "－", value != "-" {
            value = "'" + value
        }
        // Looked at scalar by scalar: a quote or a comma followed by a combining mark is one Character in Swift.
        guard value.utf8Contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// The text with every control character escaped but the line feed, which a quoted cell keeps.
    static func visible(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 != "\n" && $0.isControl() }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            if scalar != "\n", scalar.isControl() {
                out += scalar.escapedControl
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
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
            fields.append(unguard(field))
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

    /// Takes off the `'` that `field` put before a formula character or a `'`; any other leading `'` is text.
    private static func unguard(_ value: String) -> String {
        var scalars = value.unicodeScalars.makeIterator()
        guard scalars.next() == "'", let second = scalars.next(), second == "'" || formulaStarts.contains(second) else {
            return value
        }
        return String(value.unicodeScalars.dropFirst())
    }
}
