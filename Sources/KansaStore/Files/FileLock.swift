import Glibc
import KansaCore

/// An advisory lock beside a document (`.NAME.lock`), held while one kansa edits it. The system drops it when
/// the process ends, however it ends, so a crash never leaves a document locked.
final class FileLock {
    private let fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    static func path(for document: String) -> String {
        let folder = AtomicSave.folder(of: document)
        let name = document.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        return folder + "/." + name + ".lock"
    }

    /// The outcome of trying to take the lock.
    enum Outcome {
        case acquired(FileLock)
        /// Someone else holds it, or it cannot be taken; the reason says which.
        case refused(BilingualText)
    }

    static func acquire(for document: String) -> Outcome {
        let lockPath = path(for: document)
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let why = String(cString: strerror(errno))
            return .refused(BilingualText(
                "cannot create the lock file \(lockPath): \(why)", "ロックファイル \(lockPath) を作れません: \(why)"))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = readHolder(fd)
            close(fd)
            return .refused(BilingualText(
                "another kansa" + (holder.map { " (process \($0))" } ?? "") + " is editing this file",
                "別の kansa" + (holder.map { "（プロセス \($0)）" } ?? "") + "がこのファイルを編集中です"))
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return .acquired(FileLock(fd: fd))
    }

    private static func readHolder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n").first.map(String.init)
        return text.flatMap { Int32($0) }.map { "\($0)" }
    }
}
