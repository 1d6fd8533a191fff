/// A row of the results table (6ア): how a system really shut down and started, against the plan.
public struct DrillResultRow: Hashable, Sendable {
    public var system: DrillSystem
    /// As recorded; nil when no shutdown move was recorded.
    public var shutdown: OperationMode?
    /// As recorded; nil when no startup move was recorded.
    public var startup: OperationMode?
    /// The system kept running through the outage (on its UPS): neither shut down nor started.
    public var keptRunning = false

    /// The recorded shutdown differs from the expected one.
    public var shutdownMismatch: Bool { shutdown.map { $0 != system.expectedShutdown } ?? false }
    public var startupMismatch: Bool { startup.map { $0 != system.expectedStartup } ?? false }
}

extension Drill {
    /// The results table, one row per system in the drill's order.
    public var results: [DrillResultRow] {
        systems.map { system in
            let own = moves(of: system.id)
            return DrillResultRow(
                system: system,
                shutdown: OperationMode.of(manualFlags: own.filter { $0.state.isShutdown }.map(\.manual)),
                startup: OperationMode.of(manualFlags: own.filter { $0.state.isStartup }.map(\.manual)),
                keptRunning: own.contains { $0.state == .keptRunning })
        }
    }

    /// How long a system was out of service: from its first shutdown move to its move to up
    /// (to `now` while it is not up yet). Nil when it never went down.
    public func downtime(of system: SystemID, now: Timestamp? = nil) -> Int64? {
        let own = moves(of: system)
        guard let start = own.first(where: { $0.state.isShutdown })?.time.effective else { return nil }
        if let up = own.first(where: { $0.state == .up || $0.state == .verified })?.time.effective {
            return up.seconds - start.seconds
        }
        return now.map { $0.seconds - start.seconds }
    }

    /// How late a step happened against its plan, in seconds; nil without a planned and an actual time, or when the
    /// step happened on another day than the drill's (a delay is never counted across days).
    public func delay(of step: DrillStep) -> Int64? {
        guard let planned = step.plannedTime, let actual = step.actual?.effective else { return nil }
        return delay(planned, at: actual)
    }

    /// How far `time` is past a planned time of the drill's day, in seconds; nil when `time` is on another day.
    public func delay(_ planned: ClockTime, at time: Timestamp) -> Int64? {
        guard Timestamp(seconds: time.seconds, utcOffset: utcOffset).local.date == date else { return nil }
        return time.seconds - instant(planned).seconds
    }

    /// Whether the plan has a system's move into `state` done by hand: its expected mode for that phase is manual
    /// (a mode partly manual counts as automatic, the hand being the exception).
    public func plannedManual(system: SystemID, into state: SystemState) -> Bool {
        guard let system = systems.first(where: { $0.id == system }) else { return false }
        return (state.isShutdown ? system.expectedShutdown : system.expectedStartup) == .manual
    }

    /// From the outage to the generator feeding the room, in seconds.
    public var outageToGenerator: Int64? {
        guard let outage = powerChanges.first(where: { $0.phase == .outage })?.time.effective,
              let feed = powerChanges.first(where: { $0.phase == .generator })?.time.effective
        else { return nil }
        return feed.seconds - outage.seconds
    }

    /// When the drill will end if the latest delay carries forward: the last planned time plus the delay of the
    /// latest stamped step that has a plan. Nil without a plan to go by.
    public var projectedEnd: Timestamp? {
        guard let last = steps.last(where: { $0.plannedTime != nil })?.plannedTime else { return nil }
        let late = steps.last { $0.plannedTime != nil && $0.actual != nil }.flatMap { delay(of: $0) } ?? 0
        return instant(last).adding(seconds: max(0, late))
    }
}
