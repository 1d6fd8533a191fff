import KansaCore

extension AuditScreen {
    /// Handles one key: moves, edits, prompts. Returns the work for the run loop (a save after every edit).
    /// `help` and `quit` are the app's to handle.
    mutating func handle(_ key: Key, geometry: MatrixGeometry, strings: Strings) -> [AppEffect] {
        message = nil
        if let prompt {
            return handle(key, in: prompt, strings: strings)
        }
        switch key {
        case .click(let row, let column):
            click(row: row, column: column, geometry: geometry)
            return []
        case .wheelUp: scroll(by: -3, geometry: geometry); return []
        case .wheelDown: scroll(by: 3, geometry: geometry); return []
        default: break
        }
        guard let action = AuditKeys.table[key] else { return [] }
        if focus == .detail {
            switch action {
            case .up: detailTop = max(0, detailTop - 1); return []
            case .down: detailTop += 1; return []
            default: break
            }
        }
        return perform(action, geometry: geometry, strings: strings)
    }

    mutating func perform(_ action: AuditAction, geometry: MatrixGeometry, strings: Strings) -> [AppEffect] {
        guard hasItems else { return [] }
        if action.edits, let readOnlyReason {
            message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
            return []
        }
        let lastItem = items.count - 1
        let lastDivision = audit.divisions.count - 1
        var effects: [AppEffect] = []
        switch action {
        case .up: cursorItem = max(0, cursorItem - 1)
        case .down: cursorItem = min(lastItem, cursorItem + 1)
        case .left: cursorDivision = max(0, cursorDivision - 1)
        case .right: cursorDivision = min(lastDivision, cursorDivision + 1)
        case .pageUp: cursorItem = max(0, cursorItem - max(1, geometry.bodyHeight - 1))
        case .pageDown: cursorItem = min(lastItem, cursorItem + max(1, geometry.bodyHeight - 1))
        case .firstItem: cursorItem = 0
        case .lastItem: cursorItem = lastItem
        case .firstDivision: cursorDivision = 0
        case .lastDivision: cursorDivision = lastDivision
        case .search: prompt = .search(LineEditor())
        case .searchNext:
            if lastSearch.isEmpty {
                message = Message(strings.noSearch)
            } else {
                findNext(lastSearch, strings: strings)
            }
        case .toggleFlag:
            if let item = current?.item, let division = currentDivision {
                effects = perform(.flag(item: item.id, division: division.id, !currentCell.flagged), strings: strings)
            }
        case .nextFlagged: nextFlagged(strings: strings)
        case .nextDisagreement: nextDisagreement(strings: strings)
        case .nextBlank: nextBlank(strings: strings)
        case .nextSection: jumpSection(1)
        case .previousSection: jumpSection(-1)
        case .cycleVerdict:
            effects = setVerdict(Verdict.cycled(after: currentCell.verdict), strings: strings)
        case .setVerdict(let verdict):
            effects = setVerdict(verdict, strings: strings)
            if autoAdvance { cursorItem = min(lastItem, cursorItem + 1) }
        case .clearVerdict:
            effects = setVerdict(nil, strings: strings)
        case .editNote: prompt = .note(LineEditor(currentCell.note))
        case .editImprovement: prompt = .improvement(LineEditor(current?.item.improvement ?? ""))
        case .editRemark:
            prompt = .remark(LineEditor(current.flatMap { $0.section.remarks[currentDivision!.id] } ?? ""))
        case .editGeneralComment: effects = [.editExternally(audit.generalComment)]
        case .fillSection: prompt = .fill
        case .keepOurs: effects = resolveConflicts(takingTheirs: false, strings: strings)
        case .takeTheirs: effects = resolveConflicts(takingTheirs: true, strings: strings)
        case .nextConflict: nextConflict(strings: strings)
        case .undo: effects = undo(strings: strings)
        case .redo: effects = redo(strings: strings)
        case .switchPane: focus = focus == .matrix ? .detail : .matrix
        case .preview, .setup, .help, .quit: break
        }
        scrollIntoView(geometry)
        return effects
    }

    private mutating func setVerdict(_ verdict: Verdict?, strings: Strings) -> [AppEffect] {
        guard let item = current?.item, let division = currentDivision, item.cell(cursorDivision).verdict != verdict else {
            return []
        }
        return perform(.verdict(item: item.id, division: division.id, verdict), strings: strings)
    }

    private mutating func handle(_ key: Key, in prompt: Prompt, strings: Strings) -> [AppEffect] {
        if case .fill = prompt {
            self.prompt = nil
            guard case .character(let c) = key, let verdict = Self.fillVerdicts[c] else { return [] }
            return fill(with: verdict, strings: strings)
        }
        var editor: LineEditor
        switch prompt {
        case .note(let e), .improvement(let e), .remark(let e), .search(let e): editor = e
        case .fill: return []
        }
        let outcome = editor.handle(key)
        switch outcome {
        case .editing:
            self.prompt = switch prompt {
            case .note: .note(editor)
            case .improvement: .improvement(editor)
            case .remark: .remark(editor)
            case .search: .search(editor)
            case .fill: .fill
            }
            return []
        case .cancelled:
            self.prompt = nil
            return []
        case .committed(let text):
            self.prompt = nil
            guard let item = current?.item, let division = currentDivision, let section = current?.section else { return [] }
            switch prompt {
            case .note:
                return text == currentCell.note ? [] : perform(.note(item: item.id, division: division.id, text), strings: strings)
            case .improvement:
                return text == item.improvement ? [] : perform(.improvement(item: item.id, text), strings: strings)
            case .remark:
                let old = section.remarks[division.id] ?? ""
                return text == old ? [] : perform(.remark(section: section.id, division: division.id, text), strings: strings)
            case .search:
                lastSearch = text
                if !text.isEmpty { findNext(text, strings: strings) }
                return []
            case .fill:
                return []
            }
        }
    }

    static let fillVerdicts: [Character: Verdict] = [
        "o": .compliant, "1": .compliant, "t": .improved, "2": .improved,
        "x": .needsImprovement, "3": .needsImprovement, "-": .notApplicable, "4": .notApplicable,
    ]

    /// Puts one verdict into every blank cell of the cursor's division in the cursor's section, as one undo step.
    private mutating func fill(with verdict: Verdict, strings: Strings) -> [AppEffect] {
        guard let (section, _) = current, let division = currentDivision else { return [] }
        let edits = section.items.filter { $0.cell(cursorDivision).verdict == nil }
            .map { AuditEdit.verdict(item: $0.id, division: division.id, verdict) }
        guard !edits.isEmpty else {
            message = Message(strings.noBlankCells)
            return []
        }
        let effects = perform(.batch(edits), strings: strings)
        message = Message(strings.applied(verdict.symbol, edits.count))
        return effects
    }

    /// Moves to the next place (after the cursor, wrapping) whose item label or a note holds `text`, full and half
    /// width and case alike (`ＵＳＢ` finds `USB`): an item's label first, then its notes division by division.
    private mutating func findNext(_ text: String, strings: Strings) {
        let needle = text.foldedForSearch
        let columns = audit.divisions.count
        let start = cursorItem * (columns + 1) + cursorDivision + 1
        let places = items.count * (columns + 1)
        for step in 1...places {
            let place = (start + step) % places
            let (index, slot) = (place / (columns + 1), place % (columns + 1))
            let p = items[index]
            let item = audit.sections[p.section].items[p.item]
            let found = slot == 0 ? Self.label(item).foldedForSearch.contains(needle) : item.cell(slot - 1).note.foldedForSearch.contains(needle)
            guard found else { continue }
            cursorItem = index
            if slot > 0 { cursorDivision = slot - 1 }
            if start + step >= places { message = Message(strings.searchWrapped) }
            return
        }
        message = Message(strings.noMatch(text))
    }

    /// The next cell of the cursor's division with no verdict, down the column and round.
    private mutating func nextBlank(strings: Strings) {
        let from = cursorItem
        for step in 1...items.count {
            let index = (from + step) % items.count
            let p = items[index]
            if audit.sections[p.section].items[p.item].cell(cursorDivision).verdict == nil {
                cursorItem = index
                if index <= from { message = Message(strings.searchWrapped) }
                return
            }
        }
        message = Message(strings.noBlankCells)
    }

    /// The next cell marked 要確認, in reading order (items down, divisions across), and round.
    private mutating func nextFlagged(strings: Strings) {
        if !moveToNextCell(where: \.flagged) { message = Message(strings.nothingToConfirm) }
    }

    /// The next cell whose division's self-assessment disagrees with the verdict, in reading order, and round.
    private mutating func nextDisagreement(strings: Strings) {
        if !moveToNextCell(where: \.selfAssessmentDisagrees) { message = Message(strings.noDisagreements) }
    }

    /// Moves to the next cell for which `matches` holds, in reading order (items down, divisions across), and
    /// round; false when no cell does.
    private mutating func moveToNextCell(where matches: (Cell) -> Bool) -> Bool {
        let columns = audit.divisions.count
        let start = cursorItem * columns + cursorDivision
        for step in 1...max(1, items.count * columns) {
            let place = (start + step) % (items.count * columns)
            let p = items[place / columns]
            if matches(audit.sections[p.section].items[p.item].cell(place % columns)) {
                cursorItem = place / columns
                cursorDivision = place % columns
                return true
            }
        }
        return false
    }

    /// The first item of the next (`1`) or previous (`-1`) section that has items.
    private mutating func jumpSection(_ delta: Int) {
        guard let here = current.map({ _ in items[cursorItem].section }) else { return }
        var s = here + delta
        while audit.sections.indices.contains(s) {
            if let first = items.firstIndex(where: { $0.section == s }) {
                cursorItem = first
                return
            }
            s += delta
        }
    }

    private mutating func click(row: Int, column: Int, geometry: MatrixGeometry) {
        guard geometry.rect.contains(row: row, column: column), row > geometry.rect.row else { return }
        let bodyRow = topRow + row - geometry.rect.row - 1
        guard bodyRow < rows.count, case .item(let index) = rows[bodyRow] else { return }
        cursorItem = index
        if let d = geometry.division(at: column, first: firstDivision) { cursorDivision = d }
        focus = .matrix
        scrollIntoView(geometry)
    }

    /// Scrolls the body by `delta` rows, taking the cursor along when it would leave the view.
    private mutating func scroll(by delta: Int, geometry: MatrixGeometry) {
        let height = max(1, geometry.bodyHeight)
        topRow = max(0, min(topRow + delta, max(0, rows.count - height)))
        let row = rowOfItem[cursorItem]
        if row < topRow, let first = rowOfItem.firstIndex(where: { $0 >= topRow }) { cursorItem = first }
        if row >= topRow + height, let last = rowOfItem.lastIndex(where: { $0 < topRow + height }) { cursorItem = last }
    }
}
