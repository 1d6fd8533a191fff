import KansaCore
import KansaStore
import KansaUI

/// The run loop's work as random keys meet it: every document a screen asks to save is encoded and read back with
/// kansa's own reader (a file that would not read back is counted), documents open from a table, and every other
/// effect succeeds as it would on disk.
final class FuzzWork: EffectRunner {
    var documents: [String: Document]
    private(set) var saves = 0
    private(set) var unreadable: [String] = []
    let watches = false

    init(documents: [String: Document]) {
        self.documents = documents
    }

    func run(_ effect: AppEffect, on terminal: any Terminal) -> [Event.Kind] {
        switch effect {
        case .save(let document):
            saves += 1
            return [.saved(error: check(document))]
        case .saveCopy(let document, let path):
            return [.savedCopy(path: path, error: check(document))]
        case .saveAs(let document, let path):
            return [.savedAs(path: path, error: check(document))]
        case .open(let path):
            guard let document = documents[path] else { return [.failed("no such file: \(path)")] }
            return [.opened(document: document, path: path, readOnlyReason: nil)]
        case .summarise(let paths):
            return paths.map { .summarised(path: $0, document: documents[$0], problem: documents[$0] == nil ? "no such file" : nil) }
        case .preview(let path):
            guard let document = documents[path] else { return [.failed("no such file: \(path)")] }
            return [.previewRead(document: document, path: path)]
        case .editExternally(let text):
            return [.edited(text + "（追記）")]
        case .export(_, let format, _, _):
            return [.exported(path: "/fuzz/out." + format.fileExtension, error: nil)]
        case .reload, .closeDocument, .quit, .rescue, .bell:
            return []
        }
    }

    /// Nil when the document reads back; else why not, which is also counted.
    private func check(_ document: Document) -> String? {
        do {
            try DocumentFile.checkReadable(DocumentFormat.encode(document), path: "fuzz.json")
            return nil
        } catch {
            unreadable.append(error.description)
            return error.description
        }
    }

    func look() -> [Event.Kind] { [] }
}
