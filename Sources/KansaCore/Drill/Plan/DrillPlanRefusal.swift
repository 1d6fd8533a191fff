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
    /// A system with no owner division: the results table and the contact check need one.
    case emptyOwner
    case duplicateSystem(name: String)
    /// Not a number of people (`二人`, `-1`).
    case notAHeadCount(String)
    case duplicateContact(name: String)
    /// A participant's system that is not one of the plan's (by name or short name).
    case unknownSystem(String)
    /// The contact was reached in the check; removing it would lose when.
    case contactReached(name: String)
    case emptyTask
    case duplicateTaskLabel(String)
    /// The task has results written; removing it would lose them.
    case taskHasResults(label: String)
    /// Events in the log are tied to the step or system; removing it would leave them pointing nowhere.
    case tiedToEvents(name: String, count: Int)
    /// The system has moves recorded; removing it would lose them.
    case systemHasMoves(name: String, count: Int)
}
