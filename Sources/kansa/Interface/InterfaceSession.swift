import Foundation
import Glibc
import KansaCore
import KansaReport
import KansaStore
import KansaTerminal
import KansaUI

/// The run loop: keys in, effects done (every save before the next key is read), frames out; the terminal
/// is given back however the loop ends.
final class InterfaceSession {
    private var app: App
    private let terminal: NcursesTerminal
    /// The document open for editing, holding its lock.
    private var file: DocumentFile?
    /// The drill followed read-only (`kansa board`), and what its file looked like at the last look.
    private let followed: String?
    private var followedStamp: FileStamp?

    init(app: App, terminal: NcursesTerminal, file: DocumentFile?, following: String? = nil) {
        self.app = app
        self.terminal = terminal
        self.file = file
        followed = following
        followedStamp = following.flatMap(FileStamp.init)
    }

    func run() {
        defer { terminal.restore() }
        _ = perform(app.tick(wall: Clock.now(), monotonic: Clock.monotonicSeconds()))
        terminal.present(app.draw())
        while !terminal.quitRequested {
            // A follow view looks at its file four times a second; otherwise the loop wakes once a second for the clock.
            let timeout = followed == nil ? Clock.millisecondsToNextSecond() : min(250, Clock.millisecondsToNextSecond())
            guard let key = terminal.nextKey(timeout: timeout) else {
                followChanges()
                if !perform(app.tick(wall: Clock.now(), monotonic: Clock.monotonicSeconds())) { return }
                terminal.present(app.draw())
                continue
            }
            if key == .resize {
                let size = terminal.size
                app.resize(rows: size.rows, columns: size.columns)
            }
            if !perform(app.handle(key)) { return }
            terminal.present(app.draw())
        }
    }

    /// Does the effects in order; false when one of them is to quit.
    private func perform(_ effects: [AppEffect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .save(let document):
                do {
                    try file?.save(document)
                    app.saveFinished(error: nil)
                } catch {
                    app.saveFinished(error: error.description(in: app.strings.language))
                }
            case .open(let path):
                open(path)
            case .editExternally(let text):
                if !perform(editExternally(text)) { return false }
            case .preview(let path):
                do {
                    app.showPreview(ReportPreview(document: try DocumentFile.read(path), path: path))
                } catch {
                    app.say(Message(error.description(in: app.strings.language), isError: true))
                }
            case .export(let document, let format, let language, let beside):
                export(document, format: format, language: language, beside: beside ?? file?.path ?? followed)
            }
        }
        return true
    }

    private func open(_ path: String) {
        do {
            let opened = try DocumentFile.open(path)
            file = opened
            switch opened.document {
            case .audit(let audit):
                app.show(AuditScreen(audit: audit, fileName: Self.name(of: path), readOnlyReason: opened.readOnlyReason?.text(in: app.strings.language),
                                     width: app.width, autoAdvance: app.autoAdvance))
            case .drill(let drill):
                app.show(DrillBoard(drill: drill, fileName: Self.name(of: path), readOnlyReason: opened.readOnlyReason?.text(in: app.strings.language), now: Clock.now()))
            }
        } catch {
            app.say(Message(error.description(in: app.strings.language), isError: true))
        }
    }

    /// Writes a document beside its file (`audit.json` → `audit.html`) and says where, or why not.
    private func export(_ document: Document, format: ExportFormat, language: Language, beside: String?) {
        guard let beside else { return app.exportFinished(path: "", error: app.strings.noFileToWriteBeside) }
        let base = beside.hasSuffix(".json") ? String(beside.dropLast(5)) : beside
        let target = base + "." + format.fileExtension
        do {
            try TextFile.write(format.render([document], language: language), to: target)
            app.exportFinished(path: target, error: nil)
        } catch {
            app.exportFinished(path: target, error: error.description(in: app.strings.language))
        }
    }

    /// Reloads the followed drill when its file changed since the last look.
    private func followChanges() {
        guard let followed, let stamp = FileStamp(followed), stamp != followedStamp else { return }
        followedStamp = stamp
        if case .drill(let drill)? = try? DocumentFile.read(followed) {
            app.reload(drill)
        }
    }

    static func name(of path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    /// Opens `$VISUAL`, `$EDITOR` or `vi` on a private temporary copy of the text, with the terminal handed over.
    private func editExternally(_ text: String) -> [AppEffect] {
        var template = Array((NSTemporaryDirectory() + "kansa-XXXXXX.txt").utf8CString)
        let fd = mkstemps(&template, 4)
        guard fd >= 0 else { return app.finishExternalEdit(nil, failure: String(cString: strerror(errno))) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        terminal.suspend()
        let status = Self.runShell("\(editor) \"$1\"", argument: path)
        terminal.resume()
        guard status == 0 else { return app.finishExternalEdit(nil, failure: "\(editor) exited with status \(status)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            return app.finishExternalEdit(nil, failure: "cannot read \(path)")
        }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n"), !text.hasSuffix("\n") { edited.removeLast() }
        return app.finishExternalEdit(edited)
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
