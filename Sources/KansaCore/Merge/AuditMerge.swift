/// The three-way merge of two copies of an audit: cell by cell (item id × division id), and field by field for
/// notes, improvement texts, remarks, hearing records and the description.
///
/// Two files are of the same audit when they have the same fiscal year and half (上半期/下半期): `kansa new` makes the
/// next audit from an earlier one with the same ids, so the period tells them apart where the ids do not. BASE is not
/// an ancestor of the two when something it holds (a division, section or item) is in neither: it holds more than
/// both, as a newer copy given in the wrong place does.
enum AuditMerge {
    static func merge(base: Audit, ours: Audit, theirs: Audit) throws(MergeRefusal) -> (audit: Audit, found: [MergeConflict]) {
        try checkSameAudit(base, ours, theirs)
        var m = ThreeWayMerge()
        let b = Keyed(base), o = Keyed(ours), t = Keyed(theirs)

        let divisions = m.entries(
            base: base.divisions, ours: ours.divisions, theirs: theirs.divisions, id: \.id,
            same: { before, side, isOurs in b.column(before.id) == (isOurs ? o : t).column(side.id) },
            removal: { division, keptByOurs in
                MergeConflict(field: "divisions", division: division.id, ours: keptByOurs ? division.name : nil, theirs: keptByOurs ? nil : division.name)
            },
            merge: { m, before, mine, other in
                var merged = mine
                let place = MergeConflict(field: "", division: mine.id, ours: nil, theirs: nil)
                m.field(\.name, "name", of: &merged, before, other, place)
                m.field(\.shortName, "shortName", of: &merged, before, other, place)
                return merged
            })
        let sections = m.entries(
            base: base.sections, ours: ours.sections, theirs: theirs.sections, id: \.id,
            same: { before, side, isOurs in b.section(before.id) == (isOurs ? o : t).section(side.id) },
            removal: { section, keptByOurs in
                MergeConflict(field: "sections", section: section.id, ours: keptByOurs ? section.heading : nil, theirs: keptByOurs ? nil : section.heading)
            },
            merge: { m, before, mine, other in
                var merged = mine
                let place = MergeConflict(field: "", section: mine.id, ours: nil, theirs: nil)
                m.field(\.numeral, "numeral", of: &merged, before, other, place)
                m.field(\.title, "title", of: &merged, before, other, place)
                m.field(\.remarksLabel, "remarksLabel", of: &merged, before, other, place)
                return merged
            })
        let items = m.entries(
            base: b.items, ours: o.items, theirs: t.items, id: \.item.id, same: { before, side, _ in before == side },
            removal: { entry, keptByOurs in
                MergeConflict(field: "items", item: entry.item.id, ours: keptByOurs ? entry.item.wording : nil, theirs: keptByOurs ? nil : entry.item.wording)
            },
            merge: { m, before, mine, other in
                var merged = mine
                let place = MergeConflict(field: "", item: mine.item.id, ours: nil, theirs: nil)
                m.field(\.section, "section", of: &merged, before, other, place) { $0.rawValue }
                m.field(\.item.number, "number", of: &merged, before, other, place)
                m.field(\.item.title, "title", of: &merged, before, other, place)
                m.field(\.item.explanation, "explanation", of: &merged, before, other, place)
                m.field(\.item.improvement, "improvement", of: &merged, before, other, place)
                return merged
            })

        var result = ours
        result.divisions = divisions
        result.sections = sections.map { section in
            var merged = section
            merged.items = items.filter { $0.section == section.id }.map { entry in
                var item = entry.item
                item.cells = divisions.map { division in
                    mergeCell(&m, item.id, division.id, b.cell(item.id, division.id), o.cell(item.id, division.id), t.cell(item.id, division.id))
                }
                return item
            }
            var remarks: [DivisionID: String] = [:]
            for division in divisions {
                let place = MergeConflict(field: "remarks", division: division.id, section: section.id, ours: nil, theirs: nil)
                let text = m.pick(b.remark(section.id, division.id), o.remark(section.id, division.id), t.remark(section.id, division.id), place)
                if !text.isEmpty { remarks[division.id] = text }
            }
            merged.remarks = remarks
            return merged
        }
        var hearings: [DivisionID: Hearing] = [:]
        for division in divisions {
            hearings[division.id] = mergeHearing(&m, division.id, base.hearings[division.id], ours.hearings[division.id], theirs.hearings[division.id])
        }
        result.hearings = hearings
        mergeDescription(&m, into: &result, base, ours, theirs)
        result = Audit(
            title: result.title, fiscalYear: result.fiscalYear, period: result.period, auditDate: result.auditDate,
            purpose: result.purpose, targetSystems: result.targetSystems, organisation: result.organisation,
            criteria: result.criteria, generalComment: result.generalComment, divisions: divisions, sections: result.sections,
            earlier: result.earlier, hearings: hearings,
            conflicts: .merged(base: base.conflicts, ours: ours.conflicts, theirs: theirs.conflicts, found: m.conflicts))
        return (result, m.conflicts)
    }

    /// Refuses files of two audits, and a BASE that holds something neither side has.
    private static func checkSameAudit(_ base: Audit, _ ours: Audit, _ theirs: Audit) throws(MergeRefusal) {
        for (side, audit) in [("OURS", ours), ("THEIRS", theirs)] where audit.fiscalYear != base.fiscalYear || audit.period != base.period {
            throw MergeRefusal(BilingualText(
                "\(side) is the audit of fiscal year \(audit.fiscalYear) \(audit.period), BASE of \(base.fiscalYear) \(base.period): files of two different audits are not merged",
                "\(side) は \(audit.fiscalYear)年度 \(audit.period) の監査、BASE は \(base.fiscalYear)年度 \(base.period) の監査です。別々の監査のファイルはマージしません"))
        }
        let missing = base.divisions.filter { d in !ours.divisions.contains { $0.id == d.id } && !theirs.divisions.contains { $0.id == d.id } }.map(\.name)
            + base.sections.filter { s in !ours.sections.contains { $0.id == s.id } && !theirs.sections.contains { $0.id == s.id } }.map(\.heading)
            + base.allItems.filter { ours.position(of: $0.item.id) == nil && theirs.position(of: $0.item.id) == nil }.map(\.item.wording)
        if let first = missing.first {
            throw MergeRefusal(BilingualText(
                "BASE is not an ancestor of OURS and THEIRS: it has \(first)\(missing.count > 1 ? " and \(missing.count - 1) more" : ""), which neither has",
                "BASE は OURS と THEIRS の元の版ではありません: どちらにもない \(first)\(missing.count > 1 ? " ほか \(missing.count - 1) 件" : "") があります"))
        }
        // A verdict BASE holds and both sides lack was heard after the copies were made: arguments in the wrong
        // order (OURS given as BASE) would otherwise take the blank side and lose the hearing.
        var heardOnlyInBase: [String] = []
        for (_, item) in base.allItems where ours.position(of: item.id) != nil && theirs.position(of: item.id) != nil {
            for division in base.divisions where base.cell(item: item.id, division: division.id).verdict != nil
                && ours.cell(item: item.id, division: division.id).verdict == nil && theirs.cell(item: item.id, division: division.id).verdict == nil {
                heardOnlyInBase.append("\(item.wording), \(division.name)")
            }
        }
        if let first = heardOnlyInBase.first {
            let more = heardOnlyInBase.count - 1
            throw MergeRefusal(BilingualText(
                "BASE is not an ancestor of OURS and THEIRS: it has a verdict in \(first)\(more > 0 ? " and \(more) more cells" : ""), which both lack (were the files given in the order BASE OURS THEIRS? a verdict cleared on both sides: clear it on one, merge, then clear it)",
                "BASE は OURS と THEIRS の元の版ではありません: \(first)\(more > 0 ? " ほか \(more) 欄" : "") の判定が BASE にだけあります（BASE OURS THEIRS の順に指定しましたか。両方で判定を消した場合は、一方で消してマージしてから消してください）"))
        }
    }

    /// One cell, field by field.
    private static func mergeCell(_ m: inout ThreeWayMerge, _ item: ItemID, _ division: DivisionID, _ base: Cell?, _ ours: Cell, _ theirs: Cell) -> Cell {
        let place = MergeConflict(field: "", item: item, division: division, ours: nil, theirs: nil)
        let before = base ?? Cell()
        return Cell(
            verdict: m.pick(before.verdict, ours.verdict, theirs.verdict, place.with("verdict")) { $0?.symbol },
            note: m.pick(before.note, ours.note, theirs.note, place.with("note")),
            flagged: m.pick(before.flagged, ours.flagged, theirs.flagged, place.with("toConfirm")) { $0 ? "true" : nil },
            selfAssessment: m.pick(before.selfAssessment, ours.selfAssessment, theirs.selfAssessment, place.with("selfAssessment")) {
                $0.map { [$0.answer?.rawValue ?? "", $0.comment].filter { !$0.isEmpty }.joined(separator: " ") }
            })
    }

    /// A division's hearing record: taken whole when one side changed it, field by field when both did.
    private static func mergeHearing(_ m: inout ThreeWayMerge, _ division: DivisionID, _ base: Hearing?, _ ours: Hearing?, _ theirs: Hearing?) -> Hearing? {
        if ours == theirs || base == theirs { return ours }
        if base == ours { return theirs }
        let place = MergeConflict(field: "hearings", division: division, ours: nil, theirs: nil)
        guard var merged = ours, let theirs else {
            return m.pick(base, ours, theirs, place) { $0.map { "\($0.date) \($0.time)" } }
        }
        merged.date = m.pick(base?.date, merged.date, theirs.date, place.with("date")) { $0.description }
        merged.time = m.pick(base?.time, merged.time, theirs.time, place.with("time"))
        merged.place = m.pick(base?.place, merged.place, theirs.place, place.with("place"))
        merged.attendees = m.pick(base?.attendees, merged.attendees, theirs.attendees, place.with("attendees"))
        merged.interviewers = m.pick(base?.interviewers, merged.interviewers, theirs.interviewers, place.with("interviewers"))
        return merged
    }

    /// The audit's description (概要), the general comment and the earlier audit it was started from.
    private static func mergeDescription(_ m: inout ThreeWayMerge, into result: inout Audit, _ base: Audit, _ ours: Audit, _ theirs: Audit) {
        let place = MergeConflict(field: "", ours: nil, theirs: nil)
        result.title = m.pick(base.title, ours.title, theirs.title, place.with("title"))
        result.auditDate = m.pick(base.auditDate, ours.auditDate, theirs.auditDate, place.with("auditDate")) { $0.description }
        result.purpose = m.pick(base.purpose, ours.purpose, theirs.purpose, place.with("purpose"))
        result.targetSystems = m.pick(base.targetSystems, ours.targetSystems, theirs.targetSystems, place.with("targetSystems"))
        result.organisation.lead = m.pick(base.organisation.lead, ours.organisation.lead, theirs.organisation.lead, place.with("organisation.lead"))
        result.organisation.department = m.pick(
            base.organisation.department, ours.organisation.department, theirs.organisation.department, place.with("organisation.department"))
        result.criteria = m.pick(base.criteria, ours.criteria, theirs.criteria, place.with("criteria"))
        result.generalComment = m.pick(base.generalComment, ours.generalComment, theirs.generalComment, place.with("generalComment"))
        result.earlier = m.pick(base.earlier, ours.earlier, theirs.earlier, place.with("earlier")) { $0?.title }
    }

    /// An audit as the merge compares it: items with their section and their cells by division id.
    private struct Keyed {
        /// An item without its cells, with its section and its non-empty cells by division.
        struct Item: Equatable {
            var item: AuditItem
            var section: SectionID
            var cells: [DivisionID: Cell]
        }

        /// What one division holds: its names, its cells, its remarks and its hearing.
        struct Column: Equatable {
            var division: Division?
            var cells: [ItemID: Cell]
            var remarks: [SectionID: String]
            var hearing: Hearing?
        }

        /// What one section holds: its heading, remarks and items.
        struct Section: Equatable {
            var numeral: String
            var title: String
            var remarksLabel: String
            var remarks: [DivisionID: String]
            var items: [Item]
        }

        let audit: Audit
        let items: [Item]
        private let itemIndex: [ItemID: Int]

        init(_ audit: Audit) {
            self.audit = audit
            items = audit.sections.flatMap { section in
                section.items.map { item in
                    var bare = item
                    bare.cells = []
                    var cells: [DivisionID: Cell] = [:]
                    for (d, division) in audit.divisions.enumerated() where !item.cell(d).isEmpty { cells[division.id] = item.cell(d) }
                    return Item(item: bare, section: section.id, cells: cells)
                }
            }
            itemIndex = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.item.id, $0) })
        }

        func cell(_ item: ItemID, _ division: DivisionID) -> Cell {
            itemIndex[item].flatMap { items[$0].cells[division] } ?? Cell()
        }

        func remark(_ section: SectionID, _ division: DivisionID) -> String {
            audit.sections.first { $0.id == section }?.remarks[division] ?? ""
        }

        func column(_ division: DivisionID) -> Column {
            var cells: [ItemID: Cell] = [:]
            for item in items { cells[item.item.id] = item.cells[division] }
            var remarks: [SectionID: String] = [:]
            for section in audit.sections { remarks[section.id] = section.remarks[division] }
            return Column(division: audit.division(division), cells: cells, remarks: remarks, hearing: audit.hearings[division])
        }

        func section(_ id: SectionID) -> Section? {
            audit.sections.first { $0.id == id }.map { section in
                Section(
                    numeral: section.numeral, title: section.title, remarksLabel: section.remarksLabel, remarks: section.remarks,
                    items: items.filter { $0.section == id })
            }
        }
    }
}
