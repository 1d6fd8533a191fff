import Glibc
import KansaCore

/// Paths with every symbolic link resolved, so that one file has one lock and one place its saves go, whatever
/// name it was opened by.
enum RealPath {
    /// The real path of an existing file.
    static func of(_ path: String) throws(StoreError) -> String {
        guard let resolved = realpath(path, nil) else {
            if errno == ENOENT { throw StoreError(path: path, reason: .notFound) }
            throw StoreError(path: path, reason: .unreadable(BilingualText(verbatim: String(cString: strerror(errno)))))
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where a file that may not exist yet would be: its folder's real path and its name; the path as given
    /// when the folder cannot be resolved (writing there then fails with the system's reason).
    static func ofNew(_ path: String) -> String {
        guard let folder = try? of(PathName.folder(of: path)) else { return path }
        return (folder == "/" ? "" : folder) + "/" + PathName.name(of: path)
    }

    /// The path to write an export to: the target of a symbolic link (so that the link stays one), else the path.
    static func forWriting(_ path: String) throws(StoreError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, FileKind(mode: info.st_mode) == .symbolicLink else { return path }
        do {
            return try of(path)
        } catch {
            // /dev/stdout on a pipe links to no path, yet stat sees the pipe: say what it is.
            if let refusal = FileKind.of(path)?.refusal { throw StoreError(path: path, reason: .unwritable(refusal)) }
            throw StoreError(path: path, reason: .unwritable(BilingualText(
                "a symbolic link to nothing that can be written", "書き込める先のないシンボリックリンクです")))
        }
    }
}
