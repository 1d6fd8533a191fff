import Glibc
import KansaCore

/// What a path names, from its mode bits: kansa reads and writes only regular files, and says what else it found.
enum FileKind: Equatable {
    case regular, folder, fifo, socket, characterDevice, blockDevice, symbolicLink, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }

    /// The kind of what `path` names, following symbolic links; nil when nothing is there (or it cannot be seen).
    static func of(_ path: String) -> FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileKind(mode: info.st_mode)
    }

    /// Why something of this kind is not read or written ("a FIFO, not a regular file"); nil for a regular file.
    var refusal: BilingualText? {
        switch self {
        case .regular: nil
        case .folder: BilingualText("a folder, not a regular file", "通常のファイルではなくフォルダです")
        case .fifo: BilingualText("a FIFO, not a regular file", "通常のファイルではなく FIFO です")
        case .socket: BilingualText("a socket, not a regular file", "通常のファイルではなくソケットです")
        case .characterDevice: BilingualText("a character device, not a regular file", "通常のファイルではなくキャラクタデバイスです")
        case .blockDevice: BilingualText("a block device, not a regular file", "通常のファイルではなくブロックデバイスです")
        case .symbolicLink: BilingualText("a symbolic link, not a regular file", "通常のファイルではなくシンボリックリンクです")
        case .other: BilingualText("not a regular file", "通常のファイルではありません")
        }
    }
}
