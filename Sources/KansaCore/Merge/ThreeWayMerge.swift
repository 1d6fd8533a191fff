/// Picks each value of a three-way merge and collects the conflicts: a value changed on one side since the base is
/// taken from that side, the same change on both sides is taken once, different changes keep ours and are a
/// conflict.
struct ThreeWayMerge {
    private(set) var conflicts: [MergeConflict] = []

    /// The merged value; `place` names it (its ours and theirs are filled in), `shown` writes a value as text.
    /// A nil base means neither had it then: two different values are a conflict.
    mutating func pick<T: Equatable>(_ base: T?, _ ours: T, _ theirs: T, _ place: MergeConflict, shown: (T) -> String?) -> T {
        if ours == theirs || base == theirs { return ours }
        if base == ours { return theirs }
        var conflict = place
        conflict.ours = shown(ours)
        conflict.theirs = shown(theirs)
        conflicts.append(conflict)
        return ours
    }

    /// A text value: shown as it is, nothing when empty.
    mutating func pick(_ base: String?, _ ours: String, _ theirs: String, _ place: MergeConflict) -> String {
        pick(base, ours, theirs, place) { $0.isEmpty ? nil : $0 }
    }

    /// A list of texts, shown one a line.
    mutating func pick(_ base: [String]?, _ ours: [String], _ theirs: [String], _ place: MergeConflict) -> [String] {
        pick(base, ours, theirs, place) { $0.isEmpty ? nil : $0.joined(separator: "\n") }
    }

    /// One field of an entry both sides hold, picked into `merged` (ours until then); `place` names the entry.
    mutating func field<Entry, T: Equatable>(
        _ path: WritableKeyPath<Entry, T>, _ name: String, of merged: inout Entry, _ base: Entry?, _ theirs: Entry,
        _ place: MergeConflict, shown: (T) -> String? = { "\($0)" }
    ) {
        merged[keyPath: path] = pick(base?[keyPath: path], merged[keyPath: path], theirs[keyPath: path], place.with(name), shown: shown)
    }

    /// A text field: shown as it is, nothing when empty.
    mutating func field<Entry>(
        _ path: WritableKeyPath<Entry, String>, _ name: String, of merged: inout Entry, _ base: Entry?, _ theirs: Entry, _ place: MergeConflict
    ) {
        field(path, name, of: &merged, base, theirs, place) { $0.isEmpty ? nil : $0 }
    }

    /// A recorded time both sides hold: the original as one side changed it, and the corrections of both, in the
    /// order they were made.
    mutating func time(_ base: RecordedTime?, _ ours: RecordedTime, _ theirs: RecordedTime, _ place: MergeConflict) -> RecordedTime {
        func original(_ time: RecordedTime) -> RecordedTime { RecordedTime(happened: time.happened, recorded: time.recorded) }
        var merged = pick(base.map(original), original(ours), original(theirs), place) { $0.happened.description }
        let added = theirs.corrections.filter { !ours.corrections.contains($0) }
        merged.corrections = (ours.corrections + added).enumerated()
            .sorted { ($0.element.recorded, $0.offset) < ($1.element.recorded, $1.offset) }.map(\.element)
        return merged
    }

    /// A recorded time one side may lack (a step not stamped, a contact not reached).
    mutating func time(_ base: RecordedTime??, _ ours: RecordedTime?, _ theirs: RecordedTime?, _ place: MergeConflict) -> RecordedTime? {
        guard let ours, let theirs else { return pick(base, ours, theirs, place) { $0?.effective.description } }
        return time(base ?? nil, ours, theirs, place)
    }

    /// Records a conflict found outside `pick`.
    mutating func record(_ conflict: MergeConflict) {
        conflicts.append(conflict)
    }

    /// The entries of a list matched by id: ours in our order, with theirs' new entries after the entry they follow in
    /// theirs. An entry both hold is merged by `merge` (base nil when it is new on both). An entry removed on one side
    /// is removed when the other left it as it was (`same`, told which side it looks at); edited on the other, it stays as ours has it (removed or
    /// kept) and `removal` names the conflict, given the entry of the side that kept it and whether that is ours.
    mutating func entries<Entry, ID: Hashable>(
        base: [Entry], ours: [Entry], theirs: [Entry], id: (Entry) -> ID, same: (_ base: Entry, _ side: Entry, _ isOurs: Bool) -> Bool,
        removal: (Entry, _ keptByOurs: Bool) -> MergeConflict,
        merge: (inout ThreeWayMerge, Entry?, Entry, Entry) -> Entry
    ) -> [Entry] {
        let baseByID = Dictionary(base.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByID = Dictionary(theirs.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let oursIDs = Set(ours.map(id))
        var result: [Entry] = []
        for entry in ours {
            let key = id(entry)
            if let other = theirsByID[key] {
                result.append(merge(&self, baseByID[key], entry, other))
            } else if let before = baseByID[key] {
                if !same(before, entry, true) {
                    conflicts.append(removal(entry, true))
                    result.append(entry)
                }
            } else {
                result.append(entry)
            }
        }
        var previous: ID?
        for entry in theirs {
            let key = id(entry)
            if oursIDs.contains(key) {
                if result.contains(where: { id($0) == key }) { previous = key }
            } else if let before = baseByID[key] {
                if !same(before, entry, false) { conflicts.append(removal(entry, false)) }
            } else {
                let at = previous.flatMap { p in result.firstIndex { id($0) == p } }.map { $0 + 1 } ?? 0
                result.insert(entry, at: at)
                previous = key
            }
        }
        return result
    }
}
