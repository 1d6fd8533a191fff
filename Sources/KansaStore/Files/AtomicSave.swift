import KansaCore
import Glibc

/// Writes a file so that a crash at any moment leaves either the old file or the new one, never a torn one:
/// a temporary file beside the target, fsync, rename over the target, fsync of the folder.
struct AtomicSave {
    var operations: any FileOperations = SystemFileOperations()
    /// Whether to wait for the disk (fsync); the benchmark turns it off to time the rest alone.
    var syncs = true

    func write(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let folder = Self.folder(of: path)
        let name = String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        let temporary = folder + "/." + name + ".saving-\(getpid())"
        func fail(_ what: String) -> StoreError {
            StoreError(path: path, reason: .unwritable(BilingualText(verbatim: "\(what): \(String(cString: strerror(errno)))")))
        }
        _ = operations.unlink(temporary)
        let fd = operations.create(temporary)
        guard fd >= 0 else { throw fail("cannot create a temporary file in \(folder)") }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = operations.write(fd, UnsafeRawBufferPointer(rebasing: buffer[written...]))
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { return false }
                written += n
            }
            return true
        }
        guard ok else {
            let error = fail("writing failed")
            _ = operations.close(fd)
            _ = operations.unlink(temporary)
            throw error
        }
        if syncs, operations.fsync(fd) != 0 {
            let error = fail("fsync failed")
            _ = operations.close(fd)
            _ = operations.unlink(temporary)
            throw error
        }
        guard operations.close(fd) == 0 else {
            let error = fail("closing failed")
            _ = operations.unlink(temporary)
            throw error
        }
        guard operations.rename(temporary, path) == 0 else {
            let error = fail("cannot replace the file")
            _ = operations.unlink(temporary)
            throw error
        }
        if syncs, operations.syncFolder(folder) != 0 {
            throw fail("the file was replaced, but flushing its folder failed")
        }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
