import Glibc
import KansaCore

/// Reading what kansa may read: a regular file only (a FIFO, a device, a socket or a folder is refused with
/// what it is, before it is opened, so that nothing blocks), and never more than `sizeLimit` bytes.
enum RegularFile {
    /// The largest file kansa reads: 64 MiB, thirty times an audit of 60 divisions × 300 items with a note in
    /// every cell.
    static let sizeLimit = 64 << 20

    /// The whole file and what `fstat` said of it when it was opened.
    static func read(_ path: String, limit: Int = sizeLimit) throws(StoreError) -> (bytes: [UInt8], info: stat) {
        let (fd, info) = try open(path)
        defer { close(fd) }
        guard info.st_size <= limit else { throw tooLarge(path, size: Int(info.st_size), limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError(path: path, reason: .unreadable(BilingualText(verbatim: String(cString: strerror(errno)))))
            }
            if n == 0 { break }
            guard bytes.count + n <= limit else { throw tooLarge(path, size: bytes.count + n, limit: limit) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return (bytes, info)
    }

    /// At most the first `count` bytes of the file.
    static func prefix(_ path: String, count: Int) throws(StoreError) -> [UInt8] {
        let (fd, _) = try open(path)
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError(path: path, reason: .unreadable(BilingualText(verbatim: String(cString: strerror(errno)))))
            }
            if n == 0 { break }
            filled += n
        }
        return Array(bytes[0..<filled])
    }

    /// A descriptor on the regular file at `path`, blocking again once it is known to be one.
    private static func open(_ path: String) throws(StoreError) -> (Int32, stat) {
        func failure() -> StoreError {
            if errno == ENOENT { return StoreError(path: path, reason: .notFound) }
            return StoreError(path: path, reason: .unreadable(BilingualText(verbatim: String(cString: strerror(errno)))))
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure() }
        if let refusal = FileKind(mode: info.st_mode).refusal { throw StoreError(path: path, reason: .unreadable(refusal)) }
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw failure() }
        guard fstat(fd, &info) == 0 else {
            let error = failure()
            close(fd)
            throw error
        }
        if let refusal = FileKind(mode: info.st_mode).refusal {
            close(fd)
            throw StoreError(path: path, reason: .unreadable(refusal))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return (fd, info)
    }

    private static func tooLarge(_ path: String, size: Int, limit: Int) -> StoreError {
        let mib = { (bytes: Int) in "\((bytes + (1 << 20) - 1) >> 20) MiB" }
        return StoreError(path: path, reason: .unreadable(BilingualText(
            "\(mib(size)), larger than the \(mib(limit)) kansa reads", "\(mib(size)) あり、kansa が読む上限 \(mib(limit)) を超えています")))
    }
}
