import KansaCore

/// A moment on the two clocks: the wall clock, for stamps and the clock on screen, and the monotonic clock,
/// which never jumps, for elapsed times.
public struct Instant: Equatable, Sendable {
    public var wall: Timestamp
    /// Seconds on the monotonic clock.
    public var monotonic: Int64

    public init(wall: Timestamp, monotonic: Int64) {
        self.wall = wall
        self.monotonic = monotonic
    }

    /// 1970-01-01 in UTC on both clocks: the time of an app that has not seen an event yet.
    public static let origin = Instant(wall: Timestamp(seconds: 0, utcOffset: 0), monotonic: 0)
}
