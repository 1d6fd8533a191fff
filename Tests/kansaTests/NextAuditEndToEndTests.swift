import Foundation
import KansaCore
import KansaStore
import Testing
import TestSupport

/// A person who has never seen JSON prepares 令和5年度（下半期） from the sample, on screen: four other divisions,
/// one new item, the description, the hearing dates; hears every cell; and writes the report — the real binary
/// in tmux.
@Suite(.serialized)
struct NextAuditEndToEndTests {
    let temporary = TemporaryFolder("next-audit")
    var folder: String { temporary.path }

    @Test func theNextHalfYearIsPreparedHeardAndReportedOnScreen() throws {
        _ = try KansaProcess.run(["sample", "."], in: folder)
        let made = try KansaProcess.run(["new", "audit", "next.json", "--from", "audit.json", "--date", "2023-11-20"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let tmux = TmuxSession(folder: folder)
        try tmux.start("exec '\(KansaProcess.binary)' next.json", columns: 120, rows: 40)
        try tmux.wait { $0.contains("S sets up") }
        try tmux.keys("S")
        try tmux.wait { $0.contains("Set-up:") && $0.contains("令和5年度（下半期）") }
        // Overview: the audit lead.
        for _ in 0..<6 { try tmux.keys("j") }
        try tmux.keys("Enter", "C-u")
        try tmux.type("総務部長 監査 太郎")
        try tmux.keys("Enter")
        try tmux.wait { $0.contains("総務部長 監査 太郎") }
        // Divisions: four new ones, each with its hearing date, then the sample's six removed.
        try tmux.keys("Tab", "G")
        for (n, name) in ["税務課", "市民課", "教育総務課", "上下水道課"].enumerated() {
            try tmux.keys("a")
            try tmux.type(name)
            try tmux.keys("Enter", "Enter", "h", "C-u")
            try tmux.type("2023-11-2\(n)")
            try tmux.keys("Enter", "Enter", "Enter", "Enter")
            try tmux.type("監査 太郎")
            try tmux.keys("Enter")
            try tmux.wait { $0.contains(name) && $0.contains("hearing 2023-11-2\(n)") }
        }
        try tmux.keys("g")
        for _ in 0..<6 {
            try tmux.keys("d")
            try tmux.wait { $0.contains("y removes") }
            try tmux.keys("y")
        }
        try tmux.wait { !$0.contains("企画課") && $0.contains("上下水道課") }
        // Items: one new item at the end of IV.
        try tmux.keys("Tab", "G", "a", "7", "Enter")
        try tmux.type("外部委託先の管理")
        try tmux.keys("Enter")
        try tmux.type("委託先の管理状況の確認")
        try tmux.keys("Enter")
        try tmux.wait { $0.contains("7 外部委託先の管理") }
        try tmux.keys("q")
        try tmux.wait { $0.contains("heard 0/") }
        // Hear every cell: ○ down each division's column, × for the new item in 税務課.
        guard case .audit(let prepared) = try DocumentFile.read(folder + "/next.json") else { throw ReleaseBinary.Failure(description: "not an audit") }
        let items = prepared.itemCount
        #expect(prepared.divisions.map(\.name) == ["税務課", "市民課", "教育総務課", "上下水道課"])
        for division in 0..<4 {
            try tmux.keys("g")
            try tmux.keys(Array(repeating: "o", count: items))
            if division == 0 { try tmux.keys("G", "x") }
            try tmux.keys("l")
        }
        let allHeard = try tmux.wait(seconds: 20) { $0.contains("heard \(items * 4)/\(items * 4)") }
        try #require(allHeard.contains("heard \(items * 4)/\(items * 4)"), "\(allHeard)")
        // The report, written beside the file from the preview.
        try tmux.keys("R")
        try tmux.wait { $0.contains("Report") }
        try tmux.keys("x", "h")
        try tmux.wait { $0.contains("next.html") }
        try tmux.keys("q", "q")

        guard case .audit(let heard) = try DocumentFile.read(folder + "/next.json") else { throw ReleaseBinary.Failure(description: "not an audit") }
        #expect(heard.title == "令和5年度（下半期）情報セキュリティ内部監査")
        #expect(heard.organisation.lead == "総務部長 監査 太郎")
        #expect(heard.counts.heard == items * 4 && heard.counts.needsImprovement == 1)
        #expect(heard.hearings.count == 4)
        #expect(heard.sections.last?.items.last?.title == "外部委託先の管理")
        let html = try String(contentsOfFile: folder + "/next.html", encoding: .utf8)
        for text in ["令和5年度（下半期）", "税務課", "上下水道課", "外部委託先の管理", "総務部長 監査 太郎"] {
            #expect(html.contains(text), "\(text) in the report")
        }
        #expect(!html.contains("企画課"), "the sample's divisions are gone")
    }
}
