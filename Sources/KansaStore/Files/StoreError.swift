import KansaCore

/// Why a kansa file could not be read or written, said so that a user can act on it.
public struct StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Reason: Sendable, Equatable {
        case notFound
        case unreadable(BilingualText)
        /// The text is not a kansa document: where and what.
        case damaged(line: Int, column: Int, message: BilingualText)
        case unwritable(BilingualText)
        /// The file on disk is no longer the one kansa read or last wrote: another program edited, replaced or
        /// removed it. Nothing was written; reading it again or saving under a new name are the ways on.
        case changedOnDisk
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String { description(in: .en) }

    static let changedOnDisk = BilingualText(
        "changed on disk by another program since kansa read it; nothing was written",
        "kansa が読み込んだ後に別のプログラムがディスク上のファイルを変更しました。何も書き込んでいません")

    /// The message in a language: `file: what` or `file:line:column: what`.
    public func description(in language: Language) -> String {
        let ja = language == .ja
        // An empty name (`kansa ''`) is shown as the shell writes it, not as nothing before the colon.
        let path = self.path.isEmpty ? "''" : self.path
        switch reason {
        case .notFound: return "\(path): " + (ja ? "ファイルがありません" : "no such file")
        case .unreadable(let why): return "\(path): " + (ja ? "読み込めません: " : "cannot read: ") + why.text(in: language)
        case .damaged(let line, let column, let message): return "\(path):\(line):\(column): " + message.text(in: language)
        case .unwritable(let why): return "\(path): " + (ja ? "保存できません: " : "cannot save: ") + why.text(in: language)
        case .changedOnDisk: return "\(path): " + Self.changedOnDisk.text(in: language)
        }
    }
}
