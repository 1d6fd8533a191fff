import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A .docx read back as a word processor reads it: unzipped in memory, its XML parts parsed, the body walked as
/// its sections of paragraphs and tables.
struct DocxFile {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The package's parts, by path.
    let parts: [String: Data]

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    /// The body's XML as text.
    var documentXML: String {
        String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
    }

    /// A part parsed; a part that is not well-formed XML throws.
    func xml(_ path: String) throws -> XMLElement {
        guard let data = parts[path] else { throw Missing(path: path) }
        guard let root = try XMLDocument(data: data, options: []).rootElement() else { throw Missing(path: path) }
        return root
    }

    struct Missing: Error {
        var path: String
    }

    /// The body's sections in order, each its blocks and its page.
    func sections() throws -> [Section] {
        guard let body = try xml("word/document.xml").children(named: "body").first else { throw Missing(path: "body") }
        var sections: [Section] = []
        var blocks: [Block] = []
        for child in body.childElements {
            switch child.localName {
            case "p":
                let properties = child.children(named: "pPr").first
                if let section = properties?.children(named: "sectPr").first {
                    if !child.text.isEmpty { blocks.append(.paragraph(Paragraph(child))) }
                    sections.append(Section(blocks: blocks, properties: section))
                    blocks = []
                } else {
                    blocks.append(.paragraph(Paragraph(child)))
                }
            case "tbl": blocks.append(.table(Table(element: child)))
            case "sectPr": sections.append(Section(blocks: blocks, properties: child))
            default: break
            }
        }
        return sections
    }

    struct Section {
        var blocks: [Block]
        var properties: XMLElement

        var paragraphs: [Paragraph] {
            blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
        }
        var tables: [Table] {
            blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        }
        /// The page's width and height in twips, and whether it is marked landscape.
        var page: (width: Int, height: Int, landscape: Bool) {
            let size = properties.children(named: "pgSz").first
            return (Int(size?.word("w") ?? "") ?? 0, Int(size?.word("h") ?? "") ?? 0, size?.word("orient") == "landscape")
        }
        var startsOnANewPage: Bool {
            properties.children(named: "type").first?.word("val") == "nextPage"
        }
    }

    enum Block {
        case paragraph(Paragraph)
        case table(Table)
    }

    struct Paragraph {
        var style: String?
        var text: String

        init(_ element: XMLElement) {
            style = element.children(named: "pPr").first?.children(named: "pStyle").first?.word("val")
            text = element.text
        }
    }

    struct Table {
        var element: XMLElement
        var rows: [XMLElement] { element.children(named: "tr") }
        /// Each row's cells' texts.
        var cells: [[String]] {
            rows.map { $0.children(named: "tc").map(\.text) }
        }
        /// Whether each row repeats as a header on every page.
        var headerRows: [Bool] {
            rows.map { !($0.children(named: "trPr").first?.children(named: "tblHeader").isEmpty ?? true) }
        }
        /// The columns' widths in twips.
        var grid: [Int] {
            element.children(named: "tblGrid").first?.children(named: "gridCol").map { Int($0.word("w") ?? "") ?? 0 } ?? []
        }
        var borders: [String: String] {
            var found: [String: String] = [:]
            for side in element.children(named: "tblPr").first?.children(named: "tblBorders").first?.childElements ?? [] {
                found[side.localName ?? ""] = side.word("val")
            }
            return found
        }
    }
}

extension XMLElement {
    var childElements: [XMLElement] {
        (children ?? []).compactMap { $0 as? XMLElement }
    }

    func children(named name: String) -> [XMLElement] {
        childElements.filter { $0.localName == name }
    }

    /// Every element below this one, in document order.
    var descendants: [XMLElement] {
        childElements.flatMap { [$0] + $0.descendants }
    }

    /// An attribute in WordprocessingML's namespace.
    func word(_ name: String) -> String? {
        attribute(forLocalName: name, uri: DocxFile.wordNamespace)?.stringValue
    }

    /// The text as Word shows it: its `w:t`, a line break for each `w:br`, a tab for each `w:tab` in a run.
    var text: String {
        var out = ""
        for element in descendants {
            switch element.localName {
            case "t": out += element.stringValue ?? ""
            case "br": out += "\n"
            case "tab" where element.parent.flatMap({ ($0 as? XMLElement)?.localName }) == "r": out += "\t"
            default: break
            }
        }
        return out
    }
}
