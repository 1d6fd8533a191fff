import KansaCore

/// The drill's plan sheet, printed before the drill (`export --plan`): when and where, who takes part, the tasks,
/// the timetable as planned, each system's expected modes with its procedure, person and phone, and the contacts.
public enum DrillPlanSheet {
    public static func build(_ drill: Drill, language: Language = .ja) -> Report {
        let words = ReportWords(language: language)
        let title = drill.title + words.pick(": plan", " 実施計画")
        var blocks: [ReportBlock] = [.title(title)]
        blocks += [.heading(words.pick("1 Date and time", "1 日時"), level: 1), .paragraph(DrillReport.when(drill, words))]
        blocks += [.heading(words.pick("2 Place", "2 場所"), level: 1), .paragraph(drill.place)]
        blocks += [.heading(words.pick("3 Participants", "3 参加者"), level: 1)] + DrillReport.participants(drill, words).dropFirst()
        blocks += [.heading(words.pick("4 Tasks", "4 実施作業"), level: 1), .list(drill.tasks.map { ReportListItem("\($0.label).", $0.text) })]
        blocks += systems(drill, words)
        blocks += contacts(drill, words)
        return Report(title: title, language: language, parts: [ReportPart(blocks: blocks), ReportPart(blocks: timetable(drill, words))])
    }

    /// Each system with the modes the plan expects, its emergency power, person and phone; then the procedures.
    static func systems(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        guard !drill.systems.isEmpty else { return [] }
        var blocks: [ReportBlock] = [
            .heading(words.pick("5 Systems", "5 対象システム"), level: 1),
            .table(ReportTable(
                columns: [
                    ReportColumn("No", alignment: .trailing), ReportColumn(words.systemName), ReportColumn(words.owner, content: .names),
                    ReportColumn(words.shutdown, alignment: .center), ReportColumn(words.startup, alignment: .center),
                    ReportColumn(words.emergency, alignment: .center),
                    ReportColumn(words.pick("Person", "担当者"), content: .names), ReportColumn(words.pick("Phone", "電話")),
                ],
                rows: drill.systems.enumerated().map { n, system in
                    ReportRow([
                        "\(n + 1)", system.name, system.owner, words.mode(system.expectedShutdown), words.mode(system.expectedStartup),
                        system.onEmergencyPower ? "○" : "×", system.responsible, system.phone,
                    ])
                },
                keyColumns: 2)),
        ]
        let written = drill.systems.filter { !$0.procedure.isEmpty }
        guard !written.isEmpty else { return blocks }
        blocks.append(.heading(words.pick("Procedures", "手順"), level: 2))
        for system in written {
            blocks.append(.heading(system.name, level: 3))
            blocks += system.procedure.split(separator: "\n").map { .paragraph(String($0)) }
        }
        return blocks
    }

    /// The vendors and divisions to reach, with their phones; an owner of a system that does not attend is
    /// listed too, as the one to phone.
    static func contacts(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let vendors = drill.participants.vendors.map { [$0.name, words.vendor, words.people($0.headCount), $0.phone] }
        var divisions = drill.participants.divisions.map {
            [$0.name, $0.attendees.isEmpty ? words.ownerNotAttending : words.ownerDivision, words.join($0.attendees), $0.phone]
        }
        divisions += drill.ownersOutsideTheCheck.map { [$0.name, words.ownerNotAttending, "", ""] }
        guard !(vendors + divisions).isEmpty else { return [] }
        return [
            .heading(words.pick("6 Contacts", "6 連絡先"), level: 1),
            .table(ReportTable(
                columns: [
                    ReportColumn(words.party, content: .names), ReportColumn(words.kind),
                    ReportColumn(words.pick("Who", "参加者"), content: .names), ReportColumn(words.pick("Phone", "電話")),
                ],
                rows: (vendors + divisions).map { ReportRow($0) })),
        ]
    }

    /// The タイムスケジュール（予定）: planned times, power columns and each lane's work, with nothing recorded.
    static func timetable(_ drill: Drill, _ words: ReportWords) -> [ReportBlock] {
        let table = DrillReport.timetable(drill, words, timeColumns: [ReportColumn(words.plannedTime, alignment: .trailing)]) { step in
            [step.plannedTime?.description ?? ""]
        }
        return [
            .title("\(drill.title) " + words.pick("Timetable (planned)", "タイムスケジュール（予定）")), .paragraph(words.date(drill.date)),
            .table(table),
        ]
    }
}
