import KansaCore

/// Everything the drill recorded with a time, in time order: the steps stamped, the power changes, the systems'
/// moves (automatic or by hand), the free-text events and the contacts reached, each corrected time marked `＊`
/// with the times recorded before it.
enum DrillLog {
    static func table(_ drill: Drill, _ words: ReportWords) -> ReportTable {
        var entries: [(time: RecordedTime, kind: String, text: String)] = []
        for step in drill.steps {
            if let actual = step.actual { entries.append((actual, words.stepKind, DrillReport.stepName(step, drill))) }
        }
        entries += drill.powerChanges.map { ($0.time, words.powerKind, words.phase($0.phase)) }
        let names = Dictionary(drill.systems.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        entries += drill.moves.map { move in
            let name = names[move.system] ?? move.system.rawValue
            return (move.time, words.systemKind, "\(name)：\(words.systemState(move.state))（\(words.byHand(move.manual))）")
        }
        entries += drill.events.map { event in
            let about = event.system.flatMap { names[$0] }
            return (event.time, words.eventKind, about.map { "\($0)：\(event.text)" } ?? event.text)
        }
        let contacts = drill.participants.vendors.map { ($0.name, $0.reached) } + drill.participants.divisions.map { ($0.name, $0.reached) }
        for (name, reached) in contacts {
            if let reached { entries.append((reached, words.contactKind, name)) }
        }
        let ordered = entries.enumerated().sorted {
            ($0.element.time.effective.seconds, $0.offset) < ($1.element.time.effective.seconds, $1.offset)
        }
        return ReportTable(
            columns: [
                ReportColumn(words.time, alignment: .trailing), ReportColumn(words.kind, alignment: .center),
                ReportColumn(words.entry), ReportColumn(words.correctedFrom),
            ],
            rows: ordered.map { _, entry in
                let earlier = entry.time.corrections.isEmpty ? []
                    : [entry.time.happened] + entry.time.corrections.dropLast().map(\.happened)
                return ReportRow([
                    DrillReport.time(entry.time) + DrillReport.mark(entry.time), entry.kind, entry.text,
                    earlier.map { $0.clockTime.description }.joined(separator: " → "),
                ])
            })
    }
}
