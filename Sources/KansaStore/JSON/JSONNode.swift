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
