/// What one kansa file holds: an audit or a drill.
public enum Document: Hashable, Sendable {
    case audit(Audit)
    case drill(Drill)

    public var kind: Kind {
        switch self {
        case .audit: .audit
        case .drill: .drill
        }
    }

    public var title: String {
        switch self {
        case .audit(let audit): audit.title
        case .drill(let drill): drill.title
        }
    }

    /// The kind of document, as written in the file's `kind` key.
    public enum Kind: String, CaseIterable, Sendable {
        case audit
        case drill
    }
}
