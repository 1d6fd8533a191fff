/// A change to how an audit is set up: its description, its divisions, its sections and items. Applying one
/// returns the edit that undoes it exactly, cells, notes and remarks included.
public enum AuditSetupEdit: Hashable, Sendable {
    case field(AuditField)
    /// A division at a column, with the cells, remarks and hearing record it brings back (none for a new one).
    case insertDivision(Division, at: Int, cells: [ItemID: Cell], remarks: [SectionID: String], hearing: Hearing?)
    case removeDivision(DivisionID)
    case renameDivision(DivisionID, name: String, shortName: String)
    case moveDivision(DivisionID, to: Int)
    case insertSection(AuditSection, at: Int)
    case removeSection(SectionID)
    case editSection(SectionID, numeral: String, title: String, remarksLabel: String)
    case moveSection(SectionID, to: Int)
    /// An item (with its cells, parallel to the divisions) at a place in a section.
    case insertItem(AuditItem, section: SectionID, at: Int)
    case removeItem(ItemID)
    case editItem(ItemID, number: String, title: String, explanation: String)
    case moveItem(ItemID, section: SectionID, to: Int)
}

extension Audit {
    /// Applies a set-up edit and returns its inverse; one naming something that does not exist changes nothing.
    mutating func apply(_ edit: AuditSetupEdit) -> AuditSetupEdit? {
        switch edit {
        case .field(let field):
            let old = current(field)
            set(field)
            return .field(old)
        case .insertDivision(let division, let at, let cells, let remarks, let hearing):
            guard divisionIndex(division.id) == nil else { return nil }
            let column = max(0, min(at, divisions.count))
            divisions.insert(division, at: column)
            for s in sections.indices {
                for i in sections[s].items.indices {
                    sections[s].items[i].cells.insert(cells[sections[s].items[i].id] ?? Cell(), at: column)
                }
                if let remark = remarks[sections[s].id] { sections[s].remarks[division.id] = remark }
            }
            hearings[division.id] = hearing
            return .removeDivision(division.id)
        case .removeDivision(let id):
            guard let column = divisionIndex(id) else { return nil }
            var cells: [ItemID: Cell] = [:]
            var remarks: [SectionID: String] = [:]
            for s in sections.indices {
                for i in sections[s].items.indices {
                    let cell = sections[s].items[i].cells.remove(at: column)
                    if !cell.isEmpty { cells[sections[s].items[i].id] = cell }
                }
                remarks[sections[s].id] = sections[s].remarks.removeValue(forKey: id)
            }
            let division = divisions.remove(at: column)
            let hearing = hearings.removeValue(forKey: id)
            return .insertDivision(division, at: column, cells: cells, remarks: remarks, hearing: hearing)
        case .renameDivision(let id, let name, let shortName):
            guard let column = divisionIndex(id) else { return nil }
            let old = divisions[column]
            divisions[column].name = name
            divisions[column].shortName = shortName
            return .renameDivision(id, name: old.name, shortName: old.shortName)
        case .moveDivision(let id, let to):
            guard let from = divisionIndex(id) else { return nil }
            let target = max(0, min(to, divisions.count - 1))
            divisions.insert(divisions.remove(at: from), at: target)
            for s in sections.indices {
                for i in sections[s].items.indices {
                    sections[s].items[i].cells.insert(sections[s].items[i].cells.remove(at: from), at: target)
                }
            }
            return .moveDivision(id, to: from)
        case .insertSection(let section, let at):
            guard !sections.contains(where: { $0.id == section.id }) else { return nil }
            var section = section
            for i in section.items.indices where section.items[i].cells.count != divisions.count {
                section.items[i].cells = Array(repeating: Cell(), count: divisions.count)
            }
            sections.insert(section, at: max(0, min(at, sections.count)))
            return .removeSection(section.id)
        case .removeSection(let id):
            guard let index = sections.firstIndex(where: { $0.id == id }) else { return nil }
            return .insertSection(sections.remove(at: index), at: index)
        case .editSection(let id, let numeral, let title, let remarksLabel):
            guard let index = sections.firstIndex(where: { $0.id == id }) else { return nil }
            let old = sections[index]
            sections[index].numeral = numeral
            sections[index].title = title
            sections[index].remarksLabel = remarksLabel
            return .editSection(id, numeral: old.numeral, title: old.title, remarksLabel: old.remarksLabel)
        case .moveSection(let id, let to):
            guard let from = sections.firstIndex(where: { $0.id == id }) else { return nil }
            sections.insert(sections.remove(at: from), at: max(0, min(to, sections.count - 1)))
            return .moveSection(id, to: from)
        case .insertItem(let item, let sectionID, let at):
            guard position(of: item.id) == nil, let s = sections.firstIndex(where: { $0.id == sectionID }) else { return nil }
            var item = item
            if item.cells.count != divisions.count { item.cells = Array(repeating: Cell(), count: divisions.count) }
            sections[s].items.insert(item, at: max(0, min(at, sections[s].items.count)))
            return .removeItem(item.id)
        case .removeItem(let id):
            guard let p = position(of: id) else { return nil }
            let item = sections[p.section].items.remove(at: p.item)
            return .insertItem(item, section: sections[p.section].id, at: p.item)
        case .editItem(let id, let number, let title, let explanation):
            guard let p = position(of: id) else { return nil }
            let old = sections[p.section].items[p.item]
            sections[p.section].items[p.item].number = number
            sections[p.section].items[p.item].title = title
            sections[p.section].items[p.item].explanation = explanation
            return .editItem(id, number: old.number, title: old.title, explanation: old.explanation)
        case .moveItem(let id, let sectionID, let to):
            guard let p = position(of: id), let target = sections.firstIndex(where: { $0.id == sectionID }) else { return nil }
            let item = sections[p.section].items.remove(at: p.item)
            sections[target].items.insert(item, at: max(0, min(to, sections[target].items.count)))
            return .moveItem(id, section: sections[p.section].id, to: p.item)
        }
    }
}
