import KansaCore
import KansaReport

/// The whole interface as a value: which screen is up, the help overlay, the terminal's size. Keys go in,
/// effects for the run loop come out, and `draw` makes the frame.
public struct App: Sendable {
    public enum Mode: Sendable {
        case home(HomeScreen)
        case audit(AuditScreen)
        case drill(DrillBoard)
        /// A document's report, over the screen it was opened from.
        indirect case preview(ReportPreview, back: Mode)
    }

    public internal(set) var mode: Mode
    public internal(set) var showingHelp = false
    var helpTop = 0
    public private(set) var rows: Int
    public private(set) var columns: Int
    public let width: CharacterWidth
    public let strings: Strings
    /// Whether a verdict key moves down to the next item, for audits opened from the home screen.
    public let autoAdvance: Bool
    public let glyphs: Glyphs

    public init(
        mode: Mode, rows: Int, columns: Int, width: CharacterWidth = CharacterWidth(), strings: Strings = Strings(.en),
        autoAdvance: Bool = true, glyphs: Glyphs = .unicode
    ) {
        self.autoAdvance = autoAdvance
        self.glyphs = glyphs
        self.mode = mode
        self.rows = rows
        self.columns = columns
        self.width = width
        self.strings = strings
        settle()
    }

    var isTooSmall: Bool {
        rows < AuditLayout.minimumRows || columns < AuditLayout.minimumColumns
    }

    var auditLayout: AuditLayout? {
        guard case .audit(let screen) = mode else { return nil }
        return AuditLayout(rows: rows, columns: columns, readOnly: screen.readOnlyReason != nil)
    }

    func geometry(_ screen: AuditScreen, _ layout: AuditLayout) -> MatrixGeometry {
        MatrixGeometry(rect: layout.matrix, itemLabelWidth: screen.itemLabelWidth, divisionWidths: screen.divisionWidths)
    }

    /// The preview's tables are ruled in ASCII where box-drawing lines would not line up.
    var previewRules: TableRules {
        glyphs == .ascii || width.ambiguousIsWide ? .ascii : .box
    }

    /// Keeps the cursor in view after a resize or a new screen; lays a preview out for the width.
    mutating func settle() {
        if case .preview(var preview, let back) = mode {
            preview.layout(columns: ReportPreviewView.bodyColumns(columns), width: width, rules: previewRules)
            preview.top = min(preview.top, preview.maxTop(ReportPreviewView.bodyRows(rows)))
            mode = .preview(preview, back: back)
            return
        }
        guard case .audit(var screen) = mode, let layout = auditLayout else { return }
        screen.scrollIntoView(geometry(screen, layout))
        mode = .audit(screen)
    }

    public mutating func resize(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        settle()
    }

    public mutating func handle(_ key: Key) -> [AppEffect] {
        if case .resize = key { return [] }
        if case .paste = key, !takesText {
            say(Message(strings.pasteIgnored, isError: true))
            return []
        }
        if isTooSmall {
            return key == .character("q") || key == .control("c") ? [.quit] : []
        }
        if showingHelp {
            switch key {
            case .escape, .character("?"), .character("q"), .enter: showingHelp = false
            case .down, .character("j"): helpTop += 1
            case .up, .character("k"): helpTop = max(0, helpTop - 1)
            default: break
            }
            return []
        }
        switch mode {
        case .home(var home):
            if let action = HomeScreen.table[key] {
                if action == .quit { return [.quit] }
                if action == .help { openHelp(); return [] }
            }
            let effects = home.handle(key, listTop: 2, strings: strings)
            mode = .home(home)
            return effects
        case .preview(var preview, let back):
            if preview.prompt == nil, let action = PreviewKeys.table[key] {
                if action == .close { mode = back; settle(); return [] }
                if action == .help { openHelp(); return [] }
            }
            let effects = preview.handle(key, bodyRows: ReportPreviewView.bodyRows(rows), strings: strings)
            mode = .preview(preview, back: back)
            return effects
        case .audit(var screen):
            if screen.prompt == nil, let action = AuditKeys.table[key] {
                if action == .quit { return [.quit] }
                if action == .help { openHelp(); return [] }
                if action == .preview { showPreview(ReportPreview(document: .audit(screen.audit))); return [] }
            }
            let effects = screen.handle(key, geometry: geometry(screen, auditLayout!), strings: strings)
            mode = .audit(screen)
            return effects
        case .drill(var board):
            if board.prompt == nil, let action = DrillKeys.table[key] {
                if action == .quit { return [.quit] }
                if action == .help { openHelp(); return [] }
                if action == .preview { showPreview(ReportPreview(document: .drill(board.drill))); return [] }
            }
            let effects = board.handle(key, strings: strings)
            mode = .drill(board)
            return effects
        }
    }

    /// A tick of the clock (about once a second): the drill board's clock moves on, and a jump of the wall
    /// clock is logged.
    public mutating func tick(wall: Timestamp, monotonic: Int64) -> [AppEffect] {
        guard case .drill(var board) = mode else { return [] }
        let effects = board.tick(wall: wall, monotonic: monotonic, strings: strings)
        mode = .drill(board)
        return effects
    }

    /// What another kansa wrote to the followed drill (also while its report is previewed).
    public mutating func reload(_ drill: Drill) {
        switch mode {
        case .drill(var board):
            board.reload(drill)
            mode = .drill(board)
        case .preview(let preview, .drill(var board)):
            board.reload(drill)
            mode = .preview(preview, back: .drill(board))
        default:
            break
        }
    }

    /// A drill the run loop opened: the board on it.
    public mutating func show(_ board: DrillBoard) {
        mode = .drill(board)
        showingHelp = false
    }

    /// A report preview over the current screen; `q` goes back to it.
    public mutating func showPreview(_ preview: ReportPreview) {
        mode = .preview(preview, back: mode)
        showingHelp = false
        settle()
    }

    private mutating func openHelp() {
        showingHelp = true
        helpTop = 0
    }

    /// A document the run loop opened: the hearing screen on it.
    public mutating func show(_ screen: AuditScreen) {
        mode = .audit(screen)
        showingHelp = false
        settle()
    }

    /// A message on the current screen's status line.
    public mutating func say(_ message: Message) {
        switch mode {
        case .home(var home):
            home.message = message
            mode = .home(home)
        case .audit(var screen):
            screen.message = message
            mode = .audit(screen)
        case .drill(var board):
            board.message = message
            mode = .drill(board)
        case .preview(var preview, let back):
            preview.message = message
            mode = .preview(preview, back: back)
        }
    }

    /// The outcome of an export from the preview: where it went, or why not.
    public mutating func exportFinished(path: String, error: String?) {
        say(error.map { Message(strings.exportFailed($0), isError: true) } ?? Message(strings.exported(path)))
    }

    /// The outcome of the last save: nil when it is on disk, else why not.
    public mutating func saveFinished(error: String?) {
        switch mode {
        case .audit(var screen):
            screen.saveError = error
            mode = .audit(screen)
        case .drill(var board):
            board.saveError = error
            mode = .drill(board)
        case .home, .preview:
            break
        }
    }

    /// The text back from `$EDITOR` (nil when the editor failed, with the reason in `failure`).
    public mutating func finishExternalEdit(_ text: String?, failure: String? = nil) -> [AppEffect] {
        guard case .audit(var screen) = mode else { return [] }
        defer { mode = .audit(screen) }
        guard let text else {
            screen.message = Message(strings.editorFailed(failure ?? ""), isError: true)
            return []
        }
        guard text != screen.audit.generalComment else {
            screen.message = Message(strings.generalCommentUnchanged)
            return []
        }
        return screen.perform(.generalComment(text), strings: strings)
    }

    public func draw() -> Screen {
        var out = Screen(rows: rows, columns: columns, width: width)
        if isTooSmall {
            let text = strings.tooSmall(rows: rows, columns: columns, needRows: AuditLayout.minimumRows, needColumns: AuditLayout.minimumColumns)
            let lines = width.wrap(text, to: max(1, columns))
            for (i, line) in lines.enumerated() {
                out.put(line, row: max(0, rows / 2 - lines.count / 2) + i, column: max(0, (columns - width.width(of: line)) / 2), style: Style(.warning))
            }
            return out
        }
        switch mode {
        case .home(let home):
            home.draw(into: &out, strings: strings, glyphs: glyphs)
        case .audit(let screen):
            let layout = auditLayout!
            AuditView(screen: screen, layout: layout, geometry: geometry(screen, layout), strings: strings, glyphs: glyphs).draw(into: &out)
        case .drill(let board):
            DrillBoardView(board: board, strings: strings, glyphs: glyphs).draw(into: &out)
        case .preview(let preview, _):
            ReportPreviewView(preview: preview, strings: strings, glyphs: glyphs).draw(into: &out)
        }
        if showingHelp { drawHelp(into: &out) }
        return out
    }

    /// The keys of the current screen, from the same tables the keys are looked up in.
    var helpLines: [(keys: String, text: String)] {
        func lines<A>(_ bindings: [KeyBinding<A>]) -> [(keys: String, text: String)] {
            bindings.map { ($0.keys.map(\.name).joined(separator: " "), strings.pick($0.help.en, $0.help.ja)) }
        }
        switch mode {
        case .home: return lines(HomeScreen.bindings)
        case .audit: return lines(AuditKeys.bindings)
        case .drill: return lines(DrillKeys.bindings)
        case .preview: return lines(PreviewKeys.bindings)
        }
    }

    private func drawHelp(into out: inout Screen) {
        let lines = helpLines
        let keyWidth = lines.map { width.width(of: $0.keys) }.max() ?? 0
        let textWidth = lines.map { width.width(of: $0.text) }.max() ?? 0
        let boxWidth = min(columns - 2, keyWidth + textWidth + 6)
        let boxHeight = min(rows - 2, lines.count + 4)
        let box = Rect(row: (rows - boxHeight) / 2, column: (columns - boxWidth) / 2, height: boxHeight, width: boxWidth)
        out.fill(box, style: Style(.normal))
        let corner = width.width(of: glyphs.corners[0])
        let bar = width.width(of: glyphs.vertical)
        let inner = box.width - 2 * corner
        let border = Style(.border)
        for (row, left, right) in [(box.row, glyphs.corners[0], glyphs.corners[1]), (box.bottom - 1, glyphs.corners[2], glyphs.corners[3])] {
            out.put(left, row: row, column: box.column, style: border)
            out.rule(row: row, column: box.column + corner, columns: inner, style: border, glyph: glyphs.horizontal)
            out.put(right, row: row, column: box.right - corner, style: border)
        }
        out.put(" " + strings.helpTitle + " · " + strings.ambiguousSetting(width.ambiguousIsWide) + " ", row: box.row, column: box.column + 2,
                style: Style(.header), limit: inner - 2)
        for r in (box.row + 1)..<(box.bottom - 1) {
            out.put(glyphs.vertical, row: r, column: box.column, style: border)
            out.put(glyphs.vertical, row: r, column: box.right - bar, style: border)
        }
        let visible = box.height - 4
        let top = min(helpTop, max(0, lines.count - visible))
        for (i, line) in lines.dropFirst(top).prefix(visible).enumerated() {
            let row = box.row + 1 + i
            out.put(line.keys, row: row, column: box.column + 2, style: Style(.header), limit: keyWidth)
            out.put(line.text, row: row, column: box.column + 4 + keyWidth, limit: max(0, box.right - 2 - (box.column + 4 + keyWidth)))
        }
        out.put(lines.count > visible ? strings.helpMore : strings.helpClose, row: box.bottom - 2, column: box.column + 2, style: Style(.dim), limit: inner - 2)
    }
}
