import Foundation
import KansaCore

/// Exported text, written atomically like a document: only as a regular file (through a symbolic link to
/// one, which stays a link), keeping the mode of the file it replaces, and never over a kansa document.
public enum TextFile {
    public static func write(_ text: String, to path: String) throws(StoreError) {
        let target = try RealPath.forWriting(path)
        do throws(StoreError) {
            if try looksLikeDocument(target) {
                throw StoreError(path: target, reason: .unwritable(BilingualText(
                    "this is a kansa document (or what is left of one); an export never replaces one",
                    "kansa の文書（またはその一部）です。書き出しで上書きはしません")))
            }
            try AtomicSave().write(Array(text.utf8), to: target)
        } catch {
            throw StoreError(path: path, reason: error.reason)
        }
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
        let bytes = try DocumentFile.readBytes(path)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(data: Data(bytes), encoding: .shiftJIS) { return text }
        throw StoreError(path: path, reason: .unreadable(BilingualText("the text is neither UTF-8 nor Shift_JIS", "UTF-8 でも Shift_JIS でもありません")))
    }
}
