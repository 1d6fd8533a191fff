import Glibc
import KansaCore

/// An advisory lock beside a document (`.NAME.lock`), held while one kansa edits it. The system drops it when
/// the process ends, however it ends, so a crash never leaves a document locked. The lock file is never
/// followed through a link nor emptied before the lock is held, and it must be a regular file of the user's
/// with no other name: a lock file planted in a shared folder cannot make kansa write into another file.
final class FileLock {
    private let fd: Int32
    private let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    /// Removes the lock file, still holding the lock: for a command that is done with its file and leaves nothing
    /// beside it.
    func removeFile() {
        unlink(path)
    }

    deinit {
        close(fd)
    }

    static func path(for document: String) -> String {
        PathName.folder(of: document) + "/." + PathName.name(of: document) + ".lock"
    }

    /// The outcome of trying to take the lock.
    enum Outcome {
        case acquired(FileLock)
        /// Someone else holds it, or it cannot be taken; the reason says which.
        case refused(BilingualText)
    }

    /// Takes the lock of `document`, whose lock file must belong to `owner` (this process's user).
    static func acquire(for document: String, owner: uid_t = geteuid()) -> Outcome {
        let lockPath = path(for: document)
        var info = stat()
        // Looked at before it is opened, so that a device or a FIFO put there is never opened at all.
        if lstat(lockPath, &info) == 0, let problem = problem(info, owner: owner) {
            return .refused(refusal(lockPath, problem))
        }
        let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP, let link = FileKind.symbolicLink.refusal { return .refused(refusal(lockPath, link)) }
            let why = String(cString: strerror(errno))
            return .refused(BilingualText(
                "cannot create the lock file \(lockPath): \(why)", "ロックファイル \(lockPath) を作れません: \(why)"))
        }
        guard fstat(fd, &info) == 0 else {
            let why = String(cString: strerror(errno))
            close(fd)
            return .refused(BilingualText(
                "cannot read the lock file \(lockPath): \(why)", "ロックファイル \(lockPath) を読めません: \(why)"))
        }
        if let problem = problem(info, owner: owner) {
            close(fd)
            return .refused(refusal(lockPath, problem))
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
        return .acquired(FileLock(fd: fd, path: lockPath))
    }

    /// What makes a lock file unfit: not a regular file, another user's, or a file with other names.
    private static func problem(_ info: stat, owner: uid_t) -> BilingualText? {
        if let refusal = FileKind(mode: info.st_mode).refusal { return refusal }
        if info.st_uid != owner { return BilingualText("another user's file", "別のユーザーのファイルです") }
        if info.st_nlink != 1 { return BilingualText("a file with other names (hard links)", "別の名前（ハードリンク）を持つファイルです") }
        return nil
    }

    private static func refusal(_ lockPath: String, _ problem: BilingualText) -> BilingualText {
        BilingualText(
            "the lock file \(lockPath) is \(problem.en); remove it if no kansa is running",
            "ロックファイル \(lockPath) は\(problem.ja)。kansa が動いていなければ削除してください")
    }

    private static func readHolder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n").first.map(String.init)
        return text.flatMap { Int32($0) }.map { "\($0)" }
    }
}
