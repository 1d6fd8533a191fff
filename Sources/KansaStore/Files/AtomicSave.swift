import Dispatch
import Glibc
import KansaCore
import Synchronization

/// Writes a file so that a crash at any moment leaves either the old file or the new one, never a torn one:
/// a temporary file beside the target, fsync, rename over the target, fsync of the folder. Only a regular file
/// is replaced, and it keeps its mode; a new file is readable and writable by its owner only.
struct AtomicSave {
    var operations: any FileOperations = SystemFileOperations()
    /// Whether to wait for the disk (fsync); the benchmark turns it off to time the rest alone.
    var syncs = true

    /// The temporary file a save of `path` by process `pid` writes before renaming it over `path`.
    static func temporaryPath(for path: String, pid: pid_t) -> String {
        PathName.folder(of: path) + "/." + PathName.name(of: path) + ".saving-\(pid)"
    }

    /// Writes `bytes` as the file `path`; `whenReplaced` gets the new file's stamp as soon as it is in place,
    /// even when flushing its folder fails afterwards.
    @discardableResult
    func write(
        _ bytes: [UInt8], to path: String, checking check: (@Sendable () throws(StoreError) -> Void)? = nil,
        whenReplaced: (DiskStamp) -> Void = { _ in }
    ) throws(StoreError) -> DiskStamp {
        let folder = PathName.folder(of: path)
        let temporary = Self.temporaryPath(for: path, pid: getpid())
        func fail(_ what: BilingualText, errno code: Int32 = errno) -> StoreError {
            let why = String(cString: strerror(code))
            return StoreError(path: path, reason: .unwritable(BilingualText(what.en + ": " + why, what.ja + ": " + why)))
        }
        let mode = try Self.modeToKeep(path)
        _ = operations.unlink(temporary)
        let fd = operations.create(temporary)
        guard fd >= 0 else { throw fail(BilingualText("cannot create a temporary file in \(folder)", "\(folder) に一時ファイルを作れません")) }
        func abandon(_ error: StoreError) -> StoreError {
            _ = operations.close(fd)
            _ = operations.unlink(temporary)
            return error
        }
        guard operations.setMode(fd, mode) == 0 else { throw abandon(fail(BilingualText("cannot set the file's mode", "ファイルのモードを設定できません"))) }
        /// Writes the bytes and waits for the disk; what failed and its errno, read on the thread that failed.
        @Sendable func putDown() -> (what: BilingualText, errno: Int32)? {
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
            guard ok else { return (BilingualText("writing failed", "書き込みに失敗しました"), errno) }
            if syncs, operations.fsync(fd) != 0 { return (BilingualText("fsync failed", "fsync に失敗しました"), errno) }
            return nil
        }
        var failure: (what: BilingualText, errno: Int32)?
        if let check {
            // The bytes are checked while they go to the temporary file, each on a core: a save waits for the
            // longer of the two, and the rename below for both.
            let outcome = Mutex<(failure: (what: BilingualText, errno: Int32)?, refusal: StoreError?)>((nil, nil))
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 {
                    let failed = putDown()
                    outcome.withLock { $0.failure = failed }
                } else {
                    do throws(StoreError) { try check() } catch { outcome.withLock { $0.refusal = error } }
                }
            }
            let (failed, refusal) = outcome.withLock { $0 }
            if let refusal { throw abandon(refusal) }
            failure = failed
        } else {
            failure = putDown()
        }
        if let failure { throw abandon(fail(failure.what, errno: failure.errno)) }
        // The file being replaced is held open over the rename and let go on another thread: the rename then only
        // changes a name, and freeing the old file's pages (about a millisecond for an 850 KiB file) is not part
        // of the save.
        let replaced = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard operations.rename(temporary, path) == 0 else {
            let error = fail(BilingualText("cannot replace the file", "ファイルを置き換えられません"))
            if replaced >= 0 { Glibc.close(replaced) }
            _ = operations.close(fd)
            _ = operations.unlink(temporary)
            throw error
        }
        if replaced >= 0 { DispatchQueue.global(qos: .utility).async { Glibc.close(replaced) } }
        // The stamp is read through the still open file after the rename, which changes its change time: what is
        // in place is exactly what was written, whatever another program does to the name meanwhile.
        var info = stat()
        let stamped = fstat(fd, &info) == 0
        let stamp = DiskStamp(info)
        if stamped { whenReplaced(stamp) }
        guard operations.close(fd) == 0, stamped else {
            throw fail(BilingualText("the file was replaced, but closing it failed", "ファイルは置き換えましたが、閉じるのに失敗しました"))
        }
        if syncs, operations.syncFolder(folder) != 0 {
            throw fail(BilingualText("the file was replaced, but flushing its folder failed", "ファイルは置き換えましたが、フォルダの書き出しに失敗しました"))
        }
        return stamp
    }

    /// The mode the new file gets: the replaced file's, or owner-only for a new one. Anything there that is not a
    /// regular file (a device, a FIFO, a socket, a folder, a symbolic link) is refused, so it is never replaced.
    static func modeToKeep(_ path: String) throws(StoreError) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return 0o600 }
            throw StoreError(path: path, reason: .unwritable(BilingualText(verbatim: String(cString: strerror(errno)))))
        }
        if let refusal = FileKind(mode: info.st_mode).refusal { throw StoreError(path: path, reason: .unwritable(refusal)) }
        return info.st_mode & 0o7777
    }

}
