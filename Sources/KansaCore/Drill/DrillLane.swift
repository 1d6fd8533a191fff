public typealias LaneID = Identifier<DrillLane>

/// A column of the timetable: who does what (各種サーバ, デジタル都市推進課).
public struct DrillLane: Hashable, Sendable {
    public var id: LaneID
    public var title: String
    /// Who acts in this lane.
    public var responder: String

    public init(id: LaneID, title: String, responder: String) {
        self.id = id
        self.title = title
        self.responder = responder
    }
}
