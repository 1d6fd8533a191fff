/// Why a plan edit was refused; the interface words it in its language.
public enum DrillPlanRefusal: Error, Equatable, Sendable {
    /// Not a time of day (`25:00`, `9:60`, `朝`).
    case notATime(String)
    /// The step's planned `time` would come before the step before it (`neighbour`), or after the one after it.
    case outOfOrder(time: String, neighbour: String, before: Bool)
    /// Shifting would move a planned time out of the day.
    case shiftLeavesTheDay
    /// A step with no time, banner or lane text.
    case emptyStep
    case emptyName
    case duplicateSystem(name: String)
    /// The system has moves recorded; removing it would lose them.
    case systemHasMoves(name: String, count: Int)
}
