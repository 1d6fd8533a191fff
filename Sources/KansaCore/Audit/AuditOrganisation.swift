/// Who carries out the audit (監査実施体制).
public struct AuditOrganisation: Hashable, Sendable {
    /// 監査実施責任者
    public var lead: String
    /// 監査担当部門
    public var department: String

    public init(lead: String, department: String) {
        self.lead = lead
        self.department = department
    }
}
