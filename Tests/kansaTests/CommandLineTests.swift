import Foundation
import Testing
import KansaCore
import KansaStore
import TestSupport

/// The real binary, driven as a user drives it: exit codes, one clear line on stderr, files it writes.
@Suite(.serialized)
struct CommandLineTests {
    let temporary = TemporaryFolder("cli")
    var folder: String { temporary.path }

    func kansa(_ arguments: String..., environment: [String: String] = [:]) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: folder, environment: environment)
    }

    func expectOneLineFailure(_ output: KansaProcess.Output, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(output.status != 0, sourceLocation: sourceLocation)
        #expect(output.stderr.contains(text), "\(output.stderr)", sourceLocation: sourceLocation)
        #expect(output.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    func permissions(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func sampleWritesBothDocumentsAndNeverOverwrites() throws {
        let first = try kansa("sample", "s")
        #expect(first.status == 0)
        #expect(first.stdout == "s/audit.json\ns/drill.json\n")
        #expect(permissions("s/audit.json") == 0o600)
        let before = try String(contentsOfFile: folder + "/s/audit.json", encoding: .utf8)
        let second = try kansa("sample", "s")
        expectOneLineFailure(second, containing: "s/audit.json: cannot save: the file exists already")
        #expect(second.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: folder + "/s/audit.json", encoding: .utf8) == before)
    }

    @Test func validateSummarisesOrSaysWhereTheFileIsWrong() throws {
        _ = try kansa("sample", ".")
        let ok = try kansa("validate", "audit.json", "drill.json")
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("audit.json: audit 「令和5年度（上半期）情報セキュリティ内部監査」 2023-09-29: 6 divisions × 28 items, heard 168/168"))
        #expect(ok.stdout.contains("drill.json: drill 「令和5年度 ICT-BCP（業務継続）訓練」 2023-10-07: 18 steps"))
        let text = try String(contentsOfFile: folder + "/audit.json", encoding: .utf8)
        try text.replacingOccurrences(of: "\"verdict\": \"×\"", with: "\"verdict\": \"✗\"")
            .write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        let bad = try kansa("validate", "bad.json")
        expectOneLineFailure(bad, containing: "bad.json:")
        #expect(bad.stderr.contains(": unknown verdict \"✗\" at 'sections[2].items[6].cells.hogo.verdict'"))
    }

    @Test func exportWritesTheMatrixForExcelAndNeverOverADocument() throws {
        _ = try kansa("sample", ".")
        let out = try kansa("export", "audit.json", "--format", "csv")
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("\u{FEFF}区分,番号,監査内容,企画課,人事行政課,デジタル都市推進課,財政課,保護課,医療対策課\r\n"))
        #expect(try kansa("export", "drill.json", "--format", "csv", "-o", "drill.csv").status == 0)
        #expect(permissions("drill.csv") == 0o600)
        expectOneLineFailure(try kansa("export", "audit.json", "--format", "csv", "-o", "drill.json"),
                             containing: "drill.json: cannot save: this is a kansa document")
        expectOneLineFailure(try kansa("export", "audit.json", "--format", "pdf"), containing: "'pdf' is invalid for '--format")
    }

    @Test func exportWritesReportsAndACommitteePacket() throws {
        _ = try kansa("sample", ".")
        let md = try kansa("export", "audit.json", "--format", "md")
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# 令和5年度（上半期）情報セキュリティ内部監査実施報告書\n"))
        #expect(md.stdout.contains("| 監査内容 | 企画 | 人事行政 | デジタル都市 | 財政 | 保護 | 医療対策 |"))
        let txt = try kansa("export", "drill.json", "--format", "txt", "--columns", "80")
        #expect(txt.status == 0)
        #expect(txt.stdout.contains("令和5年10月7日（土）8時30分～"))
        #expect(txt.stdout.split(separator: "\n").allSatisfy { CharacterWidth(ambiguousIsWide: true).width(of: $0) <= 80 })
        let packet = try kansa(
            "export", "audit.json", "drill.json", "--format", "html", "-o", "packet.html",
            "--meeting", "令和5年度第2回龍ヶ崎市情報セキュリティ委員会", "--meeting-date", "2023-10-16",
            "--meeting-time", "情報化推進委員会終了後", "--place", "庁議室")
        #expect(packet.status == 0, "\(packet.stderr)")
        #expect(permissions("packet.html") == 0o600)
        let html = try String(contentsOfFile: folder + "/packet.html", encoding: .utf8)
        #expect(html.contains("<h1>令和5年度第2回龍ヶ崎市情報セキュリティ委員会</h1>"))
        #expect(html.contains("<p>日時：令和5年10月16日（月）</p>"))
        #expect(html.contains("令和5年度 ICT-BCP（業務継続）訓練について"))
        expectOneLineFailure(try kansa("export", "audit.json", "drill.json", "--format", "csv"), containing: "csv takes one document")
        let sheet = try kansa("export", "drill.json", "--plan", "--format", "txt")
        #expect(sheet.status == 0 && sheet.stdout.contains("タイムスケジュール（予定）"))
        expectOneLineFailure(try kansa("export", "audit.json", "--plan", "--format", "md"), containing: "--plan is for a drill")
        expectOneLineFailure(try kansa("export", "drill.json", "--plan", "--format", "csv"), containing: "--plan writes md, html, txt or docx")
        expectOneLineFailure(try kansa("export", "audit.json", "--format", "md", "-o", "audit.json"),
                             containing: "this is a kansa document")
    }

    /// A docx, a packet too, goes to a file (owner only) or into a pipe, never onto a terminal; a plan sheet is one.
    @Test func exportWritesADocxToAFileOrAPipeButNotATerminal() throws {
        _ = try kansa("sample", ".")
        let written = try kansa("export", "audit.json", "drill.json", "--format", "docx", "-o", "packet.docx")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(permissions("packet.docx") == 0o600)
        #expect(FileManager.default.contents(atPath: folder + "/packet.docx")?.starts(with: Array("PK\u{03}\u{04}".utf8)) == true)
        let piped = try kansa("export", "drill.json", "--format", "docx")
        #expect(piped.status == 0 && piped.stdout.hasPrefix("PK\u{03}\u{04}"))
        let sheet = try kansa("export", "drill.json", "--plan", "--format", "docx")
        #expect(sheet.status == 0 && sheet.stdout.hasPrefix("PK\u{03}\u{04}"))
        let terminal = try PseudoTerminal.kansa(["export", folder + "/audit.json", "--format", "docx"], home: folder)
        #expect(terminal.waitForExit() == 1)
        #expect(terminal.wrote("docx is a binary file, not for the terminal: write it with -o FILE, or through a pipe"))
        #expect(!terminal.wrote("PK\u{03}\u{04}"))
        #expect(temporary.names.filter { !$0.hasSuffix(".lock") } == ["audit.json", "drill.json", "packet.docx"])
    }

    /// `--lang ja`, the settings file or a Japanese locale give Japanese help texts and messages.
    @Test func helpAndErrorsSpeakJapanese() throws {
        let help = try kansa("export", "--help", environment: ["LANG": "ja_JP.UTF-8"])
        #expect(help.stdout.contains("委員会資料用に文書を書き出します"))
        #expect(help.stdout.contains("表紙の開催場所（庁議室）。"))
        #expect(help.stdout.contains("オプション:") && help.stdout.contains("ヘルプを表示します。") && !help.stdout.contains("OPTIONS:"))
        expectOneLineFailure(try kansa("export", "audit.json", "--format", "pdf", environment: ["LANG": "ja_JP.UTF-8"]),
                             containing: "エラー: '--format <format>' に 'pdf' は使えません。次のどれかを指定してください:\n  - md\n  - html\n  - txt\n  - csv\n  - xlsx\n  - docx\n")
        #expect(try kansa("--lang", "ja", "--help").stdout.contains("文書を開きます。"))
        #expect(try kansa("--help", environment: ["LANG": "ja_JP.UTF-8"]).stdout.contains("情報セキュリティ内部監査と ICT-BCP 訓練を端末で。"))
        #expect(try kansa("export", "--help").stdout.contains("Export documents for the committee papers"))
        expectOneLineFailure(try kansa("validate", "missing.json", environment: ["LANG": "ja_JP.UTF-8"]),
                             containing: "missing.json: ファイルがありません")
        try Data("{\"schemaVersion\": 1, \"kind\": \"audit\",".utf8).write(to: URL(fileURLWithPath: folder + "/cut.json"))
        expectOneLineFailure(try kansa("validate", "cut.json", environment: ["LC_ALL": "ja_JP.UTF-8"]),
                             containing: "cut.json:1:38: オブジェクトの途中でファイルが終わっています")
        expectOneLineFailure(try kansa("validate", "cut.json"), containing: "cut.json:1:38: the file ends in the middle of an object")
        _ = try kansa("sample", ".")
        let summary = try kansa("validate", "audit.json", environment: ["LANG": "ja_JP.UTF-8"])
        #expect(summary.stdout.contains("監査「令和5年度（上半期）情報セキュリティ内部監査」"))
        expectOneLineFailure(try kansa("export", "audit.json", "drill.json", "--format", "csv", environment: ["LANG": "ja_JP.UTF-8"]),
                             containing: "csv は文書一つだけです")
    }

    @Test func importThenExportGivesTheSameSpreadsheet() throws {
        _ = try kansa("sample", ".")
        #expect(try kansa("export", "audit.json", "--format", "csv", "-o", "matrix.csv").status == 0)
        let imported = try kansa("import", "matrix.csv", "-o", "last-year.json", "--title", "昨年度", "--date", "2023-09-29")
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("last-year.json: audit 「昨年度」 2023-09-29: 6 divisions × 28 items, heard 168/168"))
        #expect(try kansa("export", "last-year.json", "--format", "csv", "-o", "again.csv").status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: folder + "/matrix.csv"))
        let again = try Data(contentsOf: URL(fileURLWithPath: folder + "/again.csv"))
        #expect(first == again)
        expectOneLineFailure(try kansa("import", "matrix.csv", "-o", "last-year.json"), containing: "the file exists already")
    }

    @Test func newStartsFromAnEarlierDocument() throws {
        _ = try kansa("sample", ".")
        let audit = try kansa("new", "audit", "next.json", "--from", "audit.json", "--date", "2024-03-08", "--title", "令和5年度（下半期）情報セキュリティ内部監査")
        #expect(audit.status == 0)
        guard case .audit(let next) = try DocumentFile.read(folder + "/next.json") else {
            Issue.record("not an audit")
            return
        }
        #expect(next.counts.heard == 0)
        #expect(next.fiscalYear == 2023)
        #expect(next.followUps.map(\.division.name) == ["保護課"])
        #expect(next.earlier?.cell(item: "human-2-2", division: "kikaku")?.verdict == .improved)
        let drill = try kansa("new", "drill", "drill-2024.json", "--from", "drill.json", "--date", "2024-10-05")
        #expect(drill.status == 0)
        #expect(drill.stdout.contains("18 steps (0 stamped), 12 systems, 0 power changes, 0 events"))
        guard case .drill(let nextDrill) = try DocumentFile.read(folder + "/drill-2024.json") else {
            Issue.record("not a drill")
            return
        }
        #expect(nextDrill.title == "令和6年度 ICT-BCP（業務継続）訓練", "the title's fiscal year moves with the date")
        let titled = try kansa("new", "drill", "drill-own.json", "--from", "drill.json", "--date", "2024-10-05", "--title", "臨時訓練")
        #expect(titled.status == 0)
        if case .drill(let own) = try DocumentFile.read(folder + "/drill-own.json") { #expect(own.title == "臨時訓練") }
        // `--date` as the set-up screen takes it: full-width, with slashes.
        #expect(try kansa("new", "drill", "drill-wide.json", "--from", "drill.json", "--date", "２０２４／１０／０５").status == 0)
        if case .drill(let wide) = try DocumentFile.read(folder + "/drill-wide.json") { #expect(wide.date == LocalDate(year: 2024, month: 10, day: 5)) }
        expectOneLineFailure(try kansa("new", "drill", "drill-none.json", "--date", "2024-02-30"), containing: "2024-02-30")
        expectOneLineFailure(try kansa("new", "drill", "x.json", "--from", "audit.json"), containing: "audit.json is an audit, not a drill")
        let fromSample = try kansa("new", "audit", "blank.json")
        #expect(fromSample.status == 0)
        #expect(fromSample.stdout.contains("heard 0/168"))
    }

    @Test func theWorkspaceIsMadeOnFirstRunAndSaysSo() throws {
        let environment = ["XDG_DATA_HOME": folder + "/data"]
        let first = try kansa(environment: environment)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Created the workspace \(folder)/data/kansa with the sample audit and drill.\n"))
        let second = try kansa(environment: environment)
        #expect(!second.stdout.contains("Created"))
        #expect(second.stdout.contains("\(folder)/data/kansa/audit.json: audit"))
        let home = try kansa()
        #expect(home.stdout.contains("\(folder)/.local/share/kansa/drill.json: drill"))
        let direct = try kansa("\(folder)/data/kansa/drill.json")
        #expect(direct.stdout.contains("drill.json: drill 「令和5年度 ICT-BCP（業務継続）訓練」"))
        expectOneLineFailure(try kansa("missing.json"), containing: "missing.json: no such file")
    }

    @Test(arguments: [[], ["open"], ["board"], ["sample"], ["new"], ["validate"], ["export"], ["import"], ["merge"]])
    func everyCommandHasHelp(_ command: [String]) throws {
        let out = try KansaProcess.run(command + ["--help"], in: folder)
        #expect(out.status == 0)
        #expect(out.stdout.contains("USAGE: kansa"))
    }
}

struct SettingsFileTests {
    let temporary = TemporaryFolder("settings")

    @Test func aBrokenSettingsFileStopsWithItsPlace() throws {
        let folder = temporary.path
        try FileManager.default.createDirectory(atPath: folder + "/.config/kansa", withIntermediateDirectories: true)
        try "{\"language\": \"fr\"}".write(toFile: folder + "/.config/kansa/config.json", atomically: true, encoding: .utf8)
        let out = try KansaProcess.run([], in: folder)
        #expect(out.status != 0)
        #expect(out.stderr.contains("/.config/kansa/config.json:1:14: 'language' is \"fr\""))
    }
}
