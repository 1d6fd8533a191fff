import KansaCore

/// A screen that edits a document's file (the hearing screen, the drill board): what comes back of its saves,
/// copies and exports shows on it the same way.
protocol FileStatus {
    var fileName: String { get set }
    var readOnlyReason: String? { get set }
    var saveError: String? { get set }
    var message: Message? { get set }
}

extension FileStatus {
    /// What the status line says of the file, and in what look: not saved, read-only, or saved.
    func fileState(_ strings: Strings) -> (text: String, role: Role) {
        if saveError != nil { return (strings.notSaved, .readOnly) }
        if readOnlyReason != nil { return (strings.readOnly, .readOnly) }
        return (strings.saved, .saved)
    }

    /// Takes what came of the run loop's work on the file; an event about something else changes nothing.
    mutating func takeFileOutcome(_ kind: Event.Kind, strings: Strings) {
        switch kind {
        case .saved(let error):
            saveError = error
        case .failed(let reason):
            message = Message(reason, isError: true)
        case .changedOnDisk(let reason):
            readOnlyReason = strings.changedOnDisk(reason)
            saveError = reason
        case .savedAs(let path, let error):
            if let error {
                message = Message(strings.saveFailed(error), isError: true)
            } else {
                readOnlyReason = nil
                saveError = nil
                fileName = PathName.name(of: path)
                message = Message(strings.savedAs(path))
            }
        case .savedCopy(let path, let error):
            message = error.map { Message(strings.saveFailed($0), isError: true) } ?? Message(strings.savedCopy(path))
        case .exported(let path, let error):
            message = error.map { Message(strings.exportFailed($0), isError: true) } ?? Message(strings.exported(path))
        default:
            break
        }
    }
}
