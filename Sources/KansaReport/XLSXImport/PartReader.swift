import KansaCore

/// Reads one XML part of a workbook with `XMLReader`, which reads no document type and no entity of the file's
/// own, so nothing outside the part is ever resolved: each kind of part takes the elements and text it needs, and
/// throws when the part cannot be used.
protocol PartReader {
    /// The part's path in the file, for problems that name no cell.
    var part: String { get }

    /// An element begins; `name` is its local name.
    mutating func start(_ name: String, _ attributes: XMLAttributes) throws(WorkbookProblem)

    mutating func text(_ text: String)

    mutating func end(_ name: String) throws(WorkbookProblem)
}

extension PartReader {
    mutating func text(_ text: String) {}

    mutating func end(_ name: String) throws(WorkbookProblem) {}

    /// Reads the part's bytes through this reader.
    mutating func read(_ bytes: [UInt8]) throws(WorkbookProblem) {
        var reader = XMLReader(bytes)
        while true {
            let event: XMLReader.Event?
            do {
                event = try reader.next()
            } catch {
                throw problem(error, in: bytes)
            }
            switch event {
            case .start(let name, let attributes): try start(name, attributes)
            case .text(let characters): text(characters)
            case .end(let name): try end(name)
            case nil: return
            }
        }
    }

    private func problem(_ malformation: XMLMalformation, in bytes: [UInt8]) -> WorkbookProblem {
        switch malformation.reason {
        case .documentType:
            return WorkbookProblem(part,
                "declares a document type or entities (<!DOCTYPE …>), which a workbook never does; kansa does not read them",
                "文書型定義や実体（<!DOCTYPE …>）を宣言しています。ブックには使われないもので、kansa は読みません")
        case .encoding(let name):
            return WorkbookProblem(part,
                "is in the encoding \(name); kansa reads a workbook's parts only in UTF-8, as Excel writes them",
                "文字コード \(name) です。kansa が読むのは Excel が書く UTF-8 の部品だけです")
        default:
            let (line, column) = malformation.position(in: bytes)
            let reason = malformation.reason.message
            return WorkbookProblem(part,
                "not well-formed XML (line \(line), column \(column)): \(reason.text(in: .en))",
                "XML として正しくありません（\(line)行 \(column)桁）：\(reason.text(in: .ja))")
        }
    }
}
