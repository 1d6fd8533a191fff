import KansaCore

/// Something that happened to the interface, with the moment it arrived on the run loop's clock. Keys, clock
/// ticks, resizes, file changes and what came of the run loop's work all reach the screens this one way.
public struct Event: Sendable {
    public enum Kind: Sendable {
        case key(Key)
        /// The clock moved on (about once a second).
        case tick
        case resize(rows: Int, columns: Int)
        /// The followed drill, as its file reads now.
        case followed(Drill)
        /// The followed file went bad or away: what is wrong, as `validate` says it.
        case followFailed(String)
        /// The last save: nil when it is on disk, else why not.
        case saved(error: String?)
        /// The last save found the file changed by another program since kansa read it; nothing was written: why.
        case changedOnDisk(String)
        /// The document's file, read again after it changed on disk.
        case reloaded(document: Document, path: String, readOnlyReason: String?)
        /// The document saved under a new name, which kansa now edits: where, or why not.
        case savedAs(path: String, error: String?)
        /// A copy of the document written to a new file (when its own could not be saved): where, or why not.
        case savedCopy(path: String, error: String?)
        /// A document of the workspace, opened for editing (or read-only, with the reason).
        case opened(document: Document, path: String, readOnlyReason: String?)
        /// A file of the workspace, read for its row in the list: the document, or why it cannot be read.
        case summarised(path: String, document: Document?, problem: String?)
        /// A document of the workspace, read for its report preview.
        case previewRead(document: Document, path: String)
        /// An export from the preview: where it went, or why not.
        case exported(path: String, error: String?)
        /// The text back from `$EDITOR`.
        case edited(String)
        /// `$EDITOR` could not be run, or failed: why.
        case editorFailed(String)
        /// Work of the run loop that failed (an editor that exited badly, a file that cannot be opened): the reason.
        case failed(String)
    }

    public var kind: Kind
    public var time: Instant

    public init(_ kind: Kind, at time: Instant) {
        self.kind = kind
        self.time = time
    }
}
