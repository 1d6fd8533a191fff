import KansaCore
import KansaUI

/// The run loop's work done in memory: saves are kept, documents opened from a table, and a followed file's
/// changes handed in by the test.
final class ScriptedWork: EffectRunner {
    private(set) var done: [AppEffect] = []
    var documents: [String: Document] = [:]
    /// What the next look at the followed file finds.
    var changes: [Event.Kind] = []
    /// Why every save fails, when they do.
    var saveFailure: String?
    let watches: Bool

    init(watches: Bool = false) {
        self.watches = watches
    }

    var saved: [Document] {
        done.compactMap { if case .save(let document) = $0 { document } else { nil } }
    }

    func run(_ effect: AppEffect, on terminal: any Terminal) -> [Event.Kind] {
        done.append(effect)
        switch effect {
        case .save: return [.saved(error: saveFailure)]
        case .open(let path):
            guard let document = documents[path] else { return [.failed("no such file: \(path)")] }
            return [.opened(document: document, path: path, readOnlyReason: nil)]
        default: return []
        }
    }

    func look() -> [Event.Kind] {
        defer { changes = [] }
        return changes
    }
}
