import Glibc
import KansaCore
import KansaUI

/// The system's clocks: the wall clock (with the machine's offset from UTC; a drill shows it in its own) and
/// the monotonic clock, which never jumps.
final class SystemClock: SessionClock {
    func now() -> Instant {
        var wall = timespec()
        clock_gettime(CLOCK_REALTIME, &wall)
        var steady = timespec()
        clock_gettime(CLOCK_MONOTONIC, &steady)
        // The C library's offset: Foundation's `TimeZone` would load ICU and its zone data (2.4 MiB more resident).
        var local = tm()
        localtime_r(&wall.tv_sec, &local)
        return Instant(wall: Timestamp(seconds: Int64(wall.tv_sec), utcOffset: local.tm_gmtoff), monotonic: Int64(steady.tv_sec))
    }

    func millisecondsToNextSecond() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return max(1, 1000 - Int(t.tv_nsec / 1_000_000))
    }
}
