import KansaCore

/// The first screen of `kansa` with no file: the workspace's documents with their kind, title, date and progress.
public struct HomeScreen: AppScreen {
    /// One document of the workspace, as listed.
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var name: String
        public var kind: Document.Kind?
        public var title: String
        public var date: String
        public var progress: String
        /// Why the file could not be read, if it could not.
        public var problem: String?
        /// Whether the file has been read: the list reads only the rows it shows, when it first shows them.
        public var isRead = true

        /// A file not read yet: its name alone.
        public init(path: String) {
            self.path = path
            name = PathName.name(of: path)
            title = ""
            date = ""
            progress = ""
            isRead = false
        }

        /// A document that could be read, as its row shows it.
        public init(path: String, document: Document) {
            self.path = path
            name = PathName.name(of: path)
            kind = document.kind
            title = document.title
            date = document.date.description
            progress = HomeScreen.progress(document)
        }

        /// A file that could not be read, with the reason.
        public init(path: String, problem: String) {
            self.path = path
            name = PathName.name(of: path)
            kind = nil
            title = ""
            date = ""
            progress = ""
            self.problem = problem
        }
    }

    public let folder: String
    public private(set) var entries: [Entry]
    public internal(set) var cursor = 0
    /// The first entry shown.
    var top = 0
    /// The files whose reading was asked for.
    var asked: Set<String> = []
    var message: Message?

    public init(folder: String, entries: [Entry], created: Bool, strings: Strings) {
        self.folder = folder
        self.entries = entries
        if created { message = Message(strings.createdWorkspace(folder)) }
    }

    static func progress(_ document: Document) -> String {
        switch document {
        case .audit(let audit):
            let c = audit.counts
            return "\(c.heard)/\(c.total)"
        case .drill(let drill):
            return "\(drill.steps.filter { $0.actual != nil }.count)/\(drill.steps.count)"
        }
    }

    static let bindings: [KeyBinding<HomeAction>] = [
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("previous document", "前の文書")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("next document", "次の文書")),
        KeyBinding(keys: [.character("g"), .home], action: .first, help: ("first document", "最初の文書")),
        KeyBinding(keys: [.character("G"), .end], action: .last, help: ("last document", "最後の文書")),
        KeyBinding(keys: [.enter], action: .open, help: ("open the document", "文書を開く")),
        KeyBinding(keys: [.character("R")], action: .preview, help: ("report preview (then x to export)", "レポートのプレビュー（x で書き出し）")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, help: ("quit", "終了")),
    ]

    static let table = KeyBinding.table(bindings)

    /// The list starts on this row, under the title bar and the column headings.
    static let listTop = 2

    /// How many entries the list shows at a height.
    static func listRows(_ rows: Int) -> Int { max(1, rows - listTop - 1) }

    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        var outcome = ScreenOutcome()
        switch event.kind {
        case .key(let key): outcome = handle(key)
        case .failed(let reason): message = Message(reason, isError: true)
        case .summarised(let path, let document, let problem):
            if let index = entries.firstIndex(where: { $0.path == path }) {
                entries[index] = document.map { Entry(path: path, document: $0) } ?? Entry(path: path, problem: problem ?? "")
            }
        default: break
        }
        settle(context: context)
        outcome.effects += readVisible(context)
        return outcome
    }

    /// Keeps the cursor's entry in view.
    public mutating func settle(context: ScreenContext) {
        let shown = Self.listRows(context.rows)
        if cursor < top { top = cursor }
        if cursor >= top + shown { top = cursor - shown + 1 }
        top = max(0, min(top, max(0, entries.count - shown)))
    }

    /// Asks for the entries on screen that were never read.
    private mutating func readVisible(_ context: ScreenContext) -> [AppEffect] {
        let shown = entries.dropFirst(top).prefix(Self.listRows(context.rows)).filter { !$0.isRead && !asked.contains($0.path) }.map(\.path)
        guard !shown.isEmpty else { return [] }
        asked.formUnion(shown)
        return [.summarise(shown)]
    }

    private mutating func handle(_ key: Key) -> ScreenOutcome {
        message = nil
        if case .click(let row, _) = key {
            let index = row - Self.listTop + top
            if entries.indices.contains(index) { cursor = index }
            return ScreenOutcome()
        }
        guard let action = Self.table[key] else { return ScreenOutcome() }
        switch action {
        case .quit: return ScreenOutcome(next: .back)
        case .help: return ScreenOutcome(next: .help)
        default: break
        }
        guard !entries.isEmpty else { return ScreenOutcome() }
        switch action {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(entries.count - 1, cursor + 1)
        case .first: cursor = 0
        case .last: cursor = entries.count - 1
        case .open: return ScreenOutcome(readablePath().map { [.open(path: $0)] } ?? [])
        case .preview: return ScreenOutcome(readablePath().map { [.preview(path: $0)] } ?? [])
        case .help, .quit: break
        }
        return ScreenOutcome()
    }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(Self.bindings, strings)
    }

    public mutating func say(_ message: Message) {
        self.message = message
    }

    /// Back from a document: its row shows what it holds now, and the cursor is on it.
    public mutating func returned(from screen: any AppScreen) {
        guard let document = screen.editedDocument, entries.indices.contains(cursor), entries[cursor].problem == nil else { return }
        entries[cursor] = Entry(path: entries[cursor].path, document: document)
    }

    /// The selected document's path; nil, with the reason on the status line, when it cannot be read.
    private mutating func readablePath() -> String? {
        let entry = entries[cursor]
        if let problem = entry.problem {
            message = Message(problem, isError: true)
            return nil
        }
        return entry.path
    }

    public func draw(into out: inout Screen, context: ScreenContext) {
        let strings = context.strings
        let glyphs = context.glyphs
        let columns = out.columns
        out.putPadded(" kansa \(glyphs.vertical) " + strings.homeTitle + ": " + folder, row: 0, column: 0, width: columns, style: Style(.status))
        let kindWidth = 6
        let dateWidth = 11
        let progressWidth = 9
        let nameWidth = min(24, max(10, entries.map { out.width.width(of: $0.name) }.max() ?? 10))
        let titleWidth = max(10, columns - 2 - kindWidth - dateWidth - progressWidth - nameWidth - 4)
        if entries.isEmpty {
            out.put(strings.noDocuments, row: 2, column: 2)
        } else {
            let headings = strings.homeColumns
            var c = 2
            for (heading, w) in zip(headings, [kindWidth, nameWidth + 1, titleWidth + 1, dateWidth, progressWidth]) {
                out.put(heading, row: 1, column: c, style: Style(.header), limit: w)
                c += w
            }
        }
        for (offset, entry) in entries.dropFirst(top).prefix(Self.listRows(out.rows)).enumerated() {
            let i = top + offset
            let row = Self.listTop + offset
            let selected = i == cursor
            let style = Style(entry.problem == nil ? .normal : .warning, highlighted: selected)
            out.fill(Rect(row: row, column: 0, height: 1, width: columns), style: style)
            var c = 2
            out.put(entry.kind.map(strings.kind) ?? (entry.isRead ? "?" : "…"), row: row, column: c, style: style, limit: kindWidth); c += kindWidth
            out.put(entry.name, row: row, column: c, style: style, limit: nameWidth); c += nameWidth + 1
            if let problem = entry.problem {
                out.put(strings.damaged + ": " + problem, row: row, column: c, style: style, limit: columns - c)
                continue
            }
            out.put(out.width.truncate(entry.title, to: titleWidth), row: row, column: c, style: style); c += titleWidth + 1
            out.put(entry.date, row: row, column: c, style: style, limit: dateWidth); c += dateWidth
            out.put(entry.progress, row: row, column: c, style: style, limit: progressWidth)
        }
        let status = Rect(row: out.rows - 1, column: 0, height: 1, width: columns)
        out.fill(status, style: Style(.status))
        if let message {
            out.putMessage(message, row: status.row, column: 1, available: columns - 2 - out.width.width(of: strings.helpHint + " "))
        }
        let hint = strings.helpHint + " "
        out.put(hint, row: status.row, column: columns - out.width.width(of: hint), style: Style(.status))
    }
}

/// What a key asks of the home screen.
enum HomeAction: Hashable, Sendable {
    case up, down, first, last, open, preview, help, quit
}
