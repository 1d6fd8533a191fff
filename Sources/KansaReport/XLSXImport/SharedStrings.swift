/// The workbook's shared strings (`xl/sharedStrings.xml`), which cells of type `s` name by index. A string's text
/// is its `<t>` runs; the reading aids (`<rPh>`, the furigana Japanese Excel keeps) are left out.
struct SharedStrings: PartReader {
    let part: String
    private(set) var strings: [String] = []
    private let limit: Int
    private var text = ""
    private var inText = false
    private var phoneticDepth = 0

    init(part: String, limit: Int) {
        self.part = part
        self.limit = limit
    }

    mutating func start(_ name: String, _ attributes: XMLAttributes) {
        switch name {
        case "si": text = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    mutating func text(_ characters: String) {
        if inText { text += characters }
    }

    mutating func end(_ name: String) throws(WorkbookProblem) {
        switch name {
        case "si":
            guard strings.count < limit else {
                throw WorkbookProblem(part, "more than \(limit) shared strings", "共有文字列が \(limit) を超えています")
            }
            strings.append(text)
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }
}
