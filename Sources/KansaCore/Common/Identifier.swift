/// A stable identifier of a thing of kind `Owner`: renaming the thing never changes it.
public struct Identifier<Owner>: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// A new identifier `prefix-N` with the smallest N not in `taken`.
    public static func unique(prefix: String, avoiding taken: Set<Identifier>) -> Identifier {
        var n = taken.count + 1
        while taken.contains(Identifier("\(prefix)-\(n)")) {
            n += 1
        }
        return Identifier("\(prefix)-\(n)")
    }
}
