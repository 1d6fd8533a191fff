/// A change to a drill's plan: its timetable, its systems, its contacts and its tasks. Applying one returns the edit that undoes it exactly.
public enum DrillPlanEdit: Hashable, Sendable {
    case insertStep(DrillStep, at: Int)
    case removeStep(StepID)
    /// The step's planned part (time, banner, power, lane texts) replaced; what was recorded stays.
    case editStep(DrillStep)
    case moveStep(StepID, to: Int)
    /// The planned times of the step and every later one moved by this many minutes.
    case shiftSteps(from: StepID, minutes: Int)
    case insertSystem(DrillSystem, at: Int)
    case removeSystem(SystemID)
    /// The system's planned part replaced; its 課題等 stays.
    case editSystem(DrillSystem)
    case moveSystem(SystemID, to: Int)
    case insertVendor(Vendor, at: Int)
    case removeVendor(VendorID)
    /// The vendor's name, head count and phone replaced; when it was reached stays.
    case editVendor(Vendor)
    case moveVendor(VendorID, to: Int)
    case insertDivision(ParticipantDivision, at: Int)
    case removeDivision(ParticipantDivisionID)
    /// The division's name, systems, attendees and phone replaced; when it was reached stays.
    case editDivision(ParticipantDivision)
    case moveDivision(ParticipantDivisionID, to: Int)
    case insertTask(DrillTask, at: Int)
    case removeTask(TaskID)
    /// The task's label, text and result title replaced; its results stay.
    case editTask(DrillTask)
    case moveTask(TaskID, to: Int)
}

extension Drill {
    /// Applies a plan edit and returns its inverse; one naming something that does not exist changes nothing.
    mutating func apply(_ edit: DrillPlanEdit) -> DrillPlanEdit? {
        switch edit {
        case .insertStep(let step, let at):
            guard !steps.contains(where: { $0.id == step.id }) else { return nil }
            steps.insert(step, at: max(0, min(at, steps.count)))
            return .removeStep(step.id)
        case .removeStep(let id):
            guard let i = steps.firstIndex(where: { $0.id == id }) else { return nil }
            return .insertStep(steps.remove(at: i), at: i)
        case .editStep(let step):
            guard let i = steps.firstIndex(where: { $0.id == step.id }) else { return nil }
            let old = steps[i]
            steps[i].plannedTime = step.plannedTime
            steps[i].banner = step.banner
            steps[i].power = step.power
            steps[i].laneTexts = step.laneTexts
            return .editStep(old)
        case .moveStep(let id, let to):
            guard let from = steps.firstIndex(where: { $0.id == id }) else { return nil }
            steps.insert(steps.remove(at: from), at: max(0, min(to, steps.count - 1)))
            return .moveStep(id, to: from)
        case .shiftSteps(let id, let minutes):
            guard let from = steps.firstIndex(where: { $0.id == id }) else { return nil }
            for i in steps.indices[from...] {
                guard let planned = steps[i].plannedTime else { continue }
                let shifted = planned.minutesSinceMidnight + minutes
                steps[i].plannedTime = ClockTime(hour: shifted / 60, minute: shifted % 60)
            }
            return .shiftSteps(from: id, minutes: -minutes)
        case .insertSystem(let system, let at):
            guard !systems.contains(where: { $0.id == system.id }) else { return nil }
            systems.insert(system, at: max(0, min(at, systems.count)))
            return .removeSystem(system.id)
        case .removeSystem(let id):
            guard let i = systems.firstIndex(where: { $0.id == id }) else { return nil }
            return .insertSystem(systems.remove(at: i), at: i)
        case .editSystem(let system):
            guard let i = systems.firstIndex(where: { $0.id == system.id }) else { return nil }
            let old = systems[i]
            var edited = system
            edited.issue = old.issue
            systems[i] = edited
            return .editSystem(old)
        case .moveSystem(let id, let to):
            guard let from = systems.firstIndex(where: { $0.id == id }) else { return nil }
            systems.insert(systems.remove(at: from), at: max(0, min(to, systems.count - 1)))
            return .moveSystem(id, to: from)
        case .insertVendor(let vendor, let at):
            guard !participants.vendors.contains(where: { $0.id == vendor.id }) else { return nil }
            participants.vendors.insert(vendor, at: max(0, min(at, participants.vendors.count)))
            return .removeVendor(vendor.id)
        case .removeVendor(let id):
            guard let i = participants.vendors.firstIndex(where: { $0.id == id }) else { return nil }
            return .insertVendor(participants.vendors.remove(at: i), at: i)
        case .editVendor(let vendor):
            guard let i = participants.vendors.firstIndex(where: { $0.id == vendor.id }) else { return nil }
            let old = participants.vendors[i]
            participants.vendors[i] = vendor
            participants.vendors[i].reached = old.reached
            return .editVendor(old)
        case .moveVendor(let id, let to):
            guard let from = participants.vendors.firstIndex(where: { $0.id == id }) else { return nil }
            participants.vendors.insert(participants.vendors.remove(at: from), at: max(0, min(to, participants.vendors.count - 1)))
            return .moveVendor(id, to: from)
        case .insertDivision(let division, let at):
            guard !participants.divisions.contains(where: { $0.id == division.id }) else { return nil }
            participants.divisions.insert(division, at: max(0, min(at, participants.divisions.count)))
            return .removeDivision(division.id)
        case .removeDivision(let id):
            guard let i = participants.divisions.firstIndex(where: { $0.id == id }) else { return nil }
            return .insertDivision(participants.divisions.remove(at: i), at: i)
        case .editDivision(let division):
            guard let i = participants.divisions.firstIndex(where: { $0.id == division.id }) else { return nil }
            let old = participants.divisions[i]
            participants.divisions[i] = division
            participants.divisions[i].reached = old.reached
            return .editDivision(old)
        case .moveDivision(let id, let to):
            guard let from = participants.divisions.firstIndex(where: { $0.id == id }) else { return nil }
            participants.divisions.insert(participants.divisions.remove(at: from), at: max(0, min(to, participants.divisions.count - 1)))
            return .moveDivision(id, to: from)
        case .insertTask(let task, let at):
            guard !tasks.contains(where: { $0.id == task.id }) else { return nil }
            tasks.insert(task, at: max(0, min(at, tasks.count)))
            return .removeTask(task.id)
        case .removeTask(let id):
            guard let i = tasks.firstIndex(where: { $0.id == id }) else { return nil }
            return .insertTask(tasks.remove(at: i), at: i)
        case .editTask(let task):
            guard let i = tasks.firstIndex(where: { $0.id == task.id }) else { return nil }
            let old = tasks[i]
            tasks[i] = task
            tasks[i].results = old.results
            return .editTask(old)
        case .moveTask(let id, let to):
            guard let from = tasks.firstIndex(where: { $0.id == id }) else { return nil }
            tasks.insert(tasks.remove(at: from), at: max(0, min(to, tasks.count - 1)))
            return .moveTask(id, to: from)
        }
    }
}
