import KansaCore

extension JSONObject {
    /// A string member that must be one of an enumeration's raw values.
    mutating func token<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) throws(JSONProblem) -> E
    where E.RawValue == String {
        let n = try node(key)
        guard case .string(let s) = n.value else { throw wrongType(n, key, expected: "a string") }
        guard let value = E(rawValue: s) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw JSONProblem(offset: n.offset, message: "unknown value \"\(s)\" for '\(childPath(key))' (one of \(allowed))")
        }
        return value
    }

    mutating func optionalVerdict(_ key: String) throws(JSONProblem) -> Verdict? {
        guard let n = optionalNode(key) else { return nil }
        guard case .string(let s) = n.value else { throw wrongType(n, key, expected: "a string") }
        guard let verdict = Verdict(rawValue: s) else {
            throw JSONProblem(offset: n.offset, message: "unknown verdict \"\(s)\" at '\(childPath(key))' (○ △ × － or no verdict)")
        }
        return verdict
    }

    mutating func date(_ key: String) throws(JSONProblem) -> LocalDate {
        let n = try node(key)
        guard case .string(let s) = n.value, let date = LocalDate(iso: s) else {
            throw wrongType(n, key, expected: "a date written YYYY-MM-DD")
        }
        return date
    }

    mutating func clockTime(_ key: String) throws(JSONProblem) -> ClockTime? {
        guard let n = optionalNode(key) else { return nil }
        guard case .string(let s) = n.value, let time = ClockTime(s) else {
            throw wrongType(n, key, expected: "a time written H:MM")
        }
        return time
    }

    mutating func timestamp(_ key: String) throws(JSONProblem) -> Timestamp {
        let n = try node(key)
        guard case .string(let s) = n.value, let time = Timestamp(iso: s) else {
            throw wrongType(n, key, expected: "a time written YYYY-MM-DDTHH:MM:SS+09:00")
        }
        return time
    }

    /// `+09:00` read as seconds east of UTC.
    mutating func utcOffset(_ key: String) throws(JSONProblem) -> Int {
        let n = try node(key)
        guard case .string(let s) = n.value, let offset = Timestamp(iso: "1970-01-01T00:00:00" + s)?.utcOffset else {
            throw wrongType(n, key, expected: "an offset from UTC written +09:00")
        }
        return offset
    }

    mutating func id<T>(_ key: String) throws(JSONProblem) -> Identifier<T> {
        let value = try string(key)
        guard !value.isEmpty else {
            throw JSONProblem(offset: node.offset, message: "'\(childPath(key))' is empty; an id needs at least one character")
        }
        return Identifier(value)
    }

    mutating func recordedTime(_ key: String) throws(JSONProblem) -> RecordedTime? {
        try optionalObject(key) { (o: inout JSONObject) throws(JSONProblem) in
            RecordedTime(
                happened: try o.timestamp("happened"), recorded: try o.timestamp("recorded"),
                corrections: try o.objects("corrections") { (c: inout JSONObject) throws(JSONProblem) in
                    TimeCorrection(happened: try c.timestamp("happened"), recorded: try c.timestamp("recorded"))
                })
        }
    }
}

/// Checks that ids in a list are unique, pointing at the second of a pair.
func requireUnique<T>(_ ids: [Identifier<T>], nodes: [JSONNode], in list: String) throws(JSONProblem) {
    var seen: Set<Identifier<T>> = []
    for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
        throw JSONProblem(offset: nodes[i].offset, message: "the id \"\(id)\" appears twice in '\(list)'")
    }
}

extension JSONWriter {
    mutating func field(_ name: String, _ date: LocalDate) {
        field(name, date.description)
    }

    mutating func field(_ name: String, _ time: Timestamp) {
        field(name, time.description)
    }

    mutating func field<T>(_ name: String, _ id: Identifier<T>) {
        field(name, id.rawValue)
    }

    mutating func field(_ name: String, _ time: RecordedTime) {
        field(name) { w in
            w.field("happened", time.happened)
            w.field("recorded", time.recorded)
            if !time.corrections.isEmpty {
                w.key("corrections")
                w.array { w in
                    for correction in time.corrections {
                        w.element()
                        w.object { w in
                            w.field("happened", correction.happened)
                            w.field("recorded", correction.recorded)
                        }
                    }
                }
            }
        }
    }

    /// A list of objects, one written by `body` per element.
    mutating func objects<S: Sequence>(_ name: String, _ elements: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        key(name)
        array { w in
            for element in elements {
                w.element()
                w.object { w in body(&w, element) }
            }
        }
    }
}
