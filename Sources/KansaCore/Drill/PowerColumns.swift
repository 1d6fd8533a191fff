/// The two power columns of the timetable: 通常 (commercial) and 非常用 (emergency), each ○ or ×.
public struct PowerColumns: Hashable, Sendable {
    public var commercial: Bool
    public var emergency: Bool

    public init(commercial: Bool, emergency: Bool) {
        self.commercial = commercial
        self.emergency = emergency
    }
}
