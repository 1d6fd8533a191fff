import Glibc
import KansaCore

/// One kansa file, opened for editing (holding its lock) or read-only, and saved atomically.
public final class DocumentFile {
    public let path: String
    public private(set) var document: Document
    /// Why this file may not be written, or nil when this process holds its lock.
    public let readOnlyReason: BilingualText?
    private let lock: FileLock?
    var saver = AtomicSave()

    /// Whether a save waits for the disk (fsync of the file and its folder). Always on, but for the benchmark,
    /// which times the rest of a save alone.
    public var waitsForDisk: Bool {
        get { saver.syncs }
        set { saver.syncs = newValue }
    }

    private init(path: String, document: Document, lock: FileLock?, readOnlyReason: BilingualText?) {
        self.path = path
        self.document = document
        self.lock = lock
        self.readOnlyReason = readOnlyReason
    }

    public var isReadOnly: Bool { readOnlyReason != nil }

    /// Opens a file for editing; when another kansa edits it, opens it read-only and says why.
    /// A file that cannot be read is refused and left untouched.
    public static func open(_ path: String, forEditing: Bool = true) throws(StoreError) -> DocumentFile {
        let document = try read(path)
        guard forEditing else {
            return DocumentFile(path: path, document: document, lock: nil, readOnlyReason: BilingualText("opened read-only", "読み取り専用で開きました"))
        }
        switch FileLock.acquire(for: path) {
        case .acquired(let lock):
            return DocumentFile(path: path, document: document, lock: lock, readOnlyReason: nil)
        case .refused(let why):
            return DocumentFile(path: path, document: document, lock: nil, readOnlyReason: why)
        }
    }

    /// Writes a new file; refuses to replace one that exists.
    @discardableResult
    public static func create(_ path: String, with document: Document) throws(StoreError) -> DocumentFile {
        if access(path, F_OK) == 0 {
            throw StoreError(path: path, reason: .unwritable(BilingualText("the file exists already; kansa does not overwrite it", "ファイルがすでにあります。kansa は上書きしません")))
        }
        guard case .acquired(let lock) = FileLock.acquire(for: path) else {
            throw StoreError(path: path, reason: .unwritable(BilingualText("another kansa is writing this file", "別の kansa がこのファイルに書き込んでいます")))
        }
        let file = DocumentFile(path: path, document: document, lock: lock, readOnlyReason: nil)
        try file.save(document)
        return file
    }

    /// Saves atomically; after it returns, the document is on disk.
    public func save(_ document: Document) throws(StoreError) {
        if let readOnlyReason {
            throw StoreError(path: path, reason: .unwritable(readOnlyReason))
        }
        try saver.write(DocumentFormat.encode(document), to: path)
        self.document = document
    }

    /// Reads and checks a file without locking it.
    public static func read(_ path: String) throws(StoreError) -> Document {
        let bytes = try readBytes(path)
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
