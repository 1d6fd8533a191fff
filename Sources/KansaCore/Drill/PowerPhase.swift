/// The power supply of the server room.
public enum PowerPhase: String, CaseIterable, Sendable {
    /// Commercial power, as on any day.
    case commercial
    /// No commercial power; UPS only.
    case outage
    /// The emergency generator feeds the room.
    case generator
    /// Commercial power is back.
    case restored

    /// The phase a power change moves to next; nil once restored.
    public var next: PowerPhase? {
        switch self {
        case .commercial: .outage
        case .outage: .generator
        case .generator: .restored
        case .restored: nil
        }
    }

    /// Whether commercial power and emergency power are on in this phase.
    public var columns: PowerColumns {
        switch self {
        case .commercial, .restored: PowerColumns(commercial: true, emergency: false)
        case .outage: PowerColumns(commercial: false, emergency: false)
        case .generator: PowerColumns(commercial: false, emergency: true)
        }
    }
}

extension Drill {
    /// The generator runs without feeding the room: a step planned with emergency power on has been stamped (the
    /// seed's 非常用発電機起動 (非送電状態)) and the generator has not taken the load yet.
    public var generatorStandby: Bool {
        (powerPhase == .commercial || powerPhase == .outage) && steps.contains { $0.actual != nil && $0.power?.emergency == true }
    }
}
