public typealias SystemID = Identifier<DrillSystem>

/// A server (or system) in the room, with what the plan expects of it.
public struct DrillSystem: Hashable, Sendable {
    /// Whose servers these are in the results table.
    public enum Group: String, CaseIterable, Sendable {
        /// The lead division's own servers.
        case lead
        /// Servers procured by a division.
        case procured
    }

    public var id: SystemID
    public var name: String
    /// The shorter name the participants list uses (打刻サーバ for 打刻システム); empty when it uses the name.
    public var shortName: String
    /// The division that owns it.
    public var owner: String
    public var group: Group
    public var expectedShutdown: OperationMode
    public var expectedStartup: OperationMode
    public var onEmergencyPower: Bool
    /// The issue text of the report (課題等).
    public var issue: String
    /// How to shut it down and start it, in the plan's words.
    public var procedure: String
    /// Who answers for it on the day.
    public var responsible: String
    public var phone: String

    public init(
        id: SystemID, name: String, owner: String, group: Group, expectedShutdown: OperationMode,
        expectedStartup: OperationMode, onEmergencyPower: Bool, shortName: String = "", issue: String = "", procedure: String = "",
        responsible: String = "", phone: String = ""
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.owner = owner
        self.group = group
        self.expectedShutdown = expectedShutdown
        self.expectedStartup = expectedStartup
        self.onEmergencyPower = onEmergencyPower
        self.issue = issue
        self.procedure = procedure
        self.responsible = responsible
        self.phone = phone
    }

    /// The name the participants list gives it.
    public var listedName: String { shortName.isEmpty ? name : shortName }
}
