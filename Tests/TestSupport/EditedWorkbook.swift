import Foundation
import ZIPFoundation

/// An xlsx file changed by another program than the one that wrote it: its parts unpacked with ZIPFoundation, one
/// part's XML rewritten, the whole packed again. `filling` types answers into cells as a spreadsheet saves them.
public enum EditedWorkbook {
    /// The file with `part` (`xl/worksheets/sheet1.xml`) rewritten by `edit`.
    public static func rewriting(_ bytes: [UInt8], part: String, _ edit: (String) throws -> String) throws -> [UInt8] {
        let archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
        var parts: [(path: String, data: Data)] = []
        var found = false
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            if entry.path == part {
                found = true
                data = Data(try edit(String(decoding: data, as: UTF8.self)).utf8)
            }
            parts.append((entry.path, data))
        }
        guard found else { throw Missing(part: part) }
        return try TestWorkbook.zip(parts)
    }

    /// The file with these cells of the sheet `part` holding these texts as inline strings: an empty cell the
    /// writer left (`<c r="C7" s="8"/>`) is replaced, keeping its style, as Excel keeps it when a user types in it.
    /// A cell that is not such an empty one is `Missing`.
    public static func filling(_ bytes: [UInt8], part: String = "xl/worksheets/sheet1.xml", cells: [String: String]) throws -> [UInt8] {
        try rewriting(bytes, part: part) { xml in
            var xml = xml
            for (reference, text) in cells {
                guard let range = xml.range(of: #"<c r="\#(reference)"( s="[0-9]+")?/>"#, options: .regularExpression) else {
                    throw Missing(part: "\(part) \(reference)")
                }
                let style = xml[range].firstRange(of: #/ s="[0-9]+"/#).map { String(xml[range][$0]) } ?? ""
                xml.replaceSubrange(range, with: #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t>\#(TestWorkbook.escaped(text))</t></is></c>"#)
            }
            return xml
        }
    }

    public struct Missing: Error {
        public var part: String
    }
}
