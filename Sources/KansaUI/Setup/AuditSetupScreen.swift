import FoundationEssentials
import KansaCore

/// Setting up an audit on screen (`S` from the hearing screen): its description (概要), its divisions (課) and its
/// sections and items (項目). Every edit is one undo step, shared with the hearing screen it came from.
public struct AuditSetupScreen: AppScreen, SetupEditing {
    public enum Pane: Int, CaseIterable, Sendable {
        case overview, divisions, items
    }

    /// The fields of the overview pane, in order.
    enum Field: CaseIterable, Sendable {
        case title, fiscalYear, period, auditDate, purpose, targetSystems, lead, department, criteria, generalComment

        /// Whether the field is written in `$EDITOR` (long texts and lists, one entry a line).
        var isLong: Bool {
            switch self {
            case .purpose, .targetSystems, .criteria, .generalComment: true
            default: false
            }
        }
    }

    /// What the lines being typed are for.
    enum PromptPurpose: Equatable, Sendable {
        case field(Field)
        case addDivision(after: Int?)
        case renameDivision(DivisionID)
        case hearing(DivisionID)
        case addItem(section: SectionID, after: Int?)
        case editItem(ItemID)
        case addSection(after: Int?)
        case editSection(SectionID)
    }

    /// A row of the items pane.
    enum ItemRow: Equatable, Sendable {
        case section(Int)
        case item(section: Int, item: Int)
    }

    public private(set) var audit: Audit
    var history: EditHistory<AuditEdit>
    public internal(set) var fileName: String
    public internal(set) var readOnlyReason: String?
    public internal(set) var saveError: String?
    public internal(set) var message: Message?
    public internal(set) var pane: Pane = .overview
    /// The selected row of each pane.
    var selected: [Pane: Int] = [:]
    /// The first row shown of each pane.
    var top: [Pane: Int] = [:]
    var prompt: SetupPrompt<PromptPurpose>?
    /// A removal waiting for `y`, with the question that says what goes with it.
    var confirming: (edit: AuditEdit, question: String)?
    /// The field being written in `$EDITOR`.
    var editing: Field?

    public init(audit: Audit, history: EditHistory<AuditEdit>, fileName: String, readOnlyReason: String?, saveError: String?) {
        self.audit = audit
        self.history = history
        self.fileName = fileName
        self.readOnlyReason = readOnlyReason
        self.saveError = saveError
    }

    var itemRows: [ItemRow] {
        audit.sections.indices.flatMap { s in [ItemRow.section(s)] + audit.sections[s].items.indices.map { ItemRow.item(section: s, item: $0) } }
    }

    /// How many rows the current pane has.
    var rowCount: Int {
        switch pane {
        case .overview: Field.allCases.count
        case .divisions: audit.divisions.count
        case .items: itemRows.count
        }
    }

    var row: Int {
        get { min(selected[pane] ?? 0, max(0, rowCount - 1)) }
        set { selected[pane] = max(0, min(newValue, rowCount - 1)) }
    }

    /// The section of the selected row of the items pane.
    var currentSection: Int? {
        guard pane == .items, itemRows.indices.contains(row) else { return audit.sections.isEmpty ? nil : 0 }
        switch itemRows[row] {
        case .section(let s), .item(let s, _): return s
        }
    }

    public var isTyping: Bool { prompt != nil }

    public var editedDocument: Document? { .audit(audit) }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(SetupKeys.bindings, strings)
    }

    public mutating func say(_ message: Message) {
        self.message = message
    }

    public func draw(into out: inout Screen, context: ScreenContext) {
        AuditSetupView(screen: self, strings: context.strings, glyphs: context.glyphs).draw(into: &out)
    }

    /// The rows the body shows at a terminal height: all but the title bar, the tabs and the status line.
    static func bodyRows(_ rows: Int) -> Int { max(1, rows - 3) }

    public mutating func settle(context: ScreenContext) {
        let shown = Self.bodyRows(context.rows)
        var first = top[pane] ?? 0
        if row < first { first = row }
        if row >= first + shown { first = row - shown + 1 }
        top[pane] = max(0, first)
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        var outcome = ScreenOutcome()
        switch event.kind {
        case .key(let key):
            outcome = handle(key, strings: context.strings)
        case .edited(let text):
            if let field = editing, let edit = Self.edit(field, text) {
                var changed = audit
                if changed.apply(edit) != nil, changed != audit {
                    outcome.effects = perform(edit, strings: context.strings)
                } else {
                    message = Message(context.strings.unchanged(context.strings.fieldLabel(field)))
                }
            }
            editing = nil
        case .editorFailed(let reason):
            editing = nil
            message = Message(context.strings.editorFailed(reason), isError: true)
        default:
            takeFileOutcome(event.kind, strings: context.strings)
        }
        settle(context: context)
        return outcome
    }

    private mutating func handle(_ key: Key, strings: Strings) -> ScreenOutcome {
        switch answer(key, strings: strings) {
        case .handled: return ScreenOutcome()
        case .confirmed(let edit): return ScreenOutcome(perform(edit, strings: strings))
        case .answered(let purpose, let texts): return ScreenOutcome(commit(purpose, texts, strings: strings))
        case nil: break
        }
        message = nil
        guard let action = SetupKeys.table[key] else { return ScreenOutcome() }
        switch action {
        case .back: return ScreenOutcome(next: .back)
        case .help: return ScreenOutcome(next: .help)
        case .up: row -= 1
        case .down: row += 1
        case .first: row = 0
        case .last: row = rowCount - 1
        case .switchPane: pane = Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count)!
        case .undo: return ScreenOutcome(replay(undo: true, strings: strings))
        case .redo: return ScreenOutcome(replay(undo: false, strings: strings))
        case .add, .addSection, .edit, .remove, .moveDown, .moveUp, .hearing:
            if let readOnlyReason {
                message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
                return ScreenOutcome()
            }
            return ScreenOutcome(change(action, strings: strings))
        }
        return ScreenOutcome()
    }

    /// Starts or makes the change a key asks for in the current pane.
    private mutating func change(_ action: SetupAction, strings: Strings) -> [AppEffect] {
        switch (pane, action) {
        case (.overview, .edit):
            let field = Field.allCases[row]
            if field.isLong {
                editing = field
                return [.editExternally(Self.text(of: field, in: audit))]
            }
            prompt = SetupPrompt(purpose: .field(field), lines: [(strings.fieldLabel(field) + ": ", LineEditor(Self.text(of: field, in: audit)))])
        case (.divisions, .add):
            prompt = SetupPrompt(purpose: .addDivision(after: audit.divisions.isEmpty ? nil : row),
                                 lines: [(strings.divisionNamePrompt, LineEditor()), (strings.shortNamePrompt, LineEditor())])
        case (.divisions, .edit):
            guard audit.divisions.indices.contains(row) else { return [] }
            let division = audit.divisions[row]
            prompt = SetupPrompt(purpose: .renameDivision(division.id),
                                 lines: [(strings.divisionNamePrompt, LineEditor(division.name)), (strings.shortNamePrompt, LineEditor(division.shortName))])
        case (.divisions, .hearing):
            guard audit.divisions.indices.contains(row) else { return [] }
            let division = audit.divisions[row]
            let hearing = audit.hearings[division.id]
            prompt = SetupPrompt(purpose: .hearing(division.id), lines: [
                (strings.hearingDatePrompt(division.name), LineEditor((hearing?.date ?? audit.auditDate).description)),
                (strings.hearingTimePrompt, LineEditor(hearing?.time ?? "")),
                (strings.hearingPlacePrompt, LineEditor(hearing?.place ?? "")),
                (strings.hearingAttendeesPrompt, LineEditor(hearing?.attendees.joined(separator: "、") ?? "")),
                (strings.hearingInterviewersPrompt, LineEditor(hearing?.interviewers.joined(separator: "、") ?? "")),
            ])
        case (.divisions, .remove):
            guard audit.divisions.indices.contains(row) else { return [] }
            let division = audit.divisions[row]
            let audit = self.audit
            return ask({ () throws(AuditSetupRefusal) in try audit.removingDivision(division.id) },
                       strings.removeDivision(division.name, records: audit.recordsOf(division: division.id)), strings: strings)
        case (.divisions, .moveDown), (.divisions, .moveUp):
            guard audit.divisions.indices.contains(row),
                  let edit = audit.movingDivision(audit.divisions[row].id, by: action == .moveDown ? 1 : -1) else { return [] }
            row += action == .moveDown ? 1 : -1
            return perform(edit, strings: strings)
        case (.items, .add):
            guard let s = currentSection else {
                message = Message(strings.addASectionFirst, isError: true)
                return []
            }
            let after: Int? = if case .item(_, let i) = itemRows[row] { i } else { nil }
            prompt = SetupPrompt(purpose: .addItem(section: audit.sections[s].id, after: after),
                                 lines: [(strings.itemNumberPrompt, LineEditor()), (strings.itemTitlePrompt, LineEditor()),
                                         (strings.itemExplanationPrompt, LineEditor())])
        case (.items, .addSection), (.overview, .addSection), (.divisions, .addSection):
            pane = .items
            prompt = SetupPrompt(purpose: .addSection(after: currentSection),
                                 lines: [(strings.numeralPrompt, LineEditor()), (strings.sectionTitlePrompt, LineEditor())])
        case (.items, .edit):
            guard itemRows.indices.contains(row) else { return [] }
            switch itemRows[row] {
            case .section(let s):
                let section = audit.sections[s]
                prompt = SetupPrompt(purpose: .editSection(section.id),
                                     lines: [(strings.numeralPrompt, LineEditor(section.numeral)), (strings.sectionTitlePrompt, LineEditor(section.title)),
                                             (strings.remarksLabelPrompt, LineEditor(section.remarksLabel))])
            case .item(let s, let i):
                let item = audit.sections[s].items[i]
                prompt = SetupPrompt(purpose: .editItem(item.id),
                                     lines: [(strings.itemNumberPrompt, LineEditor(item.number)), (strings.itemTitlePrompt, LineEditor(item.title)),
                                             (strings.itemExplanationPrompt, LineEditor(item.explanation))])
            }
        case (.items, .remove):
            guard itemRows.indices.contains(row) else { return [] }
            switch itemRows[row] {
            case .section(let s):
                let section = audit.sections[s]
                let audit = self.audit
                let records = section.items.reduce(0) { $0 + audit.recordsOf(item: $1.id) }
                return ask({ () throws(AuditSetupRefusal) in try audit.removingSection(section.id) },
                           strings.removeSection(section.heading, items: section.items.count, records: records), strings: strings)
            case .item(let s, let i):
                let audit = self.audit
                let item = audit.sections[s].items[i]
                return ask({ () throws(AuditSetupRefusal) in audit.removingItem(item.id) },
                           strings.removeItem("\(item.number) \(item.title)", records: audit.recordsOf(item: item.id)), strings: strings)
            }
        case (.items, .moveDown), (.items, .moveUp):
            guard itemRows.indices.contains(row) else { return [] }
            let delta = action == .moveDown ? 1 : -1
            switch itemRows[row] {
            case .section(let s):
                guard let edit = audit.movingSection(audit.sections[s].id, by: delta) else { return [] }
                let effects = perform(edit, strings: strings)
                if let moved = itemRows.firstIndex(of: .section(s + delta)) { row = moved }
                return effects
            case .item(let s, let i):
                let id = audit.sections[s].items[i].id
                guard let edit = audit.movingItem(id, by: delta) else { return [] }
                let effects = perform(edit, strings: strings)
                if let p = audit.position(of: id), let moved = itemRows.firstIndex(of: .item(section: p.section, item: p.item)) { row = moved }
                return effects
            }
        default:
            break
        }
        return []
    }

    /// Asks `y` before a removal, saying what goes with it; a refused removal says why at once.
    private mutating func ask(_ make: () throws(AuditSetupRefusal) -> AuditEdit, _ question: String, strings: Strings) -> [AppEffect] {
        do {
            confirming = (try make(), question)
        } catch {
            message = Message(strings.setupRefusal(error), isError: true)
        }
        return []
    }

    /// Makes the edit the typed lines describe, or says why not; nothing changes when it is refused.
    private mutating func commit(_ purpose: PromptPurpose, _ texts: [String], strings: Strings) -> [AppEffect] {
        do throws(AuditSetupRefusal) {
            let edit: AuditEdit
            switch purpose {
            case .field(let field):
                guard let made = Self.edit(field, texts[0]) else {
                    message = Message(strings.notAValue(texts[0]), isError: true)
                    return []
                }
                edit = made
            case .addDivision(let after):
                edit = try audit.addingDivision(name: texts[0], shortName: texts[1], after: after)
            case .renameDivision(let id):
                edit = try audit.renamingDivision(id, name: texts[0], shortName: texts[1])
            case .hearing(let division):
                guard case .auditDate(let date)? = Self.parse(.auditDate, texts[0]) else {
                    message = Message(strings.notAValue(texts[0]), isError: true)
                    return []
                }
                let names = { (text: String) in text.split(whereSeparator: { "、,，".contains($0) }).map { $0.trimmingSpaces }.filter { !$0.isEmpty } }
                edit = .hearing(division: division, Hearing(date: date, time: texts[1].foldingWidth.trimmingSpaces,
                                                              place: texts[2].trimmingSpaces, attendees: names(texts[3]), interviewers: names(texts[4])))
            case .addItem(let section, let after):
                edit = try audit.addingItem(number: texts[0], title: texts[1], explanation: texts[2], section: section, after: after)
            case .editItem(let id):
                edit = try audit.editingItem(id, number: texts[0], title: texts[1], explanation: texts[2])
            case .addSection(let after):
                edit = try audit.addingSection(numeral: texts[0], title: texts[1], after: after)
            case .editSection(let id):
                edit = try audit.editingSection(id, numeral: texts[0], title: texts[1], remarksLabel: texts[2])
            }
            let effects = perform(edit, strings: strings)
            select(after: edit)
            return effects
        } catch {
            message = Message(strings.setupRefusal(error), isError: true)
            return []
        }
    }

    /// Puts the selection on what an edit added.
    private mutating func select(after edit: AuditEdit) {
        guard case .setup(let setup) = edit else { return }
        switch setup {
        case .insertDivision(let division, _, _, _, _):
            if let column = audit.divisionIndex(division.id) { row = column }
        case .insertItem(let item, _, _):
            if let p = audit.position(of: item.id), let index = itemRows.firstIndex(of: .item(section: p.section, item: p.item)) { row = index }
        case .insertSection(let section, _):
            if let s = audit.sections.firstIndex(where: { $0.id == section.id }), let index = itemRows.firstIndex(of: .section(s)) { row = index }
        default:
            break
        }
    }

    var edited: Audit {
        get { audit }
        set { audit = newValue }
    }

    func describe(_ edit: AuditEdit, in document: Audit, strings: Strings) -> String {
        strings.describe(edit, in: document)
    }

    func save(_ document: Audit) -> AppEffect {
        .save(.audit(document))
    }

    /// A field's value as it is edited: lists one entry a line.
    static func text(of field: Field, in audit: Audit) -> String {
        switch field {
        case .title: audit.title
        case .fiscalYear: String(audit.fiscalYear)
        case .period: audit.period
        case .auditDate: audit.auditDate.description
        case .purpose: audit.purpose
        case .targetSystems: audit.targetSystems.joined(separator: "\n")
        case .lead: audit.organisation.lead
        case .department: audit.organisation.department
        case .criteria: audit.criteria.joined(separator: "\n")
        case .generalComment: audit.generalComment
        }
    }

    /// The edit that gives a field what was typed for it; nil when it is no value (a year that is no year, a date that is none).
    /// Full-width digits are read as typed; a fiscal year may be written `2023`, `令和5` or `R5`.
    static func edit(_ field: Field, _ text: String) -> AuditEdit? {
        field == .generalComment ? .generalComment(text.trimmingLineBreaks) : parse(field, text).map { .setup(.field($0)) }
    }

    private static func parse(_ field: Field, _ text: String) -> AuditField? {
        let line = text.trimmingWhitespace
        let number = line.foldingWidth
        let lines = text.split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        switch field {
        case .title: return .title(line)
        case .period: return .period(line)
        case .lead: return .lead(line)
        case .department: return .department(line)
        case .purpose: return .purpose(text.trimmingWhitespace)
        case .generalComment: return nil
        case .targetSystems: return .targetSystems(lines)
        case .criteria: return .criteria(lines)
        case .fiscalYear:
            for (prefix, start) in [("令和", 2018), ("R", 2018), ("平成", 1988), ("H", 1988)] where number.hasPrefix(prefix) {
                let rest = number.dropFirst(prefix.count).replacing("年度", with: "")
                let year = rest == "元" ? 1 : Int(rest)
                return year.flatMap { (1...60).contains($0) ? .fiscalYear(start + $0) : nil }
            }
            return Int(number.replacing("年度", with: "")).flatMap { (1900...2200).contains($0) ? .fiscalYear($0) : nil }
        case .auditDate:
            return LocalDate(typed: line).map { .auditDate($0) }
        }
    }
}
