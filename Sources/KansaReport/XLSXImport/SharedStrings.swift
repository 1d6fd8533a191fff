import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The workbook's shared strings (`xl/sharedStrings.xml`), which cells of type `s` name by index. A string's text
/// is its `<t>` runs; the reading aids (`<rPh>`, the furigana Japanese Excel keeps) are left out.
final class SharedStrings: PartReader {
    private(set) var strings: [String] = []
    private let limit: Int
    private var text = ""
    private var inText = false
    private var phoneticDepth = 0

    init(part: String, limit: Int) {
        self.limit = limit
        super.init(part: part)
    }

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "si": text = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "si":
            guard strings.count < limit else {
                return stop(parser, WorkbookProblem(part, "more than \(limit) shared strings", "共有文字列が \(limit) を超えています"))
            }
            strings.append(text)
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }
}
