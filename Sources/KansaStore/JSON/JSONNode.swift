import KansaCore

/// A parsed JSON value with the byte offset where it starts in its source, for error messages.
struct JSONNode: Sendable {
    enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number as written, so nothing is lost to floating point.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in the order written.
        case object([(key: String, keyOffset: Int, node: JSONNode)])
    }

    var value: Value
    var offset: Int

    /// What a user would call this kind of value in an error message.
    var kindName: BilingualText {
        switch value {
        case .null: BilingualText(verbatim: "null")
        case .bool: .trueOrFalse
        case .number: BilingualText("a number", "数値")
        case .string: .aString
        case .array: .aList
        case .object: .anObject
        }
    }
}

/// The kinds of values error messages name.
extension BilingualText {
    static let aString = BilingualText("a string", "文字列")
    static let anObject = BilingualText("an object", "オブジェクト")
    static let aList = BilingualText("a list", "リスト")
    static let aWholeNumber = BilingualText("a whole number", "整数")
    static let trueOrFalse = BilingualText("true or false", "true か false")
}

/// Reading and rewriting parts of a parsed document, for migrations.
extension JSONNode {
    /// The elements of a list; nil for any other value.
    var elements: [JSONNode]? {
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
    func updating(_ key: String, _ change: (JSONNode) -> JSONNode) -> JSONNode {
        guard case .object(var members) = value else { return self }
        for i in members.indices where members[i].key == key { members[i].node = change(members[i].node) }
        return JSONNode(value: .object(members), offset: offset)
    }
}
