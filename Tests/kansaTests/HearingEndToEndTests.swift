import Foundation
import Testing
import KansaCore
import KansaStore
import TestSupport

/// The real binary in tmux on a copy of the sample: verdicts and a Japanese note by key, an undo, `kill -9`,
/// and everything done before the kill is in the file and on the next screen.
@Suite(.serialized)
struct HearingEndToEndTests {
    let temporary = TemporaryFolder("e2e")
    var folder: String { temporary.path }

    init() throws {
        _ = try KansaProcess.run(["sample", "."], in: temporary.path)
    }

    var command: String { "exec '\(KansaProcess.binary)' audit.json" }

    func cell(_ audit: Audit, _ item: ItemID, _ division: DivisionID) -> Cell {
        audit.cell(item: item, division: division)
    }

    @Test func keysReachTheFileBeforeAKillAndShowOnTheNextRun() throws {
        let tmux = TmuxSession(folder: folder)
        try tmux.start(command)
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.keys("l", "x")
        try tmux.keys("t")
        try tmux.keys("Space")
        try tmux.wait { $0.contains("○128 △5 ×1") == false && $0.contains("×2") }
        try tmux.keys("u")
        try tmux.keys("Enter")
        try tmux.type("確認済み")
        try tmux.keys("Enter")
        // The prompt line reads "Note: 確認済み" too while the note is typed; "[saved]" is back only after Enter.
        let before = try tmux.wait { $0.contains("Note: 確認済み") && $0.contains("[saved]") }
        #expect(before.contains("Note: 確認済み"))
        let pid = try tmux.pid()
        try #require(pid > 0)
        kill(pid, SIGKILL)
        for _ in 0..<100 where kill(pid, 0) == 0 { usleep(20_000) }

        guard case .audit(let audit) = try DocumentFile.read(folder + "/audit.json") else {
            Issue.record("not an audit")
            return
        }
        #expect(cell(audit, "human-1", "jinji").verdict == .needsImprovement)
        #expect(cell(audit, "human-2-1", "jinji").verdict == .improved)
        #expect(cell(audit, "human-2-2", "jinji").verdict == .compliant)
        #expect(cell(audit, "human-2-2", "jinji").note == "確認済み")
        #expect(audit.counts.needsImprovement == 2)

        try tmux.start(command, window: "again")
        let again = try tmux.wait(window: "again") { $0.contains("heard 168/168") }
        #expect(!again.contains("Read-only"), "the killed process's lock must be gone")
        let row = again.split(separator: "\n").first { $0.hasPrefix("1 情報資産等") } ?? ""
        #expect(row.contains("×"))
        try tmux.keys("j", "j", "l", window: "again")
        #expect(try tmux.wait(window: "again") { $0.contains("Note: 確認済み") }.contains("人事行政課 │ I 2(2)"))
    }

    @Test func qExitsZeroAndLeavesTheTerminalUsable() throws {
        let tmux = TmuxSession(folder: folder)
        try tmux.start("'\(KansaProcess.binary)' audit.json; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e icanon -e -echo -e -icanon | tr '\\n' ' '; echo; sleep 60")
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.keys("q")
        let after = try tmux.wait { $0.contains("EXIT=") && $0.contains("icanon") }
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("icanon echo") || after.contains("echo icanon"))
        #expect(!after.contains("-echo") && !after.contains("-icanon"))
        #expect(!after.contains("heard 168/168"), "the alternate screen is left")
    }

    /// `R` previews the report; `x h` writes audit.html beside the document and says where.
    @Test func theReportIsPreviewedAndExportedBesideTheDocument() throws {
        let tmux = TmuxSession(folder: folder)
        try tmux.start(command)
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.keys("R")
        try tmux.wait { $0.contains("Report: 令和5年度（上半期）情報セキュリティ内部監査実施報告書") }
        try tmux.keys("x")
        try tmux.wait { $0.contains("h HTML") }
        try tmux.keys("h")
        let done = try tmux.wait { $0.contains("Exported to") }
        #expect(done.contains(folder + "/audit.html") || done.contains("audit.html"))
        let html = try String(contentsOfFile: folder + "/audit.html", encoding: .utf8)
        #expect(html.contains("<h1>令和5年度（上半期）情報セキュリティ内部監査実施報告書</h1>"))
        try tmux.keys("q")
        try tmux.wait { $0.contains("heard 168/168") }
    }

    @Test func aSecondKansaOnTheSameFileIsReadOnlyAndSaysSo() throws {
        let tmux = TmuxSession(folder: folder)
        try tmux.start(command)
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.start(command, window: "second")
        let second = try tmux.wait(window: "second") { $0.contains("heard 168/168") }
        #expect(second.contains("Read-only: another kansa (process \(try tmux.pid())) is editing this file"))
        try tmux.keys("x", window: "second")
        #expect(try tmux.wait(window: "second") { $0.contains("nothing changed") }.contains("Read-only, nothing changed"))
        try tmux.keys("q", window: "second")
        try tmux.keys("q")
    }

    @Test func sigtermQuitsCleanlyWithEverythingSaved() throws {
        let tmux = TmuxSession(folder: folder)
        try tmux.start("'\(KansaProcess.binary)' audit.json; echo EXIT=$?; sleep 60")
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.keys("x")
        try tmux.wait { $0.contains("×2") }
        let shell = try tmux.pid()
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let kansa = Int32(children.split(separator: " ").first ?? "") ?? -1
        try #require(kansa > 0, "no kansa under the shell \(shell): \(children)")
        kill(kansa, SIGTERM)
        let after = try tmux.wait { $0.contains("EXIT=") }
        #expect(after.contains("EXIT=0"))
        guard case .audit(let audit) = try DocumentFile.read(folder + "/audit.json") else { return }
        #expect(audit.counts.needsImprovement == 2)
    }

    @Test func theGeneralCommentIsEditedInTheEditorAndTheScreenComesBack() throws {
        let script = folder + "/edit.sh"
        try "#!/bin/sh\nprintf '%s' '総評を書き直した。' > \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o700)
        let tmux = TmuxSession(folder: folder)
        try tmux.start("EDITOR='\(script)' exec '\(KansaProcess.binary)' audit.json")
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.keys("E")
        let back = try tmux.wait { $0.contains("heard 168/168") && $0.contains("[saved]") && !$0.contains("E\n") }
        #expect(back.contains("kansa │ 令和5年度（上半期）情報セキュリティ内部監査"))
        for _ in 0..<50 {
            if case .audit(let audit) = try DocumentFile.read(folder + "/audit.json"), audit.generalComment == "総評を書き直した。" { break }
            usleep(50_000)
        }
        guard case .audit(let audit) = try DocumentFile.read(folder + "/audit.json") else { return }
        #expect(audit.generalComment == "総評を書き直した。")
        try tmux.keys("u")
        try tmux.wait { $0.contains("Undone") }
        try tmux.keys("q")
    }
}

/// The drill board in tmux: a new drill from the sample, stamps, moves and a Japanese event by key, `kill -9`,
/// and everything is there on reopening; a `kansa board` in a second window shows a new event within 2 seconds.
@Suite(.serialized)
struct BoardEndToEndTests {
    let temporary = TemporaryFolder("board")
    var folder: String { temporary.path }

    init() throws {
        _ = try KansaProcess.run(["sample", "."], in: temporary.path)
        _ = try KansaProcess.run(["new", "drill", "today.json", "--from", "drill.json"], in: temporary.path)
    }

    @Test func theFollowViewSaysWhenItsFileGoesBad() throws {
        let tmux = TmuxSession(folder: folder)
        try tmux.start("exec '\(KansaProcess.binary)' board today.json", columns: 100, rows: 30)
        try tmux.wait { $0.contains("[following]") }
        let validate = try KansaProcess.run(["validate", "today.json"], in: folder)
        #expect(validate.status == 0)
        try "{\n".write(toFile: folder + "/today.json", atomically: true, encoding: .utf8)
        let start = Date()
        let stale = try tmux.wait(seconds: 5) { $0.contains("STALE") && $0.contains("today.json:") }
        #expect(Date().timeIntervalSince(start) < 1.5, "said within a second or so: \(Date().timeIntervalSince(start)) s")
        let said = try KansaProcess.run(["validate", "today.json"], in: folder).stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "Error: ", with: "")
        #expect(stale.replacingOccurrences(of: "\n", with: "").contains(said.prefix(30)), "the message validate prints: \(said)")
        #expect(stale.contains("Systems"), "the last good state stays on screen")
        try FileManager.default.removeItem(atPath: folder + "/today.json")
        try tmux.wait(seconds: 5) { $0.contains("no such file") }
    }

    @Test func aReplayAt600TimesShowsTheSampleAndNeverWritesIt() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/drill.json"))
        let tmux = TmuxSession(folder: folder)
        try tmux.start("exec '\(KansaProcess.binary)' board drill.json --replay --speed 600", columns: 100, rows: 30)
        try tmux.wait { $0.contains("REPLAY 600×") }
        usleep(3_000_000)
        let screen = try tmux.wait { $0.contains("08:30:00") }
        #expect(!screen.contains("REPLAY 600× 08:30:00"), "three seconds at 600× are half an hour of the drill: \(screen)")
        try tmux.keys("Space")
        try tmux.wait { $0.contains("paused") }
        try tmux.keys("q")
        for _ in 0..<100 where (try? tmux.pid()) ?? 0 > 0 { usleep(20_000) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/drill.json")) == before, "byte-identical")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("drill") }
        #expect(files == ["drill.json"], "no lock, no copy, no rescue beside it: \(files)")
    }

    @Test func stampsSurviveAKillAndTheBoardFollows() throws {
        let tmux = TmuxSession(folder: folder)
        try tmux.start("exec '\(KansaProcess.binary)' today.json")
        try tmux.wait { $0.contains("[saved]") }
        try tmux.start("exec '\(KansaProcess.binary)' board today.json", window: "board")
        try tmux.wait(window: "board") { $0.contains("[following]") }
        try tmux.keys("Enter", "Enter", "p")
        try tmux.keys("Tab", "Space", "Space", "m")
        try tmux.keys("a")
        try tmux.type("発電機の燃料臭")
        try tmux.keys("Enter")
        let lead = try tmux.wait { $0.contains("発電機の燃料臭") }
        #expect(lead.contains("発電機の燃料臭"))
        let start = Date()
        let follower = try tmux.wait(window: "board", seconds: 5) { $0.contains("発電機の燃料臭") }
        #expect(follower.contains("発電機の燃料臭"))
        #expect(Date().timeIntervalSince(start) < 2, "the board followed in \(Date().timeIntervalSince(start)) s")
        let pid = try tmux.pid()
        try #require(pid > 0)
        kill(pid, SIGKILL)
        for _ in 0..<100 where kill(pid, 0) == 0 { usleep(20_000) }

        guard case .drill(let drill) = try DocumentFile.read(folder + "/today.json") else {
            Issue.record("not a drill")
            return
        }
        #expect(drill.steps.prefix(2).allSatisfy { $0.actual != nil })
        #expect(drill.powerPhase == .outage)
        #expect(drill.state(of: "core") == .down)
        #expect(drill.moves.last?.manual == true)
        #expect(drill.events.map(\.text) == ["発電機の燃料臭"])
        try tmux.start("exec '\(KansaProcess.binary)' today.json", window: "again")
        let again = try tmux.wait(window: "again") { $0.contains("発電機の燃料臭") }
        #expect(again.contains("停止"))
        #expect(!again.contains("[read-only]"))
    }
}
