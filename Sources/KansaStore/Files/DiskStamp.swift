import Glibc

/// What a file was on disk when kansa last read or wrote it (device, inode, size, modification and change times
/// to the nanosecond): a file that no longer matches was changed, replaced or removed by another program. The
/// change time catches an edit whose modification time was put back (`touch -r`): nobody can set it.
struct DiskStamp: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec
    var changed: timespec

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = info.st_mtim
        changed = info.st_ctim
    }

    /// The stamp of the file at `path` now (following symbolic links), or nil when there is none.
    static func of(_ path: String) -> DiskStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return DiskStamp(info)
    }

    static func == (a: DiskStamp, b: DiskStamp) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}
