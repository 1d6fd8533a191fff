public typealias PowerChangeID = Identifier<PowerChange>
public typealias MoveID = Identifier<SystemMove>
public typealias EventID = Identifier<DrillEvent>

/// A change of the power supply, stamped.
public struct PowerChange: Hashable, Sendable {
    public var id: PowerChangeID
    public var phase: PowerPhase
    public var time: RecordedTime

    public init(id: PowerChangeID, phase: PowerPhase, time: RecordedTime) {
        self.id = id
        self.phase = phase
        self.time = time
    }
}

/// A server moving into a state, stamped, done automatically or by hand.
public struct SystemMove: Hashable, Sendable {
    public var id: MoveID
    public var system: SystemID
    public var state: SystemState
    public var manual: Bool
    public var time: RecordedTime

    public init(id: MoveID, system: SystemID, state: SystemState, manual: Bool, time: RecordedTime) {
        self.id = id
        self.system = system
        self.state = state
        self.manual = manual
        self.time = time
    }
}

/// A free-text entry of the drill's log, tied to a system or a step if it is about one.
public struct DrillEvent: Hashable, Sendable {
    public var id: EventID
    public var text: String
    public var time: RecordedTime
    public var system: SystemID?
    public var step: StepID?

    public init(id: EventID, text: String, time: RecordedTime, system: SystemID? = nil, step: StepID? = nil) {
        self.id = id
        self.text = text
        self.time = time
        self.system = system
        self.step = step
    }
}
