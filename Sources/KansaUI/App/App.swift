import KansaCore

/// The whole interface as a value: the screens open (the one on top takes the keys), the help overlay, the
/// terminal's size. Every event goes through `update`, which returns the work for the run loop; `draw` makes
/// the frame.
public struct App: Sendable {
    /// The open screens, the one on top last; closing the last one quits.
    public private(set) var screens: [any AppScreen]
    public internal(set) var showingHelp = false
    /// The question asked when leaving a screen whose last save failed.
    var unsaved: UnsavedQuit?
    /// The question asked when a save found the file changed by another program.
    var conflict: DiskConflict?
    var helpTop = 0
    public private(set) var rows: Int
    public private(set) var columns: Int
    public let width: CharacterWidth
    public let strings: Strings
    /// Whether a verdict key moves down to the next item, for audits opened from the home screen.
    public let autoAdvance: Bool
    /// Whether the drill board rings the bell when a step falls overdue (the settings file's `bell`).
    public let bell: Bool
    public let glyphs: Glyphs
    /// When the last event arrived.
    public private(set) var time: Instant

    public init(
        screen: any AppScreen, rows: Int, columns: Int, width: CharacterWidth = CharacterWidth(), strings: Strings = Strings(.en),
        autoAdvance: Bool = true, bell: Bool = false, glyphs: Glyphs = .unicode, time: Instant = .origin
    ) {
        self.autoAdvance = autoAdvance
        self.bell = bell
        self.glyphs = glyphs
        screens = [screen]
        self.rows = rows
        self.columns = columns
        self.width = width
        self.strings = strings
        self.time = time
        settleTop()
    }

    /// The screen on top, which takes the keys.
    public var screen: any AppScreen { screens[screens.count - 1] }

    public var context: ScreenContext {
        ScreenContext(rows: rows, columns: columns, width: width, strings: strings, glyphs: glyphs, autoAdvance: autoAdvance, bell: bell)
    }

    var isTooSmall: Bool {
        rows < AuditLayout.minimumRows || columns < AuditLayout.minimumColumns
    }

    private mutating func settleTop() {
        screens[screens.count - 1].settle(context: context)
    }

    /// Takes one event: ticks and the followed file go to every open screen, anything else to the one on top (a
    /// key through the help overlay and the questions first); returns the work for the run loop, in order.
    public mutating func update(_ event: Event) -> [AppEffect] {
        time = event.time
        switch event.kind {
        case .key(let key):
            return press(key, event: event)
        case .resize(let rows, let columns):
            self.rows = rows
            self.columns = columns
            settleTop()
            return []
        case .opened(let document, let path, let readOnlyReason):
            show(screen(for: document, path: path, readOnlyReason: readOnlyReason, at: event.time))
            return []
        case .reloaded(let document, let path, let readOnlyReason):
            conflict = nil
            screens[screens.count - 1] = screen(for: document, path: path, readOnlyReason: readOnlyReason, at: event.time)
            screens[screens.count - 1].say(Message(strings.reloadedFromDisk))
            settleTop()
            return []
        case .previewRead(let document, let path):
            show(ReportPreview(document: document, path: path))
            return []
        case .tick, .followed, .followFailed:
            // The clock and the followed file reach every open screen: a board under a preview keeps time.
            var effects: [AppEffect] = []
            for index in screens.indices.reversed() {
                effects += screens[index].update(event, context: context).effects
            }
            return effects
        default:
            // What came of the work goes to the screen on top, which asked for it.
            var effects = screens[screens.count - 1].update(event, context: context).effects
            switch event.kind {
            case .saved(let error), .savedCopy(_, let error):
                if var question = unsaved {
                    effects += answer(question.finished(error: error), question)
                }
            case .changedOnDisk(let reason):
                unsaved = nil
                showingHelp = false
                conflict = screen.editedDocument.map { DiskConflict(document: $0, reason: reason) }
            case .failed(let reason) where conflict?.step == .waiting:
                conflict?.reason = reason
                conflict?.step = .choose
            case .savedAs(_, let error):
                if let error {
                    conflict?.reason = error
                    conflict?.step = .choose
                } else {
                    conflict = nil
                }
            default:
                break
            }
            return effects
        }
    }

    /// The screen that shows and edits a document read from `path`.
    private func screen(for document: Document, path: String, readOnlyReason: String?, at time: Instant) -> any AppScreen {
        let name = PathName.name(of: path)
        switch document {
        case .audit(let audit):
            return AuditScreen(audit: audit, fileName: name, readOnlyReason: readOnlyReason, width: width, autoAdvance: autoAdvance)
        case .drill(let drill):
            return DrillBoard(drill: drill, fileName: name, readOnlyReason: readOnlyReason, now: time.wall)
        }
    }

    /// Acts on what became of the unsaved-edits question.
    private mutating func answer(_ outcome: UnsavedQuit.Outcome, _ question: UnsavedQuit) -> [AppEffect] {
        switch outcome {
        case .asking(let effects):
            unsaved = question
            return effects
        case .stay:
            unsaved = nil
            return []
        case .leave:
            unsaved = nil
            return close()
        }
    }

    /// Closes the screen on top: back to the one below (letting go of the file when no screen edits it now), or quit.
    private mutating func close() -> [AppEffect] {
        guard screens.count > 1 else { return [.quit] }
        let closed = screens.removeLast()
        screens[screens.count - 1].returned(from: closed)
        settleTop()
        // The file goes only when no screen left edits it (the set-up screen closes over the matrix of the same file).
        let stillEdited = screens.contains { $0.editedDocument != nil }
        return closed.editedDocument == nil || stillEdited ? [] : [.closeDocument]
    }

    private mutating func press(_ key: Key, event: Event) -> [AppEffect] {
        if var question = conflict {
            let (effects, open) = question.handle(key)
            conflict = open ? question : nil
            return effects
        }
        if var question = unsaved {
            return answer(question.handle(key), question)
        }
        if key == .control("c") {
            return guardUnsaved() ?? [.quit]
        }
        if case .paste = key, !screen.isTyping {
            screens[screens.count - 1].say(Message(strings.pasteIgnored, isError: true))
            return []
        }
        if isTooSmall {
            return key == .character("q") ? [.quit] : []
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
        let outcome = screens[screens.count - 1].update(event, context: context)
        switch outcome.next {
        case .stay:
            break
        case .help:
            showingHelp = true
            helpTop = 0
        case .show(let next):
            show(next)
        case .back:
            if let asked = guardUnsaved() { return asked }
            return outcome.effects + close()
        }
        return outcome.effects
    }

    /// Asks what to do with the edits when the screen on top could not save them; nil when they are on disk.
    private mutating func guardUnsaved() -> [AppEffect]? {
        guard let reason = screen.saveError, let document = screen.editedDocument else { return nil }
        unsaved = UnsavedQuit(document: document, reason: reason)
        showingHelp = false
        return []
    }

    /// Puts a screen on top of the others.
    private mutating func show(_ next: any AppScreen) {
        screens.append(next)
        showingHelp = false
        settleTop()
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
        screen.draw(into: &out, context: context)
        if showingHelp { drawHelp(into: &out) }
        unsaved?.draw(into: &out, strings: strings)
        conflict?.draw(into: &out, strings: strings)
        return out
    }

    private func drawHelp(into out: inout Screen) {
        let lines = screen.helpLines(strings)
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

extension KeyBinding {
    /// The help overlay's lines for a list of bindings, in the interface's language.
    static func helpLines(_ bindings: [KeyBinding], _ strings: Strings) -> [HelpLine] {
        bindings.map { HelpLine(keys: $0.keys.map(\.name).joined(separator: " "), text: strings.pick($0.help.en, $0.help.ja)) }
    }
}
