/// Why a kansa file could not be read or written, said so that a user can act on it.
public struct StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Reason: Sendable, Equatable {
        case notFound
        case unreadable(String)
        /// The text is not a kansa document: where and what.
        case damaged(line: Int, column: Int, message: String)
        case unwritable(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .notFound: "\(path): no such file"
        case .unreadable(let why): "\(path): cannot read: \(why)"
        case .damaged(let line, let column, let message): "\(path):\(line):\(column): \(message)"
        case .unwritable(let why): "\(path): cannot save: \(why)"
        }
    }
}
