import KansaCore
import KansaReport

extension ReportPreview: AppScreen {
    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch event.kind {
        case .key(let key):
            if prompt == nil, let action = PreviewKeys.table[key] {
                switch action {
                case .close: return ScreenOutcome(next: .back)
                case .help: return ScreenOutcome(next: .help)
                default: break
                }
            }
            return ScreenOutcome(handle(key, bodyRows: ReportPreviewView.bodyRows(context.rows), strings: context.strings))
        case .exported(let path, let error):
            message = error.map { Message(context.strings.exportFailed($0), isError: true) } ?? Message(context.strings.exported(path))
        case .failed(let reason), .editorFailed(let reason):
            message = Message(reason, isError: true)
        case .tick, .resize, .followed, .followFailed, .saved, .savedCopy, .opened, .previewRead, .edited, .changedOnDisk, .reloaded, .savedAs, .summarised:
            break
        }
        return ScreenOutcome()
    }

    public func draw(into out: inout Screen, context: ScreenContext) {
        ReportPreviewView(preview: self, strings: context.strings, glyphs: context.glyphs).draw(into: &out)
    }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(PreviewKeys.bindings, strings)
    }

    public var isTyping: Bool {
        if case .search = prompt { return true }
        return false
    }

    public mutating func say(_ message: Message) {
        self.message = message
    }

    /// Lays the report out for the width; the tables are ruled in ASCII where box-drawing lines would not line up.
    public mutating func settle(context: ScreenContext) {
        let rules: TableRules = context.glyphs == .ascii || context.width.ambiguousIsWide ? .ascii : .box
        layout(columns: ReportPreviewView.bodyColumns(context.columns), width: context.width, rules: rules)
        top = min(top, maxTop(ReportPreviewView.bodyRows(context.rows)))
    }
}
