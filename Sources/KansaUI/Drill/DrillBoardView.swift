import KansaCore

/// Draws the drill board: a top bar with the clock, the time since the outage and the power lamps; the
/// timeline of steps (plan, actual, delay); the systems with their state; the contact check; the log.
struct DrillBoardView {
    let board: DrillBoard
    let strings: Strings
    let glyphs: Glyphs

    func draw(into out: inout Screen) {
        let rows = out.rows
        let columns = out.columns
        drawTop(into: &out)
        var top = 1
        if let reason = board.readOnlyReason, !board.following {
            // Opened read-only (another kansa records this drill): said at once, with who holds it.
            out.putBanner(strings.readOnlyBanner(reason), row: top, width: columns)
            top += 1
        }
        if let today = board.otherDay, !board.following {
            // A drill opened on another day than its own: said, with the way to move it.
            out.putBanner(strings.otherDay(board.drill.date.description, today.description), row: top, width: columns)
            top += 1
        }
        if board.following, rows >= 30, columns >= 72 {
            drawBigClock(row: 1, into: &out)
            top = 7
        }
        let body = rows - 1 - top
        let timelineHeight = max(3, body * 2 / 5)
        let systemsHeight = max(3, body * 7 / 20)
        let bottomHeight = max(0, body - timelineHeight - systemsHeight)
        let timeline = Rect(row: top, column: 0, height: timelineHeight, width: columns)
        let systems = Rect(row: timeline.bottom, column: 0, height: systemsHeight, width: columns)
        let contactsWidth = columns * 2 / 5
        let contacts = Rect(row: systems.bottom, column: 0, height: bottomHeight, width: contactsWidth)
        let log = Rect(row: systems.bottom, column: contactsWidth, height: bottomHeight, width: columns - contactsWidth)
        drawTimeline(timeline, into: &out)
        drawSystems(systems, into: &out)
        drawContacts(contacts, into: &out)
        drawLog(log, into: &out)
        drawStatus(row: rows - 1, into: &out)
    }

    /// `T+0:31:12` since the outage, on the monotonic clock; before it, the time to the next planned step. A step
    /// past its time and not stamped comes first: `10:00 起動確認 +4m late`.
    private var elapsed: String? {
        let drill = board.drill
        // On another day than the drill's, no time since its outage or to its steps means anything.
        guard board.otherDay == nil else { return nil }
        if let overdue = board.overdue {
            let late = strings.overdue(strings.stepName(overdue.step, in: drill), minutes: overdue.seconds / 60)
            let since = drill.powerChanges.first(where: { $0.phase == .outage })?.time.effective
            return since.map { "T+" + formatSpan(seconds: max(0, board.steadyNow.seconds - $0.seconds)) + "  " + late } ?? late
        }
        if let outage = drill.powerChanges.first(where: { $0.phase == .outage })?.time.effective {
            return "T+" + formatSpan(seconds: max(0, board.steadyNow.seconds - outage.seconds))
        }
        if let next = drill.steps.compactMap({ $0.plannedTime.map(drill.instant) }).first(where: { $0 > board.now }) {
            return strings.nextStepIn(formatSpan(seconds: next.seconds - board.now.seconds))
        }
        return nil
    }

    /// The follow view's clock and elapsed time, five rows tall.
    private func drawBigClock(row: Int, into out: inout Screen) {
        let clock = BigText.rows(board.now.timeOfDay)
        let since = board.drill.powerChanges.first { $0.phase == .outage }?.time.effective
        let elapsed = since.map { BigText.rows("T+" + formatSpan(seconds: max(0, board.steadyNow.seconds - $0.seconds))) }
        for r in 0..<5 {
            out.put(clock[r], row: row + r, column: 2, style: Style(.header))
            if let elapsed { out.put(elapsed[r], row: row + r, column: 4 + out.width.width(of: clock[0]) + 4, style: Style(.warning)) }
        }
    }

    private func drawTop(into out: inout Screen) {
        let drill = board.drill
        var right = board.now.timeOfDay
        if let elapsed { right += "  " + elapsed }
        let columns = drill.powerPhase.columns
        let lamps: [(String, Role)] = [
            (strings.commercial + " " + (columns.commercial ? glyphs.lamp : glyphs.lampOff), columns.commercial ? .powerCommercial : .powerOutage),
            columns.emergency ? (strings.emergency + " " + glyphs.lamp, .powerGenerator)
                : drill.generatorStandby ? (strings.emergency + " " + glyphs.lampStandby + " " + strings.notFeeding, .powerGenerator)
                : (strings.emergency + " " + glyphs.lampOff, .dim),
        ]
        let lampsWidth = lamps.reduce(0) { $0 + out.width.width(of: $1.0) + 2 }
        let marker = board.stale == nil ? "" : "[" + strings.stale + "] "
        let prefix = " kansa \(glyphs.vertical) " + marker
        // The clock and the overdue step give way (cut with …) before the title's start and the lamps do.
        let shown = out.width.truncate(right, to: max(0, out.columns - lampsWidth - 3 - out.width.width(of: prefix) - 4))
        var c = out.columns - lampsWidth - out.width.width(of: shown) - 2
        out.fill(Rect(row: 0, column: 0, height: 1, width: out.columns), style: Style(.status))
        let titleRoom = c - 1 - out.width.width(of: prefix)
        let title = titleRoom > 0 ? prefix + out.width.truncate(drill.title, to: titleRoom) : out.width.truncate(prefix, to: max(0, c - 1))
        out.put(title, row: 0, column: 0, style: Style(board.stale == nil ? .status : .warning, highlighted: board.stale != nil), limit: max(0, c - 1))
        c += out.put(shown, row: 0, column: c, style: Style(.status)) + 2
        for (text, role) in lamps {
            c += out.put(text, row: 0, column: c, style: Style(role, highlighted: true)) + 2
        }
    }

    private func header(_ title: String, _ pane: DrillBoard.Pane, _ rect: Rect, into out: inout Screen) {
        out.putPadded(title, row: rect.row, column: rect.column, width: rect.width,
                      style: Style(.header, highlighted: board.pane == pane))
    }

    /// The first row to show so that `selected` is visible in `height` rows.
    private func top(_ selected: Int, _ count: Int, _ height: Int) -> Int {
        max(0, min(selected - height / 2, count - height))
    }

    private func drawTimeline(_ rect: Rect, into out: inout Screen) {
        let drill = board.drill
        let style = Style(.header, highlighted: board.pane == .timeline)
        out.put(strings.planned, row: rect.row, column: rect.column + 2, style: style)
        out.put(strings.actual, row: rect.row, column: rect.column + 8, style: style)
        out.put(strings.delay, row: rect.row, column: rect.column + 17, style: style)
        let end = drill.projectedEnd.map { strings.projectedEnd($0.clockTime.description) } ?? ""
        let endWidth = out.width.width(of: end)
        out.put(drill.lanes.map(\.title).joined(separator: " \(glyphs.vertical) "), row: rect.row, column: rect.column + 28, style: style,
                limit: rect.width - 28 - endWidth - 1)
        out.put(end, row: rect.row, column: rect.right - endWidth, style: style)
        let height = rect.height - 1
        let first = top(board.step, drill.steps.count, height)
        let current = board.currentStep
        for (i, step) in drill.steps.enumerated().dropFirst(first).prefix(height) {
            let row = rect.row + 1 + i - first
            let selected = board.pane == .timeline && i == board.step
            let base = Style(.normal, highlighted: selected)
            out.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), style: base)
            var c = rect.column
            out.put(i == current ? glyphs.current : " ", row: row, column: c, style: Style(.warning, highlighted: selected)); c += 2
            out.put(step.plannedTime?.description ?? "", row: row, column: c, style: base); c += 6
            out.put(step.actual?.effective.timeOfDay ?? (step.skipped ? strings.skipped : "--:--:--"), row: row, column: c,
                    style: Style(step.actual == nil ? .dim : .normal, highlighted: selected), limit: 8)
            if step.actual?.corrections.isEmpty == false {
                out.put("*", row: row, column: c + 8, style: Style(.warning, highlighted: selected))
            }
            c += 9
            if let delay = board.drill.delay(of: step) {
                out.put(formatDelay(seconds: delay), row: row, column: c, style: Style(delay > 120 ? .late : .onTime, highlighted: selected), limit: 7)
            } else if i == current, let overdue = board.overdue {
                // Not stamped yet and past its time: how late it is now, running.
                out.put(formatDelay(seconds: overdue.seconds), row: row, column: c, style: Style(.late, highlighted: !selected), limit: 7)
            }
            c += 8
            if let power = step.power {
                out.put(glyphs.symbol(power.commercial ? .compliant : .needsImprovement)
                        + glyphs.symbol(power.emergency ? .compliant : .needsImprovement), row: row, column: c, style: base)
            }
            c += 3
            let text = step.banner.map { "【\($0)】" }
                ?? drill.lanes.compactMap { step.laneTexts[$0.id] }.joined(separator: " \(glyphs.vertical) ")
            out.put(text, row: row, column: c, style: step.banner == nil ? base : Style(.sectionTitle, highlighted: selected), limit: rect.right - c)
        }
    }

    private func drawSystems(_ rect: Rect, into out: inout Screen) {
        let drill = board.drill
        var title = strings.systemsTitle
        if let feed = drill.outageToGenerator { title += "   " + strings.outageToGenerator(formatSpan(seconds: feed)) }
        header(title, .systems, rect, into: &out)
        let results = drill.results
        let height = rect.height - 1
        let first = board.page(drill.systems.count, height) ?? top(board.system, drill.systems.count, height)
        let modeWidth = rect.width >= 120 ? 22 : 14
        // Owner, group, modes, state, last move and downtime; the name takes what is left, up to a quarter.
        let fixed = 12 + (rect.width >= 100 ? 10 : 0) + modeWidth + 11 + 16 + 9
        let nameWidth = max(8, min(min(30, max(12, rect.width / 4)), rect.width - fixed - 1))
        for (i, system) in drill.systems.enumerated().dropFirst(first).prefix(height) {
            let row = rect.row + 1 + i - first
            let selected = board.pane == .systems && i == board.system
            let base = Style(.normal, highlighted: selected)
            out.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), style: base)
            var c = rect.column + 1
            out.put(out.width.truncate(system.name, to: nameWidth - 1), row: row, column: c, style: base); c += nameWidth
            out.put(out.width.truncate(system.owner, to: 11), row: row, column: c, style: base); c += 12
            if rect.width >= 100 {
                out.put(system.group == .lead ? strings.leadGroup : strings.procuredGroup, row: row, column: c, style: Style(.dim, highlighted: selected), limit: 9)
                c += 10
            }
            let result = results[i]
            let mismatch = result.shutdownMismatch || result.startupMismatch
            let recorded = strings.mode(result.shutdown ?? system.expectedShutdown) + "/" + strings.mode(result.startup ?? system.expectedStartup)
            out.put(mismatch ? "≠" + recorded : recorded, row: row, column: c,
                    style: Style(mismatch ? .late : .dim, highlighted: selected), limit: modeWidth - 1); c += modeWidth
            let last = drill.moves.last { $0.system == system.id }
            let state = drill.state(of: system.id)
            let stateRole: Role = switch state {
            case .running, .verified, .keptRunning: .onTime
            case .up: .onTime
            case .shuttingDown, .starting: .warning
            case .down: .late
            }
            out.put(strings.state(state), row: row, column: c, style: Style(stateRole, highlighted: selected), limit: 10); c += 11
            if let last {
                out.put(last.time.effective.timeOfDay + " " + (last.manual ? strings.manual : strings.automatic), row: row, column: c, style: base)
            }
            c += 16
            if let downtime = drill.downtime(of: system.id, now: board.steadyNow) {
                out.put(formatSpan(seconds: downtime), row: row, column: c, style: base)
            }
            c += 9
            if system.onEmergencyPower { out.put(glyphs.emergency, row: row, column: c, style: Style(.powerGenerator, highlighted: selected), limit: rect.right - c) }
        }
    }

    private func drawContacts(_ rect: Rect, into out: inout Screen) {
        guard rect.height > 0 else { return }
        header(strings.contactsTitle, .contacts, rect, into: &out)
        let contacts = board.contacts
        let height = rect.height - 1
        let first = board.page(contacts.count, height) ?? top(board.contact, contacts.count, height)
        // Where the status starts, the same on every row: names are cut to fit before it, never pushing it.
        let statusColumn = max(2, rect.width - 18)
        for (i, contact) in contacts.enumerated().dropFirst(first).prefix(height) {
            let row = rect.row + 1 + i - first
            let selected = board.pane == .contacts && i == board.contact
            let status = contact.reached.map { strings.reached + " " + $0.effective.timeOfDay } ?? strings.notReached
            out.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), style: Style(.normal, highlighted: selected))
            out.put(out.width.truncate(contact.name, to: statusColumn - 1), row: row, column: rect.column + 1, style: Style(.normal, highlighted: selected))
            out.put(status, row: row, column: rect.column + 1 + statusColumn, style: Style(contact.reached == nil ? .warning : .onTime, highlighted: selected), limit: rect.width - statusColumn - 1)
        }
    }

    private func drawLog(_ rect: Rect, into out: inout Screen) {
        guard rect.height > 0 else { return }
        header(glyphs.vertical + " " + strings.logTitle, .log, rect, into: &out)
        let log = board.log
        let height = rect.height - 1
        let first = top(board.event, log.count, height)
        for (i, entry) in log.enumerated().dropFirst(first).prefix(height) {
            let row = rect.row + 1 + i - first
            let selected = board.pane == .log && i == board.event
            let text: String
            let role: Role
            switch entry.line {
            case .event(let event):
                (text, role) = (event.text, .normal)
            case .power(let change):
                (text, role) = (strings.phase(change.phase), .warning)
            case .move(let move):
                let name = board.drill.systems.first { $0.id == move.system }?.name ?? ""
                (text, role) = (name + " " + strings.state(move.state) + " " + (move.manual ? strings.manual : strings.automatic), .dim)
            }
            let mark = entry.time.corrections.isEmpty ? " " : "*"
            out.put(glyphs.vertical + " ", row: row, column: rect.column, style: Style(.border))
            out.put(entry.time.effective.timeOfDay + mark + text, row: row, column: rect.column + 2,
                    style: Style(role, highlighted: selected), limit: rect.width - 2)
        }
    }

    private func drawStatus(row: Int, into out: inout Screen) {
        let rect = Rect(row: row, column: 0, height: 1, width: out.columns)
        if let prompt = board.prompt {
            let (label, editor): (String, LineEditor) = switch prompt {
            case .event(let e): (strings.eventPrompt, e)
            case .correction(let e, _): (strings.correctionPrompt, e)
            }
            out.putPadded(label, row: row, column: 0, width: rect.width, style: Style(.header))
            let used = out.width.width(of: label)
            editor.draw(into: &out, row: row, column: used, columns: max(1, rect.width - used))
            // The time being corrected, as a hint beside the empty line: what is typed replaces it.
            if case .correction(let e, let reference) = prompt, e.text.isEmpty, let time = board.drill.time(of: reference) {
                out.put(strings.correctionHint(time.effective.timeOfDay), row: row, column: used + 1, style: Style(.dim), limit: max(0, rect.width - used - 2))
            }
            return
        }
        out.fill(rect, style: Style(.status))
        var c = 1
        c += out.put(board.fileName, row: row, column: c, style: Style(.status)) + 1
        let state: (text: String, role: Role) = if board.saveError == nil, board.stale != nil {
            (strings.stale, .warning)
        } else if board.saveError == nil, board.following {
            (strings.following, .readOnly)
        } else {
            board.fileState(strings)
        }
        c += out.put("[\(state.0)]", row: row, column: c, style: Style(state.1)) + 1
        // A merge's open conflicts, recorded in the file: `kansa merge` listed them; the board counts them.
        let conflicts = board.drill.conflicts.isEmpty ? "" : strings.openConflicts(board.drill.conflicts.count)
        let hint = strings.helpHint + " "
        let conflictsWidth = conflicts.isEmpty ? 0 : out.width.width(of: conflicts) + 2
        let hintWidth = out.width.width(of: hint) + conflictsWidth
        let stale = board.stale.map { Message(strings.staleBecause($0), isError: true) }
        if let message = board.message ?? board.saveError.map({ Message(strings.saveFailed($0), isError: true) }) ?? stale {
            out.putMessage(message, row: row, column: c, available: rect.width - c - hintWidth - 1)
        }
        if !conflicts.isEmpty { out.put(conflicts, row: row, column: rect.width - hintWidth, style: Style(.conflict)) }
        out.put(hint, row: row, column: rect.width - hintWidth + conflictsWidth, style: Style(.status))
    }
}
