/// A JSON value as a tree that can be taken apart and rebuilt, with the byte offset where each value starts in its
/// source: what a migration rewrites. Reading goes through the tape (`JSONNode`), which builds no tree.
struct JSONTree: Sendable {
    enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number as written, so nothing is lost to floating point.
        case number(String)
        case string(String)
        case array([JSONTree])
        /// Members in the order written.
        case object([(key: String, keyOffset: Int, node: JSONTree)])
    }

    var value: Value
    var offset: Int
}

/// Reading and rewriting parts of a parsed document, for migrations.
extension JSONTree {
    /// The elements of a list; nil for any other value.
    var elements: [JSONTree]? {
        guard case .array(let elements) = value else { return nil }
        return elements
    }

    func isString(_ text: String) -> Bool {
        if case .string(text) = value { return true }
        return false
    }

    /// The string member `key` of an object; nil when absent or not a string.
    func string(_ key: String) -> String? {
        guard case .object(let members) = value, let member = members.first(where: { $0.key == key }),
              case .string(let text) = member.node.value else { return nil }
        return text
    }

    /// The object with its member `key` replaced by `change` of it; unchanged when it is no object or has none.
    func updating(_ key: String, _ change: (JSONTree) -> JSONTree) -> JSONTree {
        guard case .object(var members) = value else { return self }
        for i in members.indices where members[i].key == key { members[i].node = change(members[i].node) }
        return JSONTree(value: .object(members), offset: offset)
    }
}
