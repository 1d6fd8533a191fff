import Foundation
import Glibc
import KansaCore
import KansaReport
import KansaStore
import KansaTerminal
import KansaUI

/// One core path on the 60 × 300 audit (or the sample drill's board), run once inside `kansa_measured_work` so that
/// callgrind counts it alone: `kansa-bench --work NAME`. What surrounds it (making the audit, writing its file, the
/// first frame) is done before and not counted.
enum InstructionWork: String, CaseIterable {
    case load
    case save
    case keyDown = "hearing-key-j"
    case keyVerdict = "hearing-key-o"
    case scrollDown = "hearing-scroll-j"
    case preview = "preview-open"
    case boardKey = "board-key-j"
    case md = "export-md"
    case html = "export-html"
    case txt = "export-txt"
    case csv = "export-csv"
    case xlsx = "export-xlsx"
    case docx = "export-docx"

    @MainActor
    func run() throws {
        let audit = LargeAudit.make(divisions: 60, items: 300)
        let folder = NSTemporaryDirectory() + "kansa-work-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/audit.json"
        let file = try DocumentFile.create(path, with: .audit(audit))
        switch self {
        case .load:
            try measuredWork { _ = try DocumentFile.read(path) }
        case .save:
            file.waitsForDisk = false
            var next = audit
            next.sections[0].items[0].cells[0] = Cell(verdict: .improved)
            try measuredWork { try file.save(.audit(next)) }
        case .keyDown, .keyVerdict, .preview:
            let key: Key = switch self {
            case .keyDown: .character("j")
            case .keyVerdict: .character("o")
            default: .character("R")
            }
            var app = App(screen: AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth()),
                          rows: 50, columns: 200)
            _ = app.draw()
            // One key first, so that what a process does once (its key table) is not counted as the key's.
            _ = app.update(Event(.key(.character("j")), at: app.time))
            _ = app.draw()
            measuredWork {
                _ = app.update(Event(.key(key), at: app.time))
                _ = app.draw()
            }
        case .scrollDown:
            try scrollThroughTheTerminal(audit)
        case .boardKey:
            let drill = SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5))
            let morning = Timestamp(seconds: 1_728_088_200, utcOffset: 9 * 3600)
            var app = App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: morning),
                          rows: 50, columns: 200, time: Instant(wall: morning, monotonic: 0))
            _ = app.draw()
            _ = app.update(Event(.key(.character("k")), at: app.time))
            _ = app.draw()
            measuredWork {
                _ = app.update(Event(.key(.character("j")), at: app.time))
                _ = app.draw()
            }
        case .md, .html, .txt, .csv, .xlsx, .docx:
            let format = ExportFormat(rawValue: String(rawValue.dropFirst("export-".count)))!
            try measuredWork { _ = try format.export([.audit(audit)]) }
        }
    }
}

extension InstructionWork {
    /// Ten presses of `j` that each scroll the matrix one row, drawn by ncurses (xterm-256color, 200 × 50) into a
    /// file: the key, the frame and what the terminal is sent.
    @MainActor
    private func scrollThroughTheTerminal(_ audit: Audit) throws {
        try FileTerminal.with(rows: 50, columns: 200) { terminal, output in
            var app = App(screen: AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: nil, width: CharacterWidth()),
                          rows: 50, columns: 200)
            func press() {
                _ = app.update(Event(.key(.character("j")), at: app.time))
                terminal.present(app.draw())
                fflush(output)
            }
            terminal.present(app.draw())
            // Down to the last row the matrix shows, and one more: from here on every `j` scrolls.
            for _ in 0..<60 { press() }
            measuredWork {
                for _ in 0..<10 { press() }
            }
        }
    }
}

/// The one function whose instructions callgrind counts (`--toggle-collect=*kansa_measured_work*`: the optimizer
/// makes a copy of it for each work, named after it).
@_silgen_name("kansa_measured_work")
@inline(never)
func measuredWork(_ work: () throws -> Void) rethrows {
    try work()
}
