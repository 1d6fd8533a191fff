import KansaCore

/// One value of a parsed document: its place on the tape.
struct JSONNode: Sendable {
    let tape: JSONTape
    let index: Int

    private var entry: JSONTape.Entry {
        tape.entries[index]
    }

    /// Where the value starts in the text, for error messages.
    var offset: Int {
        Int(entry.offset)
    }

    var isNull: Bool {
        entry.kind == .null
    }

    var string: String? {
        entry.kind == .string ? tape.string(at: index) : nil
    }

    /// A number as written, so nothing is lost to floating point.
    var number: String? {
        entry.kind == .number ? tape.string(at: index) : nil
    }

    var bool: Bool? {
        switch entry.kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// The elements of a list; nil for any other value.
    var elements: [JSONNode]? {
        children(of: .array, each: 1)?.map { JSONNode(tape: tape, index: $0) }
    }

    /// The members of an object in the order written; nil for any other value.
    var members: [JSONMember]? {
        memberKeys?.map { JSONMember(tape: tape, keyIndex: $0) }
    }

    /// The tape entries of an object's keys in the order written (each member's value is the entry after its
    /// key); nil for any other value.
    var memberKeys: [Int]? {
        children(of: .object, each: 2)
    }

    /// The first entry of each of a container's children, each `each` values long (an element; a key and its
    /// value); nil when the value is not of `kind`.
    private func children(of kind: JSONTape.Kind, each: Int) -> [Int]? {
        let entry = entry
        guard entry.kind == kind else { return nil }
        var starts: [Int] = []
        starts.reserveCapacity(Int(entry.count))
        var at = index + 1
        for _ in 0..<entry.count {
            starts.append(at)
            at = Int(tape.entries[at + each - 1].end)
        }
        return starts
    }

    /// The value as a tree, for a migration to rewrite.
    var tree: JSONTree {
        let entry = entry
        let value: JSONTree.Value = switch entry.kind {
        case .null: .null
        case .true: .bool(true)
        case .false: .bool(false)
        case .number: .number(tape.string(at: index))
        case .string: .string(tape.string(at: index))
        case .array: .array(elements?.map(\.tree) ?? [])
        case .object: .object(members?.map { ($0.key, $0.keyOffset, $0.node.tree) } ?? [])
        }
        return JSONTree(value: value, offset: offset)
    }

    /// What a user would call this kind of value in an error message.
    var kindName: BilingualText {
        switch entry.kind {
        case .null: BilingualText(verbatim: "null")
        case .true, .false: .trueOrFalse
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
