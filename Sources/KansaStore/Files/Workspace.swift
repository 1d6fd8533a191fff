import FoundationEssentials
import Glibc
import KansaCore

/// The folder of documents `kansa` opens with no file named: `$XDG_DATA_HOME/kansa`, else `~/.local/share/kansa`.
public struct Workspace {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The default workspace for this user and environment.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/kansa"
        }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/kansa"
    }

    /// Creates the folder (and its missing parents, owner only) with the built-in samples when it does not
    /// exist yet. Returns true when it did so.
    public func createIfMissing() throws(StoreError) -> Bool {
        guard try PrivateFolder.create(path) else { return false }
        try Self.writeSamples(into: path)
        return true
    }

    /// Writes `audit.json` and `drill.json` made from the seed into a folder, creating it (owner only) when it
    /// is missing; refuses to replace either file.
    @discardableResult
    public static func writeSamples(into folder: String) throws(StoreError) -> [String] {
        try PrivateFolder.create(folder)
        let files = [(folder + "/audit.json", Document.audit(SampleAudit.audit)), (folder + "/drill.json", .drill(SampleDrill.drill))]
        for (path, _) in files where FileManager.default.fileExists(atPath: path) {
            throw StoreError(path: path, reason: .unwritable(BilingualText("the file exists already; kansa does not overwrite it", "ファイルがすでにあります。kansa は上書きしません")))
        }
        for (path, document) in files {
            try DocumentFile.create(path, with: document)
        }
        return files.map(\.0)
    }

    /// One document of the workspace, or a file in it that could not be read.
    public struct Entry {
        public var path: String
        public var result: Result<Document, StoreError>

        public init(path: String, result: Result<Document, StoreError>) {
            self.path = path
            self.result = result
        }
    }

    /// The paths of the folder's `.json` regular files, in name order, none of them read: a FIFO, a device or a
    /// folder named *.json is not a document and is skipped, never opened.
    public func documentPaths() throws(StoreError) -> [String] {
        guard let names = FolderListing.names(in: path, keeping: { $0.pointee != UInt8(ascii: ".") }) else {
            throw StoreError(path: path, reason: .unreadable(BilingualText(verbatim: String(cString: strerror(errno)))))
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { path + "/" + $0 }.filter { file in
            FileKind.of(file).map { $0 == .regular } ?? true
        }
    }

    /// The folder's documents, each read and checked (not locked).
    public func entries() throws(StoreError) -> [Entry] {
        try documentPaths().map { file in
            do throws(StoreError) {
                return Entry(path: file, result: .success(try DocumentFile.read(file)))
            } catch {
                return Entry(path: file, result: .failure(error))
            }
        }
    }
}
