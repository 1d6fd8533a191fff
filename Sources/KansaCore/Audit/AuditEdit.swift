/// One change to an audit, as a value: applying it returns the edit that undoes it.
public enum AuditEdit: Hashable, Sendable {
    case verdict(item: ItemID, division: DivisionID, Verdict?)
    case note(item: ItemID, division: DivisionID, String)
    /// Marks a cell 要確認 (to confirm later), or clears the mark.
    case flag(item: ItemID, division: DivisionID, Bool)
    case improvement(item: ItemID, String)
    case remark(section: SectionID, division: DivisionID, String)
    case generalComment(String)
    /// A change to the audit's description, divisions, sections or items.
    case setup(AuditSetupEdit)
    /// A division's hearing record set, or removed with nil.
    case hearing(division: DivisionID, Hearing?)
    /// The open merge conflicts replaced: one taken side resolves its conflict.
    case conflicts([MergeConflict])
    /// Several edits as one undo step.
    case batch([AuditEdit])
}

extension AuditEdit {
    /// Whether the edit changes the audit's divisions, sections or items (and so the matrix's layout).
    public var changesStructure: Bool {
        switch self {
        case .setup(.field): false
        case .setup: true
        case .batch(let edits): edits.contains { $0.changesStructure }
        default: false
        }
    }
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
        case .flag(let item, let division, let flagged):
            guard let p = position(of: item), let d = divisionIndex(division) else { return nil }
            let old = sections[p.section].items[p.item].cells[d].flagged
            sections[p.section].items[p.item].cells[d].flagged = flagged
            return .flag(item: item, division: division, old)
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
        case .setup(let edit):
            return apply(edit).map(AuditEdit.setup)
        case .hearing(let division, let hearing):
            guard divisionIndex(division) != nil else { return nil }
            let old = hearings[division]
            hearings[division] = hearing
            return .hearing(division: division, old)
        case .conflicts(let open):
            let old = conflicts
            conflicts = open
            return .conflicts(old)
        case .batch(let edits):
            var inverses: [AuditEdit] = []
            for edit in edits {
                if let inverse = apply(edit) { inverses.append(inverse) }
            }
            return .batch(inverses.reversed())
        }
    }
}
