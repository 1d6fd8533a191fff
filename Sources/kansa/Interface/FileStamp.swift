import Glibc

/// What a file looks like from outside (inode, size, change time): a cheap way to see that another process
/// replaced it.
struct FileStamp: Equatable {
    var inode: UInt
    var size: Int
    var changed: Int

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt(info.st_ino)
        size = Int(info.st_size)
        changed = info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec
    }
}
