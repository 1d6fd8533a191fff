import KansaCore

/// The cells of a worksheet part, read as a stream: the value each holds as text (a shared string, an inline
/// string, a number, a formula's cached value), where each is, and the merged ranges. Stops at the first row past
/// the limit, so a sheet of a million rows costs no more than the limit.
struct SheetCells: PartReader {
    let part: String
    private(set) var cells: [CellReference: SheetGrid.Value] = [:]
    private(set) var merges: [(from: CellReference, to: CellReference)] = []

    private let sheet: String
    private let strings: [String]
    private let limits: WorkbookLimits
    private var rowCount = 0
    private var row = 0
    private var column = -1
    private var cell: CellReference?
    private var type = ""
    private var formula: String?
    private var value: String?
    private var inline: String?
    private var reading: Reading = .none
    private var phoneticDepth = 0

    /// Which text the parser is in.
    private enum Reading { case none, value, formula, inline }

    init(part: String, sheet: String, strings: [String], limits: WorkbookLimits) {
        self.sheet = sheet
        self.strings = strings
        self.part = part
        self.limits = limits
    }

    mutating func start(_ name: String, _ attributes: XMLAttributes) throws(WorkbookProblem) {
        switch name {
        case "row":
            rowCount += 1
            guard rowCount <= limits.rows else {
                throw WorkbookProblem(sheet,
                    "more than \(limits.rows) rows; a 結果一覧 has a row per item, so this is not one",
                    "\(limits.rows) 行を超えています。結果一覧は項目ごとに1行なので、結果一覧ではありません")
            }
            if let number = attributes["r"] {
                guard let n = Int(number), n >= 1, n <= CellReference.rowLimit else {
                    throw WorkbookProblem(sheet, "\"\(number)\" is not a row number", "\"\(number)\" は行番号ではありません")
                }
                row = n
            } else {
                row += 1
            }
            column = -1
        case "c":
            if let place = attributes["r"] {
                guard let reference = CellReference(Substring(place)) else {
                    throw WorkbookProblem(sheet, "\"\(place)\" is not a cell", "\"\(place)\" はセルの位置ではありません")
                }
                cell = reference
            } else {
                cell = CellReference(row: row, column: column + 1)
            }
            column = cell?.column ?? column
            type = attributes["t"] ?? ""
            formula = nil
            value = nil
            inline = nil
        case "v":
            value = value ?? ""
            reading = .value
        case "f":
            formula = formula ?? ""
            reading = .formula
        case "is":
            inline = ""
        case "t" where inline != nil:
            reading = phoneticDepth == 0 ? .inline : .none
        case "rPh":
            phoneticDepth += 1
        case "mergeCell":
            if let ref = attributes["ref"], let range = CellReference.range(Substring(ref)) { merges.append(range) }
        default: break
        }
    }

    mutating func text(_ characters: String) {
        switch reading {
        case .none: break
        case .value: value? += characters
        case .formula: formula? += characters
        case .inline: inline? += characters
        }
    }

    mutating func end(_ name: String) throws(WorkbookProblem) {
        switch name {
        case "v", "f", "t": reading = .none
        case "rPh": phoneticDepth -= 1
        case "c":
            guard let cell else { return }
            self.cell = nil
            guard let held = try held(at: cell) else { return }
            guard cells.count < limits.cells else {
                throw WorkbookProblem(sheet, "more than \(limits.cells) cells with values", "値のあるセルが \(limits.cells) を超えています")
            }
            cells[cell] = held
        default: break
        }
    }

    /// What the cell just read holds; nil for an empty one.
    private func held(at cell: CellReference) throws(WorkbookProblem) -> SheetGrid.Value? {
        if let formula, formula.refersToAnotherWorkbook {
            return .unusable(BilingualText(
                "the formula =\(formula) refers to another workbook, which kansa never opens; type the value instead",
                "数式 =\(formula) は別のブックを参照しています。kansa は開きません。値を入力してください"))
        }
        switch type {
        case "s":
            guard let value else { return nil }
            guard let index = Int(value.trimmingWhitespace), strings.indices.contains(index) else {
                throw WorkbookProblem(sheet + "!" + cell.name,
                    "names shared string \(value), which the workbook does not have",
                    "共有文字列 \(value) を指していますが、ブックにありません")
            }
            return .text(strings[index])
        case "inlineStr":
            return inline.map { .text($0) }
        case "e":
            return .unusable(BilingualText(
                "holds the error \(value ?? "") instead of a value", "値ではなくエラー \(value ?? "") です"))
        case "b":
            return value.map { .text($0 == "1" ? "TRUE" : "FALSE") }
        default:
            if let value { return .text(value) }
            if let formula {
                return .unusable(BilingualText(
                    "the formula =\(formula) has no saved value, and kansa does not compute formulas; save the workbook in Excel or type the value",
                    "数式 =\(formula) に保存された値がありません。kansa は数式を計算しません。Excel で保存し直すか値を入力してください"))
            }
            return nil
        }
    }
}

private extension String {
    /// `[1]Sheet1!A1`: a formula that names an external workbook by its number in the workbook's links.
    var refersToAnotherWorkbook: Bool {
        var previous: Character = " "
        for c in self {
            if previous == "[", c.isASCII, c.isNumber { return true }
            previous = c
        }
        return false
    }
}
