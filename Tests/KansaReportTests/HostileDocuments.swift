import KansaCore

/// The samples with every text they show replaced by hostile text: each field starts with a different piece
/// of `pieces` and holds all of them, so that every piece is tried at a line's start and in its middle, in every
/// kind of block (title, heading, paragraph, list, table cell, caption, column title).
struct HostileDocuments {
    let pieces: [String]
    private var count = 0

    init(pieces: [String]) {
        self.pieces = pieces
    }

    /// The next field's text.
    mutating func next() -> String {
        defer { count += 1 }
        return pieces[count % pieces.count] + " " + pieces.joined(separator: " ")
    }

    mutating func audit() -> Audit {
        var audit = SampleAudit.audit
        audit.title = next()
        audit.period = next()
        audit.purpose = next()
        audit.targetSystems = audit.targetSystems.map { _ in next() }
        audit.organisation.lead = next()
        audit.organisation.department = next()
        audit.criteria = audit.criteria.map { _ in next() }
        audit.generalComment = next() + "\n" + next()
        for d in audit.divisions.indices {
            audit.divisions[d].name = next()
            audit.divisions[d].shortName = next()
        }
        for s in audit.sections.indices {
            audit.sections[s].numeral = next()
            audit.sections[s].title = next()
            audit.sections[s].remarksLabel = next()
            for division in audit.divisions { audit.sections[s].remarks[division.id] = next() }
            for i in audit.sections[s].items.indices {
                audit.sections[s].items[i].number = next()
                audit.sections[s].items[i].title = next()
                audit.sections[s].items[i].explanation = next()
                audit.sections[s].items[i].improvement = next()
                for c in audit.sections[s].items[i].cells.indices {
                    audit.sections[s].items[i].cells[c].note = next()
                }
            }
        }
        return audit
    }

    mutating func drill() -> Drill {
        var drill = SampleDrill.drill
        drill.title = next()
        drill.place = next()
        drill.purpose = next()
        drill.participants.leadDivision = next()
        drill.participants.leadStaff = drill.participants.leadStaff.map { _ in next() }
        for v in drill.participants.vendors.indices { drill.participants.vendors[v].name = next() }
        for d in drill.participants.divisions.indices {
            drill.participants.divisions[d].name = next()
            drill.participants.divisions[d].otherServers = drill.participants.divisions[d].otherServers.map { _ in next() } + [next()]
            drill.participants.divisions[d].attendees = drill.participants.divisions[d].attendees.map { _ in next() }
        }
        for t in drill.tasks.indices {
            drill.tasks[t].label = next()
            drill.tasks[t].text = next()
            drill.tasks[t].resultTitle = next()
            drill.tasks[t].results = drill.tasks[t].results.map { _ in next() }
        }
        for l in drill.lanes.indices {
            drill.lanes[l].title = next()
            drill.lanes[l].responder = next()
        }
        for s in drill.systems.indices {
            drill.systems[s].name = next()
            if !drill.systems[s].shortName.isEmpty { drill.systems[s].shortName = next() }
            drill.systems[s].owner = next()
            drill.systems[s].issue = next()
        }
        for s in drill.steps.indices {
            if drill.steps[s].banner != nil { drill.steps[s].banner = next() }
            for lane in drill.steps[s].laneTexts.keys { drill.steps[s].laneTexts[lane] = next() }
        }
        for e in drill.events.indices { drill.events[e].text = next() }
        drill.notes = drill.notes.map { _ in next() }
        drill.conclusions = drill.conclusions.map { _ in next() }
        return drill
    }
}
