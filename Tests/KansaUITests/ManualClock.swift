import KansaCore
import KansaUI

/// A clock a test moves by hand, in milliseconds, with the wall clock in a chosen offset from UTC.
final class ManualClock: SessionClock {
    private(set) var milliseconds: Int64
    let utcOffset: Int

    init(_ start: Timestamp, utcOffset: Int = 0) {
        milliseconds = start.seconds * 1000
        self.utcOffset = utcOffset
    }

    func advance(_ milliseconds: Int) {
        self.milliseconds += Int64(milliseconds)
    }

    func now() -> Instant {
        Instant(wall: Timestamp(seconds: milliseconds / 1000, utcOffset: utcOffset), monotonic: milliseconds / 1000)
    }

    func millisecondsToNextSecond() -> Int {
        Int(1000 - milliseconds % 1000)
    }
}
