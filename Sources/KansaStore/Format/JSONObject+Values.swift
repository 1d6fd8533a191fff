import KansaCore

extension JSONObject {
    /// A string member that must be one of an enumeration's raw values.
    mutating func token<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) throws(JSONProblem) -> E
    where E.RawValue == String {
        let n = try node(key)
        guard let s = n.string else { throw wrongType(n, key, expected: .aString) }
        guard let value = E(rawValue: s) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw JSONProblem(offset: n.offset, message: BilingualText(
                "unknown value \"\(s)\" for '\(childPath(key))' (one of \(allowed))",
                "'\(childPath(key))' の値 \"\(s)\" は使えません（\(allowed) のどれか）"))
        }
        return value
    }

    mutating func optionalVerdict(_ key: String) throws(JSONProblem) -> Verdict? {
        guard let n = optionalNode(key) else { return nil }
        guard let s = n.string else { throw wrongType(n, key, expected: .aString) }
        guard let verdict = Verdict(rawValue: s) else {
            throw JSONProblem(offset: n.offset, message: BilingualText(
                "unknown verdict \"\(s)\" at '\(childPath(key))' (○ △ × － or no verdict)",
                "'\(childPath(key))' の判定 \"\(s)\" は使えません（○ △ × － または判定なし）"))
        }
        return verdict
    }

    /// A string member read by `parse`; `expected` says what it should look like when it does not parse.
    mutating func parsed<T>(_ key: String, expected: BilingualText, _ parse: (String) -> T?) throws(JSONProblem) -> T {
        guard let value = try optionalParsed(key, expected: expected, parse) else {
            throw JSONProblem(offset: node.offset, message: Self.lacks(path, key))
        }
        return value
    }

    mutating func optionalParsed<T>(_ key: String, expected: BilingualText, _ parse: (String) -> T?) throws(JSONProblem) -> T? {
        guard let n = optionalNode(key) else { return nil }
        guard let s = n.string else { throw wrongType(n, key, expected: expected) }
        guard let value = parse(s) else {
            throw JSONProblem(offset: n.offset, message: BilingualText(
                "'\(childPath(key))' should be \(expected.en); \"\(s)\" is not one",
                "'\(childPath(key))' は\(expected.ja)でなければなりません（\"\(s)\" は読めません）"))
        }
        return value
    }

    mutating func date(_ key: String) throws(JSONProblem) -> LocalDate {
        try parsed(key, expected: BilingualText("a date written YYYY-MM-DD", "YYYY-MM-DD 形式の日付")) { LocalDate(iso: $0) }
    }

    mutating func clockTime(_ key: String) throws(JSONProblem) -> ClockTime? {
        try optionalParsed(key, expected: BilingualText("a time written H:MM", "H:MM 形式の時刻")) { ClockTime($0) }
    }

    mutating func timestamp(_ key: String) throws(JSONProblem) -> Timestamp {
        try parsed(key, expected: BilingualText("a time written YYYY-MM-DDTHH:MM:SS+09:00", "YYYY-MM-DDTHH:MM:SS+09:00 形式の日時")) { Timestamp(iso: $0) }
    }

    /// `+09:00` read as seconds east of UTC.
    mutating func utcOffset(_ key: String) throws(JSONProblem) -> Int {
        try parsed(key, expected: BilingualText("an offset from UTC written +09:00", "+09:00 形式の UTC からの時差")) { Timestamp(iso: "1970-01-01T00:00:00" + $0)?.utcOffset }
    }

    mutating func id<T>(_ key: String) throws(JSONProblem) -> Identifier<T> {
        let value = try string(key)
        guard !value.isEmpty else {
            throw JSONProblem(offset: node.offset, message: BilingualText(
                "'\(childPath(key))' is empty; an id needs at least one character",
                "'\(childPath(key))' が空です。id は1文字以上必要です"))
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
        throw JSONProblem(offset: nodes[i].offset, message: BilingualText(
            "the id \"\(id)\" appears twice in '\(list)'", "id \"\(id)\" が '\(list)' に二度あります"))
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
