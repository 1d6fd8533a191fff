import KansaCore
import KansaReport

/// Work the run loop does for the screens: anything that touches files, processes or the terminal itself.
public enum AppEffect: Equatable, Sendable {
    /// Write the document now, before the next key is read.
    case save(Document)
    /// Ring the terminal's bell.
    case bell
    /// Read the open document's file again (it changed on disk); the outcome comes back as `reloaded` or `failed`.
    case reload
    /// Save the document under a new name and edit that file from now on; the outcome comes back as `savedAs`.
    case saveAs(Document, path: String)
    /// Write the document to a new file, when its own cannot be saved; the outcome comes back as `savedCopy`.
    case saveCopy(Document, path: String)
    /// Read files of the workspace for the rows that show them; each comes back as `summarised`.
    case summarise([String])
    /// Open a document of the workspace.
    case open(path: String)
    /// Edit a long text in `$EDITOR`; the text comes back as an `edited` event.
    case editExternally(String)
    /// Preview the report of a document of the workspace.
    case preview(path: String)
    /// Write a document in a format beside its file (`beside`, else the file open in the run loop); the
    /// outcome comes back as an `exported` event.
    case export(document: Document, format: ExportFormat, language: Language, beside: String?)
    /// kansa is ending (a quit signal, the terminal gone) with edits not on disk: save once more, else write them
    /// to a file of their own and say where.
    case rescue(Document)
    /// The document screen opened from the home screen was closed: let go of its file.
    case closeDocument
    case quit
}
