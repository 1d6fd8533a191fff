public typealias StepID = Identifier<DrillStep>

/// A row of the timetable: a planned time, the power after it, what each lane does, and when it really happened.
public struct DrillStep: Hashable, Sendable {
    public var id: StepID
    /// Nil for a row that follows the one before without a time of its own.
    public var plannedTime: ClockTime?
    /// A row that spans every column (停電, 訓練終了).
    public var banner: String?
    /// The power columns after the step; nil for a banner row.
    public var power: PowerColumns?
    public var laneTexts: [LaneID: String]
    public var actual: RecordedTime?
    /// Not done in this drill (a step the plan had that the room passed over): it has no time and no delay.
    public var skipped: Bool

    public init(
        id: StepID, plannedTime: ClockTime?, banner: String? = nil, power: PowerColumns? = nil,
        laneTexts: [LaneID: String] = [:], actual: RecordedTime? = nil, skipped: Bool = false
    ) {
        self.id = id
        self.plannedTime = plannedTime
        self.banner = banner
        self.power = power
        self.laneTexts = laneTexts
        self.actual = actual
        self.skipped = skipped
    }
}
