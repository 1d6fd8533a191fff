/// Why the drill refused a stamp, a move or a correction. The interface words it in its language.
public enum DrillRefusal: Error, Equatable, Sendable {
    /// Which recorded times must stay in order.
    public enum Sequence: Equatable, Sendable {
        case steps, powerChanges, moves
    }

    case noSuchStep
    case stepStampedAlready
    case powerRestoredAlready
    case noSuchSystem
    case systemVerifiedAlready
    case systemNotMovedYet
    /// Kept running is said of a system that has not moved yet.
    case systemMovedAlready
    /// The drill has records of its own day, and cannot move to another.
    case recordedOnItsDay(date: String)
    case emptyEvent
    case notAContact
    case nothingRecorded
    /// A time after now, which cannot have been seen yet.
    case inTheFuture(time: String, now: String)
    /// A time (its local date given) more than two days from the drill's date.
    case farFromTheDrillsDate(time: String, drillDate: String)
    /// A correction to `time` would come before the time before it (`neighbour`), or after the one after it.
    case outOfOrder(time: String, neighbour: String, before: Bool, Sequence)
}
