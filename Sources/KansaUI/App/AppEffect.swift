import KansaCore

/// Work the run loop does for the screens: anything that touches files, processes or the terminal itself.
public enum AppEffect: Equatable, Sendable {
    /// Write the document now, before the next key is read.
    case save(Document)
    /// Open a document of the workspace.
    case open(path: String)
    /// Edit a long text in `$EDITOR`; the result comes back through `App.finishExternalEdit`.
    case editExternally(String)
    case quit
}
