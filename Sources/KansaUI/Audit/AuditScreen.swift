import KansaCore

/// The hearing screen: the audit matrix with its cursor, scroll offsets, prompt and undo history.
public struct AuditScreen: Sendable {
    /// A row of the matrix body.
    enum Row: Equatable, Sendable {
        case section(Int)
        /// An item, by its index in `items`.
        case item(Int)
    }

    /// The line being typed, and what it is for.
    enum Prompt: Equatable, Sendable {
        case note(LineEditor)
        case improvement(LineEditor)
        case remark(LineEditor)
        case search(LineEditor)
        /// Waiting for the verdict to put into every blank cell of the section.
        case fill
    }

    public enum Pane: Sendable {
        case matrix, detail
    }

    public internal(set) var audit: Audit
    public internal(set) var fileName: String
    public internal(set) var readOnlyReason: String?
    /// Whether a verdict key moves down to the next item.
    let autoAdvance: Bool
    /// The widths the layout is measured with.
    let width: CharacterWidth
    /// Every item in catalog order, by section and item index.
    private(set) var items: [(section: Int, item: Int)] = []
    private(set) var rows: [Row] = []
    /// The body row of each item.
    private(set) var rowOfItem: [Int] = []
    /// Each item's label (number, title, explanation), in `items` order.
    private(set) var labels: [String] = []
    /// Each label cut to the item column as the matrix shows it, `cutLabelColumns` wide as `cutLabelWidths`
    /// measure, and measured: cut when the column's width or the labels change, not once a frame. Empty until the
    /// screen is settled at a size, and after `index()`.
    private(set) var cutLabels: [MeasuredText] = []
    private(set) var cutLabelColumns: Int?
    private(set) var cutLabelWidths = CharacterWidth()
    /// The widest item label, in columns.
    private(set) var itemLabelWidth = 10
    /// Each division column's width: its short name's, and at least a verdict's.
    private(set) var divisionWidths: [Int] = []

    public internal(set) var cursorItem = 0
    public internal(set) var cursorDivision = 0
    var topRow = 0
    var firstDivision = 0
    public internal(set) var focus: Pane = .matrix
    var detailTop = 0
    var prompt: Prompt?
    var history = EditHistory<AuditEdit>()
    var lastSearch = ""
    public internal(set) var message: Message?
    public internal(set) var saveError: String?
    public internal(set) var counts: VerdictCounts

    public init(audit: Audit, fileName: String, readOnlyReason: String?, width: CharacterWidth, autoAdvance: Bool = true) {
        self.audit = audit
        self.autoAdvance = autoAdvance
        self.fileName = fileName
        self.readOnlyReason = readOnlyReason
        self.width = width
        counts = audit.counts
        index()
    }

    /// Lays out the rows, labels and column widths from the audit's structure, and keeps the cursor on an item
    /// and a division that exist: at the start, and after every set-up edit and its undo.
    mutating func index() {
        var items: [(section: Int, item: Int)] = []
        var rows: [Row] = []
        var rowOfItem: [Int] = []
        for (s, section) in audit.sections.enumerated() {
            rows.append(.section(s))
            for i in section.items.indices {
                rowOfItem.append(rows.count)
                rows.append(.item(items.count))
                items.append((s, i))
            }
        }
        self.items = items
        self.rows = rows
        self.rowOfItem = rowOfItem
        labels = audit.allItems.map { Self.label($0.item) }
        cutLabels = []
        cutLabelColumns = nil
        itemLabelWidth = labels.map { width.width(of: $0) }.max() ?? 10
        let symbolWidth = Verdict.allCases.map { width.width(of: $0.symbol) }.max() ?? 1
        divisionWidths = audit.divisions.map { max(symbolWidth, 2, width.width(of: $0.shortName)) }
        cursorItem = max(0, min(cursorItem, items.count - 1))
        cursorDivision = max(0, min(cursorDivision, audit.divisions.count - 1))
        firstDivision = min(firstDivision, cursorDivision)
        topRow = max(0, min(topRow, rows.count - 1))
    }

    /// Cuts the labels to the item column of `geometry`, unless they are cut to its width already.
    mutating func cutLabels(to geometry: MatrixGeometry, width: CharacterWidth) {
        let columns = geometry.itemWidth - 1
        guard cutLabelColumns != columns || cutLabelWidths != width else { return }
        cutLabels = labels.map { MeasuredText(width.truncate($0, to: columns), width: width) }
        cutLabelColumns = columns
        cutLabelWidths = width
    }

    /// The label of item `i` cut to `columns`: the one cut before when it was cut to that width.
    func cutLabel(_ i: Int, to columns: Int, width: CharacterWidth) -> MeasuredText {
        if cutLabelColumns == columns && cutLabelWidths == width { return cutLabels[i] }
        return MeasuredText(width.truncate(labels[i], to: columns), width: width)
    }

    /// `2(1) パソコンの取扱い 離席時…`: the item as its row shows it.
    static func label(_ item: AuditItem) -> String {
        item.explanation.isEmpty ? "\(item.number) \(item.title)" : "\(item.number) \(item.title) \(item.explanation)"
    }

    var hasItems: Bool { !items.isEmpty && !audit.divisions.isEmpty }

    /// The item under the cursor, with its section.
    var current: (section: AuditSection, item: AuditItem)? {
        guard hasItems else { return nil }
        let p = items[cursorItem]
        return (audit.sections[p.section], audit.sections[p.section].items[p.item])
    }

    var currentDivision: Division? {
        audit.divisions.isEmpty ? nil : audit.divisions[cursorDivision]
    }

    var currentCell: Cell {
        current?.item.cell(cursorDivision) ?? Cell()
    }

    /// Applies an edit, keeps its inverse for undo, and asks for a save; refused on a read-only file.
    mutating func perform(_ edit: AuditEdit, strings: Strings) -> [AppEffect] {
        if let readOnlyReason {
            message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
            return []
        }
        guard let inverse = audit.apply(edit) else { return [] }
        history.record(inverse: inverse)
        counts = audit.counts
        if edit.changesStructure { index() }
        return [.save(.audit(audit))]
    }

    mutating func undo(strings: Strings) -> [AppEffect] {
        var audit = self.audit
        let edit = history.undo { audit.apply($0) }
        return replayed(edit, on: audit, nothing: strings.nothingToUndo, done: edit.map { strings.undid(strings.describe($0, in: self.audit)) } ?? "")
    }

    mutating func redo(strings: Strings) -> [AppEffect] {
        var audit = self.audit
        let edit = history.redo { audit.apply($0) }
        return replayed(edit, on: audit, nothing: strings.nothingToRedo, done: edit.map { strings.redid(strings.describe($0, in: audit)) } ?? "")
    }

    /// Takes the audit as an undo or redo left it, and shows the cell that changed.
    private mutating func replayed(_ edit: AuditEdit?, on audit: Audit, nothing: String, done: String) -> [AppEffect] {
        guard let edit else {
            message = Message(nothing)
            return []
        }
        self.audit = audit
        counts = audit.counts
        if edit.changesStructure { index() }
        moveCursor(to: edit)
        message = Message(done)
        return [.save(.audit(audit))]
    }

    /// Puts the cursor on the cell an edit touched, so that an undo shows what it undid.
    mutating func moveCursor(to edit: AuditEdit) {
        let target: (ItemID?, DivisionID?)
        switch edit {
        case .verdict(let item, let division, _), .note(let item, let division, _), .flag(let item, let division, _): target = (item, division)
        case .improvement(let item, _): target = (item, nil)
        case .remark(_, let division, _): target = (nil, division)
        case .hearing(let division, _): target = (nil, division)
        case .batch(let edits):
            if let first = edits.last { moveCursor(to: first) }
            return
        case .generalComment, .setup, .conflicts: return
        }
        if let item = target.0, let position = audit.position(of: item),
           let index = items.firstIndex(where: { $0 == position }) {
            cursorItem = index
        }
        if let division = target.1, let d = audit.divisionIndex(division) {
            cursorDivision = d
        }
    }

    /// Scrolls so that the cursor is visible, with its section title when it is the section's first item.
    mutating func scrollIntoView(_ geometry: MatrixGeometry) {
        guard hasItems else { return }
        let height = max(1, geometry.bodyHeight)
        let row = rowOfItem[cursorItem]
        let wanted = row > 0 && rows[row - 1] != .item(cursorItem - 1) ? row - 1 : row
        if wanted < topRow { topRow = wanted }
        if row >= topRow + height { topRow = row - height + 1 }
        topRow = max(0, min(topRow, max(0, rows.count - height)))
        if row < topRow { topRow = row }
        if cursorDivision < firstDivision { firstDivision = cursorDivision }
        while firstDivision < cursorDivision, !geometry.visibleDivisions(from: firstDivision).contains(cursorDivision) {
            firstDivision += 1
        }
    }
}
