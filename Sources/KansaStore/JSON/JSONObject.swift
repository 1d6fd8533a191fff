/// Reads the members of one JSON object, with errors that say where and what, and refuses keys it does not
/// know, so that a save can never drop what a load did not understand.
struct JSONObject {
    let node: JSONNode
    /// Where this object sits in the document: `sections[2].items[6]`.
    let path: String
    private let members: [(key: String, keyOffset: Int, node: JSONNode)]
    private var used: Set<String> = []

    init(_ node: JSONNode, path: String) throws(JSONProblem) {
        guard case .object(let members) = node.value else {
            throw JSONProblem(offset: node.offset, message: "\(Self.describe(path)) should be an object, not \(node.kindName)")
        }
        self.node = node
        self.path = path
        self.members = members
    }

    static func describe(_ path: String) -> String {
        path.isEmpty ? "the document" : "'\(path)'"
    }

    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The member's node, nil when absent or null.
    mutating func optionalNode(_ key: String) -> JSONNode? {
        used.insert(key)
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        if case .null = member.node.value { return nil }
        return member.node
    }

    mutating func node(_ key: String) throws(JSONProblem) -> JSONNode {
        guard let node = optionalNode(key) else {
            throw JSONProblem(offset: self.node.offset, message: "\(Self.describe(path)) lacks the key \"\(key)\"")
        }
        return node
    }

    func wrongType(_ node: JSONNode, _ key: String, expected: String) -> JSONProblem {
        JSONProblem(offset: node.offset, message: "'\(childPath(key))' should be \(expected), not \(node.kindName)")
    }

    mutating func string(_ key: String) throws(JSONProblem) -> String {
        let n = try node(key)
        guard case .string(let s) = n.value else { throw wrongType(n, key, expected: "a string") }
        return s
    }

    /// A string member that may be absent; absent reads as empty.
    mutating func text(_ key: String) throws(JSONProblem) -> String {
        try optionalString(key) ?? ""
    }

    mutating func optionalString(_ key: String) throws(JSONProblem) -> String? {
        guard let n = optionalNode(key) else { return nil }
        guard case .string(let s) = n.value else { throw wrongType(n, key, expected: "a string") }
        return s
    }

    mutating func int(_ key: String) throws(JSONProblem) -> Int {
        let n = try node(key)
        guard case .number(let text) = n.value, let value = Int(text) else {
            throw wrongType(n, key, expected: "a whole number")
        }
        return value
    }

    mutating func bool(_ key: String) throws(JSONProblem) -> Bool {
        let n = try node(key)
        guard case .bool(let b) = n.value else { throw wrongType(n, key, expected: "true or false") }
        return b
    }

    mutating func strings(_ key: String) throws(JSONProblem) -> [String] {
        var result: [String] = []
        for (i, n) in try list(key).enumerated() {
            guard case .string(let s) = n.value else { throw wrongType(n, "\(key)[\(i)]", expected: "a string") }
            result.append(s)
        }
        return result
    }

    /// A list member; absent reads as empty.
    mutating func list(_ key: String) throws(JSONProblem) -> [JSONNode] {
        guard let n = optionalNode(key) else { return [] }
        guard case .array(let elements) = n.value else { throw wrongType(n, key, expected: "a list") }
        return elements
    }

    /// Each element of a list member read as an object by `read`.
    mutating func objects<T>(_ key: String, _ read: (inout JSONObject) throws(JSONProblem) -> T) throws(JSONProblem) -> [T] {
        var result: [T] = []
        for (i, n) in try list(key).enumerated() {
            var object = try JSONObject(n, path: childPath("\(key)[\(i)]"))
            result.append(try read(&object))
            try object.finish()
        }
        return result
    }

    /// An object member read by `read`; nil when absent.
    mutating func optionalObject<T>(_ key: String, _ read: (inout JSONObject) throws(JSONProblem) -> T) throws(JSONProblem) -> T? {
        guard let n = optionalNode(key) else { return nil }
        var object = try JSONObject(n, path: childPath(key))
        let value = try read(&object)
        try object.finish()
        return value
    }

    mutating func object<T>(_ key: String, _ read: (inout JSONObject) throws(JSONProblem) -> T) throws(JSONProblem) -> T {
        guard let value = try optionalObject(key, read) else {
            throw JSONProblem(offset: node.offset, message: "\(Self.describe(path)) lacks the key \"\(key)\"")
        }
        return value
    }

    /// The members of an object member as (key, node) pairs; absent reads as none.
    mutating func map(_ key: String) throws(JSONProblem) -> [(key: String, keyOffset: Int, node: JSONNode)] {
        guard let n = optionalNode(key) else { return [] }
        guard case .object(let members) = n.value else { throw wrongType(n, key, expected: "an object") }
        return members
    }

    /// Fails on a key that was never asked for.
    func finish() throws(JSONProblem) {
        if let extra = members.first(where: { !used.contains($0.key) }) {
            throw JSONProblem(offset: extra.keyOffset, message: "unknown key \"\(extra.key)\" in \(Self.describe(path))")
        }
    }
}
