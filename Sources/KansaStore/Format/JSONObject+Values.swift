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

    /// A string member read by `parse`; `expected` says what it should look like when it does not parse.
    mutating func parsed<T>(_ key: String, expected: String, _ parse: (String) -> T?) throws(JSONProblem) -> T {
        guard let value = try optionalParsed(key, expected: expected, parse) else {
            throw JSONProblem(offset: node.offset, message: "\(Self.describe(path)) lacks the key \"\(key)\"")
        }
        return value
    }

    mutating func optionalParsed<T>(_ key: String, expected: String, _ parse: (String) -> T?) throws(JSONProblem) -> T? {
        guard let n = optionalNode(key) else { return nil }
        guard case .string(let s) = n.value, let value = parse(s) else { throw wrongType(n, key, expected: expected) }
        return value
    }

    mutating func date(_ key: String) throws(JSONProblem) -> LocalDate {
        try parsed(key, expected: "a date written YYYY-MM-DD") { LocalDate(iso: $0) }
    }

    mutating func clockTime(_ key: String) throws(JSONProblem) -> ClockTime? {
        try optionalParsed(key, expected: "a time written H:MM") { ClockTime($0) }
    }

    mutating func timestamp(_ key: String) throws(JSONProblem) -> Timestamp {
        try parsed(key, expected: "a time written YYYY-MM-DDTHH:MM:SS+09:00") { Timestamp(iso: $0) }
    }

    /// `+09:00` read as seconds east of UTC.
    mutating func utcOffset(_ key: String) throws(JSONProblem) -> Int {
        try parsed(key, expected: "an offset from UTC written +09:00") { Timestamp(iso: "1970-01-01T00:00:00" + $0)?.utcOffset }
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
