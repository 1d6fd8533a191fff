import Glibc
import KansaCore

/// One kansa file, opened for editing (holding its lock) or read-only, and saved atomically. It is locked and
/// saved by its real path, so that every name of it shares one lock and a symbolic link stays one; a save
/// writes nothing when the file on disk is no longer the one read or last written.
public final class DocumentFile {
    /// The path as it was named.
    public let path: String
    /// The path with every symbolic link resolved: where the lock is taken and every save goes.
    public let realPath: String
    public private(set) var document: Document
    /// Why this file may not be written, or nil when this process holds its lock.
    public private(set) var readOnlyReason: BilingualText?
    private let lock: FileLock?
    /// What the file on disk was at the last read or save; nil for a file not written yet.
    private var stamp: DiskStamp?
    var saver = AtomicSave()

    /// Whether a save waits for the disk (fsync of the file and its folder). Always on, but for the benchmark,
    /// which times the rest of a save alone.
    public var waitsForDisk: Bool {
        get { saver.syncs }
        set { saver.syncs = newValue }
    }

    private init(path: String, realPath: String, document: Document, stamp: DiskStamp?, lock: FileLock?, readOnlyReason: BilingualText?) {
        self.path = path
        self.realPath = realPath
        self.document = document
        self.stamp = stamp
        self.lock = lock
        self.readOnlyReason = readOnlyReason
    }

    public var isReadOnly: Bool { readOnlyReason != nil }

    /// Opens a file for editing; when another kansa edits it, when it has other names (hard links) or when the
    /// user may not write it, opens it read-only and says why. A file that cannot be read is refused and left
    /// untouched. Opening for editing removes the temporary files that saves of dead processes left beside it.
    public static func open(_ path: String, forEditing: Bool = true) throws(StoreError) -> DocumentFile {
        let realPath = try RealPath.of(path)
        var (document, info) = try load(realPath, shownAs: path)
        func readOnly(_ why: BilingualText) -> DocumentFile {
            DocumentFile(path: path, realPath: realPath, document: document, stamp: DiskStamp(info), lock: nil, readOnlyReason: why)
        }
        guard forEditing else { return readOnly(BilingualText("opened read-only", "読み取り専用で開きました")) }
        if let why = whyNotEditable(realPath, info) { return readOnly(why) }
        switch FileLock.acquire(for: realPath) {
        case .acquired(let lock):
            // Another kansa may have saved between the read and the lock: read what is there now.
            if DiskStamp.of(realPath) != DiskStamp(info) { (document, info) = try load(realPath, shownAs: path) }
            LeftoverSaves.removeDead(beside: realPath)
            return DocumentFile(path: path, realPath: realPath, document: document, stamp: DiskStamp(info), lock: lock, readOnlyReason: nil)
        case .refused(let why):
            return readOnly(why)
        }
    }

    /// Writes a new file; refuses to replace anything there, a dangling symbolic link included.
    @discardableResult
    public static func create(_ path: String, with document: Document) throws(StoreError) -> DocumentFile {
        var info = stat()
        if lstat(path, &info) == 0 {
            throw StoreError(path: path, reason: .unwritable(BilingualText("the file exists already; kansa does not overwrite it", "ファイルがすでにあります。kansa は上書きしません")))
        }
        let realPath = RealPath.ofNew(path)
        guard case .acquired(let lock) = FileLock.acquire(for: realPath) else {
            throw StoreError(path: path, reason: .unwritable(BilingualText("another kansa is writing this file", "別の kansa がこのファイルに書き込んでいます")))
        }
        let file = DocumentFile(path: path, realPath: realPath, document: document, stamp: nil, lock: lock, readOnlyReason: nil)
        try file.save(document)
        return file
    }

    /// Saves atomically; after it returns, the document is on disk. Throws `changedOnDisk`, writing nothing, when
    /// the file is no longer what was read or last saved.
    public func save(_ document: Document) throws(StoreError) {
        if let readOnlyReason {
            throw StoreError(path: path, reason: .unwritable(readOnlyReason))
        }
        guard DiskStamp.of(realPath) == stamp else { throw StoreError(path: path, reason: .changedOnDisk) }
        let bytes = DocumentFormat.encode(document)
        let path = self.path
        do {
            try saver.write(bytes, to: realPath, checking: { () throws(StoreError) in try Self.checkReadable(bytes, path: path) }) { stamp in
                self.stamp = stamp
                self.document = document
            }
        } catch {
            throw StoreError(path: path, reason: error.reason)
        }
    }

    /// Removes the lock file beside the document once a command is done writing it (a merge driver's copy in a
    /// git work tree leaves nothing behind); the lock itself goes with the process.
    public func removeLockFile() {
        lock?.removeFile()
    }

    /// Reads the file again, keeping the lock: after `changedOnDisk`, the way to take up what is on disk now.
    /// A file edited under its lock becomes read-only here if it now has other names or may no longer be written.
    @discardableResult
    public func reload() throws(StoreError) -> Document {
        let (document, info) = try Self.load(realPath, shownAs: path)
        self.document = document
        stamp = DiskStamp(info)
        if lock != nil { readOnlyReason = Self.whyNotEditable(realPath, info) }
        return document
    }

    /// Why a readable file is not for editing: it has other names, or it may not be written.
    private static func whyNotEditable(_ realPath: String, _ info: stat) -> BilingualText? {
        if info.st_nlink > 1 {
            return BilingualText(
                "this file has \(info.st_nlink) names (hard links), which a save would split; opened read-only",
                "このファイルには名前（ハードリンク）が \(info.st_nlink) 個あり、保存すると別々のファイルになるため、読み取り専用で開きました")
        }
        // The mode is asked as well as access(2): a file made read-only stays so for root too.
        if info.st_mode & 0o222 == 0 || access(realPath, W_OK) != 0 {
            return BilingualText(
                "you may not write this file (its permissions); opened read-only",
                "このファイルへの書き込み権限がないため、読み取り専用で開きました")
        }
        return nil
    }

    /// Reads and checks a file; errors name it as `shown`.
    private static func load(_ realPath: String, shownAs shown: String) throws(StoreError) -> (Document, stat) {
        do {
            let (bytes, info) = try RegularFile.read(realPath)
            return (try decode(bytes, path: realPath), info)
        } catch {
            throw StoreError(path: shown, reason: error.reason)
        }
    }

    /// Reads and checks a file without locking it.
    public static func read(_ path: String) throws(StoreError) -> Document {
        try decode(try readBytes(path), path: path)
    }

    /// Refuses to write what kansa's own reader would refuse: the file it writes always opens again.
    public static func checkReadable(_ bytes: [UInt8], path: String) throws(StoreError) {
        do {
            _ = try DocumentFormat.decode(bytes)
        } catch {
            throw StoreError(path: path, reason: .unwritable(BilingualText(
                "kansa would write a file it cannot read back (\(error.message.en)); nothing was written",
                "kansa が読み戻せないファイルになるため保存しませんでした（\(error.message.ja)）")))
        }
    }

    private static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> Document {
        do {
            return try DocumentFormat.decode(bytes)
        } catch {
            let position = TextPosition(offset: error.offset ?? 0, in: bytes)
            throw StoreError(path: path, reason: .damaged(line: position.line, column: position.column, message: error.message))
        }
    }

    /// The whole file as bytes: a regular file of at most 64 MiB.
    public static func readBytes(_ path: String) throws(StoreError) -> [UInt8] {
        try RegularFile.read(path).bytes
    }
}
