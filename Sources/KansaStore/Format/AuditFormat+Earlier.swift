import KansaCore

extension AuditFormat {
    /// The earlier audit: its title and date, then its divisions and catalog written as an audit's are.
    static func writeEarlier(_ earlier: EarlierAudit, to w: inout JSONWriter) {
        w.field("title", earlier.title)
        w.field("auditDate", earlier.auditDate)
        writeCatalog(earlier.divisions, earlier.sections, to: &w)
    }

    /// The earlier audit; files written before it kept its divisions and catalog hold only its cells, by item then
    /// division (`"cells": {"human-1": {"kikaku": {"verdict": "○"}}}`), read against this audit's catalog.
    static func readEarlier(
        _ e: inout JSONObject, _ divisions: [Division], _ sections: [AuditSection]
    ) throws(JSONProblem) -> EarlierAudit {
        let title = try e.string("title")
        let date = try e.date("auditDate")
        if e.optionalNode("divisions") != nil {
            let (divisions, sections) = try readCatalog(&e)
            return EarlierAudit(title: title, auditDate: date, divisions: divisions, sections: sections)
        }
        var catalog = sections
        var positions: [String: (section: Int, item: Int)] = [:]
        for s in catalog.indices {
            catalog[s].remarks = [:]
            for i in catalog[s].items.indices {
                catalog[s].items[i].cells = Array(repeating: Cell(), count: divisions.count)
                catalog[s].items[i].improvement = ""
                positions[catalog[s].items[i].id.rawValue] = (s, i)
            }
        }
        let known = Set(divisions.map(\.id))
        let columns = Dictionary(uniqueKeysWithValues: divisions.enumerated().map { ($1.id, $0) })
        for member in try e.map("cells") {
            let itemPath = e.childPath("cells.\(member.key)")
            guard let p = positions[member.key] else {
                throw JSONProblem(offset: member.keyOffset, message: BilingualText(
                    "'\(e.childPath("cells"))' names the item \"\(member.key)\", which is not in 'sections'",
                    "'\(e.childPath("cells"))' の項目 \"\(member.key)\" は 'sections' にありません"))
            }
            guard let byDivision = member.node.members else {
                throw e.wrongType(member.node, "cells.\(member.key)", expected: .anObject)
            }
            try JSONObject.requireUniqueKeys(byDivision, in: itemPath)
            for entry in byDivision {
                let division = try knownDivision(entry.key, entry.keyOffset, known, itemPath)
                catalog[p.section].items[p.item].cells[columns[division]!] = try readCell(entry.node, in: itemPath, name: entry.key)
            }
        }
        return EarlierAudit(title: title, auditDate: date, divisions: divisions, sections: catalog)
    }
}
