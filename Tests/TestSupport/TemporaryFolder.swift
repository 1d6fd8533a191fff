import Foundation
import Glibc

/// A fresh folder under the system's temporary folder (`kansa-LABEL-…`), removed with all it holds when the value
/// goes away.
public final class TemporaryFolder: Sendable {
    public let path: String

    public init(_ label: String = "test") {
        path = NSTemporaryDirectory() + "kansa-\(label)-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ text: String, to name: String) -> String {
        let p = file(name)
        _ = FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }

    public func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    public var names: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted() ?? []
    }

    /// Makes a FIFO (named pipe); reading one waits for a writer, so kansa must never open it.
    public func fifo(_ name: String) -> String {
        let p = file(name)
        precondition(mkfifo(p, 0o600) == 0, "mkfifo \(p)")
        return p
    }

    /// Makes a Unix socket file: bound, then closed, so that only its node stays.
    public func socket(_ name: String) -> String {
        let p = file(name)
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, byte) in p.utf8.prefix(buffer.count - 1).enumerated() { buffer[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
        precondition(bound == 0, "bind \(p)")
        return p
    }

    /// The kind of what is at `name`, not following a symbolic link.
    public func kind(_ name: String) -> mode_t? {
        var info = stat()
        guard lstat(file(name), &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The permission bits of `name`.
    public func mode(_ name: String) -> mode_t? {
        var info = stat()
        guard stat(file(name), &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}
