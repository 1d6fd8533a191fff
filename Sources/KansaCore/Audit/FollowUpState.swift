/// Where an earlier audit's × stands now.
public enum FollowUpState: Hashable, Sendable {
    /// × again: still open.
    case open
    /// Not heard yet: still open until it is.
    case notHeardYet
    /// ○, △ or － now.
    case resolved
    /// The division or the item is not part of this audit (今回対象外).
    case notAudited
}

extension Finding {
    /// Where this follow-up stands.
    public var followUpState: FollowUpState {
        guard audited else { return .notAudited }
        switch cell.verdict {
        case .needsImprovement: return .open
        case nil: return .notHeardYet
        case .compliant, .improved, .notApplicable: return .resolved
        }
    }
}
