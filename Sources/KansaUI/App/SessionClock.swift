/// Where the run loop reads the time of each event: the system's clocks, or a clock a test moves by hand.
public protocol SessionClock: AnyObject {
    func now() -> Instant
    /// Milliseconds until the wall clock's next whole second, so that the clock on screen ticks on the second.
    func millisecondsToNextSecond() -> Int
}
