/// The set-up edits the interface offers, checked: each returns the edit to apply, or says why not. Ids are made
/// from the names, unique and stable: renaming never changes them, and nobody types one. Item numbers and section
/// numerals are read with full-width letters and digits as half-width (`７` is `7`), as an input method may type them.
extension Audit {
    /// A new division after the one at `after` (at the end when nil); an empty short name takes one made from
    /// the name (税務課 → 税務).
    public func addingDivision(name: String, shortName: String, after: Int?) throws(AuditSetupRefusal) -> AuditEdit {
        let name = name.trimmingWhitespace
        let short = shortName.trimmingWhitespace.isEmpty ? Division.shortName(for: name) : shortName.trimmingWhitespace
        try checkDivision(name: name, shortName: short, except: nil)
        let id = Self.unique(DivisionID(name), avoiding: Set(divisions.map(\.id)))
        let column = after.map { $0 + 1 } ?? divisions.count
        return .setup(.insertDivision(Division(id: id, name: name, shortName: short), at: column, cells: [:], remarks: [:], hearing: nil))
    }

    public func renamingDivision(_ id: DivisionID, name: String, shortName: String) throws(AuditSetupRefusal) -> AuditEdit {
        let name = name.trimmingWhitespace
        let short = shortName.trimmingWhitespace.isEmpty ? Division.shortName(for: name) : shortName.trimmingWhitespace
        try checkDivision(name: name, shortName: short, except: id)
        return .setup(.renameDivision(id, name: name, shortName: short))
    }

    private func checkDivision(name: String, shortName: String, except: DivisionID?) throws(AuditSetupRefusal) {
        guard !name.isEmpty else { throw .emptyName }
        let others = divisions.filter { $0.id != except }
        if others.contains(where: { $0.name == name }) { throw .duplicateDivision(name: name) }
        if others.contains(where: { $0.shortName == shortName }) { throw .duplicateShortName(shortName: shortName) }
    }

    public func removingDivision(_ id: DivisionID) throws(AuditSetupRefusal) -> AuditEdit {
        guard divisions.count > 1 else { throw .lastDivision }
        return .setup(.removeDivision(id))
    }

    /// The division moved one column to the left (`-1`) or right (`1`); nil at the end it moves toward.
    public func movingDivision(_ id: DivisionID, by delta: Int) -> AuditEdit? {
        guard let from = divisionIndex(id), divisions.indices.contains(from + delta) else { return nil }
        return .setup(.moveDivision(id, to: from + delta))
    }

    /// How many verdicts, notes and remarks go with a division.
    public func recordsOf(division id: DivisionID) -> Int {
        guard let column = divisionIndex(id) else { return 0 }
        let cells = sections.reduce(0) { $0 + $1.items.filter { !$0.cell(column).isEmpty }.count }
        return cells + sections.filter { !($0.remarks[id] ?? "").isEmpty }.count
    }

    /// How many verdicts and notes go with an item.
    public func recordsOf(item id: ItemID) -> Int {
        guard let p = position(of: id) else { return 0 }
        return sections[p.section].items[p.item].cells.filter { !$0.isEmpty }.count
    }

    /// A new section after the one at `after` (at the end when nil), with no items.
    public func addingSection(numeral: String, title: String, after: Int?) throws(AuditSetupRefusal) -> AuditEdit {
        let numeral = numeral.foldingWidth.trimmingWhitespace
        let title = title.trimmingWhitespace
        guard !title.isEmpty else { throw .emptyTitle }
        if !numeral.isEmpty, sections.contains(where: { $0.numeral == numeral }) { throw .duplicateNumeral(numeral: numeral) }
        let id = Self.unique(SectionID(numeral.isEmpty ? title : numeral), avoiding: Set(sections.map(\.id)))
        let at = after.map { $0 + 1 } ?? sections.count
        return .setup(.insertSection(AuditSection(id: id, numeral: numeral, title: title, items: []), at: at))
    }

    public func editingSection(_ id: SectionID, numeral: String, title: String, remarksLabel: String) throws(AuditSetupRefusal) -> AuditEdit {
        let numeral = numeral.foldingWidth.trimmingWhitespace
        let title = title.trimmingWhitespace
        guard !title.isEmpty else { throw .emptyTitle }
        if !numeral.isEmpty, sections.contains(where: { $0.id != id && $0.numeral == numeral }) { throw .duplicateNumeral(numeral: numeral) }
        let label = remarksLabel.trimmingWhitespace
        return .setup(.editSection(id, numeral: numeral, title: title, remarksLabel: label.isEmpty ? "備考" : label))
    }

    public func removingSection(_ id: SectionID) throws(AuditSetupRefusal) -> AuditEdit {
        guard sections.count > 1 else { throw .lastSection }
        return .setup(.removeSection(id))
    }

    public func movingSection(_ id: SectionID, by delta: Int) -> AuditEdit? {
        guard let from = sections.firstIndex(where: { $0.id == id }), sections.indices.contains(from + delta) else { return nil }
        return .setup(.moveSection(id, to: from + delta))
    }

    /// A new item in a section, after the item at `after` (first when nil).
    public func addingItem(number: String, title: String, explanation: String, section: SectionID, after: Int?) throws(AuditSetupRefusal) -> AuditEdit {
        let (number, title) = (number.foldingWidth.trimmingWhitespace, title.trimmingWhitespace)
        try checkItem(number: number, title: title, section: section, except: nil)
        let prefix = sections.first { $0.id == section }.map { $0.numeral.isEmpty ? $0.id.rawValue : $0.numeral } ?? section.rawValue
        let id = Self.unique(ItemID("\(prefix)-\(number)"), avoiding: Set(allItems.map(\.item.id)))
        let at = after.map { $0 + 1 } ?? 0
        return .setup(.insertItem(AuditItem(id: id, number: number, title: title, explanation: explanation.trimmingWhitespace), section: section, at: at))
    }

    public func editingItem(_ id: ItemID, number: String, title: String, explanation: String) throws(AuditSetupRefusal) -> AuditEdit {
        let (number, title) = (number.foldingWidth.trimmingWhitespace, title.trimmingWhitespace)
        guard let p = position(of: id) else { throw .emptyTitle }
        try checkItem(number: number, title: title, section: sections[p.section].id, except: id)
        return .setup(.editItem(id, number: number, title: title, explanation: explanation.trimmingWhitespace))
    }

    private func checkItem(number: String, title: String, section: SectionID, except: ItemID?) throws(AuditSetupRefusal) {
        guard !number.isEmpty else { throw .emptyNumber }
        guard !title.isEmpty else { throw .emptyTitle }
        guard let target = sections.first(where: { $0.id == section }) else { return }
        if target.items.contains(where: { $0.id != except && $0.number == number }) {
            throw .duplicateNumber(number: number, section: target.heading)
        }
    }

    public func removingItem(_ id: ItemID) -> AuditEdit {
        .setup(.removeItem(id))
    }

    /// The item moved one place up (`-1`) or down (`1`): past the first or last item of its section, into the
    /// section before or after. Nil at the very start or end, or where the number is taken in the next section.
    public func movingItem(_ id: ItemID, by delta: Int) -> AuditEdit? {
        guard let p = position(of: id) else { return nil }
        let target = p.item + delta
        if sections[p.section].items.indices.contains(target) {
            return .setup(.moveItem(id, section: sections[p.section].id, to: target))
        }
        let next = p.section + delta
        guard sections.indices.contains(next) else { return nil }
        let number = sections[p.section].items[p.item].number
        guard !sections[next].items.contains(where: { $0.number == number }) else { return nil }
        return .setup(.moveItem(id, section: sections[next].id, to: delta > 0 ? 0 : sections[next].items.count))
    }

    /// `base`, or `base-2`, `base-3` … when taken.
    static func unique<T>(_ base: Identifier<T>, avoiding taken: Set<Identifier<T>>) -> Identifier<T> {
        guard taken.contains(base) else { return base }
        var n = 2
        while taken.contains(Identifier("\(base.rawValue)-\(n)")) { n += 1 }
        return Identifier("\(base.rawValue)-\(n)")
    }
}
