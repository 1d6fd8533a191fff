import FoundationEssentials
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
        let seconds = Int64(wall.tv_sec)
        let offset = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return Instant(wall: Timestamp(seconds: seconds, utcOffset: offset), monotonic: Int64(steady.tv_sec))
    }

    func millisecondsToNextSecond() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return max(1, 1000 - Int(t.tv_nsec / 1_000_000))
    }
}
