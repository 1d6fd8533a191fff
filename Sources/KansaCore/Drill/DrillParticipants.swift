public typealias VendorID = Identifier<Vendor>
public typealias ParticipantDivisionID = Identifier<ParticipantDivision>

/// Who takes part in the drill (参加者).
public struct DrillParticipants: Hashable, Sendable {
    /// The division that leads the drill: デジタル都市推進課.
    public var leadDivision: String
    public var leadStaff: [String]
    public var vendors: [Vendor]
    /// Divisions that own servers in the room.
    public var divisions: [ParticipantDivision]

    public init(leadDivision: String, leadStaff: [String], vendors: [Vendor], divisions: [ParticipantDivision]) {
        self.leadDivision = leadDivision
        self.leadStaff = leadStaff
        self.vendors = vendors
        self.divisions = divisions
    }
}

/// A system vendor taking part, with how many people it sends.
public struct Vendor: Hashable, Sendable {
    public var id: VendorID
    public var name: String
    public var headCount: Int
    /// When the vendor was reached in the contact check, if it was.
    public var reached: RecordedTime?
    /// The number the contact check calls.
    public var phone: String

    public init(id: VendorID, name: String, headCount: Int, reached: RecordedTime? = nil, phone: String = "") {
        self.id = id
        self.name = name
        self.headCount = headCount
        self.reached = reached
        self.phone = phone
    }
}

/// A division that owns servers in the room, with its systems and who attends.
public struct ParticipantDivision: Hashable, Sendable {
    public var id: ParticipantDivisionID
    public var name: String
    /// The drill's systems the participants list names for it (references, so a retired system leaves the list).
    public var systems: [SystemID]
    /// Its servers in the room that the drill does not shut down or start (河川情報提供システム), as written.
    public var otherServers: [String]
    public var attendees: [String]
    /// When the division was reached in the contact check, if it was.
    public var reached: RecordedTime?
    /// The number the contact check calls.
    public var phone: String

    public init(
        id: ParticipantDivisionID, name: String, systems: [SystemID], otherServers: [String] = [], attendees: [String],
        reached: RecordedTime? = nil, phone: String = ""
    ) {
        self.id = id
        self.name = name
        self.systems = systems
        self.otherServers = otherServers
        self.attendees = attendees
        self.reached = reached
        self.phone = phone
    }
}
