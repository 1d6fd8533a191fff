/// One field of the audit's description (概要), with its value.
public enum AuditField: Hashable, Sendable {
    case title(String)
    /// The Western year the fiscal year starts in.
    case fiscalYear(Int)
    case period(String)
    case auditDate(LocalDate)
    case purpose(String)
    case targetSystems([String])
    case lead(String)
    case department(String)
    case criteria([String])
}

extension Audit {
    /// The field's value in this audit: the field with the value it has now.
    func current(_ field: AuditField) -> AuditField {
        switch field {
        case .title: .title(title)
        case .fiscalYear: .fiscalYear(fiscalYear)
        case .period: .period(period)
        case .auditDate: .auditDate(auditDate)
        case .purpose: .purpose(purpose)
        case .targetSystems: .targetSystems(targetSystems)
        case .lead: .lead(organisation.lead)
        case .department: .department(organisation.department)
        case .criteria: .criteria(criteria)
        }
    }

    /// Sets a field.
    mutating func set(_ field: AuditField) {
        switch field {
        case .title(let value): title = value
        case .fiscalYear(let value): fiscalYear = value
        case .period(let value): period = value
        case .auditDate(let value): auditDate = value
        case .purpose(let value): purpose = value
        case .targetSystems(let value): targetSystems = value
        case .lead(let value): organisation.lead = value
        case .department(let value): organisation.department = value
        case .criteria(let value): criteria = value
        }
    }
}
