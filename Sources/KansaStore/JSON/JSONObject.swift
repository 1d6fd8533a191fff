import KansaCore

/// Reads the members of one JSON object, with errors that say where and what, and refuses keys it does not
/// know, so that a save can never drop what a load did not understand.
struct JSONObject {
    let node: JSONNode
    /// The path of the object holding this one, and this one's name in it; joined only for a message.
    private let parentPath: String
    private let name: String
    private let members: [(key: String, keyOffset: Int, node: JSONNode)]
    /// Which members were asked for, by position (a bit each).
    private var used: [UInt64]
    /// Where the next asked-for key most likely is: files list keys in the order they are read.
    private var cursor = 0

    init(_ node: JSONNode, path: String) throws(JSONProblem) {
        try self.init(node, in: "", name: path)
    }

    /// The object `name` inside the object at `parentPath`.
    init(_ node: JSONNode, in parentPath: String, name: String) throws(JSONProblem) {
        self.parentPath = parentPath
        self.name = name
        guard case .object(let members) = node.value else {
            let place = Self.describe(parentPath.isEmpty ? name : parentPath + "." + name)
            throw JSONProblem(offset: node.offset, message: BilingualText(
                "\(place.en) should be an object, not \(node.kindName.en)",
                "\(place.ja) はオブジェクトでなければなりません（\(node.kindName.ja)になっています）"))
        }
        self.node = node
        self.members = members
        self.used = Array(repeating: 0, count: (members.count + 63) / 64)
    }

    /// Where this object sits in the document: `sections[2].items[6]`.
    var path: String {
        parentPath.isEmpty ? name : parentPath + "." + name
    }

    static func describe(_ path: String) -> BilingualText {
        path.isEmpty ? BilingualText("the document", "文書") : BilingualText(verbatim: "'\(path)'")
    }

    /// `'sections[2]' lacks the key "title"`.
    static func lacks(_ path: String, _ key: String) -> BilingualText {
        let place = describe(path)
        return BilingualText("\(place.en) lacks the key \"\(key)\"", "\(place.ja) にキー \"\(key)\" がありません")
    }

    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The member's node, nil when absent or null.
    mutating func optionalNode(_ key: String) -> JSONNode? {
        let index: Int
        if cursor < members.count, members[cursor].key == key {
            index = cursor
        } else if let found = members.firstIndex(where: { $0.key == key }) {
            index = found
        } else {
            return nil
        }
        cursor = index + 1
        used[index / 64] |= 1 << UInt64(index % 64)
        if case .null = members[index].node.value { return nil }
        return members[index].node
    }

    mutating func node(_ key: String) throws(JSONProblem) -> JSONNode {
        guard let node = optionalNode(key) else {
            throw JSONProblem(offset: self.node.offset, message: Self.lacks(path, key))
        }
        return node
    }

    func wrongType(_ node: JSONNode, _ key: String, expected: BilingualText) -> JSONProblem {
        JSONProblem(offset: node.offset, message: BilingualText(
            "'\(childPath(key))' should be \(expected.en), not \(node.kindName.en)",
            "'\(childPath(key))' は\(expected.ja)でなければなりません（\(node.kindName.ja)になっています）"))
    }

    mutating func string(_ key: String) throws(JSONProblem) -> String {
        let n = try node(key)
        guard case .string(let s) = n.value else { throw wrongType(n, key, expected: .aString) }
        return s
    }

    /// A string member that may be absent; absent reads as empty.
    mutating func text(_ key: String) throws(JSONProblem) -> String {
        try optionalString(key) ?? ""
    }

    mutating func optionalString(_ key: String) throws(JSONProblem) -> String? {
        guard let n = optionalNode(key) else { return nil }
        guard case .string(let s) = n.value else { throw wrongType(n, key, expected: .aString) }
        return s
    }

    mutating func int(_ key: String) throws(JSONProblem) -> Int {
        let n = try node(key)
        guard case .number(let text) = n.value, let value = Int(text) else {
            throw wrongType(n, key, expected: .aWholeNumber)
        }
        return value
    }

    mutating func bool(_ key: String) throws(JSONProblem) -> Bool {
        let n = try node(key)
        guard case .bool(let b) = n.value else { throw wrongType(n, key, expected: .trueOrFalse) }
        return b
    }

    mutating func strings(_ key: String) throws(JSONProblem) -> [String] {
        var result: [String] = []
        for (i, n) in try list(key).enumerated() {
            guard case .string(let s) = n.value else { throw wrongType(n, "\(key)[\(i)]", expected: .aString) }
            result.append(s)
        }
        return result
    }

    /// A list member; absent reads as empty.
    mutating func list(_ key: String) throws(JSONProblem) -> [JSONNode] {
        guard let n = optionalNode(key) else { return [] }
        guard case .array(let elements) = n.value else { throw wrongType(n, key, expected: .aList) }
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
            throw JSONProblem(offset: node.offset, message: Self.lacks(path, key))
        }
        return value
    }

    /// The members of an object member as (key, node) pairs; absent reads as none. A key that appears twice
    /// is refused.
    mutating func map(_ key: String) throws(JSONProblem) -> [(key: String, keyOffset: Int, node: JSONNode)] {
        guard let n = optionalNode(key) else { return [] }
        guard case .object(let members) = n.value else { throw wrongType(n, key, expected: .anObject) }
        try Self.requireUniqueKeys(members, in: childPath(key))
        return members
    }

    static func requireUniqueKeys(_ members: [(key: String, keyOffset: Int, node: JSONNode)], in path: String) throws(JSONProblem) {
        var seen: Set<String> = []
        for member in members where !seen.insert(member.key).inserted {
            throw JSONProblem(offset: member.keyOffset, message: twice(member.key, path))
        }
    }

    /// `the key "x" appears twice in 'path'`.
    static func twice(_ key: String, _ path: String) -> BilingualText {
        let place = describe(path)
        return BilingualText("the key \"\(key)\" appears twice in \(place.en)", "キー \"\(key)\" が\(place.ja)に二度あります")
    }

    /// Fails on a key that was never asked for, or that appears twice.
    func finish() throws(JSONProblem) {
        if let index = members.indices.first(where: { used[$0 / 64] & (1 << UInt64($0 % 64)) == 0 }) {
            let extra = members[index]
            if members[..<index].contains(where: { $0.key == extra.key }) {
                throw JSONProblem(offset: extra.keyOffset, message: Self.twice(extra.key, path))
            }
            let place = Self.describe(path)
            throw JSONProblem(offset: extra.keyOffset, message: BilingualText(
                "unknown key \"\(extra.key)\" in \(place.en)", "\(place.ja) に知らないキー \"\(extra.key)\" があります"))
        }
    }
}
