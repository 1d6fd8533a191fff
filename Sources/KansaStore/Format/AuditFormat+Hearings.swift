import KansaCore

extension AuditFormat {
    /// `"hearings": {"kikaku": {"date": …, "time": …, "place": …, "attendees": […], "interviewers": […]}}` in column
    /// order; left out when no division has a record.
    static func writeHearings(_ audit: Audit, to w: inout JSONWriter) {
        guard audit.divisions.contains(where: { audit.hearings[$0.id] != nil }) else { return }
        w.field("hearings") { w in
            for division in audit.divisions {
                guard let hearing = audit.hearings[division.id] else { continue }
                w.field(division.id.rawValue) { w in
                    w.field("date", hearing.date)
                    w.optionalField("time", hearing.time)
                    w.optionalField("place", hearing.place)
                    if !hearing.attendees.isEmpty { w.field("attendees", hearing.attendees) }
                    if !hearing.interviewers.isEmpty { w.field("interviewers", hearing.interviewers) }
                }
            }
        }
    }

    /// The hearing records, each of a division in `divisions`.
    static func readHearings(_ o: inout JSONObject, _ divisions: [Division]) throws(JSONProblem) -> [DivisionID: Hearing] {
        let known = Set(divisions.map(\.id))
        var hearings: [DivisionID: Hearing] = [:]
        for member in try o.map("hearings") {
            let division = try knownDivision(member.key, member.keyOffset, known, o.childPath("hearings"))
            var h = try JSONObject(member.node, in: o.childPath("hearings"), name: member.key)
            hearings[division] = Hearing(
                date: try h.date("date"), time: try h.text("time"), place: try h.text("place"),
                attendees: try h.strings("attendees"), interviewers: try h.strings("interviewers"))
            try h.finish()
        }
        return hearings
    }
}
