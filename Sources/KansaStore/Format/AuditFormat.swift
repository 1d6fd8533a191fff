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
        writeCatalog(audit.divisions, audit.sections, to: &w)
        writeHearings(audit, to: &w)
        if let earlier = audit.earlier {
            w.field("earlier") { w in writeEarlier(earlier, to: &w) }
        }
        ConflictFormat.write(audit.conflicts, to: &w)
    }

    /// The divisions, then the sections with their items and cells.
    static func writeCatalog(_ divisions: [Division], _ sections: [AuditSection], to w: inout JSONWriter) {
        // `"kikaku": {"verdict": "○"}` for every division and verdict, written out once.
        let verdictCells: [[[UInt8]]] = divisions.map { division in
            let key = JSONWriter.rawKey(division.id.rawValue)
            return Verdict.allCases.map { verdict in key + JSONWriter.rawInline { $0.field("verdict", verdict.symbol) } }
        }
        w.objects("divisions", divisions) { w, division in
            w.field("id", division.id)
            w.field("name", division.name)
            w.field("shortName", division.shortName)
        }
        w.objects("sections", sections) { w, section in
            w.field("id", section.id)
            w.field("numeral", section.numeral)
            w.field("title", section.title)
            w.field("remarksLabel", section.remarksLabel)
            w.field("remarks") { w in
                for division in divisions {
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
                    for (d, cell) in item.cells.enumerated() where !cell.isEmpty {
                        if cell.note.isEmpty, !cell.flagged, cell.selfAssessment == nil, let verdict = cell.verdict {
                            w.member(raw: verdictCells[d][verdict.index])
                        } else {
                            writeCell(cell, divisions[d].id.rawValue, &w)
                        }
                    }
                }
            }
        }
    }

    private static func writeCell(_ cell: Cell, _ key: String, _ w: inout JSONWriter) {
        w.key(key)
        w.inlineObject { w in
            if let verdict = cell.verdict { w.field("verdict", verdict.symbol) }
            w.optionalField("note", cell.note)
            if cell.flagged { w.field("toConfirm", true) }
            if let assessment = cell.selfAssessment {
                w.field("selfAssessment") { w in
                    if let answer = assessment.answer { w.field("answer", answer.rawValue) }
                    w.optionalField("comment", assessment.comment)
                }
            }
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
        let (divisions, sections) = try readCatalog(&o)
        let hearings = try readHearings(&o, divisions)
        let earlier = try o.optionalObject("earlier") { (e: inout JSONObject) throws(JSONProblem) in
            try readEarlier(&e, divisions, sections)
        }
        let conflicts = try ConflictFormat.read(&o)
        return Audit(
            title: title, fiscalYear: fiscalYear, period: period, auditDate: auditDate, purpose: purpose,
            targetSystems: targetSystems, organisation: organisation, criteria: criteria, generalComment: generalComment,
            divisions: divisions, sections: sections, earlier: earlier, hearings: hearings, conflicts: conflicts)
    }

    /// The divisions, then the sections with their items and cells; ids unique, cells only of known divisions.
    static func readCatalog(_ o: inout JSONObject) throws(JSONProblem) -> ([Division], [AuditSection]) {
        let divisions = try o.objects("divisions") { (o: inout JSONObject) throws(JSONProblem) in
            let name = try o.string("name")
            return Division(id: try o.id("id"), name: name, shortName: try o.optionalString("shortName") ?? Division.shortName(for: name))
        }
        try requireUnique(divisions.map(\.id), nodes: try o.list("divisions"), in: o.childPath("divisions"))
        let known = Set(divisions.map(\.id))
        let columns = Dictionary(uniqueKeysWithValues: divisions.enumerated().map { ($1.id.rawValue, $0) })
        let keys = divisions.map { Array($0.id.rawValue.utf8) }
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
                guard let text = member.node.string else {
                    throw s.wrongType(member.node, "remarks.\(member.key)", expected: .aString)
                }
                remarks[division] = text
            }
            let items = try s.objects("items") { (i: inout JSONObject) throws(JSONProblem) in
                AuditItem(
                    id: try i.id("id"), number: try i.text("number"), title: try i.string("title"),
                    explanation: try i.text("explanation"), improvement: try i.text("improvement"),
                    cells: try readColumns(&i, columns, keys))
            }
            itemIDs += items.map(\.id)
            itemNodes += try s.list("items")
            return AuditSection(id: id, numeral: numeral, title: title, items: items, remarksLabel: remarksLabel, remarks: remarks)
        }
        try requireUnique(sections.map(\.id), nodes: try o.list("sections"), in: o.childPath("sections"))
        try requireUnique(itemIDs, nodes: itemNodes, in: "items")
        return (divisions, sections)
    }

    static func knownDivision(
        _ key: String, _ offset: Int, _ known: Set<DivisionID>, _ path: String
    ) throws(JSONProblem) -> DivisionID {
        let id = DivisionID(key)
        guard known.contains(id) else {
            throw JSONProblem(offset: offset, message: BilingualText(
                "'\(path)' names the division \"\(key)\", which is not in 'divisions'",
                "'\(path)' の課 \"\(key)\" は 'divisions' にありません"))
        }
        return id
    }

    /// An item's `cells`, keyed by division id (`keys` hold the ids' bytes, in column order), as a list parallel to
    /// the divisions. Files list cells in column order, so the next column is tried before the look-up; the
    /// tape is walked entry by entry, as this is most of a file.
    private static func readColumns(
        _ o: inout JSONObject, _ columns: [String: Int], _ keys: [[UInt8]]
    ) throws(JSONProblem) -> [Cell] {
        var cells = Array(repeating: Cell(), count: keys.count)
        var filled = Array(repeating: false, count: keys.count)
        var next = 0
        let path = o.childPath("cells")
        guard let node = o.optionalNode("cells") else { return cells }
        guard let members = node.memberKeys else { throw o.wrongType(node, "cells", expected: .anObject) }
        let tape = node.tape
        for key in members {
            let column: Int
            // Cells are written in the divisions' order, a blank one left out: the key is the next division's, or
            // one of the few after it.
            if let near = (next..<min(next + 4, keys.count)).first(where: { keys[$0].withUnsafeBufferPointer { tape.string(at: key, is: $0) } }) {
                column = near
            } else if let found = columns[tape.string(at: key)] {
                column = found
            } else {
                throw JSONProblem(
                    offset: Int(tape.entries[key].offset),
                    message: BilingualText(
                        "'\(path)' names the division \"\(tape.string(at: key))\", which is not in 'divisions'",
                        "'\(path)' の課 \"\(tape.string(at: key))\" は 'divisions' にありません"))
            }
            if filled[column] {
                throw JSONProblem(offset: Int(tape.entries[key].offset), message: BilingualText(
                    "the key \"\(tape.string(at: key))\" appears twice in '\(path)'", "キー \"\(tape.string(at: key))\" が '\(path)' に二度あります"))
            }
            filled[column] = true
            if let verdict = verdictAlone(tape, key + 1) {
                cells[column] = Cell(verdict: verdict)
            } else {
                cells[column] = try readCell(JSONNode(tape: tape, index: key + 1), in: path, name: tape.string(at: key))
            }
            next = column + 1
        }
        return cells
    }

    private static let verdictKey = Array("verdict".utf8)

    /// The verdict of a cell that holds its verdict alone, `{"verdict": "○"}`, read from its bytes; nil for any other.
    private static func verdictAlone(_ tape: JSONTape, _ index: Int) -> Verdict? {
        let entry = tape.entries[index]
        guard entry.kind == .object, entry.count == 1, verdictKey.withUnsafeBufferPointer({ tape.string(at: index + 1, is: $0) }),
              tape.entries[index + 2].kind == .string else { return nil }
        return tape.withBytes(at: index + 2, Verdict.init(utf8:))
    }

    /// A cell named `name` (its division's id) in the object at `path`. An item's cells that hold their verdict
    /// alone are read by `readColumns` from their bytes instead.
    static func readCell(_ node: JSONNode, in path: String, name: String) throws(JSONProblem) -> Cell {
        var c = try JSONObject(node, in: path, name: name)
        let flagged = c.optionalNode("toConfirm") == nil ? false : try c.bool("toConfirm")
        let verdict = try c.optionalVerdict("verdict")
        let note = try c.text("note")
        let selfAssessment = try c.optionalObject("selfAssessment") { (a: inout JSONObject) throws(JSONProblem) in
            try readSelfAssessment(&a)
        }
        try c.finish()
        return Cell(verdict: verdict, note: note, flagged: flagged, selfAssessment: selfAssessment)
    }

    /// `{"answer": "できている", "comment": "…"}`: the answer one of the check sheet's four, absent when left blank.
    private static func readSelfAssessment(_ a: inout JSONObject) throws(JSONProblem) -> SelfAssessment {
        let answer = a.optionalNode("answer") == nil ? nil : try a.token("answer", as: SelfAssessment.Answer.self)
        return SelfAssessment(answer: answer, comment: try a.text("comment"))
    }
}
