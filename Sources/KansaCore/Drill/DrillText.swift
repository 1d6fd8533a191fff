/// A text written after the drill for its report: a system's 課題等, a task's results, その他 or 総括.
public enum DrillText: Hashable, Sendable {
    case issue(SystemID)
    case results(TaskID)
    case notes
    case conclusions
}

extension Drill {
    /// The text as it is written now; a list (results, その他, 総括) one entry a line. Nil when it names a
    /// system or task the drill does not have.
    public func text(_ which: DrillText) -> String? {
        switch which {
        case .issue(let id): systems.first { $0.id == id }?.issue
        case .results(let id): tasks.first { $0.id == id }?.results.joined(separator: "\n")
        case .notes: notes.joined(separator: "\n")
        case .conclusions: conclusions.joined(separator: "\n")
        }
    }

    /// What the drill's log holds about a system (the events tied to it), to start its 課題等 from.
    public func eventTexts(of system: SystemID) -> [String] {
        events.filter { $0.system == system }.map(\.text)
    }

    /// Writes the text; a list takes one entry a line, lines of nothing but spaces left out. Returns false when it names a
    /// system or task the drill does not have.
    mutating func setText(_ which: DrillText, _ text: String) -> Bool {
        let lines = text.split(separator: "\n").map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        switch which {
        case .issue(let id):
            guard let i = systems.firstIndex(where: { $0.id == id }) else { return false }
            systems[i].issue = lines.joined(separator: "\n")
        case .results(let id):
            guard let i = tasks.firstIndex(where: { $0.id == id }) else { return false }
            tasks[i].results = lines
        case .notes:
            notes = lines
        case .conclusions:
            conclusions = lines
        }
        return true
    }
}
