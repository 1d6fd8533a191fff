/// Notices when the wall clock jumps (as it does when NTP comes back after an outage) by comparing it with the
/// monotonic clock, which never jumps.
public struct ClockWatch: Sendable {
    private var lastWall: Int64?
    private var lastMonotonic: Int64?
    /// A jump smaller than this many seconds is ordinary drift.
    public let tolerance: Int64

    public init(tolerance: Int64 = 2) {
        self.tolerance = tolerance
    }

    /// Takes a reading of both clocks, in seconds; returns how far the wall clock jumped since the last reading
    /// (positive forward), or nil when it kept pace.
    public mutating func check(wall: Int64, monotonic: Int64) -> Int64? {
        defer {
            lastWall = wall
            lastMonotonic = monotonic
        }
        guard let lastWall, let lastMonotonic else { return nil }
        let jump = (wall - lastWall) - (monotonic - lastMonotonic)
        return abs(jump) >= tolerance ? jump : nil
    }
}
