/// How many cells hold each verdict, and how far the hearings have come.
public struct VerdictCounts: Hashable, Sendable {
    public var compliant = 0
    public var improved = 0
    public var needsImprovement = 0
    public var notApplicable = 0
    /// Cells with no verdict yet.
    public var blank = 0
    /// Cells marked 要確認, to confirm later.
    public var toConfirm = 0

    public init() {}

    public subscript(verdict: Verdict?) -> Int {
        get {
            switch verdict {
            case .compliant: compliant
            case .improved: improved
            case .needsImprovement: needsImprovement
            case .notApplicable: notApplicable
            case nil: blank
            }
        }
        set {
            switch verdict {
            case .compliant: compliant = newValue
            case .improved: improved = newValue
            case .needsImprovement: needsImprovement = newValue
            case .notApplicable: notApplicable = newValue
            case nil: blank = newValue
            }
        }
    }

    /// Cells that hold a verdict.
    public var heard: Int { compliant + improved + needsImprovement + notApplicable }
    /// Every cell of the matrix.
    public var total: Int { heard + blank }
}

extension Audit {
    /// Counts over the whole matrix.
    public var counts: VerdictCounts {
        var counts = VerdictCounts()
        for section in sections {
            for item in section.items {
                for cell in item.cells {
                    counts[cell.verdict] += 1
                    if cell.flagged { counts.toConfirm += 1 }
                }
            }
        }
        return counts
    }
}
