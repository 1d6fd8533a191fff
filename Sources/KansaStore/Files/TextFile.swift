import Foundation
import KansaCore

/// Exported text, written atomically and owner-only like a document, never over a kansa document.
public enum TextFile {
    public static func write(_ text: String, to path: String) throws(StoreError) {
        if FileManager.default.fileExists(atPath: path), (try? DocumentFile.read(path)) != nil {
            throw StoreError(path: path, reason: .unwritable(BilingualText("this is a kansa document; an export never replaces one", "kansa の文書です。書き出しで上書きはしません")))
        }
        try AtomicSave().write(Array(text.utf8), to: path)
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
