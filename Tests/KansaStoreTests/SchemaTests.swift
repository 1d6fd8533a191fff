import Foundation
import Testing
import KansaCore
@testable import KansaStore

/// The JSON Schema in `Schemas/` describes what kansa writes: every sample and derived document validates
/// against it, and a key the schema does not know is caught.
struct SchemaTests {
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schemas/kansa.schema.json").path

    let schema: JSONTree
    let validator: SchemaValidator

    init() throws {
        schema = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath)))).root.tree
        validator = SchemaValidator(root: schema)
    }

    static let documents: [Document] = {
        var drill = SampleDrill.drill
        let t = drill.instant(ClockTime(hour: 9, minute: 10))
        drill.events.append(DrillEvent(id: "e-1", text: "発電機", time: RecordedTime(now: t), system: "core", step: "outage"))
        drill.steps[0].actual = drill.steps[0].actual!.corrected(to: t, at: t)
        var next = SampleAudit.audit.successor(title: "次回", auditDate: LocalDate(year: 2024, month: 3, day: 1))
        next.sections[0].items[0].cells[0] = Cell(verdict: nil, note: "未確認")
        next.apply(.hearing(division: "hogo", Hearing(
            date: LocalDate(year: 2024, month: 2, day: 9), time: "10:00〜11:00", place: "3F会議室",
            attendees: ["保護課長"], interviewers: ["益子補佐"])))
        next.conflicts = [
            MergeConflict(field: "verdict", item: "human-1", division: "kikaku", ours: "○", theirs: "×"),
            MergeConflict(field: "items", item: "gone", ours: nil, theirs: "1 削除された項目"),
        ]
        drill.conflicts = [MergeConflict(field: "events.text", record: "e-1", ours: "発電機", theirs: "発電機起動")]
        var answered = SampleAudit.audit
        answered.sections[0].items[0].cells[0].selfAssessment = SelfAssessment(answer: .partlyNotDone, comment: "一部未実施")
        answered.sections[0].items[1].cells[3] = Cell(selfAssessment: SelfAssessment(answer: nil, comment: "確認中"))
        return [.audit(SampleAudit.audit), .drill(SampleDrill.drill), .drill(drill), .audit(next), .audit(answered)]
    }()

    @Test(arguments: documents)
    func whatKansaWritesValidates(_ document: Document) throws {
        let node = try JSONParser.parse(DocumentFormat.encode(document)).root.tree
        #expect(validator.errors(node) == [])
    }

    @Test func anUnknownKeyOrAWrongVerdictFails() throws {
        var text = String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"period\": ", with: "\"owner\": \"x\", \"period\": ")
        #expect(!validator.errors(try JSONParser.parse(Array(text.utf8)).root.tree).isEmpty)
        let verdict = String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self)
            .replacingOccurrences(of: "\"verdict\": \"×\"", with: "\"verdict\": \"x\"")
        #expect(!validator.errors(try JSONParser.parse(Array(verdict.utf8)).root.tree).isEmpty)
        var answered = SampleAudit.audit
        answered.sections[0].items[0].cells[0].selfAssessment = SelfAssessment(answer: .done)
        let answer = String(decoding: DocumentFormat.encode(.audit(answered)), as: UTF8.self)
            .replacingOccurrences(of: "\"answer\": \"できている\"", with: "\"answer\": \"たぶん\"")
        #expect(!validator.errors(try JSONParser.parse(Array(answer.utf8)).root.tree).isEmpty)
    }
}

/// Checks a JSON value against the parts of JSON Schema (2020-12) that kansa's schema uses: `$ref` to `$defs`,
/// `oneOf`, `type`, `const`, `enum`, `pattern`, `minLength`, `properties`, `required`, `additionalProperties`
/// and `items`.
struct SchemaValidator {
    let root: JSONTree

    func errors(_ value: JSONTree) -> [String] {
        check(value, against: root, at: "$")
    }

    private func member(_ node: JSONTree, _ key: String) -> JSONTree? {
        guard case .object(let members) = node.value else { return nil }
        return members.first { $0.key == key }?.node
    }

    private func string(_ node: JSONTree?) -> String? {
        guard let node, case .string(let s) = node.value else { return nil }
        return s
    }

    private func same(_ a: JSONTree, _ b: JSONTree) -> Bool {
        switch (a.value, b.value) {
        case (.string(let x), .string(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        default: false
        }
    }

    private func check(_ value: JSONTree, against schema: JSONTree, at path: String) -> [String] {
        if let ref = string(member(schema, "$ref")) {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard let defs = member(root, "$defs"), let target = member(defs, name) else { return ["\(path): unknown $ref \(ref)"] }
            return check(value, against: target, at: path)
        }
        var errors: [String] = []
        if let oneOf = member(schema, "oneOf"), case .array(let options) = oneOf.value {
            let matching = options.filter { check(value, against: $0, at: path).isEmpty }.count
            if matching != 1 { errors.append("\(path): matches \(matching) of oneOf") }
        }
        if let type = string(member(schema, "type")) {
            let ok: Bool = switch (type, value.value) {
            case ("string", .string), ("boolean", .bool), ("object", .object), ("array", .array): true
            case ("integer", .number(let n)): Int(n) != nil
            default: false
            }
            if !ok { return errors + ["\(path): not \(type)"] }
        }
        if let constant = member(schema, "const"), !same(value, constant) { errors.append("\(path): not the constant") }
        if let allowed = member(schema, "enum"), case .array(let values) = allowed.value, !values.contains(where: { same(value, $0) }) {
            errors.append("\(path): not one of the enum")
        }
        if case .string(let s) = value.value {
            if let pattern = string(member(schema, "pattern")), s.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): \"\(s)\" does not match \(pattern)")
            }
            if let min = member(schema, "minLength"), case .number(let n) = min.value, s.count < Int(n)! {
                errors.append("\(path): shorter than \(n)")
            }
        }
        if case .object(let members) = value.value {
            let properties = member(schema, "properties")
            if let required = member(schema, "required"), case .array(let names) = required.value {
                for name in names.compactMap({ string($0) }) where !members.contains(where: { $0.key == name }) {
                    errors.append("\(path): lacks \(name)")
                }
            }
            for m in members {
                if let properties, let propertySchema = member(properties, m.key) {
                    errors += check(m.node, against: propertySchema, at: "\(path).\(m.key)")
                } else if let additional = member(schema, "additionalProperties") {
                    if case .bool(false) = additional.value {
                        errors.append("\(path): unknown key \(m.key)")
                    } else if case .object = additional.value {
                        errors += check(m.node, against: additional, at: "\(path).\(m.key)")
                    }
                }
            }
        }
        if case .array(let elements) = value.value, let items = member(schema, "items") {
            for (i, element) in elements.enumerated() {
                errors += check(element, against: items, at: "\(path)[\(i)]")
            }
        }
        return errors
    }
}
