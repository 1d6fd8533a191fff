import FoundationEssentials

/// What the drill lead records during the drill: each returns the edit to apply, or says why it is refused.
extension Drill {
    /// Stamps a step's actual time now.
    public func stamp(step: StepID, now: Timestamp) throws(DrillRefusal) -> DrillEdit {
        guard let step = steps.first(where: { $0.id == step }) else { throw DrillRefusal.noSuchStep }
        guard step.actual == nil else { throw DrillRefusal.stepStampedAlready }
        try checkRecordable(now, now: now)
        return .time(.step(step.id), RecordedTime(now: now))
    }

    /// The drill moved to another day; refused once anything is recorded, whose times belong to the old day.
    public func moving(to day: LocalDate) throws(DrillRefusal) -> DrillEdit {
        let recorded = steps.contains { $0.actual != nil } || !powerChanges.isEmpty || !moves.isEmpty || !events.isEmpty
        guard !recorded else { throw DrillRefusal.recordedOnItsDay(date: date.description) }
        return .date(day)
    }

    /// Marks a step skipped, or takes the mark away; a stamped step is not skipped.
    public func skipping(step: StepID) throws(DrillRefusal) -> DrillEdit {
        guard let step = steps.first(where: { $0.id == step }) else { throw DrillRefusal.noSuchStep }
        guard step.actual == nil else { throw DrillRefusal.stepStampedAlready }
        return .skip(step.id, !step.skipped)
    }

    /// The power's next phase (commercial → outage → generator → restored), stamped now.
    public func nextPowerChange(now: Timestamp) throws(DrillRefusal) -> DrillEdit {
        guard let phase = powerPhase.next else { throw DrillRefusal.powerRestoredAlready }
        try checkRecordable(now, now: now)
        let id = PowerChangeID.unique(prefix: "power", avoiding: Set(powerChanges.map(\.id)))
        return .addPowerChange(PowerChange(id: id, phase: phase, time: RecordedTime(now: now)))
    }

    /// A system's move to its next state (running → shutting down → down → starting → up → verified), stamped
    /// now, automatic unless `manual`.
    public func advance(system: SystemID, manual: Bool = false, now: Timestamp) throws(DrillRefusal) -> DrillEdit {
        guard systems.contains(where: { $0.id == system }) else { throw DrillRefusal.noSuchSystem }
        guard let next = state(of: system).next else { throw DrillRefusal.systemVerifiedAlready }
        try checkRecordable(now, now: now)
        let id = MoveID.unique(prefix: "move", avoiding: Set(moves.map(\.id)))
        return .addMove(SystemMove(id: id, system: system, state: next, manual: manual, time: RecordedTime(now: now)))
    }

    /// A system that stays up through the outage (on its UPS), stamped now: only from running.
    public func keepRunning(system: SystemID, now: Timestamp) throws(DrillRefusal) -> DrillEdit {
        guard systems.contains(where: { $0.id == system }) else { throw DrillRefusal.noSuchSystem }
        guard state(of: system) == .running else { throw DrillRefusal.systemMovedAlready }
        try checkRecordable(now, now: now)
        let id = MoveID.unique(prefix: "move", avoiding: Set(moves.map(\.id)))
        return .addMove(SystemMove(id: id, system: system, state: .keptRunning, manual: false, time: RecordedTime(now: now)))
    }

    /// Whether a system may move from one state to another: only to the next one.
    public static func allows(from: SystemState, to: SystemState) -> Bool {
        from.next == to || (from == .running && to == .keptRunning)
    }

    /// Whether the power may change from one phase to another: only to the next one.
    public static func allows(from: PowerPhase, to: PowerPhase) -> Bool {
        from.next == to
    }

    /// Turns a system's last move from automatic to manual, or back.
    public func toggleManual(system: SystemID) throws(DrillRefusal) -> DrillEdit {
        guard let move = moves.last(where: { $0.system == system }) else {
            throw DrillRefusal.systemNotMovedYet
        }
        return .manual(move.id, !move.manual)
    }

    /// A free-text event, stamped now, tied to a system or a step if it is about one.
    public func event(_ text: String, system: SystemID? = nil, step: StepID? = nil, now: Timestamp) throws(DrillRefusal) -> DrillEdit {
        let text = text.trimmingSpaces
        guard !text.isEmpty else { throw DrillRefusal.emptyEvent }
        try checkRecordable(now, now: now)
        let id = EventID.unique(prefix: "event", avoiding: Set(events.map(\.id)))
        return .addEvent(DrillEvent(id: id, text: text, time: RecordedTime(now: now), system: system, step: step))
    }

    /// Marks a vendor or a division reached now (or clears it when it was).
    public func toggleReached(_ contact: StampReference, now: Timestamp) throws(DrillRefusal) -> DrillEdit {
        switch contact {
        case .vendor, .division:
            guard time(of: contact) == nil else { return .time(contact, nil) }
            try checkRecordable(now, now: now)
            return .time(contact, RecordedTime(now: now))
        default:
            throw DrillRefusal.notAContact
        }
    }

    /// A correction of a recorded time: the original and earlier corrections stay in its history. A correction
    /// that would put a step, a power change or a system's moves out of order is refused with the reason.
    public func correct(_ reference: StampReference, to time: Timestamp, now: Timestamp) throws(DrillRefusal) -> DrillEdit {
        guard let recorded = self.time(of: reference) else { throw DrillRefusal.nothingRecorded }
        try checkRecordable(time, now: now)
        let sequence: [(StampReference, Timestamp)]
        let what: DrillRefusal.Sequence
        switch reference {
        case .step:
            sequence = steps.compactMap { step in step.actual.map { (.step(step.id), $0.effective) } }
            what = .steps
        case .power:
            sequence = powerChanges.map { (.power($0.id), $0.time.effective) }
            what = .powerChanges
        case .move(let id):
            let system = moves.first { $0.id == id }!.system
            sequence = moves.filter { $0.system == system }.map { (.move($0.id), $0.time.effective) }
            what = .moves
        case .event, .vendor, .division:
            sequence = []
            what = .steps
        }
        if let index = sequence.firstIndex(where: { $0.0 == reference }) {
            if index > 0, time < sequence[index - 1].1 {
                throw DrillRefusal.outOfOrder(time: time.timeOfDay, neighbour: sequence[index - 1].1.timeOfDay, before: true, what)
            }
            if index + 1 < sequence.count, time > sequence[index + 1].1 {
                throw DrillRefusal.outOfOrder(time: time.timeOfDay, neighbour: sequence[index + 1].1.timeOfDay, before: false, what)
            }
        }
        return .time(reference, recorded.corrected(to: time, at: now))
    }
}

extension Drill {
    /// How many days from the drill's date a time may be recorded.
    public static let recordableDays = 2

    /// Refuses a time after `now` or more than two days from the drill's date: a stamp or a correction there is a
    /// slip of the keyboard or a wrong clock, and would make timelines and delays meaningless.
    func checkRecordable(_ time: Timestamp, now: Timestamp) throws(DrillRefusal) {
        if time > now { throw DrillRefusal.inTheFuture(time: time.timeOfDay, now: now.timeOfDay) }
        let local = Timestamp(seconds: time.seconds, utcOffset: utcOffset).local.date
        guard abs(local.daysSinceEpoch - date.daysSinceEpoch) <= Self.recordableDays else {
            throw DrillRefusal.farFromTheDrillsDate(time: local.description, drillDate: date.description)
        }
    }
}

/// Reads what the drill lead types to correct a time: `9:04`, `09:04:30`, or a shift such as `-2m`, `+30s`, `+1h`.
public enum CorrectionInput {
    /// The largest shift a correction takes: two days.
    static let largestShift: Int64 = 2 * 86_400

    public static func parse(_ text: String, from current: Timestamp) -> Timestamp? {
        let text = text.foldingWidth.trimmingSpaces
        if let sign = text.first, sign == "+" || sign == "-" {
            let body = text.dropFirst()
            guard let unit = body.last, body.count <= 7, let amount = Int64(body.dropLast()), amount >= 0 else { return nil }
            let seconds: Int64
            switch unit {
            case "s": seconds = amount
            case "m": seconds = amount * 60
            case "h": seconds = amount * 3600
            default: return nil
            }
            guard seconds <= largestShift else { return nil }
            return current.adding(seconds: sign == "+" ? seconds : -seconds)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.dropFirst().allSatisfy({ $0.count == 2 }), parts[0].count <= 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second, (0...59).contains(second) else { return nil }
        return Timestamp(date: current.local.date, hour: hour, minute: minute, second: second, utcOffset: current.utcOffset)
    }
}
