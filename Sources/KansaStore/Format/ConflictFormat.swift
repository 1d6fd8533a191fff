import KansaCore

/// How a document's open merge conflicts are written: `"conflicts": [{"field": "verdict", "item": …, "division": …,
/// "ours": "○", "theirs": "×"}]` after everything else, left out when there are none. A side without a value has no key.
enum ConflictFormat {
    static func write(_ conflicts: [MergeConflict], to w: inout JSONWriter) {
        guard !conflicts.isEmpty else { return }
        w.objects("conflicts", conflicts) { w, conflict in
            w.field("field", conflict.field)
            if let item = conflict.item { w.field("item", item) }
            if let division = conflict.division { w.field("division", division) }
            if let section = conflict.section { w.field("section", section) }
            if let record = conflict.record { w.field("record", record) }
            if let ours = conflict.ours { w.field("ours", ours) }
            if let theirs = conflict.theirs { w.field("theirs", theirs) }
        }
    }

    static func read(_ o: inout JSONObject) throws(JSONProblem) -> [MergeConflict] {
        try o.objects("conflicts") { (c: inout JSONObject) throws(JSONProblem) in
            let field = try c.string("field")
            let item = try c.optionalString("item")
            let division = try c.optionalString("division")
            let section = try c.optionalString("section")
            return MergeConflict(
                field: field, item: item.map { ItemID($0) }, division: division.map { DivisionID($0) },
                section: section.map { SectionID($0) }, record: try c.optionalString("record"),
                ours: try c.optionalString("ours"), theirs: try c.optionalString("theirs"))
        }
    }
}
