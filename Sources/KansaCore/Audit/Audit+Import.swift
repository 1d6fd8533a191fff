extension Audit {
    /// This audit, a matrix read from a spreadsheet, in the set-up of an earlier audit, so that nothing the
    /// spreadsheet cannot hold is lost: the earlier title, fiscal year, period, audit date, purpose, target systems,
    /// organisation and criteria; the divisions (id, name, short name) of the same full name, then of the same short
    /// name (a 結果一覧 heads its columns with short names); the ids of the sections of the same heading, and their
    /// remarks labels and remarks (of the divisions here) unless the spreadsheet has its own (a 結果一覧's 備考 row);
    /// the ids of the items of the same number in those sections. The verdicts are this audit's; the earlier notes,
    /// improvement texts and general comment belong to the earlier hearings and are not taken. What has no match keeps an id of its own, unless the
    /// earlier audit has it: an earlier id never names another thing.
    public func adoptingSetUp(of earlier: Audit) -> Audit {
        var audit = self
        audit.title = earlier.title
        audit.fiscalYear = earlier.fiscalYear
        audit.period = earlier.period
        audit.auditDate = earlier.auditDate
        audit.purpose = earlier.purpose
        audit.targetSystems = earlier.targetSystems
        audit.organisation = earlier.organisation
        audit.criteria = earlier.criteria

        var divisionMatches = Self.match(divisions, earlier.divisions) { $0.name == $1.name }
        let unnamed = divisionMatches.indices.filter { divisionMatches[$0] == nil }
        let unclaimed = earlier.divisions.filter { d in !divisionMatches.contains { $0?.id == d.id } }
        for (d, match) in zip(unnamed, Self.match(unnamed.map { divisions[$0] }, unclaimed) { $0.name == $1.shortName }) {
            divisionMatches[d] = match
        }
        var divisionIDs = Set(earlier.divisions.map(\.id))
        for (d, match) in divisionMatches.enumerated() {
            if let match {
                audit.divisions[d] = match
            } else {
                audit.divisions[d].id = Self.fresh(divisions[d].id, prefix: "division", taken: &divisionIDs)
            }
        }

        // By heading, then (a section renumbered) by title among those left.
        var sectionMatches = Self.match(sections, earlier.sections) { $0.heading == $1.heading }
        let unmatched = sectionMatches.indices.filter { sectionMatches[$0] == nil }
        let left = earlier.sections.filter { s in !sectionMatches.contains { $0?.id == s.id } }
        for (s, match) in zip(unmatched, Self.match(unmatched.map { sections[$0] }, left) { $0.title == $1.title }) {
            sectionMatches[s] = match
        }
        let itemMatches = zip(sections, sectionMatches).map { section, match in
            Self.match(section.items, match?.items ?? []) { $0.number == $1.number }
        }
        var sectionIDs = Set(earlier.sections.map(\.id))
        var itemIDs = Set(earlier.allItems.map(\.item.id))
        let adoptedIDs = Dictionary(uniqueKeysWithValues: zip(divisions.map(\.id), audit.divisions.map(\.id)))
        for (s, match) in sectionMatches.enumerated() {
            audit.sections[s].remarks = Dictionary(uniqueKeysWithValues: sections[s].remarks.compactMap { id, remark in
                adoptedIDs[id].map { ($0, remark) }
            })
            if let match {
                audit.sections[s].id = match.id
                if sections[s].remarks.isEmpty {
                    audit.sections[s].remarksLabel = match.remarksLabel
                    audit.sections[s].remarks = match.remarks.filter { remark in audit.divisions.contains { $0.id == remark.key } }
                }
            } else {
                audit.sections[s].id = Self.fresh(sections[s].id, prefix: "section", taken: &sectionIDs)
            }
            for (i, item) in sections[s].items.enumerated() {
                audit.sections[s].items[i].id = itemMatches[s][i]?.id ?? Self.fresh(item.id, prefix: "item", taken: &itemIDs)
            }
        }
        return audit
    }

    /// For each of `these`, the first of `those` that `same` pairs it with and no earlier one of `these` took.
    private static func match<A, B>(_ these: [A], _ those: [B], _ same: (A, B) -> Bool) -> [B?] {
        var free = Array(those.indices)
        return these.map { this in
            guard let k = free.firstIndex(where: { same(this, those[$0]) }) else { return nil }
            return those[free.remove(at: k)]
        }
    }

    /// `id` if no other thing took it, else a new `prefix-N`; either way taken from now on.
    private static func fresh<T>(_ id: Identifier<T>, prefix: String, taken: inout Set<Identifier<T>>) -> Identifier<T> {
        let chosen = taken.contains(id) ? Identifier<T>.unique(prefix: prefix, avoiding: taken) : id
        taken.insert(chosen)
        return chosen
    }
}
