/// An ICT-BCP drill: the plan, the systems, and everything recorded while it ran.
public struct Drill: Hashable, Sendable {
    public var title: String
    public var date: LocalDate
    /// When the drill starts (8時30分～).
    public var startTime: ClockTime?
    /// Offset from UTC of the drill's place, in seconds; planned times are read in it.
    public var utcOffset: Int
    public var place: String
    public var purpose: String
    public var participants: DrillParticipants
    public var tasks: [DrillTask]
    public var lanes: [DrillLane]
    public var systems: [DrillSystem]
    public var steps: [DrillStep]
    public var powerChanges: [PowerChange]
    public var moves: [SystemMove]
    public var events: [DrillEvent]
    /// その他, one entry each.
    public var notes: [String]
    /// 総括, one entry each.
    public var conclusions: [String]
    /// What a merge of two copies found changed differently on each side, until someone takes one side.
    public var conflicts: [MergeConflict]

    public init(
        title: String, date: LocalDate, startTime: ClockTime?, utcOffset: Int, place: String, purpose: String,
        participants: DrillParticipants, tasks: [DrillTask], lanes: [DrillLane], systems: [DrillSystem],
        steps: [DrillStep], powerChanges: [PowerChange] = [], moves: [SystemMove] = [], events: [DrillEvent] = [],
        notes: [String] = [], conclusions: [String] = [], conflicts: [MergeConflict] = []
    ) {
        self.title = title
        self.date = date
        self.startTime = startTime
        self.utcOffset = utcOffset
        self.place = place
        self.purpose = purpose
        self.participants = participants
        self.tasks = tasks
        self.lanes = lanes
        self.systems = systems
        self.steps = steps
        self.powerChanges = powerChanges
        self.moves = moves
        self.events = events
        self.notes = notes
        self.conclusions = conclusions
        self.conflicts = conflicts
    }

    /// The planned instant of a time of day on the drill's date.
    public func instant(_ time: ClockTime) -> Timestamp {
        Timestamp(date: date, time: time, utcOffset: utcOffset)
    }

    /// The power phase in force: the last recorded change, else commercial.
    public var powerPhase: PowerPhase {
        powerChanges.last?.phase ?? .commercial
    }

    /// The moves of one system, in the order recorded.
    public func moves(of system: SystemID) -> [SystemMove] {
        moves.filter { $0.system == system }
    }

    /// The state a system is in: that of its last move, else running.
    public func state(of system: SystemID) -> SystemState {
        moves.last { $0.system == system }?.state ?? .running
    }

    /// A new drill started from this one: same plan, lanes, systems and participants; every actual
    /// time, move, power change and event cleared, and the results and conclusions left to write.
    public func successor(title: String, date: LocalDate) -> Drill {
        var next = self
        next.title = title
        next.date = date
        for i in next.steps.indices {
            next.steps[i].actual = nil
            next.steps[i].skipped = false
        }
        next.powerChanges = []
        next.moves = []
        next.events = []
        next.notes = []
        next.conclusions = []
        next.conflicts = []
        for i in next.tasks.indices { next.tasks[i].results = [] }
        for i in next.systems.indices { next.systems[i].issue = "" }
        for i in next.participants.vendors.indices { next.participants.vendors[i].reached = nil }
        for i in next.participants.divisions.indices { next.participants.divisions[i].reached = nil }
        next.participants.divisions += next.ownersOutsideTheCheck
        return next
    }

    /// A division for each owner of a system that is neither the lead division nor in the contact check, with its
    /// systems and nobody attending: every owner is phoned, so the board can mark it reached.
    public var ownersOutsideTheCheck: [ParticipantDivision] {
        var added: [ParticipantDivision] = []
        var ids = Set(participants.divisions.map(\.id))
        for system in systems where !system.owner.isEmpty && system.owner != participants.leadDivision
            && !participants.divisions.contains(where: { $0.name == system.owner }) {
            if let i = added.firstIndex(where: { $0.name == system.owner }) {
                added[i].systems.append(system.id)
                continue
            }
            let id = Audit.unique(ParticipantDivisionID(system.owner), avoiding: ids)
            ids.insert(id)
            added.append(ParticipantDivision(id: id, name: system.owner, systems: [system.id], attendees: []))
        }
        return added
    }

    /// The plan moved so that its first planned step is at `start`, every later step by as much; nil when a step
    /// would leave the day.
    public func startingAt(_ start: ClockTime) -> Drill? {
        guard let first = steps.lazy.compactMap(\.plannedTime).first else { return self }
        let shift = start.minutesSinceMidnight - first.minutesSinceMidnight
        var moved = self
        for i in moved.steps.indices {
            guard let planned = moved.steps[i].plannedTime else { continue }
            let minutes = planned.minutesSinceMidnight + shift
            guard (0..<(24 * 60)).contains(minutes) else { return nil }
            moved.steps[i].plannedTime = ClockTime(hour: minutes / 60, minute: minutes % 60)
        }
        if let startTime {
            let minutes = startTime.minutesSinceMidnight + shift
            guard (0..<(24 * 60)).contains(minutes) else { return nil }
            moved.startTime = ClockTime(hour: minutes / 60, minute: minutes % 60)
        }
        return moved
    }
}
