/// One change to a drill, as a value: applying it returns the edit that undoes it.
public enum DrillEdit: Hashable, Sendable {
    /// Sets or clears a recorded time (a step's stamp, a contact, a correction).
    case time(StampReference, RecordedTime?)
    /// Marks a step skipped (not done in this drill), or not.
    case skip(StepID, Bool)
    case addPowerChange(PowerChange)
    case removePowerChange(PowerChangeID)
    case addMove(SystemMove)
    case removeMove(MoveID)
    case manual(MoveID, Bool)
    /// The drill's date moved (a drill prepared ahead, held on another day).
    case date(LocalDate)
    case addEvent(DrillEvent)
    case removeEvent(EventID)
    /// Several edits as one undo step.
    case batch([DrillEdit])
    /// A change to the plan: its timetable or its systems.
    case plan(DrillPlanEdit)
    /// A text written after the drill replaced (a system's 課題等, a task's results, その他, 総括).
    case text(DrillText, String)
}

extension Drill {
    /// Applies an edit and returns its inverse; an edit naming something that does not exist changes nothing
    /// and returns nil.
    @discardableResult
    public mutating func apply(_ edit: DrillEdit) -> DrillEdit? {
        switch edit {
        case .time(let reference, let time):
            let old = self.time(of: reference)
            return setTime(time, of: reference) ? .time(reference, old) : nil
        case .date(let day):
            let old = date
            date = day
            return .date(old)
        case .skip(let id, let skipped):
            guard let index = steps.firstIndex(where: { $0.id == id }) else { return nil }
            let old = steps[index].skipped
            steps[index].skipped = skipped
            return .skip(id, old)
        case .addPowerChange(let change):
            powerChanges.append(change)
            return .removePowerChange(change.id)
        case .removePowerChange(let id):
            guard let i = powerChanges.lastIndex(where: { $0.id == id }) else { return nil }
            return .addPowerChange(powerChanges.remove(at: i))
        case .addMove(let move):
            moves.append(move)
            return .removeMove(move.id)
        case .removeMove(let id):
            guard let i = moves.lastIndex(where: { $0.id == id }) else { return nil }
            return .addMove(moves.remove(at: i))
        case .manual(let id, let manual):
            guard let i = moves.firstIndex(where: { $0.id == id }) else { return nil }
            let old = moves[i].manual
            moves[i].manual = manual
            return .manual(id, old)
        case .addEvent(let event):
            events.append(event)
            return .removeEvent(event.id)
        case .removeEvent(let id):
            guard let i = events.lastIndex(where: { $0.id == id }) else { return nil }
            return .addEvent(events.remove(at: i))
        case .batch(let edits):
            var inverses: [DrillEdit] = []
            for edit in edits {
                if let inverse = apply(edit) { inverses.append(inverse) }
            }
            return .batch(inverses.reversed())
        case .plan(let edit):
            return apply(edit).map(DrillEdit.plan)
        case .text(let which, let text):
            guard let old = self.text(which), setText(which, text) else { return nil }
            return .text(which, old)
        }
    }
}
