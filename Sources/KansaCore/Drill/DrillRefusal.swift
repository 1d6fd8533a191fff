/// Why the drill refused a stamp or a correction, in words for the status line.
public struct DrillRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
