import CXlsxwriter
import Glibc
import KansaCore

/// One worksheet of a workbook: text cells (always strings, never formulas), merged rows, column widths, row
/// heights, frozen panes and the print set-up. Rows and columns count from 0.
struct Sheet {
    let name: String
    private let sheet: UnsafeMutablePointer<lxw_worksheet>
    private let workbook: Workbook

    init(name: String, sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook) {
        self.name = name
        self.sheet = sheet
        self.workbook = workbook
    }

    /// Writes `text` as a string cell: `=1+1` stays the text `=1+1`.
    func write(_ text: String, row: Int, column: Int, style: CellStyle) throws(ExportFailure) {
        try check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, workbook.format(style)), row: row, column: column)
    }

    /// An empty cell with a style: the place an answer goes, unlocked in a protected sheet.
    func writeBlank(row: Int, column: Int, style: CellStyle) throws(ExportFailure) {
        try check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), workbook.format(style)), row: row, column: column)
    }

    /// Writes `text` across the columns of `columns` on one row, merged into one cell.
    func write(_ text: String, row: Int, columns: ClosedRange<Int>, style: CellStyle) throws(ExportFailure) {
        guard columns.count > 1 else { return try write(text, row: row, column: columns.lowerBound, style: style) }
        try check(
            worksheet_merge_range(
                sheet, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row), lxw_col_t(columns.upperBound), text,
                workbook.format(style)),
            row: row, column: columns.lowerBound)
    }

    /// A column's width, in the widths of a digit (a full-width character takes two).
    func setWidth(_ width: Double, column: Int) {
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    }

    /// A row's height in points.
    func setHeight(_ height: Double, row: Int) {
        worksheet_set_row(sheet, lxw_row_t(row), height, nil)
    }

    /// Keeps the rows above `row` and the columns left of `column` in place while the rest scrolls.
    func freeze(row: Int, column: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(row), lxw_col_t(column))
    }

    /// Prints on A4, one page wide and as many long as it takes, page numbers in the footer; `repeating` rows on top
    /// of every page; a new page after each row of `breaksAfter`.
    func setUpPrinting(landscape: Bool, repeating: ClosedRange<Int>?, breaksAfter: [Int] = []) {
        worksheet_set_paper(sheet, 9)
        if landscape { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_margins(sheet, 0.5, 0.5, 0.5, 0.5)
        worksheet_center_horizontally(sheet)
        worksheet_set_footer(sheet, "&C&P / &N")
        if let repeating { worksheet_repeat_rows(sheet, lxw_row_t(repeating.lowerBound), lxw_row_t(repeating.upperBound)) }
        if !breaksAfter.isEmpty {
            // libxlsxwriter takes the rows that start a page, ended by a 0.
            var breaks = breaksAfter.map { lxw_row_t($0 + 1) } + [0]
            worksheet_set_h_pagebreaks(sheet, &breaks)
        }
    }

    /// A drop-down of `choices` in the cells of `rows` in `column`: nothing else may be typed there (Excel and
    /// LibreOffice stop it with `refusal`), a blank is allowed; `prompt` shows when such a cell is selected.
    func dropDown(
        rows: ClosedRange<Int>, column: Int, choices: [String], prompt: (title: String, text: String),
        refusal: (title: String, text: String)
    ) throws(ExportFailure) {
        let strings = (choices + [prompt.title, prompt.text, refusal.title, refusal.text]).map { strdup($0) }
        defer { strings.forEach { free($0) } }
        var list: [UnsafeMutablePointer<CChar>?] = Array(strings[..<choices.count]) + [nil]
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        validation.dropdown = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.input_title = strings[choices.count]
        validation.input_message = strings[choices.count + 1]
        validation.error_title = strings[choices.count + 2]
        validation.error_message = strings[choices.count + 3]
        let result = list.withUnsafeMutableBufferPointer { pointers in
            validation.value_list = pointers.baseAddress
            return worksheet_data_validation_range(
                sheet, lxw_row_t(rows.lowerBound), lxw_col_t(column), lxw_row_t(rows.upperBound), lxw_col_t(column), &validation)
        }
        try check(result, row: rows.lowerBound, column: column)
    }

    /// Protects the sheet without a password: only cells of an `unlocked` style can be changed; rows may still be
    /// made taller, for a long comment. It keeps a form from being broken by mistake, not a determined user.
    func protect() {
        var options = lxw_protection()
        options.format_rows = 1
        worksheet_protect(sheet, nil, &options)
    }

    /// Hides the sheet: it is there for a program to read, not shown in the workbook's tabs.
    func hide() {
        worksheet_hide(sheet)
    }

    /// The text printed at the top of every page: `left` on the left, `right` on the right, each cut to 100
    /// characters (a header holds 255 bytes at most).
    func setPageHeader(left: String, right: String) {
        func escaped(_ text: String) -> String { String(text.prefix(100)).replacing("&", with: "&&") }
        worksheet_set_header(sheet, "&L\(escaped(left))&R\(escaped(right))")
    }

    /// `結果一覧!B5`: a cell as a spreadsheet names it.
    func reference(row: Int, column: Int) -> String {
        "\(name)!\(Self.columnName(column))\(row + 1)"
    }

    /// A column's letters: A for 0, Z for 25, AA for 26.
    static func columnName(_ column: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    private func check(_ result: lxw_error, row: Int, column: Int) throws(ExportFailure) {
        guard result != LXW_NO_ERROR else { return }
        let why = String(cString: lxw_strerror(result))
        let cell = reference(row: row, column: column)
        throw ExportFailure(BilingualText("\(cell): libxlsxwriter refused the cell: \(why)", "\(cell): libxlsxwriter がセルを書けません: \(why)"))
    }
}
