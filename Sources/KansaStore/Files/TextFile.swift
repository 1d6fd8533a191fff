import FoundationEssentials
import Glibc
import KansaCore

/// An export (text, or a workbook's bytes), written atomically like a document: only as a regular file (through a
/// symbolic link to one, which stays a link), keeping the mode of the file it replaces, and never over a kansa
/// document.
public enum TextFile {
    /// Writes an export's text as UTF-8; see `write(bytes:to:throughLinks:)`.
    public static func write(_ text: String, to path: String, throughLinks: Bool = true) throws(StoreError) {
        try write(bytes: Array(text.utf8), to: path, throughLinks: throughLinks)
    }

    /// Writes an export. `throughLinks` false (an export named after its document, beside it) refuses a symbolic
    /// link at the name: a link planted there must not lead the export over another file.
    public static func write(bytes: [UInt8], to path: String, throughLinks: Bool = true) throws(StoreError) {
        func refuse(_ why: BilingualText) -> StoreError { StoreError(path: path, reason: .unwritable(why)) }
        guard !path.isEmpty else { throw refuse(BilingualText("no file named", "ファイル名がありません")) }
        var link = stat()
        if !throughLinks, lstat(path, &link) == 0, FileKind(mode: link.st_mode) == .symbolicLink {
            throw refuse(BilingualText("a symbolic link; an export beside a document is written only as a file of its own",
                                       "シンボリックリンクです。文書の横への書き出しはリンク先には書きません"))
        }
        let target = try RealPath.forWriting(path)
        if passesThroughTheSystem(path) || target.hasPrefix("/proc/") || target.hasPrefix("/dev/") {
            throw refuse(BilingualText("a file of the system (standard output, a device); leave out -o to print the export",
                                       "システムのファイル（標準出力・デバイス）です。-o を付けなければ画面に出力します"))
        }
        var info = stat()
        if stat(target, &info) == 0 {
            if info.st_nlink > 1 {
                throw refuse(BilingualText("this file has other names (hard links), which a new file would split from",
                                           "このファイルには別の名前（ハードリンク）があり、置き換えると別々になります"))
            }
            if info.st_mode & 0o222 == 0 || access(target, W_OK) != 0 {
                throw refuse(BilingualText("you may not write this file (its permissions)", "このファイルへの書き込み権限がありません"))
            }
        }
        let name = target.split(separator: "/").last.map(String.init) ?? target
        if name.hasPrefix("."), name.hasSuffix(".lock") {
            throw refuse(BilingualText("this is the lock of a document being edited", "編集中の文書のロックファイルです"))
        }
        do throws(StoreError) {
            if try looksLikeDocument(target) {
                throw StoreError(path: target, reason: .unwritable(BilingualText(
                    "this is a kansa document (or what is left of one); an export never replaces one",
                    "kansa の文書（またはその一部）です。書き出しで上書きはしません")))
            }
            try AtomicSave().write(bytes, to: target)
        } catch {
            throw StoreError(path: path, reason: error.reason)
        }
    }

    /// Whether a path, or a symbolic link on the way from it, names something in `/dev` or `/proc`:
    /// `/dev/stdout` leads through `/proc/self/fd/1` to whatever standard output is, a file of the user's among them.
    static func passesThroughTheSystem(_ path: String) -> Bool {
        var current = path
        for _ in 0..<16 {
            if current.hasPrefix("/dev/") || current.hasPrefix("/proc/") { return true }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return false }
            let next = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = next.hasPrefix("/") ? next : PathName.folder(of: current) + "/" + next
        }
        return true
    }

    /// How far into a file the marks of a kansa document are looked for.
    static let markWindow = 4096

    /// Whether the regular file at `path` is, or was, a kansa document, readable or not: a JSON object that
    /// names `schemaVersion` or `kind` near its start (every version kansa writes begins with both), or
    /// anything kansa reads as a document. A newer version, a truncated or a damaged document all count.
    static func looksLikeDocument(_ path: String) throws(StoreError) -> Bool {
        guard FileKind.of(path) == .regular else { return false }
        let start = try RegularFile.prefix(path, count: markWindow)
        var body = start[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else { return false }
        let text = Array(body)
        if contains(text, Array(#""schemaVersion""#.utf8)) || contains(text, Array(#""kind""#.utf8)) { return true }
        return (try? DocumentFile.read(path)) != nil
    }

    private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard bytes.count >= part.count else { return false }
        return (0...(bytes.count - part.count)).contains { bytes[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// A text file as a string: UTF-8 (with or without a byte-order mark), else Shift_JIS as Excel saves CSV
    /// on Japanese Windows.
    public static func read(_ path: String) throws(StoreError) -> String {
        try decode(try DocumentFile.readBytes(path), path: path)
    }

    /// The bytes of the text file at `path` as a string, as `read` takes them.
    public static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(data: Data(bytes), encoding: .shiftJIS) { return text }
        throw StoreError(path: path, reason: .unreadable(BilingualText("the text is neither UTF-8 nor Shift_JIS", "UTF-8 でも Shift_JIS でもありません")))
    }
}
