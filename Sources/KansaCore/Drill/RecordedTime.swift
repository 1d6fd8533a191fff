/// A time stamped during the drill: when it happened, when it was recorded, and every later correction.
public struct RecordedTime: Hashable, Sendable {
    public var happened: Timestamp
    public var recorded: Timestamp
    /// Corrections in the order they were made; the last one is in force.
    public var corrections: [TimeCorrection]

    public init(happened: Timestamp, recorded: Timestamp, corrections: [TimeCorrection] = []) {
        self.happened = happened
        self.recorded = recorded
        self.corrections = corrections
    }

    /// A time stamped as it happened.
    public init(now: Timestamp) {
        self.init(happened: now, recorded: now)
    }

    /// The time in force: the last correction's, else the original.
    public var effective: Timestamp {
        corrections.last?.happened ?? happened
    }

    /// This time with a correction added; the original and earlier corrections stay.
    public func corrected(to time: Timestamp, at now: Timestamp) -> RecordedTime {
        var copy = self
        copy.corrections.append(TimeCorrection(happened: time, recorded: now))
        return copy
    }
}

/// A correction of a recorded time, made at `recorded`.
public struct TimeCorrection: Hashable, Sendable {
    public var happened: Timestamp
    public var recorded: Timestamp

    public init(happened: Timestamp, recorded: Timestamp) {
        self.happened = happened
        self.recorded = recorded
    }
}
