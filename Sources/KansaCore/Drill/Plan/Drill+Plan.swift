/// The plan edits the interface offers, checked: each returns the edit to apply, or says why not. Ids are made
/// from the names (a step's from its time), unique and stable; nobody types one. Planned times are read by
/// `PlannedTimeInput`, and must stay in order down the timetable.
extension Drill {
    /// A new step after the one at `after` (first when nil); an empty time makes a step that follows the one before.
    public func addingStep(time: String, banner: String, after: Int?) throws(DrillPlanRefusal) -> DrillEdit {
        let planned = try Self.plannedTime(time)
        let banner = banner.trimmingWhitespace
        let at = after.map { $0 + 1 } ?? 0
        if let planned { try checkOrder(planned, at: at, skipping: nil) }
        let base = planned.map { "step-\($0.hour)\($0.minute < 10 ? "0" : "")\($0.minute)" } ?? "step"
        let id = Audit.unique(StepID(base), avoiding: Set(steps.map(\.id)))
        let power = banner.isEmpty ? steps[..<min(at, steps.count)].last(where: { $0.power != nil })?.power : nil
        let step = DrillStep(id: id, plannedTime: planned, banner: banner.isEmpty ? nil : banner,
                             power: power ?? (banner.isEmpty ? PowerColumns(commercial: true, emergency: false) : nil))
        return .plan(.insertStep(step, at: at))
    }

    /// The step's planned time, banner, power after it and lane texts; an empty banner makes a row of lanes.
    public func editingStep(
        _ id: StepID, time: String, banner: String, power: PowerColumns?, laneTexts: [LaneID: String]
    ) throws(DrillPlanRefusal) -> DrillEdit {
        guard let index = steps.firstIndex(where: { $0.id == id }) else { throw .emptyStep }
        let planned = try Self.plannedTime(time)
        if let planned { try checkOrder(planned, at: index, skipping: id) }
        let banner = banner.trimmingWhitespace
        var step = steps[index]
        step.plannedTime = planned
        step.banner = banner.isEmpty ? nil : banner
        step.power = banner.isEmpty ? power ?? PowerColumns(commercial: true, emergency: false) : nil
        step.laneTexts = laneTexts.mapValues(\.trimmingWhitespace).filter { !$0.value.isEmpty }
        guard step.plannedTime != nil || step.banner != nil || !step.laneTexts.isEmpty else { throw .emptyStep }
        return .plan(.editStep(step))
    }

    /// A step taken out of the timetable; refused while events in the log are tied to it.
    public func removingStep(_ id: StepID) throws(DrillPlanRefusal) -> DrillEdit {
        let tied = events.filter { $0.step == id }.count
        if tied > 0 {
            let step = steps.first { $0.id == id }
            let name = [step?.plannedTime?.description, step?.banner].compactMap { $0 }.joined(separator: " ")
            throw .tiedToEvents(name: name.isEmpty ? id.rawValue : name, count: tied)
        }
        return .plan(.removeStep(id))
    }

    /// The step moved one row up (`-1`) or down (`1`); nil at the end it moves toward. Refused when its planned
    /// time would then be out of order.
    public func movingStep(_ id: StepID, by delta: Int) throws(DrillPlanRefusal) -> DrillEdit? {
        guard let from = steps.firstIndex(where: { $0.id == id }), steps.indices.contains(from + delta) else { return nil }
        if let planned = steps[from].plannedTime {
            var moved = steps
            moved.insert(moved.remove(at: from), at: from + delta)
            try Self.checkOrder(planned, at: from + delta, in: moved, skipping: id)
        }
        return .plan(.moveStep(id, to: from + delta))
    }

    /// The planned times of the step and every later one moved by `minutes` (negative: earlier). Refused when a
    /// time would leave the day, or come before the timed step above.
    public func shiftingSteps(from id: StepID, minutes: Int) throws(DrillPlanRefusal) -> DrillEdit? {
        guard minutes != 0, let from = steps.firstIndex(where: { $0.id == id }) else { return nil }
        let later = steps[from...].compactMap(\.plannedTime)
        guard let first = later.first, let last = later.last else { return nil }
        guard first.minutesSinceMidnight + minutes >= 0, last.minutesSinceMidnight + minutes < 24 * 60 else {
            throw .shiftLeavesTheDay
        }
        let shifted = first.minutesSinceMidnight + minutes
        if let before = steps[..<from].last(where: { $0.plannedTime != nil })?.plannedTime, shifted < before.minutesSinceMidnight {
            throw .outOfOrder(time: ClockTime(hour: shifted / 60, minute: shifted % 60).description,
                              neighbour: before.description, before: true)
        }
        return .plan(.shiftSteps(from: id, minutes: minutes))
    }

    /// A new system after the one at `after` (at the end when nil), listed under its owner among the participants.
    public func addingSystem(_ system: DrillSystem, after: Int?) throws(DrillPlanRefusal) -> DrillEdit {
        var system = try checked(system, except: nil)
        system.id = Audit.unique(SystemID(system.name), avoiding: Set(systems.map(\.id)))
        return withOwnerListing(.plan(.insertSystem(system, at: after.map { $0 + 1 } ?? systems.count)), system)
    }

    /// The system's planned part as given (its id and 課題等 kept); a new owner lists it instead of the old one.
    public func editingSystem(_ system: DrillSystem) throws(DrillPlanRefusal) -> DrillEdit {
        let system = try checked(system, except: system.id)
        let edit = DrillEdit.plan(.editSystem(system))
        let owner = systems.first { $0.id == system.id }?.owner
        let ownerListed = participants.leadDivision == system.owner || participants.divisions.contains { $0.name == system.owner }
        return owner == system.owner && ownerListed ? edit : withOwnerListing(edit, system)
    }

    /// The edit, with the participants kept in step in the same undo step: the system leaves any other division's
    /// list and joins its owner's, the owner joining the contact check when it is neither the lead division nor in
    /// it already (every owner is phoned, whether or not it attends).
    private func withOwnerListing(_ edit: DrillEdit, _ system: DrillSystem) -> DrillEdit {
        var edits = [edit]
        for var division in participants.divisions where division.systems.contains(system.id) && division.name != system.owner {
            division.systems.removeAll { $0 == system.id }
            edits.append(.plan(.editDivision(division)))
        }
        let owner = system.owner
        if !owner.isEmpty, owner != participants.leadDivision {
            if var division = participants.divisions.first(where: { $0.name == owner }) {
                if !division.systems.contains(system.id) {
                    division.systems.append(system.id)
                    edits.append(.plan(.editDivision(division)))
                }
            } else {
                let id = Audit.unique(ParticipantDivisionID(owner), avoiding: Set(participants.divisions.map(\.id)))
                let division = ParticipantDivision(id: id, name: owner, systems: [system.id], attendees: [])
                edits.append(.plan(.insertDivision(division, at: participants.divisions.count)))
            }
        }
        return edits.count == 1 ? edit : .batch(edits)
    }

    /// A system retired from the plan, and from the participants' lists; refused when it has moves recorded or
    /// events tied to it.
    public func removingSystem(_ id: SystemID) throws(DrillPlanRefusal) -> DrillEdit {
        let recorded = moves(of: id).count
        let name = systems.first { $0.id == id }?.name ?? id.rawValue
        if recorded > 0 { throw .systemHasMoves(name: name, count: recorded) }
        let tied = events.filter { $0.system == id }.count
        if tied > 0 { throw .tiedToEvents(name: name, count: tied) }
        var edits: [DrillEdit] = []
        for var division in participants.divisions where division.systems.contains(id) {
            division.systems.removeAll { $0 == id }
            edits.append(.plan(.editDivision(division)))
        }
        edits.append(.plan(.removeSystem(id)))
        return edits.count == 1 ? edits[0] : .batch(edits)
    }

    public func movingSystem(_ id: SystemID, by delta: Int) -> DrillEdit? {
        guard let from = systems.firstIndex(where: { $0.id == id }), systems.indices.contains(from + delta) else { return nil }
        return .plan(.moveSystem(id, to: from + delta))
    }

    private func checked(_ system: DrillSystem, except: SystemID?) throws(DrillPlanRefusal) -> DrillSystem {
        var system = system
        system.name = system.name.trimmingWhitespace
        system.owner = system.owner.trimmingWhitespace
        system.shortName = system.shortName.trimmingWhitespace
        system.responsible = system.responsible.trimmingWhitespace
        system.phone = system.phone.foldingWidth.trimmingWhitespace
        guard !system.name.isEmpty else { throw .emptyName }
        guard !system.owner.isEmpty else { throw .emptyOwner }
        if systems.contains(where: { $0.id != except && $0.name == system.name }) { throw .duplicateSystem(name: system.name) }
        return system
    }

    /// A typed planned time; nil for an empty one.
    static func plannedTime(_ text: String) throws(DrillPlanRefusal) -> ClockTime? {
        let text = text.trimmingWhitespace
        guard !text.isEmpty else { return nil }
        guard let time = PlannedTimeInput.parse(text) else { throw .notATime(text) }
        return time
    }

    private func checkOrder(_ time: ClockTime, at index: Int, skipping: StepID?) throws(DrillPlanRefusal) {
        var rows = steps.filter { $0.id != skipping }
        rows.insert(DrillStep(id: "", plannedTime: time), at: min(index, rows.count))
        try Self.checkOrder(time, at: min(index, rows.count - 1), in: rows, skipping: "")
    }

    /// Refuses `time` at `index` of `rows` when the timed row above is later or the timed row below earlier.
    private static func checkOrder(_ time: ClockTime, at index: Int, in rows: [DrillStep], skipping: StepID) throws(DrillPlanRefusal) {
        if let before = rows[..<index].last(where: { $0.plannedTime != nil && $0.id != skipping })?.plannedTime, time < before {
            throw .outOfOrder(time: time.description, neighbour: before.description, before: true)
        }
        if let after = rows[(index + 1)...].first(where: { $0.plannedTime != nil && $0.id != skipping })?.plannedTime, after < time {
            throw .outOfOrder(time: time.description, neighbour: after.description, before: false)
        }
    }
}
