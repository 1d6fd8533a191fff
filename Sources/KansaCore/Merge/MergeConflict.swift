/// One value two copies of a document changed differently since their common version: where it is, and what each
/// side holds. The merged document keeps ours until someone takes one side.
public struct MergeConflict: Hashable, Sendable {
    /// The file key of the value (`verdict`, `note`, `improvement`, `remarks`, `title`, `hearings.place`, `moves.time`);
    /// a list's key (`divisions`, `items`, `sections`, `moves` …) when a whole entry was removed on one side and edited
    /// on the other.
    public var field: String
    /// The audit item the value belongs to.
    public var item: ItemID?
    /// The audited division the value belongs to.
    public var division: DivisionID?
    /// The audit section the value belongs to.
    public var section: SectionID?
    /// The id of the drill's entry (step, move, event, system …) the value belongs to.
    public var record: String?
    /// The value in our copy, as text; nil when our copy has none (blank, or the entry removed).
    public var ours: String?
    /// The value in their copy, as text; nil when their copy has none.
    public var theirs: String?

    public init(
        field: String, item: ItemID? = nil, division: DivisionID? = nil, section: SectionID? = nil, record: String? = nil,
        ours: String?, theirs: String?
    ) {
        self.field = field
        self.item = item
        self.division = division
        self.section = section
        self.record = record
        self.ours = ours
        self.theirs = theirs
    }

    /// The same place with a key under its field (`hearings` and `date` make `hearings.date`), or the key alone when
    /// it has no field yet.
    func with(_ key: String) -> MergeConflict {
        var copy = self
        copy.field = field.isEmpty ? key : "\(field).\(key)"
        return copy
    }

    /// Whether this conflict is about the value itself, wherever the two copies disagree: place and field alike.
    func isAbout(_ other: MergeConflict) -> Bool {
        field == other.field && item == other.item && division == other.division && section == other.section && record == other.record
    }
}

extension [MergeConflict] {
    /// The open conflicts of a merged document: those still open in both copies or newly opened in one, then the
    /// conflicts this merge found (replacing an older one about the same value).
    static func merged(base: [MergeConflict], ours: [MergeConflict], theirs: [MergeConflict], found: [MergeConflict]) -> [MergeConflict] {
        var result = ours.filter { theirs.contains($0) || !base.contains($0) }
        for conflict in theirs where !base.contains(conflict) && !result.contains(conflict) { result.append(conflict) }
        result.removeAll { old in found.contains { $0.isAbout(old) } }
        return result + found
    }
}
