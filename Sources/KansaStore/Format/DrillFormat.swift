import KansaCore

/// How a drill is written in a kansa file, and read back.
enum DrillFormat {
    static func write(_ drill: Drill, to w: inout JSONWriter) {
        w.field("title", drill.title)
        w.field("date", drill.date)
        if let start = drill.startTime { w.field("startTime", start.description) }
        w.field("utcOffset", offsetText(drill.utcOffset))
        w.field("place", drill.place)
        w.field("purpose", drill.purpose)
        let p = drill.participants
        w.field("participants") { w in
            w.field("leadDivision", p.leadDivision)
            w.field("leadStaff", p.leadStaff)
            w.objects("vendors", p.vendors) { w, vendor in
                w.field("id", vendor.id)
                w.field("name", vendor.name)
                w.field("headCount", vendor.headCount)
                if let reached = vendor.reached { w.field("reached", reached) }
                w.optionalField("phone", vendor.phone)
            }
            w.objects("divisions", p.divisions) { w, division in
                w.field("id", division.id)
                w.field("name", division.name)
                w.field("systems", division.systems.map(\.rawValue))
                if !division.otherServers.isEmpty { w.field("otherServers", division.otherServers) }
                w.field("attendees", division.attendees)
                if let reached = division.reached { w.field("reached", reached) }
                w.optionalField("phone", division.phone)
            }
        }
        w.objects("tasks", drill.tasks) { w, task in
            w.field("id", task.id)
            w.field("label", task.label)
            w.field("text", task.text)
            w.field("resultTitle", task.resultTitle)
            w.field("results", task.results)
        }
        w.objects("lanes", drill.lanes) { w, lane in
            w.field("id", lane.id)
            w.field("title", lane.title)
            w.field("responder", lane.responder)
        }
        w.objects("systems", drill.systems) { w, system in
            w.field("id", system.id)
            w.field("name", system.name)
            w.optionalField("shortName", system.shortName)
            w.field("owner", system.owner)
            w.field("group", system.group.rawValue)
            w.field("expectedShutdown", system.expectedShutdown.rawValue)
            w.field("expectedStartup", system.expectedStartup.rawValue)
            w.field("onEmergencyPower", system.onEmergencyPower)
            w.optionalField("issue", system.issue)
            w.optionalField("procedure", system.procedure)
            w.optionalField("responsible", system.responsible)
            w.optionalField("phone", system.phone)
        }
        w.objects("steps", drill.steps) { w, step in
            w.field("id", step.id)
            if let time = step.plannedTime { w.field("plannedTime", time.description) }
            w.optionalField("banner", step.banner)
            if let power = step.power {
                w.field("power") { w in
                    w.field("commercial", power.commercial)
                    w.field("emergency", power.emergency)
                }
            }
            if !step.laneTexts.isEmpty {
                w.field("laneTexts") { w in
                    for lane in drill.lanes {
                        if let text = step.laneTexts[lane.id] { w.field(lane.id.rawValue, text) }
                    }
                }
            }
            if let actual = step.actual { w.field("actual", actual) }
            if step.skipped { w.field("skipped", true) }
        }
        w.objects("powerChanges", drill.powerChanges) { w, change in
            w.field("id", change.id)
            w.field("phase", change.phase.rawValue)
            w.field("time", change.time)
        }
        w.objects("moves", drill.moves) { w, move in
            w.field("id", move.id)
            w.field("system", move.system)
            w.field("state", move.state.rawValue)
            w.field("manual", move.manual)
            w.field("time", move.time)
        }
        w.objects("events", drill.events) { w, event in
            w.field("id", event.id)
            w.field("text", event.text)
            w.field("time", event.time)
            if let system = event.system { w.field("system", system) }
            if let step = event.step { w.field("step", step) }
        }
        w.field("notes", drill.notes)
        w.field("conclusions", drill.conclusions)
        ConflictFormat.write(drill.conflicts, to: &w)
    }

    static func offsetText(_ offset: Int) -> String {
        let description = Timestamp(seconds: 0, utcOffset: offset).description
        return offset == 0 ? "+00:00" : String(description.suffix(6))
    }

    static func read(_ o: inout JSONObject) throws(JSONProblem) -> Drill {
        let title = try o.string("title")
        let date = try o.date("date")
        let startTime = try o.clockTime("startTime")
        let utcOffset = try o.utcOffset("utcOffset")
        let place = try o.text("place")
        let purpose = try o.text("purpose")
        let tasks = try unique(&o, "tasks") { (t: inout JSONObject) throws(JSONProblem) in
            DrillTask(
                id: try t.id("id"), label: try t.text("label"), text: try t.string("text"),
                resultTitle: try t.text("resultTitle"), results: try t.strings("results"))
        } id: { $0.id }
        let lanes = try unique(&o, "lanes") { (l: inout JSONObject) throws(JSONProblem) in
            DrillLane(id: try l.id("id"), title: try l.string("title"), responder: try l.text("responder"))
        } id: { $0.id }
        let laneIDs = Set(lanes.map(\.id))
        let systems = try unique(&o, "systems") { (s: inout JSONObject) throws(JSONProblem) in
            DrillSystem(
                id: try s.id("id"), name: try s.string("name"), owner: try s.text("owner"),
                group: try s.token("group", as: DrillSystem.Group.self),
                expectedShutdown: try s.token("expectedShutdown", as: OperationMode.self),
                expectedStartup: try s.token("expectedStartup", as: OperationMode.self),
                onEmergencyPower: try s.bool("onEmergencyPower"), shortName: try s.text("shortName"),
                issue: try s.text("issue"),
                procedure: try s.text("procedure"), responsible: try s.text("responsible"), phone: try s.text("phone"))
        } id: { $0.id }
        let systemIDs = Set(systems.map(\.id))
        let participants = try o.object("participants") { (p: inout JSONObject) throws(JSONProblem) in
            DrillParticipants(
                leadDivision: try p.text("leadDivision"), leadStaff: try p.strings("leadStaff"),
                vendors: try unique(&p, "vendors") { (v: inout JSONObject) throws(JSONProblem) in
                    Vendor(id: try v.id("id"), name: try v.string("name"), headCount: try v.int("headCount"),
                           reached: try v.recordedTime("reached"), phone: try v.text("phone"))
                } id: { $0.id },
                divisions: try unique(&p, "divisions") { (d: inout JSONObject) throws(JSONProblem) in
                    ParticipantDivision(
                        id: try d.id("id"), name: try d.string("name"), systems: try references(&d, "systems", in: systemIDs, list: "systems"),
                        otherServers: try d.strings("otherServers"), attendees: try d.strings("attendees"), reached: try d.recordedTime("reached"),
                        phone: try d.text("phone"))
                } id: { $0.id })
        }
        var lastPlanned: ClockTime?
        let steps = try unique(&o, "steps") { (s: inout JSONObject) throws(JSONProblem) in
            let id: StepID = try s.id("id")
            let planned = try s.clockTime("plannedTime")
            if let planned, let lastPlanned, planned < lastPlanned, let node = s.optionalNode("plannedTime") {
                throw JSONProblem(offset: node.offset, message: BilingualText(
                    "'\(s.childPath("plannedTime"))' is \(planned), before the step above it (\(lastPlanned)); planned times run in order",
                    "'\(s.childPath("plannedTime"))' の \(planned) は前の工程（\(lastPlanned)）より前です。予定時刻は順に並べてください"))
            }
            lastPlanned = planned ?? lastPlanned
            let banner = try s.optionalString("banner")
            let power = try s.optionalObject("power") { (p: inout JSONObject) throws(JSONProblem) in
                PowerColumns(commercial: try p.bool("commercial"), emergency: try p.bool("emergency"))
            }
            var laneTexts: [LaneID: String] = [:]
            for member in try s.map("laneTexts") {
                let lane = LaneID(member.key)
                guard laneIDs.contains(lane) else {
                    throw JSONProblem(offset: member.keyOffset, message: BilingualText(
                        "'\(s.childPath("laneTexts"))' names the lane \"\(member.key)\", which is not in 'lanes'",
                        "'\(s.childPath("laneTexts"))' の担当 \"\(member.key)\" は 'lanes' にありません"))
                }
                guard let text = member.node.string else {
                    throw s.wrongType(member.node, "laneTexts.\(member.key)", expected: .aString)
                }
                laneTexts[lane] = text
            }
            let skipped = s.optionalNode("skipped") == nil ? false : try s.bool("skipped")
            return DrillStep(
                id: id, plannedTime: planned, banner: banner, power: power, laneTexts: laneTexts,
                actual: try s.recordedTime("actual"), skipped: skipped)
        } id: { $0.id }
        let stepIDs = Set(steps.map(\.id))
        let powerChanges = try unique(&o, "powerChanges") { (c: inout JSONObject) throws(JSONProblem) in
            PowerChange(id: try c.id("id"), phase: try c.token("phase", as: PowerPhase.self), time: try required(&c, "time"))
        } id: { $0.id }
        let moves = try unique(&o, "moves") { (m: inout JSONObject) throws(JSONProblem) in
            SystemMove(
                id: try m.id("id"), system: try reference(&m, "system", in: systemIDs, list: "systems")!,
                state: try m.token("state", as: SystemState.self), manual: try m.bool("manual"),
                time: try required(&m, "time"))
        } id: { $0.id }
        let events = try unique(&o, "events") { (e: inout JSONObject) throws(JSONProblem) in
            DrillEvent(
                id: try e.id("id"), text: try e.string("text"), time: try required(&e, "time"),
                system: try reference(&e, "system", in: systemIDs, list: "systems", optional: true),
                step: try reference(&e, "step", in: stepIDs, list: "steps", optional: true))
        } id: { $0.id }
        return Drill(
            title: title, date: date, startTime: startTime, utcOffset: utcOffset, place: place, purpose: purpose,
            participants: participants, tasks: tasks, lanes: lanes, systems: systems, steps: steps,
            powerChanges: powerChanges, moves: moves, events: events, notes: try o.strings("notes"),
            conclusions: try o.strings("conclusions"), conflicts: try ConflictFormat.read(&o))
    }

    /// The objects of a list member, whose ids must be unique.
    private static func unique<T, Owner>(
        _ o: inout JSONObject, _ key: String, _ read: (inout JSONObject) throws(JSONProblem) -> T,
        id: (T) -> Identifier<Owner>
    ) throws(JSONProblem) -> [T] {
        let values = try o.objects(key, read)
        try requireUnique(values.map(id), nodes: try o.list(key), in: o.childPath(key))
        return values
    }

    private static func required(_ o: inout JSONObject, _ key: String) throws(JSONProblem) -> RecordedTime {
        guard let time = try o.recordedTime(key) else {
            throw JSONProblem(offset: o.node.offset, message: JSONObject.lacks(o.path, key))
        }
        return time
    }

    /// An id member that must name one of `known`.
    /// A list of ids, each of which must name a member of `known`.
    private static func references<T>(
        _ o: inout JSONObject, _ key: String, in known: Set<Identifier<T>>, list: String
    ) throws(JSONProblem) -> [Identifier<T>] {
        var ids: [Identifier<T>] = []
        for (i, node) in try o.list(key).enumerated() {
            guard let value = node.string else { throw o.wrongType(node, "\(key)[\(i)]", expected: .aString) }
            let id = Identifier<T>(value)
            guard known.contains(id) else {
                throw JSONProblem(offset: node.offset, message: BilingualText(
                    "'\(o.childPath(key))[\(i)]' names \"\(value)\", which is not in '\(list)'",
                    "'\(o.childPath(key))[\(i)]' の \"\(value)\" は '\(list)' にありません"))
            }
            ids.append(id)
        }
        return ids
    }

    private static func reference<T>(
        _ o: inout JSONObject, _ key: String, in known: Set<Identifier<T>>, list: String, optional: Bool = false
    ) throws(JSONProblem) -> Identifier<T>? {
        if optional, o.optionalNode(key) == nil { return nil }
        let node = try o.node(key)
        let id: Identifier<T> = try o.id(key)
        guard known.contains(id) else {
            throw JSONProblem(offset: node.offset, message: BilingualText(
                "'\(o.childPath(key))' names \"\(id)\", which is not in '\(list)'",
                "'\(o.childPath(key))' の \"\(id)\" は '\(list)' にありません"))
        }
        return id
    }
}
