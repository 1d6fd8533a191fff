import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one XML part of a workbook with FoundationXML's streaming parser: no document type, no entity of the
/// file's own, nothing outside the part ever resolved. A subclass is the parser's delegate and stops it with
/// `stop` when the part cannot be used.
class PartReader: NSObject, XMLParserDelegate {
    /// The part's path in the file, for problems that name no cell.
    let part: String
    private(set) var problem: WorkbookProblem?

    init(part: String) {
        self.part = part
    }

    func stop(_ parser: XMLParser, _ problem: WorkbookProblem) {
        if self.problem == nil { self.problem = problem }
        parser.abortParsing()
    }

    /// Parses `data` with this reader as the delegate.
    func read(_ data: Data) throws(WorkbookProblem) {
        if Self.declaresMarkup(data) {
            throw WorkbookProblem(part,
                "declares a document type or entities (<!DOCTYPE …>), which a workbook never does; kansa does not read them",
                "文書型定義や実体（<!DOCTYPE …>）を宣言しています。ブックには使われないもので、kansa は読みません")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        let parsed = parser.parse()
        if let problem { throw problem }
        guard parsed else { throw malformed(parser) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        stop(parser, malformed(parser))
    }

    private func malformed(_ parser: XMLParser) -> WorkbookProblem {
        WorkbookProblem(part,
            "not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber))",
            "XML として正しくありません（\(parser.lineNumber)行 \(parser.columnNumber)桁）")
    }

    // The delegate's methods, overridden by each part's reader: on Linux `XMLParserDelegate` is a Swift protocol
    // whose methods have default implementations, so a subclass is called only through methods the base class has.

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {}

    /// Whether the text holds `<!` followed by a letter: a `<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT` or `<!ATTLIST`
    /// (comments `<!--` and `<![CDATA[` are not declarations).
    static func declaresMarkup(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard bytes.count > 2 else { return false }
            for i in 0..<(bytes.count - 2) where bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "!") {
                let next = bytes[i + 2] | 0x20
                if next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z") { return true }
            }
            return false
        }
    }

    /// An attribute by its local name, with or without a namespace prefix (`r:id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }
}
