import CXlsxwriter
import FoundationEssentials
import Glibc
import KansaCore

/// A workbook written by libxlsxwriter. The library writes to a path, so the file is made in a folder of its own
/// under `$TMPDIR` (0700, the file 0600); `bytes()` reads it back, and the folder and everything in it are removed
/// whatever happens, when the workbook is released.
final class Workbook {
    /// The private folder the file is written in, removed with the workbook.
    let folder: String
    private let path: String
    /// The folder as a C string for libxlsxwriter's own temporary files, alive until the workbook is closed.
    private let cFolder: UnsafeMutablePointer<CChar>
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    init(title: String) throws(ExportFailure) {
        let base = ScratchFolder.path
        var template = Array((base + "/kansa-xlsx-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Self.failure("cannot make a temporary folder in \(base)", "\(base) に一時フォルダを作れません", errno: errno)
        }
        folder = String(cString: made)
        path = folder + "/workbook.xlsx"
        cFolder = strdup(folder)
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        // Thrown from here on, the workbook is released and its deinit removes the folder.
        guard fd >= 0 else {
            throw Self.failure("cannot create a temporary file in \(folder)", "\(folder) に一時ファイルを作れません", errno: errno)
        }
        close(fd)
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: cFolder, use_zip64: 0)
        workbook = workbook_new_opt(path, &options)
        guard let workbook else {
            throw ExportFailure(BilingualText("libxlsxwriter could not start a workbook", "libxlsxwriter がブックを作れません"))
        }
        let titleText = strdup(title)
        defer { free(titleText) }
        var properties = lxw_doc_properties()
        properties.title = titleText
        workbook_set_properties(workbook, &properties)
    }

    deinit {
        if let workbook { lxw_workbook_free(workbook) }
        unlink(path)
        rmdir(folder)
        free(cFolder)
    }

    /// A new sheet named `name` (at most 31 characters, none of `[]:*?/\`).
    func addSheet(_ name: String) throws(ExportFailure) -> Sheet {
        guard let workbook, let sheet = workbook_add_worksheet(workbook, name) else {
            throw ExportFailure(BilingualText("libxlsxwriter refused the sheet name \(name)", "libxlsxwriter がシート名 \(name) を受け付けません"))
        }
        return Sheet(name: name, sheet: sheet, workbook: self)
    }

    /// The format of a style, made once.
    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if let known = formats[style] { return known }
        guard let workbook, let format = workbook_add_format(workbook) else { return nil }
        format_set_font_name(format, CellStyle.fontName)
        format_set_font_charset(format, 128)
        format_set_font_size(format, style.size)
        if style.bold { format_set_bold(format) }
        let horizontal: lxw_format_alignments = switch style.alignment {
        case .leading: LXW_ALIGN_LEFT
        case .center: LXW_ALIGN_CENTER
        case .trailing: LXW_ALIGN_RIGHT
        }
        format_set_align(format, UInt8(horizontal.rawValue))
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        if style.wraps { format_set_text_wrap(format) }
        if style.bordered { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if let colour = style.colour { format_set_font_color(format, colour) }
        if style.unlocked { format_set_unlocked(format) }
        formats[style] = format
        return format
    }

    /// Closes the workbook (libxlsxwriter writes the file now) and gives the file's bytes.
    func bytes() throws(ExportFailure) -> [UInt8] {
        guard let workbook else { throw ExportFailure(BilingualText("the workbook is closed already", "ブックは閉じられています")) }
        self.workbook = nil
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            let why = String(cString: lxw_strerror(result))
            throw ExportFailure(BilingualText("libxlsxwriter could not write the workbook: \(why)", "libxlsxwriter がブックを書けません: \(why)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExportFailure(BilingualText("the written workbook cannot be read back", "書いたブックを読み戻せません"))
        }
        return [UInt8](data)
    }

    private static func failure(_ en: String, _ ja: String, errno: Int32) -> ExportFailure {
        let why = String(cString: strerror(errno))
        return ExportFailure(BilingualText("\(en): \(why)", "\(ja): \(why)"))
    }
}
