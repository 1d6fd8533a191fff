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
    var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
