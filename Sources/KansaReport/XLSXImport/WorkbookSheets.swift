/// The sheets a workbook part (`xl/workbook.xml`) lists, in order: name and relationship id.
struct WorkbookSheets: PartReader {
    let part: String
    private(set) var sheets: [(name: String, relationship: String)] = []
    private(set) var isWorkbook = false

    init(part: String) {
        self.part = part
    }

    mutating func start(_ name: String, _ attributes: XMLAttributes) {
        switch name {
        case "workbook": isWorkbook = true
        case "sheet":
            if let name = attributes["name"], let id = attributes[local: "id"] {
                sheets.append((name, id))
            }
        default: break
        }
    }
}
