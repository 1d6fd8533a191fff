import Foundation
import Glibc
import KansaCore

/// The wall clock in the local time zone, and the monotonic clock that never jumps.
enum Clock {
    static func now() -> Timestamp {
        let date = Date()
        return Timestamp(seconds: Int64(date.timeIntervalSince1970.rounded(.down)), utcOffset: TimeZone.current.secondsFromGMT(for: date))
    }

    static func monotonicSeconds() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Int64(t.tv_sec)
    }

    /// How long until the wall clock's next whole second, so that the clock on screen ticks on the second.
    static func millisecondsToNextSecond() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return max(1, 1000 - Int(t.tv_nsec / 1_000_000))
    }
}

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
