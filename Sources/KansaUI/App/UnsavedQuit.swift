import KansaCore

/// Asked when the user leaves a screen whose last save failed: try the save again, write the document to
/// another file, or throw the edits away after typing `discard`. Nothing is lost without that word.
struct UnsavedQuit: Sendable {
    enum Step: Equatable, Sendable {
        case choose
        /// Typing the path of the new file.
        case path(LineEditor)
        /// Typing `discard` to confirm.
        case confirm(LineEditor)
        /// A save or a copy is on its way.
        case waiting
    }

    /// What becomes of the question after a key or an outcome.
    enum Outcome: Equatable, Sendable {
        case asking([AppEffect])
        /// Leave the screen: the edits are on disk, or the user threw them away.
        case leave
        /// Stay on the screen, the question closed.
        case stay
    }

    static let confirmation = "discard"

    let document: Document
    var reason: String
    var step = Step.choose
    var problem: String?

    mutating func handle(_ key: Key) -> Outcome {
        switch step {
        case .choose, .waiting:
            problem = nil
            switch key {
            case .character("r"):
                step = .waiting
                return .asking([.save(document)])
            case .character("w"):
                step = .path(LineEditor())
            case .character("d"):
                step = .confirm(LineEditor())
            case .escape, .character("q"):
                return .stay
            default:
                break
            }
        case .path(var editor):
            switch editor.handle(key) {
            case .editing: step = .path(editor)
            case .cancelled: step = .choose
            case .committed(let path):
                guard !path.isEmpty else { step = .choose; return .asking([]) }
                step = .waiting
                return .asking([.saveCopy(document, path: path)])
            }
        case .confirm(var editor):
            switch editor.handle(key) {
            case .editing: step = .confirm(editor)
            case .cancelled: step = .choose
            case .committed(let word):
                if word == Self.confirmation { return .leave }
                step = .choose
                problem = word
            }
        }
        return .asking([])
    }

    /// What came of a save or a copy asked for here.
    mutating func finished(error: String?) -> Outcome {
        guard step == .waiting else { return .asking([]) }
        if error == nil { return .leave }
        step = .choose
        reason = error ?? reason
        return .asking([])
    }

    func draw(into out: inout Screen, strings: Strings) {
        var lines = [strings.unsavedTitle] + out.width.wrap(strings.saveFailed(reason), to: max(10, out.columns - 8))
        lines.append("")
        lines += strings.unsavedChoices
        if let problem { lines.append(strings.notTheConfirmation(problem)) }
        let answer: Screen.Answer = switch step {
        case .path(let editor): .typing(label: strings.saveCopyPrompt, editor)
        case .confirm(let editor): .typing(label: strings.discardPrompt, editor)
        case .waiting: .waiting(strings.saving)
        case .choose: .none
        }
        out.putQuestion(lines, answer: answer)
    }
}
