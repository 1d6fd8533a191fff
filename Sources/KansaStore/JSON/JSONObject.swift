import KansaCore

/// Reads the members of one JSON object, with errors that say where and what, and refuses keys it does not
/// know, so that a save can never drop what a load did not understand.
struct JSONObject {
    let node: JSONNode
    /// The path of the object holding this one, and this one's name in it; joined only for a message.
    private let parentPath: String
    private let name: String
    private let count: Int
    /// Which members were asked for, by position (a bit each): the first 64 here, any further in `moreUsed`.
    private var used: UInt64 = 0
    private var moreUsed: [UInt64] = []
    /// Where the next asked-for key most likely is (files list keys in the order they are read): the member's
    /// position and its key's entry on the tape.
    private var cursor: (member: Int, entry: Int)

    init(_ node: JSONNode, path: String) throws(JSONProblem) {
        try self.init(node, in: "", name: path)
    }

    /// The object `name` inside the object at `parentPath`.
    init(_ node: JSONNode, in parentPath: String, name: String) throws(JSONProblem) {
        self.parentPath = parentPath
        self.name = name
        let entry = node.tape.entries[node.index]
        guard entry.kind == .object else {
            let place = Self.describe(parentPath.isEmpty ? name : parentPath + "." + name)
            throw JSONProblem(offset: node.offset, message: BilingualText(
                "\(place.en) should be an object, not \(node.kindName.en)",
                "\(place.ja) はオブジェクトでなければなりません（\(node.kindName.ja)になっています）"))
        }
        self.node = node
        self.count = Int(entry.count)
        self.cursor = (0, node.index + 1)
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
        let tape = node.tape
        var (member, entry) = cursor
        if member >= count || !tape.string(at: entry, is: key) {
            (member, entry) = (0, node.index + 1)
            while member < count, !tape.string(at: entry, is: key) {
                member += 1
                entry = Int(tape.entries[entry + 1].end)
            }
            guard member < count else { return nil }
        }
        cursor = (member + 1, Int(tape.entries[entry + 1].end))
        if member < 64 {
            used |= 1 << UInt64(member)
        } else {
            if moreUsed.isEmpty { moreUsed = Array(repeating: 0, count: (count - 64 + 63) / 64) }
            moreUsed[(member - 64) / 64] |= 1 << UInt64(member % 64)
        }
        let value = JSONNode(tape: tape, index: entry + 1)
        return value.isNull ? nil : value
    }

    private func isUsed(_ member: Int) -> Bool {
        member < 64 ? used & (1 << UInt64(member)) != 0 : !moreUsed.isEmpty && moreUsed[(member - 64) / 64] & (1 << UInt64(member % 64)) != 0
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
        guard let s = n.string else { throw wrongType(n, key, expected: .aString) }
        return s
    }

    /// A string member that may be absent; absent reads as empty.
    mutating func text(_ key: String) throws(JSONProblem) -> String {
        try optionalString(key) ?? ""
    }

    mutating func optionalString(_ key: String) throws(JSONProblem) -> String? {
        guard let n = optionalNode(key) else { return nil }
        guard let s = n.string else { throw wrongType(n, key, expected: .aString) }
        return s
    }

    mutating func int(_ key: String) throws(JSONProblem) -> Int {
        let n = try node(key)
        guard let text = n.number, let value = Int(text) else {
            throw wrongType(n, key, expected: .aWholeNumber)
        }
        return value
    }

    mutating func bool(_ key: String) throws(JSONProblem) -> Bool {
        let n = try node(key)
        guard let b = n.bool else { throw wrongType(n, key, expected: .trueOrFalse) }
        return b
    }

    mutating func strings(_ key: String) throws(JSONProblem) -> [String] {
        var result: [String] = []
        for (i, n) in try list(key).enumerated() {
            guard let s = n.string else { throw wrongType(n, "\(key)[\(i)]", expected: .aString) }
            result.append(s)
        }
        return result
    }

    /// A list member; absent reads as empty.
    mutating func list(_ key: String) throws(JSONProblem) -> [JSONNode] {
        guard let n = optionalNode(key) else { return [] }
        guard let elements = n.elements else { throw wrongType(n, key, expected: .aList) }
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
    mutating func map(_ key: String) throws(JSONProblem) -> [JSONMember] {
        guard let n = optionalNode(key) else { return [] }
        guard let members = n.members else { throw wrongType(n, key, expected: .anObject) }
        try Self.requireUniqueKeys(members, in: childPath(key))
        return members
    }

    static func requireUniqueKeys(_ members: [JSONMember], in path: String) throws(JSONProblem) {
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
        guard let index = (0..<count).first(where: { !isUsed($0) }), let members = node.members else { return }
        let extra = members[index]
        if members[..<index].contains(where: { $0.hasKey(extra.key) }) {
            throw JSONProblem(offset: extra.keyOffset, message: Self.twice(extra.key, path))
        }
        let place = Self.describe(path)
        throw JSONProblem(offset: extra.keyOffset, message: BilingualText(
            "unknown key \"\(extra.key)\" in \(place.en)", "\(place.ja) に知らないキー \"\(extra.key)\" があります"))
    }
}
