import KansaCore

/// Asked when a save finds the document's file changed by another program: kansa has stopped editing it, and
/// offers to load the file as it is now or to save this version under a new name and go on with that one.
struct DiskConflict: Sendable {
    enum Step: Equatable, Sendable {
        case choose
        /// Typing the new file's path.
        case path(LineEditor)
        /// A reload or a save under a new name is on its way.
        case waiting
    }

    let document: Document
    var reason: String
    var step = Step.choose

    /// What a key asks for, and whether the question stays open.
    mutating func handle(_ key: Key) -> (effects: [AppEffect], open: Bool) {
        switch step {
        case .choose, .waiting:
            switch key {
            case .character("l"), .character("L"):
                step = .waiting
                return ([.reload], true)
            case .character("w"):
                step = .path(LineEditor())
            case .escape:
                return ([], false)
            default:
                break
            }
        case .path(var editor):
            switch editor.handle(key) {
            case .editing: step = .path(editor)
            case .cancelled: step = .choose
            case .committed(let path):
                guard !path.isEmpty else { step = .choose; break }
                step = .waiting
                return ([.saveAs(document, path: path)], true)
            }
        }
        return ([], true)
    }

    func draw(into out: inout Screen, strings: Strings) {
        var lines = [strings.changedOnDiskTitle] + out.width.wrap(reason, to: max(10, out.columns - 8))
        lines.append("")
        lines += strings.changedOnDiskChoices
        let answer: Screen.Answer = switch step {
        case .path(let editor): .typing(label: strings.saveAsPrompt, editor)
        case .waiting: .waiting(strings.saving)
        case .choose: .none
        }
        out.putQuestion(lines, answer: answer)
    }
}
