import KansaCore

/// How an audit is written in a kansa file, and read back.
enum AuditFormat {
    static func write(_ audit: Audit, to w: inout JSONWriter) {
        w.field("title", audit.title)
        w.field("fiscalYear", audit.fiscalYear)
        w.field("period", audit.period)
        w.field("auditDate", audit.auditDate)
        w.field("purpose", audit.purpose)
        w.field("targetSystems", audit.targetSystems)
        w.field("organisation") { w in
            w.field("lead", audit.organisation.lead)
            w.field("department", audit.organisation.department)
        }
        w.field("criteria", audit.criteria)
        w.field("generalComment", audit.generalComment)
        w.objects("divisions", audit.divisions) { w, division in
            w.field("id", division.id)
            w.field("name", division.name)
            w.field("shortName", division.shortName)
        }
        w.objects("sections", audit.sections) { w, section in
            w.field("id", section.id)
            w.field("numeral", section.numeral)
            w.field("title", section.title)
            w.field("remarksLabel", section.remarksLabel)
            w.field("remarks") { w in
                for division in audit.divisions {
                    if let remark = section.remarks[division.id], !remark.isEmpty { w.field(division.id.rawValue, remark) }
                }
            }
            w.objects("items", section.items) { w, item in
                w.field("id", item.id)
                w.field("number", item.number)
                w.field("title", item.title)
                w.optionalField("explanation", item.explanation)
                w.optionalField("improvement", item.improvement)
                w.field("cells") { w in
                    for division in audit.divisions {
                        if let cell = item.cells[division.id], !cell.isEmpty { writeCell(cell, division.id.rawValue, &w) }
                    }
                }
            }
        }
        if let earlier = audit.earlier {
            w.field("earlier") { w in
                w.field("title", earlier.title)
                w.field("auditDate", earlier.auditDate)
                w.field("cells") { w in
                    for item in earlier.cells.keys.sorted() {
                        w.field(item.rawValue) { w in
                            for (division, cell) in earlier.cells[item]!.sorted(by: { $0.key < $1.key }) {
                                writeCell(cell, division.rawValue, &w)
                            }
                        }
                    }
                }
            }
        }
    }

    private static func writeCell(_ cell: Cell, _ key: String, _ w: inout JSONWriter) {
        w.field(key) { w in
            if let verdict = cell.verdict { w.field("verdict", verdict.symbol) }
            w.optionalField("note", cell.note)
        }
    }

    static func read(_ o: inout JSONObject) throws(JSONProblem) -> Audit {
        let title = try o.string("title")
        let fiscalYear = try o.int("fiscalYear")
        let period = try o.text("period")
        let auditDate = try o.date("auditDate")
        let purpose = try o.text("purpose")
        let targetSystems = try o.strings("targetSystems")
        let organisation = try o.optionalObject("organisation") { (o: inout JSONObject) throws(JSONProblem) in
            AuditOrganisation(lead: try o.text("lead"), department: try o.text("department"))
        } ?? AuditOrganisation(lead: "", department: "")
        let criteria = try o.strings("criteria")
        let generalComment = try o.text("generalComment")
        let divisions = try o.objects("divisions") { (o: inout JSONObject) throws(JSONProblem) in
            let name = try o.string("name")
            return Division(id: try o.id("id"), name: name, shortName: try o.optionalString("shortName") ?? Division.shortName(for: name))
        }
        try requireUnique(divisions.map(\.id), nodes: try o.list("divisions"), in: o.childPath("divisions"))
        let known = Set(divisions.map(\.id))
        var itemIDs: [ItemID] = []
        var itemNodes: [JSONNode] = []
        let sections = try o.objects("sections") { (s: inout JSONObject) throws(JSONProblem) in
            let id: SectionID = try s.id("id")
            let numeral = try s.text("numeral")
            let title = try s.string("title")
            let remarksLabel = try s.optionalString("remarksLabel") ?? "備考"
            var remarks: [DivisionID: String] = [:]
            for member in try s.map("remarks") {
                let division = try knownDivision(member.key, member.keyOffset, known, s.childPath("remarks"))
                guard case .string(let text) = member.node.value else {
                    throw s.wrongType(member.node, "remarks.\(member.key)", expected: "a string")
                }
                remarks[division] = text
            }
            let items = try s.objects("items") { (i: inout JSONObject) throws(JSONProblem) in
                AuditItem(
                    id: try i.id("id"), number: try i.text("number"), title: try i.string("title"),
                    explanation: try i.text("explanation"), improvement: try i.text("improvement"),
                    cells: try readCells(&i, "cells", known: known))
            }
            itemIDs += items.map(\.id)
            itemNodes += try s.list("items")
            return AuditSection(id: id, numeral: numeral, title: title, items: items, remarksLabel: remarksLabel, remarks: remarks)
        }
        try requireUnique(sections.map(\.id), nodes: try o.list("sections"), in: o.childPath("sections"))
        try requireUnique(itemIDs, nodes: itemNodes, in: "items")
        let earlier = try o.optionalObject("earlier") { (e: inout JSONObject) throws(JSONProblem) in
            let title = try e.string("title")
            let date = try e.date("auditDate")
            var cells: [ItemID: [DivisionID: Cell]] = [:]
            for member in try e.map("cells") {
                var byItem = try JSONObject(member.node, path: e.childPath("cells.\(member.key)"))
                cells[ItemID(member.key)] = try readCells(&byItem, nil, known: nil)
                try byItem.finish()
            }
            return EarlierAudit(title: title, auditDate: date, cells: cells)
        }
        return Audit(
            title: title, fiscalYear: fiscalYear, period: period, auditDate: auditDate, purpose: purpose,
            targetSystems: targetSystems, organisation: organisation, criteria: criteria, generalComment: generalComment,
            divisions: divisions, sections: sections, earlier: earlier)
    }

    private static func knownDivision(
        _ key: String, _ offset: Int, _ known: Set<DivisionID>, _ path: String
    ) throws(JSONProblem) -> DivisionID {
        let id = DivisionID(key)
        guard known.contains(id) else {
            throw JSONProblem(offset: offset, message: "'\(path)' names the division \"\(key)\", which is not in 'divisions'")
        }
        return id
    }

    /// Cells keyed by division id: those of member `key`, or of the object itself when `key` is nil.
    /// With `known`, every key must be one of those divisions.
    private static func readCells(
        _ o: inout JSONObject, _ key: String?, known: Set<DivisionID>?
    ) throws(JSONProblem) -> [DivisionID: Cell] {
        let members: [(key: String, keyOffset: Int, node: JSONNode)]
        let path: String
        if let key {
            members = try o.map(key)
            path = o.childPath(key)
        } else {
            guard case .object(let all) = o.node.value else { return [:] }
            for member in all { _ = o.optionalNode(member.key) }
            members = all
            path = o.path
        }
        var cells: [DivisionID: Cell] = [:]
        cells.reserveCapacity(members.count)
        for member in members {
            let division = known == nil
                ? DivisionID(member.key) : try knownDivision(member.key, member.keyOffset, known!, path)
            var c = try JSONObject(member.node, path: "\(path).\(member.key)")
            cells[division] = Cell(verdict: try c.optionalVerdict("verdict"), note: try c.text("note"))
            try c.finish()
        }
        return cells
    }
}
