import Glibc
import KansaCore

/// The folders kansa makes: each one it creates, the missing parents included, is readable by its owner only
/// (0700) whatever the umask; a folder that exists already keeps its mode.
public enum PrivateFolder {
    /// Creates `path` and its missing parents; true when the folder itself was created.
    @discardableResult
    public static func create(_ path: String) throws(StoreError) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 {
            guard FileKind(mode: info.st_mode) == .folder else {
                throw StoreError(path: path, reason: .unwritable(BilingualText("not a folder", "フォルダではありません")))
            }
            return false
        }
        let parent = PathName.folder(of: path)
        if parent != path, parent != ".", parent != "/" { try create(parent) }
        guard mkdir(path, 0o700) == 0 else {
            // Made by someone else in the meantime: theirs, so its mode is left alone.
            if errno == EEXIST, FileKind.of(path) == .folder { return false }
            let why = String(cString: strerror(errno))
            throw StoreError(path: path, reason: .unwritable(BilingualText("cannot create the folder: \(why)", "フォルダを作れません: \(why)")))
        }
        // mkdir's mode passes through the umask; this makes it 0700 whatever the umask is.
        guard chmod(path, 0o700) == 0 else {
            let why = String(cString: strerror(errno))
            throw StoreError(path: path, reason: .unwritable(BilingualText("cannot make the folder private: \(why)", "フォルダを非公開にできません: \(why)")))
        }
        return true
    }
}
