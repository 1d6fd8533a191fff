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

        result.participants.vendors = records(
            &m, "participants.vendors", base.participants.vendors, ours.participants.vendors, theirs.participants.vendors, id: \.id, name: { $0.name }
        ) { m, merged, before, other, place in
            m.field(\.name, "name", of: &merged, before, other, place)
            m.field(\.headCount, "headCount", of: &merged, before, other, place)
            m.field(\.phone, "phone", of: &merged, before, other, place)
            merged.reached = m.time(before.map(\.reached), merged.reached, other.reached, place.with("reached"))
        }
        result.participants.divisions = records(
            &m, "participants.divisions", base.participants.divisions, ours.participants.divisions, theirs.participants.divisions, id: \.id, name: { $0.name }
        ) { m, merged, before, other, place in
            m.field(\.name, "name", of: &merged, before, other, place)
            m.field(\.systems, "systems", of: &merged, before, other, place) { lines($0.map(\.rawValue)) }
            m.field(\.otherServers, "otherServers", of: &merged, before, other, place, shown: lines)
            m.field(\.attendees, "attendees", of: &merged, before, other, place, shown: lines)
            m.field(\.phone, "phone", of: &merged, before, other, place)
            merged.reached = m.time(before.map(\.reached), merged.reached, other.reached, place.with("reached"))
        }
        result.tasks = records(
            &m, "tasks", base.tasks, ours.tasks, theirs.tasks, id: \.id, name: { $0.label }
        ) { m, merged, before, other, place in
            m.field(\.label, "label", of: &merged, before, other, place)
            m.field(\.text, "text", of: &merged, before, other, place)
            m.field(\.resultTitle, "resultTitle", of: &merged, before, other, place)
            m.field(\.results, "results", of: &merged, before, other, place, shown: lines)
        }
        result.lanes = records(
            &m, "lanes", base.lanes, ours.lanes, theirs.lanes, id: \.id, name: { $0.title }
        ) { m, merged, before, other, place in
            m.field(\.title, "title", of: &merged, before, other, place)
            m.field(\.responder, "responder", of: &merged, before, other, place)
        }
        result.systems = records(
            &m, "systems", base.systems, ours.systems, theirs.systems, id: \.id, name: { $0.name }
        ) { m, merged, before, other, place in
            m.field(\.name, "name", of: &merged, before, other, place)
            m.field(\.shortName, "shortName", of: &merged, before, other, place)
            m.field(\.owner, "owner", of: &merged, before, other, place)
            m.field(\.group, "group", of: &merged, before, other, place) { $0.rawValue }
            m.field(\.expectedShutdown, "expectedShutdown", of: &merged, before, other, place) { $0.label }
            m.field(\.expectedStartup, "expectedStartup", of: &merged, before, other, place) { $0.label }
            m.field(\.onEmergencyPower, "onEmergencyPower", of: &merged, before, other, place)
            m.field(\.issue, "issue", of: &merged, before, other, place)
            m.field(\.procedure, "procedure", of: &merged, before, other, place)
            m.field(\.responsible, "responsible", of: &merged, before, other, place)
            m.field(\.phone, "phone", of: &merged, before, other, place)
        }
        result.steps = records(
            &m, "steps", base.steps, ours.steps, theirs.steps, id: \.id, name: { $0.plannedTime?.description ?? $0.banner ?? $0.id.rawValue }
        ) { m, merged, before, other, place in
            m.field(\.plannedTime, "plannedTime", of: &merged, before, other, place) { $0?.description }
            m.field(\.banner, "banner", of: &merged, before, other, place) { $0 }
            m.field(\.power, "power", of: &merged, before, other, place) { $0.map { "\($0.commercial ? "○" : "×") \($0.emergency ? "○" : "×")" } }
            m.field(\.laneTexts, "lanes", of: &merged, before, other, place) { texts in
                lines(texts.keys.sorted().map { "\($0): \(texts[$0]!)" })
            }
            m.field(\.skipped, "skipped", of: &merged, before, other, place)
            merged.actual = m.time(before.map(\.actual), merged.actual, other.actual, place.with("actual"))
        }
        result.powerChanges = records(
            &m, "powerChanges", base.powerChanges, ours.powerChanges, theirs.powerChanges, id: \.id, name: { $0.phase.rawValue }
        ) { m, merged, before, other, place in
            m.field(\.phase, "phase", of: &merged, before, other, place) { $0.rawValue }
            merged.time = m.time(before?.time, merged.time, other.time, place.with("time"))
        }
        result.moves = records(
            &m, "moves", base.moves, ours.moves, theirs.moves, id: \.id, name: { "\($0.system) \($0.state.rawValue)" }
        ) { m, merged, before, other, place in
            m.field(\.system, "system", of: &merged, before, other, place) { $0.rawValue }
            m.field(\.state, "state", of: &merged, before, other, place) { $0.rawValue }
            m.field(\.manual, "manual", of: &merged, before, other, place)
            merged.time = m.time(before?.time, merged.time, other.time, place.with("time"))
        }
        result.events = records(
            &m, "events", base.events, ours.events, theirs.events, id: \.id, name: { $0.text }
        ) { m, merged, before, other, place in
            m.field(\.text, "text", of: &merged, before, other, place)
            m.field(\.system, "system", of: &merged, before, other, place) { $0?.rawValue }
            m.field(\.step, "step", of: &merged, before, other, place) { $0?.rawValue }
            merged.time = m.time(before?.time, merged.time, other.time, place.with("time"))
        }
        result.conflicts = .merged(base: base.conflicts, ours: ours.conflicts, theirs: theirs.conflicts, found: m.conflicts)
        return (result, m.conflicts)
    }

    /// The entries of one of the drill's lists (`list`, its file key) joined by id; `fields` merges an entry both sides
    /// hold into `merged` (ours until then), its conflicts named by `place` (the entry; each field's key is added to
    /// the list's). An entry removed on one side and edited on the other is named by `name`.
    private static func records<Entry: Equatable, Owner>(
        _ m: inout ThreeWayMerge, _ list: String, _ base: [Entry], _ ours: [Entry], _ theirs: [Entry], id: KeyPath<Entry, Identifier<Owner>>,
        name: (Entry) -> String, fields: (inout ThreeWayMerge, inout Entry, Entry?, Entry, MergeConflict) -> Void
    ) -> [Entry] {
        m.entries(
            base: base, ours: ours, theirs: theirs, id: { $0[keyPath: id] }, same: { before, side, _ in before == side },
            removal: { entry, keptByOurs in
                MergeConflict(field: list, record: entry[keyPath: id].rawValue, ours: keptByOurs ? name(entry) : nil, theirs: keptByOurs ? nil : name(entry))
            }
        ) { m, before, mine, other in
            var merged = mine
            fields(&m, &merged, before, other, MergeConflict(field: list, record: mine[keyPath: id].rawValue, ours: nil, theirs: nil))
            return merged
        }
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
        /// Every entry of a drill as `list/id`: ids are unique within a list only (the sample has a lane and a system `core`).
        func ids(_ drill: Drill) -> Set<String> {
            func keyed<Owner>(_ list: String, _ ids: [Identifier<Owner>]) -> [String] { ids.map { "\(list)/\($0)" } }
            let p = drill.participants
            return Set(keyed("vendors", p.vendors.map(\.id)) + keyed("divisions", p.divisions.map(\.id)) + keyed("tasks", drill.tasks.map(\.id))
                + keyed("lanes", drill.lanes.map(\.id)) + keyed("systems", drill.systems.map(\.id)) + keyed("steps", drill.steps.map(\.id))
                + keyed("powerChanges", drill.powerChanges.map(\.id)) + keyed("moves", drill.moves.map(\.id)) + keyed("events", drill.events.map(\.id)))
        }
        let missing = ids(base).subtracting(ids(ours)).subtracting(ids(theirs)).sorted()
        if let first = missing.first {
            throw MergeRefusal(BilingualText(
                "BASE is not an ancestor of OURS and THEIRS: it has the entry \(first)\(missing.count > 1 ? " and \(missing.count - 1) more" : ""), which neither has",
                "BASE は OURS と THEIRS の元の版ではありません: どちらにもない項目 \(first)\(missing.count > 1 ? " ほか \(missing.count - 1) 件" : "") があります"))
        }
    }
}
