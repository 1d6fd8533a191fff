import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The sheets a workbook part (`xl/workbook.xml`) lists, in order: name and relationship id.
final class WorkbookSheets: PartReader {
    private(set) var sheets: [(name: String, relationship: String)] = []
    private(set) var isWorkbook = false

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "workbook": isWorkbook = true
        case "sheet":
            if let name = attributes["name"], let id = Self.attribute("id", in: attributes) {
                sheets.append((name, id))
            }
        default: break
        }
    }
}
