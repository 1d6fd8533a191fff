/// One change to an audit, as a value: applying it returns the edit that undoes it.
public enum AuditEdit: Hashable, Sendable {
    case verdict(item: ItemID, division: DivisionID, Verdict?)
    case note(item: ItemID, division: DivisionID, String)
    case improvement(item: ItemID, String)
    case remark(section: SectionID, division: DivisionID, String)
    case generalComment(String)
    /// A division's hearing record set, or removed with nil.
    case hearing(division: DivisionID, Hearing?)
    /// Several edits as one undo step.
    case batch([AuditEdit])
}

extension Audit {
    /// Applies an edit and returns its inverse; an edit naming something that does not exist changes nothing
    /// and returns nil.
    @discardableResult
    public mutating func apply(_ edit: AuditEdit) -> AuditEdit? {
        switch edit {
        case .verdict(let item, let division, let verdict):
            guard let p = position(of: item), let d = divisionIndex(division) else { return nil }
            let old = sections[p.section].items[p.item].cells[d].verdict
            sections[p.section].items[p.item].cells[d].verdict = verdict
            return .verdict(item: item, division: division, old)
        case .note(let item, let division, let note):
            guard let p = position(of: item), let d = divisionIndex(division) else { return nil }
            let old = sections[p.section].items[p.item].cells[d].note
            sections[p.section].items[p.item].cells[d].note = note
            return .note(item: item, division: division, old)
        case .improvement(let item, let text):
            guard let p = position(of: item) else { return nil }
            let old = sections[p.section].items[p.item].improvement
            sections[p.section].items[p.item].improvement = text
            return .improvement(item: item, old)
        case .remark(let section, let division, let text):
            guard let s = sections.firstIndex(where: { $0.id == section }), divisionIndex(division) != nil else { return nil }
            let old = sections[s].remarks[division] ?? ""
            sections[s].remarks[division] = text.isEmpty ? nil : text
            return .remark(section: section, division: division, old)
        case .generalComment(let text):
            let old = generalComment
            generalComment = text
            return .generalComment(old)
        case .hearing(let division, let hearing):
            guard divisionIndex(division) != nil else { return nil }
            let old = hearings[division]
            hearings[division] = hearing
            return .hearing(division: division, old)
        case .batch(let edits):
            var inverses: [AuditEdit] = []
            for edit in edits {
                if let inverse = apply(edit) { inverses.append(inverse) }
            }
            return .batch(inverses.reversed())
        }
    }
}
