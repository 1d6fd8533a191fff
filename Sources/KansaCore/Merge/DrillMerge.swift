/// The three-way merge of two copies of a drill: every list (vendors, divisions, tasks, lanes, systems, steps, power
/// changes, moves, events) joined by id and merged field by field; a recorded time keeps its original and the
/// corrections of both sides.
///
/// Two files are of the same drill when they have the same date (`kansa new` makes the next drill from an earlier one
/// with the same ids and a new date). BASE is not an ancestor of the two when an entry it holds is in neither.
enum DrillMerge {
    static func merge(base: Drill, ours: Drill, theirs: Drill) throws(MergeRefusal) -> (drill: Drill, found: [MergeConflict]) {
        try checkSameDrill(base, ours, theirs)
        var m = ThreeWayMerge()
        var result = ours
        let document = MergeConflict(field: "", ours: nil, theirs: nil)
        m.field(\.title, "title", of: &result, base, theirs, document)
        m.field(\.startTime, "startTime", of: &result, base, theirs, document) { $0?.description }
        m.field(\.utcOffset, "utcOffset", of: &result, base, theirs, document)
        m.field(\.place, "place", of: &result, base, theirs, document)
        m.field(\.purpose, "purpose", of: &result, base, theirs, document)
        m.field(\.notes, "notes", of: &result, base, theirs, document, shown: lines)
        m.field(\.conclusions, "conclusions", of: &result, base, theirs, document, shown: lines)
        m.field(\.participants.leadDivision, "participants.leadDivision", of: &result, base, theirs, document)
        m.field(\.participants.leadStaff, "participants.leadStaff", of: &result, base, theirs, document, shown: lines)

        result.participants.vendors = m.entries(
            base: base.participants.vendors, ours: ours.participants.vendors, theirs: theirs.participants.vendors, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("participants.vendors", $0.id.rawValue, $0.name, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.name, "vendors.name", of: &merged, before, other, place)
            m.field(\.headCount, "vendors.headCount", of: &merged, before, other, place)
            m.field(\.phone, "vendors.phone", of: &merged, before, other, place)
            merged.reached = m.time(before.map(\.reached), mine.reached, other.reached, place.with("vendors.reached"))
            return merged
        }
        result.participants.divisions = m.entries(
            base: base.participants.divisions, ours: ours.participants.divisions, theirs: theirs.participants.divisions, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("participants.divisions", $0.id.rawValue, $0.name, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.name, "divisions.name", of: &merged, before, other, place)
            m.field(\.systems, "divisions.systems", of: &merged, before, other, place) { lines($0.map(\.rawValue)) }
            m.field(\.otherServers, "divisions.otherServers", of: &merged, before, other, place, shown: lines)
            m.field(\.attendees, "divisions.attendees", of: &merged, before, other, place, shown: lines)
            m.field(\.phone, "divisions.phone", of: &merged, before, other, place)
            merged.reached = m.time(before.map(\.reached), mine.reached, other.reached, place.with("divisions.reached"))
            return merged
        }
        result.tasks = m.entries(
            base: base.tasks, ours: ours.tasks, theirs: theirs.tasks, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("tasks", $0.id.rawValue, $0.label, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.label, "tasks.label", of: &merged, before, other, place)
            m.field(\.text, "tasks.text", of: &merged, before, other, place)
            m.field(\.resultTitle, "tasks.resultTitle", of: &merged, before, other, place)
            m.field(\.results, "tasks.results", of: &merged, before, other, place, shown: lines)
            return merged
        }
        result.lanes = m.entries(
            base: base.lanes, ours: ours.lanes, theirs: theirs.lanes, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("lanes", $0.id.rawValue, $0.title, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.title, "lanes.title", of: &merged, before, other, place)
            m.field(\.responder, "lanes.responder", of: &merged, before, other, place)
            return merged
        }
        result.systems = m.entries(
            base: base.systems, ours: ours.systems, theirs: theirs.systems, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("systems", $0.id.rawValue, $0.name, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.name, "systems.name", of: &merged, before, other, place)
            m.field(\.shortName, "systems.shortName", of: &merged, before, other, place)
            m.field(\.owner, "systems.owner", of: &merged, before, other, place)
            m.field(\.group, "systems.group", of: &merged, before, other, place) { $0.rawValue }
            m.field(\.expectedShutdown, "systems.expectedShutdown", of: &merged, before, other, place) { $0.label }
            m.field(\.expectedStartup, "systems.expectedStartup", of: &merged, before, other, place) { $0.label }
            m.field(\.onEmergencyPower, "systems.onEmergencyPower", of: &merged, before, other, place)
            m.field(\.issue, "systems.issue", of: &merged, before, other, place)
            m.field(\.procedure, "systems.procedure", of: &merged, before, other, place)
            m.field(\.responsible, "systems.responsible", of: &merged, before, other, place)
            m.field(\.phone, "systems.phone", of: &merged, before, other, place)
            return merged
        }
        result.steps = m.entries(
            base: base.steps, ours: ours.steps, theirs: theirs.steps, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("steps", $0.id.rawValue, $0.plannedTime?.description ?? $0.banner ?? $0.id.rawValue, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.plannedTime, "steps.plannedTime", of: &merged, before, other, place) { $0?.description }
            m.field(\.banner, "steps.banner", of: &merged, before, other, place) { $0 }
            m.field(\.power, "steps.power", of: &merged, before, other, place) { $0.map { "\($0.commercial ? "○" : "×") \($0.emergency ? "○" : "×")" } }
            m.field(\.laneTexts, "steps.lanes", of: &merged, before, other, place) { texts in
                lines(texts.keys.sorted().map { "\($0): \(texts[$0]!)" })
            }
            m.field(\.skipped, "steps.skipped", of: &merged, before, other, place)
            merged.actual = m.time(before.map(\.actual), mine.actual, other.actual, place.with("steps.actual"))
            return merged
        }
        result.powerChanges = m.entries(
            base: base.powerChanges, ours: ours.powerChanges, theirs: theirs.powerChanges, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("powerChanges", $0.id.rawValue, $0.phase.rawValue, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.phase, "powerChanges.phase", of: &merged, before, other, place) { $0.rawValue }
            merged.time = m.time(before?.time, mine.time, other.time, place.with("powerChanges.time"))
            return merged
        }
        result.moves = m.entries(
            base: base.moves, ours: ours.moves, theirs: theirs.moves, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("moves", $0.id.rawValue, "\($0.system) \($0.state.rawValue)", $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.system, "moves.system", of: &merged, before, other, place) { $0.rawValue }
            m.field(\.state, "moves.state", of: &merged, before, other, place) { $0.rawValue }
            m.field(\.manual, "moves.manual", of: &merged, before, other, place)
            merged.time = m.time(before?.time, mine.time, other.time, place.with("moves.time"))
            return merged
        }
        result.events = m.entries(
            base: base.events, ours: ours.events, theirs: theirs.events, id: \.id,
            same: { before, side, _ in before == side }, removal: { removal("events", $0.id.rawValue, $0.text, $1) }
        ) { m, before, mine, other in
            var merged = mine
            let place = MergeConflict(field: "", record: mine.id.rawValue, ours: nil, theirs: nil)
            m.field(\.text, "events.text", of: &merged, before, other, place)
            m.field(\.system, "events.system", of: &merged, before, other, place) { $0?.rawValue }
            m.field(\.step, "events.step", of: &merged, before, other, place) { $0?.rawValue }
            merged.time = m.time(before?.time, mine.time, other.time, place.with("events.time"))
            return merged
        }
        result.conflicts = .merged(base: base.conflicts, ours: ours.conflicts, theirs: theirs.conflicts, found: m.conflicts)
        return (result, m.conflicts)
    }

    /// A list's entry removed on one side and edited on the other.
    private static func removal(_ list: String, _ id: String, _ name: String, _ keptByOurs: Bool) -> MergeConflict {
        MergeConflict(field: list, record: id, ours: keptByOurs ? name : nil, theirs: keptByOurs ? nil : name)
    }

    /// A list of texts as a conflict shows it: one a line.
    private static func lines(_ texts: [String]) -> String? {
        texts.isEmpty ? nil : texts.joined(separator: "\n")
    }

    /// Refuses files of two drills, and a BASE that holds an entry neither side has.
    private static func checkSameDrill(_ base: Drill, _ ours: Drill, _ theirs: Drill) throws(MergeRefusal) {
        for (side, drill) in [("OURS", ours), ("THEIRS", theirs)] where drill.date != base.date {
            throw MergeRefusal(BilingualText(
                "\(side) is the drill of \(drill.date), BASE of \(base.date): files of two different drills are not merged",
                "\(side) は \(drill.date) の訓練、BASE は \(base.date) の訓練です。別々の訓練のファイルはマージしません"))
        }
        func ids(_ drill: Drill) -> Set<String> {
            Set(drill.participants.vendors.map(\.id.rawValue) + drill.participants.divisions.map(\.id.rawValue)
                + drill.tasks.map(\.id.rawValue) + drill.lanes.map(\.id.rawValue) + drill.systems.map(\.id.rawValue)
                + drill.steps.map(\.id.rawValue) + drill.powerChanges.map(\.id.rawValue) + drill.moves.map(\.id.rawValue)
                + drill.events.map(\.id.rawValue))
        }
        let missing = ids(base).subtracting(ids(ours)).subtracting(ids(theirs)).sorted()
        if let first = missing.first {
            throw MergeRefusal(BilingualText(
                "BASE is not an ancestor of OURS and THEIRS: it has the entry \(first)\(missing.count > 1 ? " and \(missing.count - 1) more" : ""), which neither has",
                "BASE は OURS と THEIRS の元の版ではありません: どちらにもない項目 \(first)\(missing.count > 1 ? " ほか \(missing.count - 1) 件" : "") があります"))
        }
    }
}
