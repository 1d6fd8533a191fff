import Glibc

/// The system calls an atomic save is made of, behind a protocol so that tests can fail any one of them.
protocol FileOperations: Sendable {
    /// Creates a new file readable and writable by its owner only; returns a descriptor or -1.
    func create(_ path: String) -> Int32
    /// Sets a file's permission bits, whatever the umask; returns 0 or -1.
    func setMode(_ fd: Int32, _ mode: mode_t) -> Int32
    /// Writes some of the bytes; returns how many, or -1.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    func fsync(_ fd: Int32) -> Int32
    func close(_ fd: Int32) -> Int32
    func rename(_ from: String, _ to: String) -> Int32
    func unlink(_ path: String) -> Int32
    /// Flushes a folder's entries; returns 0 or -1.
    func syncFolder(_ path: String) -> Int32
}

/// The real system calls.
struct SystemFileOperations: FileOperations {
    func create(_ path: String) -> Int32 {
        open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    }

    func setMode(_ fd: Int32, _ mode: mode_t) -> Int32 {
        fchmod(fd, mode)
    }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        Glibc.write(fd, bytes.baseAddress, bytes.count)
    }

    func fsync(_ fd: Int32) -> Int32 {
        Glibc.fsync(fd)
    }

    func close(_ fd: Int32) -> Int32 {
        Glibc.close(fd)
    }

    func rename(_ from: String, _ to: String) -> Int32 {
        Glibc.rename(from, to)
    }

    func unlink(_ path: String) -> Int32 {
        Glibc.unlink(path)
    }

    func syncFolder(_ path: String) -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return -1 }
        let result = fsync(fd)
        _ = close(fd)
        return result
    }
}
