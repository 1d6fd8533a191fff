import Foundation
import KansaCore
import KansaStore
import Testing
import TestSupport

/// A drill lead plans next year's drill on screen from last year's, runs it and writes what happened, with the real
/// binary in tmux: an 8:00 start by shifting, a system retired, one added with its procedure (written in
/// `$EDITOR`), a step inserted; stamps, the power, moves of automatic and manual systems, a correction of a power
/// change, an event; a 課題等 and the 総括. The exported report then has a time wherever one was recorded and the
/// manual modes as planned.
@Suite(.serialized)
struct DrillPlanEndToEndTests {
    let temporary = TemporaryFolder("drill-plan")
    var folder: String { temporary.path }

    /// An `$EDITOR` that writes the procedure the first time it is called and appends the 総括 after that.
    func writeEditor() throws -> String {
        let path = folder + "/editor.sh"
        let script = """
            #!/bin/sh
            if [ -e '\(folder)/procedure-written' ]; then
              printf '%s\\n' '訓練は計画どおり終了した。' >> "$1"
            else
              printf '%s\\n' '1. 管理画面から停止' '2. 復電後に起動を確認' > "$1"
              : > '\(folder)/procedure-written'
            fi
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o700)
        return path
    }

    @Test func nextYearsDrillIsPlannedRunAndWrittenOnScreen() throws {
        let today = Timestamp(seconds: Int64(Date().timeIntervalSince1970), utcOffset: 9 * 3600).local.date
        _ = try KansaProcess.run(["sample", "."], in: folder)
        let made = try KansaProcess.run(["new", "drill", "next.json", "--from", "drill.json", "--date", today.description], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let editor = try writeEditor()
        let tmux = TmuxSession(folder: folder)
        try tmux.start("EDITOR='\(editor)' exec '\(KansaProcess.binary)' next.json", columns: 120, rows: 40)
        try tmux.wait { $0.contains("Systems") }

        // Plan: every step 30 minutes earlier, so the drill starts at 8:00.
        try tmux.keys("P")
        try tmux.wait { $0.contains("Drill plan") }
        try tmux.keys("g", "-")
        try tmux.type("30")
        try tmux.keys("Enter")
        let shifted = try tmux.wait { $0.contains("8:00") && $0.contains("8:15") }
        try #require(shifted.contains("8:00"), "\(shifted)")
        // A step inserted after 起動 (which follows 9:05): 9:10 UPS残量確認, its power ×○.
        try tmux.keys("g", "j", "j", "j", "j", "j", "j", "j", "a")
        try tmux.type("9:10")
        try tmux.keys("Enter", "Enter")
        try tmux.wait { $0.contains("9:10") }
        try tmux.keys("Enter", "Enter", "Enter", "C-u")
        try tmux.type("×○")
        try tmux.keys("Enter")
        try tmux.type("UPS残量確認")
        try tmux.keys("Enter", "Enter", "Enter", "Enter")
        try tmux.wait { $0.contains("UPS残量確認") }
        // Systems: 地域包括支援システム retired; 防災行政無線サーバ added, manual both ways, with its procedure.
        try tmux.keys("Tab")
        try tmux.wait { $0.contains("基幹系システムサーバ") }
        try tmux.keys("g", "j", "j", "j", "j", "j", "j", "d")
        try tmux.wait { $0.contains("Retire 地域包括支援システム") }
        try tmux.keys("y")
        try tmux.wait { !$0.contains("地域包括支援システム") }
        try tmux.keys("G", "a")
        for text in ["防災行政無線サーバ", "危機管理課", "調達", "手動", "手動", "○", "佐藤 一郎", "0276-12-3456", ""] {
            if !text.isEmpty { try tmux.type(text) }
            try tmux.keys("Enter")
        }
        try tmux.wait { $0.contains("防災行政無線サーバ") }
        try tmux.keys("e")
        try tmux.wait { $0.contains("防災行政無線サーバ") && $0.contains("Procedure") }
        try tmux.keys("q")
        try tmux.wait { $0.contains("Timeline") || $0.contains("T+") || $0.contains("Contacts") }

        // Run: the outage, then (a second later, so that it is the oldest record of the log) the first steps
        // stamped, an event, moves, the generator, startup, power back.
        try tmux.keys("p")
        try tmux.wait { $0.contains("power outage") }
        usleep(1_100_000)
        try tmux.keys("Enter", "Enter", "Enter", "Enter")
        try tmux.keys("a")
        try tmux.type("発電機の燃料臭")
        try tmux.keys("Enter")
        try tmux.wait { $0.contains("発電機の燃料臭") }
        // 基幹系システムサーバ (automatic, the first), 打刻システム (manual, the fourth), 防災行政無線サーバ (manual,
        // the last): stopping and down, the generator, starting and up.
        let top = Array(repeating: "k", count: 15)
        let bottom = Array(repeating: "j", count: 15)
        try tmux.keys(["Tab"] + top + ["Space", "Space", "j", "j", "j", "Space", "Space"] + bottom + ["Space", "Space"])
        try tmux.keys("p")
        try tmux.keys(top + ["Space", "Space", "j", "j", "j", "Space", "Space"] + bottom + ["Space", "Space"])
        try tmux.keys("p")
        try tmux.wait { $0.contains("commercial power restored") }
        // The outage, the oldest record of the log (its last line), corrected one minute earlier.
        try tmux.keys(["Tab", "Tab"] + Array(repeating: "j", count: 30) + ["e"])
        try tmux.type("-1m")
        try tmux.keys("Enter")
        try tmux.wait { $0.contains("*power outage") || $0.contains("* power outage") }
        // Texts: 基幹系システムサーバ's 課題等 on the line, the 総括 in $EDITOR.
        try tmux.keys("T")
        try tmux.wait { $0.contains("総括") }
        try tmux.keys("g", "Enter", "C-u")
        try tmux.type("自動で停止し、自動で起動した。")
        try tmux.keys("Enter")
        try tmux.wait { $0.contains("自動で停止し") }
        try tmux.keys("G", "Enter")
        try tmux.wait { $0.contains("訓練は計画どおり") }
        try tmux.keys("q", "q")
        _ = try tmux.wait { !$0.contains("Systems") }
        tmux.end()

        guard case .drill(let drill) = try DocumentFile.read(folder + "/next.json") else {
            throw ReleaseBinary.Failure(description: "not a drill")
        }
        #expect(drill.steps.first?.plannedTime == ClockTime(hour: 8, minute: 0))
        let inserted = try #require(drill.steps.first { $0.plannedTime == ClockTime(hour: 9, minute: 10) })
        #expect(inserted.laneTexts.values.contains("UPS残量確認") && inserted.power == PowerColumns(commercial: false, emergency: true))
        #expect(!drill.systems.contains { $0.name == "地域包括支援システム" })
        #expect(!drill.participants.divisions.contains { $0.systems.contains("community-care") })
        let radio = try #require(drill.systems.first { $0.name == "防災行政無線サーバ" })
        #expect(radio.procedure == "1. 管理画面から停止\n2. 復電後に起動を確認" && radio.expectedShutdown == .manual)
        #expect(drill.participants.divisions.contains { $0.name == "危機管理課" && $0.systems == [radio.id] })
        #expect(drill.steps.compactMap(\.actual).count == 4)
        #expect(drill.powerChanges.count == 3)
        let outage = try #require(drill.powerChanges.first)
        #expect(outage.time.corrections.count == 1 && outage.time.effective.seconds == outage.time.happened.seconds - 60)
        #expect(drill.moves(of: "core").map(\.manual) == [false, false, false, false])
        #expect(drill.moves(of: "timecard").map(\.manual) == [true, true, true, true])
        #expect(drill.moves(of: radio.id).map(\.manual) == [true, true, true, true])
        #expect(drill.events.map(\.text) == ["発電機の燃料臭"])
        #expect(drill.systems.first { $0.id == "core" }?.issue == "自動で停止し、自動で起動した。")
        #expect(drill.conclusions == ["訓練は計画どおり終了した。"])

        let exported = try KansaProcess.run(["export", "next.json", "--format", "csv"], in: folder)
        let rows = exported.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("基幹系システムサーバ,デジタル都市推進課,自動,自動,") })
        #expect(rows.contains { $0.hasPrefix("打刻システム,人事行政課,手動,手動,") })
        #expect(rows.contains { $0.hasPrefix("防災行政無線サーバ,危機管理課,手動,手動,") })
        let report = try KansaProcess.run(["export", "next.json", "--format", "md"], in: folder)
        let text = report.stdout
        for line in text.split(separator: "\n") where ["基幹系システムサーバ", "打刻システム", "防災行政無線サーバ"].contains(where: { line.contains($0) }) && line.hasPrefix("|") {
            #expect(!line.contains("未記録"), "\(line)")
        }
        for step in drill.steps where step.actual != nil {
            #expect(text.contains(step.actual!.happened.clockTime.description), "the actual time of \(step.id)")
        }
    }
}
