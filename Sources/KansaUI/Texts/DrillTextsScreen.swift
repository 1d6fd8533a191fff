import KansaCore

/// The texts written after the drill (`T` from the board): each system's 課題等, each task's results, その他 and
/// 総括. A short one is typed on the line editor, a long one written in `$EDITOR`; every change is one undo step,
/// shared with the board it came from.
public struct DrillTextsScreen: AppScreen, DrillEditing {
    public private(set) var drill: Drill
    var history: EditHistory<DrillEdit>
    public internal(set) var fileName: String
    public internal(set) var readOnlyReason: String?
    public internal(set) var saveError: String?
    public internal(set) var message: Message?
    var selected = 0
    /// The first row shown.
    var top = 0
    var prompt: SetupPrompt<DrillText>?
    /// Never asked here: nothing is removed on this screen.
    var confirming: (edit: DrillEdit, question: String)?
    /// The text being written in `$EDITOR`.
    var editingExternally: DrillText?

    public init(drill: Drill, history: EditHistory<DrillEdit>, fileName: String, readOnlyReason: String?, saveError: String?) {
        self.drill = drill
        self.history = history
        self.fileName = fileName
        self.readOnlyReason = readOnlyReason
        self.saveError = saveError
    }

    /// The rows: the systems' 課題等, the tasks' results, その他, 総括.
    var texts: [DrillText] {
        drill.systems.map { .issue($0.id) } + drill.tasks.map { .results($0.id) } + [.notes, .conclusions]
    }

    var row: Int {
        get { min(selected, texts.count - 1) }
        set { selected = max(0, min(newValue, texts.count - 1)) }
    }

    var edited: Drill {
        get { drill }
        set { drill = newValue }
    }

    public var isTyping: Bool { prompt != nil }

    public var editedDocument: Document? { .drill(drill) }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(TextsKeys.bindings, strings)
    }

    public mutating func say(_ message: Message) {
        self.message = message
    }

    public func draw(into out: inout Screen, context: ScreenContext) {
        DrillTextsView(screen: self, strings: context.strings, glyphs: context.glyphs).draw(into: &out)
    }

    public mutating func settle(context: ScreenContext) {
        let shown = AuditSetupScreen.bodyRows(context.rows)
        if row < top { top = row }
        if row >= top + shown { top = row - shown + 1 }
        top = max(0, top)
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        var outcome = ScreenOutcome()
        let strings = context.strings
        switch event.kind {
        case .key(let key):
            outcome = handle(key, strings: strings)
        case .edited(let text):
            if let which = editingExternally {
                outcome.effects = write(which, text, strings: strings)
            }
            editingExternally = nil
        case .editorFailed(let reason):
            editingExternally = nil
            message = Message(strings.editorFailed(reason), isError: true)
        default:
            takeFileOutcome(event.kind, strings: strings)
        }
        settle(context: context)
        return outcome
    }

    private mutating func handle(_ key: Key, strings: Strings) -> ScreenOutcome {
        switch answer(key, strings: strings) {
        case .handled: return ScreenOutcome()
        case .confirmed(let edit): return ScreenOutcome(perform(edit, strings: strings))
        case .answered(let which, let lines): return ScreenOutcome(write(which, lines[0], strings: strings))
        case nil: break
        }
        message = nil
        guard let action = TextsKeys.table[key] else { return ScreenOutcome() }
        switch action {
        case .back: return ScreenOutcome(next: .back)
        case .help: return ScreenOutcome(next: .help)
        case .up: row -= 1
        case .down: row += 1
        case .first: row = 0
        case .last: row = texts.count - 1
        case .undo: return ScreenOutcome(replay(undo: true, strings: strings))
        case .redo: return ScreenOutcome(replay(undo: false, strings: strings))
        case .edit, .editExternally:
            if let readOnlyReason {
                message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
                return ScreenOutcome()
            }
            let which = texts[row]
            if action == .edit, case .issue = which {
                prompt = SetupPrompt(purpose: which, lines: [(strings.textName(which, in: drill) + ": ", LineEditor(startingText(which, separator: "。")))])
                return ScreenOutcome()
            }
            editingExternally = which
            return ScreenOutcome([.editExternally(startingText(which, separator: "\n"))])
        }
        return ScreenOutcome()
    }

    /// The text an edit starts from: what is written, or for a system with nothing written yet, what the log
    /// holds about it.
    func startingText(_ which: DrillText, separator: String) -> String {
        let written = drill.text(which) ?? ""
        guard written.isEmpty, case .issue(let id) = which else { return written }
        return drill.eventTexts(of: id).joined(separator: separator)
    }

    /// Writes the text as one undo step; the same text again changes nothing and says so.
    private mutating func write(_ which: DrillText, _ text: String, strings: Strings) -> [AppEffect] {
        let trimmed = text.trimmingWhitespace
        var changed = drill
        guard changed.apply(.text(which, trimmed)) != nil, changed != drill else {
            message = Message(strings.unchanged(strings.textName(which, in: drill)))
            return []
        }
        let effects = perform(.text(which, trimmed), strings: strings)
        if !effects.isEmpty { message = Message(strings.written(strings.textName(which, in: drill))) }
        return effects
    }
}
