import KansaCore

extension AuditScreen: AppScreen, FileStatus {
    /// Where the screen's parts go at the context's size.
    func layout(_ context: ScreenContext) -> AuditLayout {
        AuditLayout(rows: context.rows, columns: context.columns, readOnly: readOnlyReason != nil)
    }

    func geometry(_ context: ScreenContext) -> MatrixGeometry {
        MatrixGeometry(rect: layout(context).matrix, itemLabelWidth: itemLabelWidth, divisionWidths: divisionWidths)
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        // An edit of the set-up, or its undo, lays the labels out anew.
        defer { cutLabels(to: geometry(context), width: context.width) }
        switch event.kind {
        case .key(let key):
            if prompt == nil, let action = AuditKeys.table[key] {
                switch action {
                case .quit: return ScreenOutcome(next: .back)
                case .help: return ScreenOutcome(next: .help)
                case .preview: return ScreenOutcome(next: .show(ReportPreview(document: .audit(audit))))
                case .setup:
                    return ScreenOutcome(next: .show(AuditSetupScreen(audit: audit, history: history, fileName: fileName,
                                                                      readOnlyReason: readOnlyReason, saveError: saveError)))
                default: break
                }
            }
            return ScreenOutcome(handle(key, geometry: geometry(context), strings: context.strings))
        case .edited(let text):
            return ScreenOutcome(finishExternalEdit(text, strings: context.strings))
        case .editorFailed(let reason):
            message = Message(context.strings.editorFailed(reason), isError: true)
        default:
            takeFileOutcome(event.kind, strings: context.strings)
        }
        return ScreenOutcome()
    }

    /// The 総評 back from `$EDITOR`: recorded when it changed.
    private mutating func finishExternalEdit(_ text: String, strings: Strings) -> [AppEffect] {
        guard text != audit.generalComment else {
            message = Message(strings.generalCommentUnchanged)
            return []
        }
        return perform(.generalComment(text), strings: strings)
    }

    public func draw(into out: inout Screen, context: ScreenContext) {
        AuditView(screen: self, layout: layout(context), geometry: geometry(context), strings: context.strings, glyphs: context.glyphs).draw(into: &out)
    }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(AuditKeys.bindings, strings)
    }

    public var isTyping: Bool {
        switch prompt {
        case .note, .improvement, .remark, .search: true
        case .fill, nil: false
        }
    }

    public mutating func say(_ message: Message) {
        self.message = message
    }

    public mutating func settle(context: ScreenContext) {
        let geometry = geometry(context)
        scrollIntoView(geometry)
        cutLabels(to: geometry, width: context.width)
    }

    public var editedDocument: Document? { .audit(audit) }

    /// Back from the set-up screen: its audit, undo history and file state are this screen's now.
    public mutating func returned(from screen: any AppScreen) {
        guard let setup = screen as? AuditSetupScreen else { return }
        audit = setup.audit
        history = setup.history
        fileName = setup.fileName
        readOnlyReason = setup.readOnlyReason
        saveError = setup.saveError
        counts = audit.counts
        index()
    }
}
