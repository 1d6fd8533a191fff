/// Where a server is during the drill.
public enum SystemState: String, CaseIterable, Sendable {
    case running
    case shuttingDown
    case down
    case starting
    case up
    case verified
    /// Kept running through the outage (on its own UPS or on emergency power): no shutdown, no startup, no downtime.
    case keptRunning

    /// The state a server moves to next; nil once verified.
    public var next: SystemState? {
        switch self {
        case .running: .shuttingDown
        case .shuttingDown: .down
        case .down: .starting
        case .starting: .up
        case .up: .verified
        case .verified, .keptRunning: nil
        }
    }

    /// The part of the drill a move into this state belongs to.
    public var isShutdown: Bool { self == .shuttingDown || self == .down }
    public var isStartup: Bool { self == .starting || self == .up }
}
