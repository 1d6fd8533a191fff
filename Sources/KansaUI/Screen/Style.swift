/// What a cell on screen is, for the theme to colour: roles, not places.
public enum Role: String, CaseIterable, Sendable {
    case normal
    case compliant = "verdict.compliant"
    case improved = "verdict.improved"
    case needsImprovement = "verdict.needsImprovement"
    case notApplicable = "verdict.notApplicable"
    case blank = "verdict.blank"
    case cursor
    case header
    case sectionTitle
    case status
    case saved
    case readOnly
    case powerCommercial = "power.commercial"
    case powerGenerator = "power.generator"
    case powerOutage = "power.outage"
    case onTime
    case late
    case warning
    /// A cell or field two merged copies changed differently.
    case conflict
    case dim
    case border
}

/// A role and whether the cell is highlighted (the cursor's reverse video).
public struct Style: Hashable, Sendable {
    public var role: Role
    public var highlighted: Bool

    public init(_ role: Role = .normal, highlighted: Bool = false) {
        self.role = role
        self.highlighted = highlighted
    }

    public static let normal = Style()
}
