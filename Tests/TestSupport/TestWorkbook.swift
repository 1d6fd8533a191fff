import Foundation
import KansaCore
import ZIPFoundation

/// An xlsx file made by a test, part by part, as Excel lays one out: a workbook of one sheet whose rows are given
/// as texts (`""` is no cell), in shared strings or inline strings, with merged ranges; any part can be replaced
/// or added.
public struct TestWorkbook {
    public var sheetName: String
    public var rows: [[String]]
    public var merges: [String]
    public var inlineStrings: Bool
    /// Parts put in as they are, after (and over) the ones made from the rows.
    public var parts: [String: String] = [:]

    public init(sheetName: String = "結果一覧", rows: [[String]], merges: [String] = [], inlineStrings: Bool = false) {
        self.sheetName = sheetName
        self.rows = rows
        self.merges = merges
        self.inlineStrings = inlineStrings
    }

    /// The seed's 結果一覧 for an audit: the title row, then per section a title row merged across the matrix
    /// (`I 人的セキュリティに関して`), the header row of short names, an item row per item (`2 パソコンの取扱い（1）…`),
    /// the 備考 row when the section has remarks, the legend after the last section, blank rows between.
    public init(resultListOf audit: Audit) {
        let last = Self.column(audit.divisions.count)
        var rows: [[String]] = [[audit.title + "結果一覧"], []]
        var merges = ["A1:\(last)1"]
        for section in audit.sections {
            rows.append([section.heading + "に関して"])
            merges.append("A\(rows.count):\(last)\(rows.count)")
            rows.append(["監査内容"] + audit.divisions.map(\.shortName))
            for item in section.items {
                rows.append([item.listWording] + item.cells.map { $0.verdict?.symbol ?? "" })
            }
            if !section.remarks.isEmpty {
                rows.append([section.remarksLabel] + audit.divisions.map { section.remarks[$0.id] ?? "" })
            }
            rows.append([])
        }
        rows.append(["○：適正 △：監査指導により改善 ×：改善を要する －：該当なし"])
        self.init(rows: rows, merges: merges)
    }

    /// `A` for 0, `B` for 1 …, `AA` for 26.
    public static func column(_ index: Int) -> String {
        var name = ""
        var n = index + 1
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The file's bytes.
    public func bytes() throws -> [UInt8] {
        var strings: [String] = []
        var index: [String: Int] = [:]
        var sheetData = ""
        for (r, row) in rows.enumerated() {
            sheetData += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                let reference = Self.column(c) + String(r + 1)
                if inlineStrings {
                    sheetData += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(Self.escaped(text))</t></is></c>"
                } else {
                    let n = index[text] ?? strings.count
                    if n == strings.count {
                        strings.append(text)
                        index[text] = n
                    }
                    sheetData += "<c r=\"\(reference)\" t=\"s\"><v>\(n)</v></c>"
                }
            }
            sheetData += "</row>"
        }
        let mergeCells = merges.isEmpty ? "" : "<mergeCells count=\"\(merges.count)\">"
            + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        var made: [String: String] = [
            "[Content_Types].xml": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                </Types>
                """,
            "_rels/.rels": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """,
            "xl/workbook.xml": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="\(Self.escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                </Relationships>
                """,
            "xl/sharedStrings.xml": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(strings.count)" uniqueCount="\(strings.count)">\
                \(strings.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }.joined())</sst>
                """,
            "xl/worksheets/sheet1.xml": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetData>\(sheetData)</sheetData>\(mergeCells)</worksheet>
                """,
        ]
        for (path, text) in parts { made[path] = text }
        return try Self.zip(made.sorted { $0.key < $1.key }.map { ($0.key, Data($0.value.utf8)) })
    }

    /// A ZIP file of these parts, deflated.
    public static func zip(_ parts: [(path: String, data: Data)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Text for XML: `&`, `<`, `>` and `"` as entities.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
