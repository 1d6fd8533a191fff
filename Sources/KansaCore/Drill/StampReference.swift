/// Which recorded time of a drill: a step's actual time, a power change, a system's move, an event, or the
/// moment a vendor or division was reached.
public enum StampReference: Hashable, Sendable {
    case step(StepID)
    case power(PowerChangeID)
    case move(MoveID)
    case event(EventID)
    case vendor(VendorID)
    case division(ParticipantDivisionID)
}

extension Drill {
    /// The recorded time behind a reference, if there is one.
    public func time(of reference: StampReference) -> RecordedTime? {
        switch reference {
        case .step(let id): steps.first { $0.id == id }?.actual
        case .power(let id): powerChanges.first { $0.id == id }?.time
        case .move(let id): moves.first { $0.id == id }?.time
        case .event(let id): events.first { $0.id == id }?.time
        case .vendor(let id): participants.vendors.first { $0.id == id }?.reached
        case .division(let id): participants.divisions.first { $0.id == id }?.reached
        }
    }

    /// Sets (or clears) the recorded time behind a reference; false when it names nothing. A power change, move
    /// or event cannot lose its time.
    mutating func setTime(_ time: RecordedTime?, of reference: StampReference) -> Bool {
        switch reference {
        case .step(let id):
            guard let i = steps.firstIndex(where: { $0.id == id }) else { return false }
            steps[i].actual = time
        case .power(let id):
            guard let time, let i = powerChanges.firstIndex(where: { $0.id == id }) else { return false }
            powerChanges[i].time = time
        case .move(let id):
            guard let time, let i = moves.firstIndex(where: { $0.id == id }) else { return false }
            moves[i].time = time
        case .event(let id):
            guard let time, let i = events.firstIndex(where: { $0.id == id }) else { return false }
            events[i].time = time
        case .vendor(let id):
            guard let i = participants.vendors.firstIndex(where: { $0.id == id }) else { return false }
            participants.vendors[i].reached = time
        case .division(let id):
            guard let i = participants.divisions.firstIndex(where: { $0.id == id }) else { return false }
            participants.divisions[i].reached = time
        }
        return true
    }
}
