import KansaCore

/// Draws the plan editor: the title bar, the panes' tabs, the selected pane's rows (a row too long for the screen
/// ends in …), and the status line (or the line being typed, or the question before a removal).
struct DrillPlanView {
    let screen: DrillPlanScreen
    let strings: Strings
    let glyphs: Glyphs

    func draw(into out: inout Screen) {
        let columns = out.columns
        out.putPadded(" kansa \(glyphs.vertical) " + strings.planTitle + ": " + screen.drill.title, row: 0, column: 0, width: columns, style: Style(.status))
        var c = 1
        for pane in DrillPlanScreen.Pane.allCases {
            let name = " " + strings.planPane(pane) + " "
            c += out.put(name, row: 1, column: c, style: Style(pane == screen.pane ? .header : .dim, highlighted: pane == screen.pane)) + 1
        }
        let lines = rows(width: out.width)
        let first = screen.top[screen.pane] ?? 0
        for (offset, line) in lines.dropFirst(first).prefix(AuditSetupScreen.bodyRows(out.rows)).enumerated() {
            let selected = first + offset == screen.row
            let style = Style(line.role, highlighted: selected)
            if selected { out.fill(Rect(row: 2 + offset, column: 0, height: 1, width: columns), style: style) }
            out.put(out.width.truncate(line.text, to: columns - 2), row: 2 + offset, column: 1, style: style, limit: columns - 2)
        }
        if lines.isEmpty { out.put(strings.planEmpty(screen.pane), row: 2, column: 1, style: Style(.dim), limit: columns - 2) }
        screen.drawStatus(hint: strings.planHint, strings: strings, row: out.rows - 1, into: &out)
    }

    /// The current pane's rows as text, each with its role.
    func rows(width: CharacterWidth) -> [(text: String, role: Role)] {
        let drill = screen.drill
        func padded(_ text: String, to columns: Int) -> String {
            text + String(repeating: " ", count: max(0, columns - width.width(of: text)))
        }
        switch screen.pane {
        case .steps:
            return drill.steps.map { step in
                let time = padded(step.plannedTime?.description ?? "", to: 5)
                if let banner = step.banner { return (time + "  ━ " + banner, .sectionTitle) }
                let power = step.power.map { DrillPlanScreen.powerText($0) } ?? "  "
                let lanes = drill.lanes.compactMap { lane in step.laneTexts[lane.id].map { lane.title + ": " + $0 } }
                return (time + "  " + power + "  " + lanes.joined(separator: " \(glyphs.vertical) "), .normal)
            }
        case .systems:
            let nameWidth = drill.systems.map { width.width(of: $0.name) }.max() ?? 0
            let ownerWidth = drill.systems.map { width.width(of: $0.owner) }.max() ?? 0
            return drill.systems.map { system in
                let modes = padded(Self.shortLabel(system.expectedShutdown), to: 8) + " " + padded(Self.shortLabel(system.expectedStartup), to: 9)
                let reach = [system.responsible, system.phone].filter { !$0.isEmpty }.joined(separator: " ")
                let person = reach.isEmpty ? strings.none : reach
                let procedure = system.procedure.isEmpty ? strings.noProcedure : strings.procedureLabel
                let text = [padded(system.name, to: nameWidth), padded(system.owner, to: ownerWidth), strings.groupName(system.group), modes].joined(separator: "  ")
                    + [system.onEmergencyPower ? "○" : "×", person, procedure].joined(separator: " ")
                return (text, .normal)
            }
        case .contacts:
            let vendors = drill.participants.vendors
            let divisions = drill.participants.divisions
            let nameWidth = (vendors.map(\.name) + divisions.map(\.name)).map { width.width(of: $0) }.max() ?? 0
            return screen.contactRows.map { row in
                switch row {
                case .vendors: return (strings.vendorsHeading, .sectionTitle)
                case .divisions: return (strings.divisionsHeading, .sectionTitle)
                case .vendor(let i):
                    let vendor = vendors[i]
                    let phone = vendor.phone.isEmpty ? strings.none : vendor.phone
                    let reached = vendor.reached == nil ? "" : "  " + strings.reachedMark
                    return ("  " + padded(vendor.name, to: nameWidth) + "  " + padded(strings.people(vendor.headCount), to: 10) + phone + reached, .normal)
                case .division(let i):
                    let division = divisions[i]
                    let phone = division.phone.isEmpty ? strings.none : division.phone
                    let reached = division.reached == nil ? "" : "  " + strings.reachedMark
                    let attendees = division.attendees.isEmpty ? strings.none : division.attendees.joined(separator: "、")
                    let servers = drill.listedSystems(of: division).map(\.listedName) + division.otherServers
                    let listed = servers.isEmpty ? "" : "  （" + servers.joined(separator: "、") + "）"
                    return ("  " + padded(division.name, to: nameWidth) + "  " + phone + "  " + attendees + listed + reached, .normal)
                }
            }
        case .tasks:
            let titleWidth = drill.tasks.map { width.width(of: $0.resultTitle) }.max() ?? 0
            return drill.tasks.map { task in
                let title = task.resultTitle.isEmpty ? strings.none : task.resultTitle
                return (padded(task.label, to: 2) + "  " + padded(title, to: titleWidth) + "  " + task.text, .normal)
            }
        }
    }

    /// 自動, 手動, 一部手動: a mode in the width of the pane's columns.
    static func shortLabel(_ mode: OperationMode) -> String {
        mode == .automaticPartlyManual ? "一部手動" : mode.label
    }
}
