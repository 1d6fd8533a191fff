import KansaCore

/// The drill's report as the committee papers lay it out: 1 目的 … 8 総括, the results derived from what was
/// stamped, then the attached タイムスケジュール（実績）.
public enum DrillReport {
    public static func build(_ drill: Drill, language: Language = .ja) -> Report {
        let words = ReportWords(language: language)
        let title = drill.title + words.about
        var blocks: [ReportBlock] = [.title(title)]
        blocks += [.heading(words.drillPurpose, level: 1), .paragraph(drill.purpose)]
        blocks += [.heading(words.when, level: 1), .paragraph(when(drill, words))]
        blocks += [.heading(words.place, level: 1), .paragraph(drill.place)]
        blocks += participants(drill, words)
        blocks += [
            .heading(words.tasks, level: 1),
            .list(drill.tasks.map { ReportListItem("\($0.label).", $0.text) }),
        ]
        blocks += results(drill, words)
        // その他 is 7 and 総括 8, as in the seed; without その他, 総括 takes its number.
        if !drill.notes.isEmpty {
            blocks += [.heading(words.others(7), level: 1), numberedList(drill.notes, words)]
        }
        if !drill.conclusions.isEmpty {
            blocks += [.heading(words.conclusions(drill.notes.isEmpty ? 7 : 8), level: 1), numberedList(drill.conclusions, words)]
        }
        return Report(
            title: title, language: language,
            parts: [ReportPart(blocks: blocks), ReportPart(blocks: schedule(drill, words))])
    }

    /// 令和5年10月7日（土）8時30分～
    static func when(_ drill: Drill, _ words: ReportWords) -> String {
        guard let start = drill.startTime else { return words.date(drill.date) }
        let time = words.language == .ja
            ? "\(start.hour)時" + (start.minute == 0 ? "" : "\(start.minute)分") + "～"
            : " \(start)–"
        return words.date(drill.date) + time
    }

    static func participants(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let people = drill.participants
        var items = [ReportListItem(
            words.pick("a.", "ア."), ([people.leadDivision] + [words.join(people.leadStaff)]).joined(separator: " "))]
        if !people.vendors.isEmpty {
            items.append(ReportListItem(words.pick("b.", "イ."), words.vendors))
            items += people.vendors.enumerated().map { n, vendor in
                ReportListItem(words.circled(n + 1), "\(vendor.name)…\(words.people(vendor.headCount))", level: 1)
            }
        }
        // A division nobody came from (an owner in the contact check only) did not take part.
        let attending = people.divisions.filter { !$0.attendees.isEmpty }
        if !attending.isEmpty {
            items.append(ReportListItem(words.pick("c.", "ウ."), words.divisions))
            items += attending.enumerated().map { n, division in
                let names = drill.listedSystems(of: division).map(\.listedName) + division.otherServers
                let systems = names.isEmpty ? "" : words.pick(" (", "（") + words.join(names) + words.pick(")", "）")
                return ReportListItem(
                    words.circled(n + 1), "\(division.name)\(systems)…\(words.join(division.attendees))", level: 1)
            }
        }
        return [.heading(words.participants, level: 1), .list(items)]
    }

    static func results(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(words.drillResults, level: 1)]
        for (n, task) in drill.tasks.enumerated() {
            blocks.append(.heading("\(task.label). \(task.resultTitle)", level: 2))
            if n == 0 { blocks += resultTables(drill, words) }
            if !task.results.isEmpty { blocks.append(.list(task.results.map { ReportListItem("・", $0) })) }
        }
        if drill.tasks.isEmpty { blocks += resultTables(drill, words) }
        // What the record shows, derived from it, under a heading of its own so that it does not read as part of the
        // last task's results.
        blocks.append(.heading(words.fromTheRecord, level: 2))
        var derived = 0
        func heading(_ text: String) -> ReportBlock {
            derived += 1
            return .heading("\(words.numbered(derived)) \(text)", level: 3)
        }
        blocks += [heading(words.power)] + power(drill, words)
        blocks += [heading(words.manualStarts)] + manualStarts(drill, words)
        blocks += [heading(words.planAgainstActual)] + planAgainstActual(drill, words)
        blocks += [heading(words.downtime)] + downtime(drill, words)
        blocks += [heading(words.contacts)] + contacts(drill, words)
        return blocks
    }

    /// The results table grouped as the seed's: the lead division's servers, then those procured by divisions.
    static func resultTables(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let rows = drill.results
        func mode(_ recorded: OperationMode?, planned: OperationMode, mismatch: Bool) -> String {
            guard let recorded else { return words.notRecorded }
            return mismatch ? words.mode(recorded) + words.planned(words.mode(planned)) : words.mode(recorded)
        }
        var blocks: [ReportBlock] = []
        for group in DrillSystem.Group.allCases {
            let members = rows.filter { $0.system.group == group }
            guard !members.isEmpty else { continue }
            var columns = [
                ReportColumn("No", alignment: .trailing), ReportColumn(words.systemName),
                ReportColumn(words.shutdown, alignment: .center, content: .labels),
                ReportColumn(words.startup, alignment: .center, content: .labels),
            ]
            if group == .procured { columns.append(ReportColumn(words.owner, content: .names)) }
            columns.append(ReportColumn(words.issue, fillsPage: true))
            blocks.append(.table(ReportTable(
                caption: group == .lead ? drill.participants.leadDivision : words.procured,
                columns: columns,
                rows: members.enumerated().map { n, row in
                    var cells = [
                        "\(n + 1)", row.system.name,
                        row.keptRunning ? words.keptRunning : mode(row.shutdown, planned: row.system.expectedShutdown, mismatch: row.shutdownMismatch),
                        row.keptRunning ? words.keptRunning : mode(row.startup, planned: row.system.expectedStartup, mismatch: row.startupMismatch),
                    ]
                    if group == .procured { cells.append(row.system.owner) }
                    cells.append(row.system.issue)
                    return ReportRow(cells)
                },
                keyColumns: 2)))
        }
        return blocks
    }

    static func power(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        if drill.powerChanges.isEmpty {
            blocks.append(.paragraph(words.noPowerChange))
        } else {
            blocks.append(.table(ReportTable(
                columns: [ReportColumn(words.time, alignment: .trailing), ReportColumn(words.state)],
                rows: drill.powerChanges.map { ReportRow([time($0.time), words.phase($0.phase)]) })))
        }
        if let span = drill.outageToGenerator {
            blocks.append(.paragraph(words.outageToGenerator(formatSpan(seconds: span))))
        }
        let off = drill.systems.filter { !$0.onEmergencyPower }.map(\.name)
        if !off.isEmpty { blocks.append(.paragraph(words.offEmergencyPower(words.join(off)))) }
        return blocks
    }

    static func manualStarts(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let manual = drill.results.filter { $0.startup == .manual || $0.startup == .automaticPartlyManual }
        guard !manual.isEmpty else { return [.paragraph(words.noManualStart)] }
        return [.list(manual.map { ReportListItem("・", "\($0.system.name)（\($0.system.owner)）") })]
    }

    static func planAgainstActual(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        var rows: [ReportRow] = []
        var latest: (delay: Int64, step: String)?
        for step in drill.steps {
            guard let planned = step.plannedTime, let actual = step.actual, let delay = drill.delay(of: step) else {
                continue
            }
            let name = stepName(step, drill)
            rows.append(ReportRow([planned.description, time(actual), formatDelay(seconds: delay), name]))
            if delay >= 60, delay > (latest?.delay ?? 0) { latest = (delay, name) }
        }
        guard !rows.isEmpty else { return [.paragraph(words.notRecorded)] }
        return [
            .table(ReportTable(
                columns: [
                    ReportColumn(words.plannedTime, alignment: .trailing),
                    ReportColumn(words.actualTime, alignment: .trailing),
                    ReportColumn(words.delay, alignment: .trailing), ReportColumn(words.step),
                ],
                rows: rows, keyColumns: 0)),
            .paragraph(latest.map { words.latest(formatDelay(seconds: $0.delay), $0.step) } ?? words.onTime),
        ]
    }

    static func downtime(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let rows = drill.systems.compactMap { system -> ReportRow? in
            let own = drill.moves(of: system.id)
            guard let down = own.first(where: { $0.state.isShutdown }) else { return nil }
            let up = own.first { $0.state == .up || $0.state == .verified }
            return ReportRow([
                system.name, time(down.time), up.map { time($0.time) } ?? "",
                drill.downtime(of: system.id).map { formatSpan(seconds: $0) } ?? "",
            ])
        }
        guard !rows.isEmpty else { return [.paragraph(words.notRecorded)] }
        return [.table(ReportTable(
            columns: [
                ReportColumn(words.systemName), ReportColumn(words.down, alignment: .trailing),
                ReportColumn(words.up, alignment: .trailing), ReportColumn(words.outOfService, alignment: .trailing),
            ],
            rows: rows))]
    }

    static func contacts(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let vendors = drill.participants.vendors.map { ($0.name, words.vendor, $0.reached) }
        let divisions = drill.participants.divisions.map { ($0.name, $0.attendees.isEmpty ? words.ownerNotAttending : words.ownerDivision, $0.reached) }
        // Every division that procured a system is in the check, attending or not: the one not in the room is the
        // one to phone (the lead division runs the drill).
        let all = vendors + divisions + drill.ownersOutsideTheCheck.map { ($0.name, words.ownerNotAttending, RecordedTime?.none) }
        guard !all.isEmpty else { return [.paragraph(words.notRecorded)] }
        return [
            .table(ReportTable(
                columns: [
                    ReportColumn(words.party, content: .names), ReportColumn(words.kind),
                    ReportColumn(words.reached, alignment: .trailing),
                ],
                rows: all.map { ReportRow([$0.0, $0.1, $0.2.map(time) ?? words.notReached]) })),
            .paragraph(words.reachedCount(all.filter { $0.2 != nil }.count, all.count)),
        ]
    }

    /// The attached タイムスケジュール（実績）: planned and actual times, power columns, each lane's work; then the log.
    static func schedule(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let table = timetable(
            drill, words,
            timeColumns: [ReportColumn(words.plannedTime, alignment: .trailing), ReportColumn(words.actualTime, alignment: .trailing)]) { step in
            [step.plannedTime?.description ?? "", step.actual.map { time($0) + mark($0) } ?? (step.skipped ? words.skipped : "")]
        }
        let corrected = drill.steps.contains { $0.actual?.corrections.isEmpty == false }
        var blocks: [ReportBlock] = [
            .title("\(drill.title) \(words.schedule)"), .paragraph(words.date(drill.date)), .table(table),
        ]
        if corrected { blocks.append(.paragraph(words.corrected)) }
        if !drill.events.isEmpty {
            blocks.append(.heading(words.log, level: 2))
            blocks.append(.table(ReportTable(
                columns: [ReportColumn(words.time, alignment: .trailing), ReportColumn(words.entry)],
                rows: drill.events.map { event in
                    let about = event.system.flatMap { id in drill.systems.first { $0.id == id }?.name }
                    return ReportRow([time(event.time) + mark(event.time), about.map { "\($0)：\(event.text)" } ?? event.text])
                })))
        }
        return blocks
    }

    /// The timetable: the time columns given, the power columns and each lane's work, a banner across the rest.
    static func timetable(
        _ drill: Drill, _ words: ReportWords, timeColumns: [ReportColumn], times: (DrillStep) -> [String]
    ) -> ReportTable {
        let columns = timeColumns + [
            ReportColumn(words.commercial, alignment: .center), ReportColumn(words.emergency, alignment: .center),
        ] + drill.lanes.map { ReportColumn($0.responder.isEmpty ? $0.title : "\($0.title)（\($0.responder)）") }
        let rows = drill.steps.map { step -> ReportRow in
            let cells = times(step)
            if let banner = step.banner { return ReportRow(cells + [banner], spanFrom: timeColumns.count) }
            let power = step.power.map { [$0.commercial ? "○" : "×", $0.emergency ? "○" : "×"] } ?? ["", ""]
            return ReportRow(cells + power + drill.lanes.map { step.laneTexts[$0.id] ?? "" })
        }
        return ReportTable(columns: columns, rows: rows, keyColumns: timeColumns.count)
    }

    /// What a step is called in the plan table: its banner, else its first lane's text.
    static func stepName(_ step: DrillStep, _ drill: Drill) -> String {
        step.banner ?? drill.lanes.lazy.compactMap { step.laneTexts[$0.id] }.first ?? ""
    }

    /// `9:04`, the time in force.
    static func time(_ recorded: RecordedTime) -> String {
        recorded.effective.clockTime.description
    }

    /// `＊` after a corrected time.
    static func mark(_ recorded: RecordedTime) -> String {
        recorded.corrections.isEmpty ? "" : "＊"
    }

    static func numberedList(_ entries: [String], _ words: ReportWords) -> ReportBlock {
        .list(entries.enumerated().map { ReportListItem(words.numbered($0 + 1), $1) })
    }
}
