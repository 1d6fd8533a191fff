extension Drill {
    /// The drill as it stood at a moment: every time recorded after it left out, as the board showed it then.
    public func asOf(_ moment: Timestamp) -> Drill {
        func kept(_ time: RecordedTime?) -> RecordedTime? {
            time.flatMap { $0.effective.seconds <= moment.seconds ? $0 : nil }
        }
        var then = self
        for i in then.steps.indices { then.steps[i].actual = kept(steps[i].actual) }
        for i in then.participants.vendors.indices { then.participants.vendors[i].reached = kept(participants.vendors[i].reached) }
        for i in then.participants.divisions.indices { then.participants.divisions[i].reached = kept(participants.divisions[i].reached) }
        then.powerChanges = powerChanges.filter { kept($0.time) != nil }
        then.moves = moves.filter { kept($0.time) != nil }
        then.events = events.filter { kept($0.time) != nil }
        return then
    }

    /// Every moment something was recorded (stamps, contacts, power changes, moves, events), in order, once each.
    public var recordedMoments: [Timestamp] {
        let times = steps.compactMap(\.actual) + participants.vendors.compactMap(\.reached) + participants.divisions.compactMap(\.reached)
            + powerChanges.map(\.time) + moves.map(\.time) + events.map(\.time)
        var seen = Set<Int64>()
        return times.map(\.effective).sorted { $0.seconds < $1.seconds }.filter { seen.insert($0.seconds).inserted }
    }
}
