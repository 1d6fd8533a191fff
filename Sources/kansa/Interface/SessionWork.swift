import FoundationEssentials
import Glibc
import KansaCore
import KansaReport
import KansaStore
import KansaUI

/// The work the screens ask for that touches files and processes: saves (each before the next key is read),
/// opening documents, exports, `$EDITOR`, and watching a followed drill.
final class SessionWork: EffectRunner {
    /// The document open for editing, holding its lock.
    private var file: DocumentFile?
    /// The drill followed read-only (`kansa board`), and what its file looked like at the last look.
    private let followed: String?
    private var followedStamp: FileStamp?
    private let language: Language
    /// What to tell on standard error once the terminal is given back: where rescued edits went.
    private(set) var farewell: String?

    init(file: DocumentFile?, following: String? = nil, language: Language) {
        self.file = file
        followed = following
        followedStamp = following.flatMap(FileStamp.init)
        self.language = language
    }

    var watches: Bool { followed != nil }

    /// The document of the open file, and why it is read-only if it is.
    var openDocument: (Document, String?)? {
        file.map { ($0.document, $0.readOnlyReason?.text(in: language)) }
    }

    func run(_ effect: AppEffect, on terminal: any Terminal) -> [Event.Kind] {
        switch effect {
        case .quit:
            return []
        case .bell:
            terminal.ring()
            return []
        case .save(let document):
            guard let file else { return [.saved(error: Strings(language).noFileToSave)] }
            do {
                try file.save(document)
                return [.saved(error: nil)]
            } catch where error.reason == .changedOnDisk {
                return [.changedOnDisk(error.description(in: language))]
            } catch {
                return [.saved(error: error.description(in: language))]
            }
        case .rescue(let document):
            rescue(document)
            return []
        case .reload:
            guard let file else { return [] }
            do {
                let document = try file.reload()
                return [.reloaded(document: document, path: file.path, readOnlyReason: file.readOnlyReason?.text(in: language))]
            } catch {
                return [.failed(error.description(in: language))]
            }
        case .saveAs(let document, let path):
            do {
                file = try DocumentFile.create(path, with: document)
                return [.savedAs(path: path, error: nil)]
            } catch {
                return [.savedAs(path: path, error: error.description(in: language))]
            }
        case .saveCopy(let document, let path):
            do {
                try DocumentFile.create(path, with: document)
                return [.savedCopy(path: path, error: nil)]
            } catch {
                return [.savedCopy(path: path, error: error.description(in: language))]
            }
        case .open(let path):
            do {
                let opened = try DocumentFile.open(path)
                file = opened
                return [.opened(document: opened.document, path: path, readOnlyReason: opened.readOnlyReason?.text(in: language))]
            } catch {
                return [.failed(error.description(in: language))]
            }
        case .closeDocument:
            file = nil
            return []
        case .summarise(let paths):
            return paths.map { path in
                do throws(StoreError) {
                    return .summarised(path: path, document: try DocumentFile.read(path), problem: nil)
                } catch {
                    return .summarised(path: path, document: nil, problem: error.description(in: language))
                }
            }
        case .preview(let path):
            do {
                return [.previewRead(document: try DocumentFile.read(path), path: path)]
            } catch {
                return [.failed(error.description(in: language))]
            }
        case .export(let document, let format, let language, let beside):
            return [export(document, format: format, language: language, beside: beside ?? file?.path ?? followed)]
        case .editExternally(let text):
            return [editExternally(text, on: terminal)]
        }
    }

    /// Saves edits a failed save left off the disk once more; else writes them to a new file beside the document
    /// (or in the home folder, or the temporary one) and keeps a word of where for after the terminal is back.
    private func rescue(_ document: Document) {
        let strings = Strings(language)
        if let file, (try? file.save(document)) != nil {
            farewell = strings.rescuedIntoTheFile(file.path)
            return
        }
        let name = file.map { PathName.name(of: $0.path) } ?? "kansa"
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        let copy = "\(stem).unsaved-\(getpid()).json"
        let beside = file.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }
        let folders = [beside, ProcessInfo.processInfo.environment["HOME"], ScratchFolder.path].compactMap { $0 }
        for folder in folders where (try? DocumentFile.create(folder + "/" + copy, with: document)) != nil {
            farewell = strings.rescuedTo(folder + "/" + copy)
            return
        }
        farewell = strings.notRescued
    }

    /// Writes a document beside its file (`audit.json` → `audit.html`); where, or why not.
    private func export(_ document: Document, format: ExportFormat, language: Language, beside: String?) -> Event.Kind {
        guard let beside else { return .exported(path: "", error: Strings(self.language).noFileToWriteBeside) }
        let base = beside.hasSuffix(".json") ? String(beside.dropLast(5)) : beside
        let target = base + "." + format.fileExtension
        let bytes: [UInt8]
        do {
            bytes = try format.export([document], language: language)
        } catch {
            return .exported(path: target, error: error.description(in: self.language))
        }
        do {
            try TextFile.write(bytes: bytes, to: target, throughLinks: false)
            return .exported(path: target, error: nil)
        } catch {
            return .exported(path: target, error: error.description(in: self.language))
        }
    }

    /// The followed drill, when its file changed since the last look.
    /// The followed drill when its file changed since the last look, or what is wrong with the file now (gone,
    /// damaged, no drill), said once until it changes again.
    func look() -> [Event.Kind] {
        guard let followed else { return [] }
        let stamp = FileStamp(followed)
        guard stamp != followedStamp else { return [] }
        followedStamp = stamp
        do throws(StoreError) {
            guard case .drill(let drill) = try DocumentFile.read(followed) else {
                return [.followFailed(Strings(language).followedIsNoDrill(followed))]
            }
            return [.followed(drill)]
        } catch {
            return [.followFailed(error.description(in: language))]
        }
    }

    /// Opens `$VISUAL`, `$EDITOR` or `vi` on a private temporary copy of the text, with the terminal handed over.
    private func editExternally(_ text: String, on terminal: any Terminal) -> Event.Kind {
        let folder = ScratchFolder.path
        var template = Array((folder + "/kansa-XXXXXX.txt").utf8CString)
        let fd = mkstemps(&template, 4)
        guard fd >= 0 else { return .editorFailed("\(folder): \(String(cString: strerror(errno)))") }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        terminal.suspend()
        let status = Self.runShell("\(editor) \"$1\"", argument: path)
        terminal.resume()
        guard status == 0 else { return .editorFailed("\(editor) exited with status \(status)") }
        guard let data = FileManager.default.contents(atPath: path) else { return .editorFailed("cannot read \(path)") }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n"), !text.hasSuffix("\n") { edited.removeLast() }
        return .edited(edited)
    }

    /// Runs `sh -c command sh argument` on this terminal and waits for it; returns its exit status.
    static func runShell(_ command: String, argument: String) -> Int32 {
        var pid = pid_t()
        let args = ["/bin/sh", "-c", command, "sh", argument]
        var cArgs = args.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cArgs, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}
