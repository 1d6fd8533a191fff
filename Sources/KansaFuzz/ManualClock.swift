import KansaCore
import KansaUI

/// A clock a test moves by hand, in milliseconds, with the wall clock in a chosen offset from UTC.
public final class ManualClock: SessionClock {
    public private(set) var milliseconds: Int64
    public let utcOffset: Int

    public init(_ start: Timestamp, utcOffset: Int = 0) {
        milliseconds = start.seconds * 1000
        self.utcOffset = utcOffset
    }

    public func advance(_ milliseconds: Int) {
        self.milliseconds += Int64(milliseconds)
    }

    public func now() -> Instant {
        Instant(wall: Timestamp(seconds: milliseconds / 1000, utcOffset: utcOffset), monotonic: milliseconds / 1000)
    }

    public func millisecondsToNextSecond() -> Int {
        Int(1000 - milliseconds % 1000)
    }
}
