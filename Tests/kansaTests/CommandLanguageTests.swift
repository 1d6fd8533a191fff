import Foundation
import Testing
import KansaCore
import TestSupport

/// `--lang` is taken by every command, before or after its name, and help and usage errors are whole in the
/// language chosen: each command's own help, the parser's own words translated, Japanese wrapped by columns.
struct CommandLanguageTests {
    let temporary = TemporaryFolder("lang")

    /// The root command (no name) and every subcommand.
    static let commands = ["", "open", "board", "sample", "new", "validate", "export", "import", "merge"]

    /// What swift-argument-parser writes in English, none of which may be left in Japanese help or errors.
    static let parserEnglish = [
        "OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "values:", "default:", "(default", "Show ", "See '",
        "for more information", "for detailed help", "Error:", "Help:", "Usage:", "Missing", "Unknown", "invalid", "Please",
    ]

    func kansa(_ arguments: [String], environment: [String: String] = [:]) throws -> KansaProcess.Output {
        try KansaProcess.run(arguments, in: temporary.path, environment: environment)
    }

    /// The English prose left in a text once option names, placeholders, quoted values and paths are taken out.
    func englishProse(in text: String) -> [String] {
        let stripped = text.replacingOccurrences(of: #"<[^>]*>|--?[a-z][a-z-]*|'[^']*'|\$[A-Z_]+\S*|~/\S*"#, with: "", options: .regularExpression)
        let words = try! NSRegularExpression(pattern: #"\b(the|is|are|not|and|or|with|to|of|an|for|show|see|values|information)\b"#, options: .caseInsensitive)
        return words.matches(in: stripped, range: NSRange(stripped.startIndex..., in: stripped))
            .map { String(stripped[Range($0.range, in: stripped)!]) }
    }

    @Test(arguments: commands)
    func japaneseHelpIsTheCommandsOwnAndWhollyJapanese(_ command: String) throws {
        let name = command.isEmpty ? [] : [command]
        let usage = "\n使い方: kansa " + (command.isEmpty ? "[--lang <lang>] <subcommand>" : command + " ")
        for arguments in [["--lang", "ja"] + name + ["--help"], name + ["--lang", "ja", "--help"], name + ["--help", "--lang=ja"]] {
            let help = try kansa(arguments, environment: ["COLUMNS": "80"])
            #expect(help.status == 0, "\(arguments)")
            #expect(help.stdout.hasPrefix("概要: "), "\(arguments)")
            #expect(help.stdout.contains(usage), "\(arguments): \(help.stdout)")
            #expect(help.stdout.contains("\nオプション:\n") && help.stdout.contains("ヘルプを表示します。"))
            for word in Self.parserEnglish {
                #expect(!help.stdout.contains(word), "\(arguments): \(word)")
            }
            #expect(englishProse(in: help.stdout).isEmpty, "\(arguments): \(englishProse(in: help.stdout))")
            let width = CharacterWidth(ambiguousIsWide: true)
            for line in help.stdout.split(separator: "\n") where !line.hasPrefix("使い方: ") {
                #expect(width.width(of: line) <= 80, "\(arguments): wider than the terminal: \(line)")
            }
        }
    }

    /// The values an option takes and its default, which the parser adds to its help, are Japanese too.
    @Test func japaneseHelpSaysAnOptionsValuesAndDefaultInJapanese() throws {
        let help = try kansa(["--lang", "ja", "export", "--help"], environment: ["COLUMNS": "200"]).stdout
        #expect(help.contains("（値: narrow・wide、既定: wide）"))
        #expect(help.contains("（値: md・html・txt・csv・xlsx・docx）"))
        #expect(help.contains("（既定: 100）"))
        let root = try kansa(["--lang", "ja", "--help"], environment: ["COLUMNS": "200"]).stdout
        #expect(root.contains("\n  open（既定）            文書を開きます。"), "the default subcommand, its help in line with the others")
        #expect(root.contains("詳しくは 'kansa help <サブコマンド>' を見てください。"))
    }

    @Test(arguments: commands)
    func englishHelpEvenInAJapaneseLocale(_ command: String) throws {
        let name = command.isEmpty ? [] : [command]
        let help = try kansa(["--lang", "en"] + name + ["--help"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: kansa " + (command.isEmpty ? "[--lang <lang>] <subcommand>" : command + " ")))
        let overview = help.stdout.split(separator: "\n").first ?? ""
        #expect(overview.hasPrefix("OVERVIEW: ") && overview.allSatisfy(\.isASCII), "\(overview)")
        #expect(!help.stdout.contains("概要") && !help.stdout.contains("オプション"))
    }

    @Test func everyCommandTakesLangBeforeOrAfterItsName() throws {
        #expect(try kansa(["sample", "s", "--lang", "ja"]).status == 0)
        #expect(try kansa(["--lang", "en", "sample", "t"]).status == 0)
        #expect(try kansa(["validate", "s/audit.json", "--lang", "ja"]).stdout.contains("s/audit.json: 監査「令和5年度（上半期）情報セキュリティ内部監査」"))
        #expect(try kansa(["--lang", "en", "validate", "s/audit.json"], environment: ["LANG": "ja_JP.UTF-8"]).stdout
            .contains("s/audit.json: audit 「令和5年度（上半期）情報セキュリティ内部監査」"))
        #expect(try kansa(["--lang", "ja", "new", "audit", "next.json", "--from", "s/audit.json"]).stdout.contains("next.json: 監査「"))
        #expect(try kansa(["new", "drill", "next-drill.json", "--lang", "en"], environment: ["LANG": "ja_JP.UTF-8"]).stdout
            .contains("next-drill.json: drill 「"))
        #expect(try kansa(["export", "s/audit.json", "--format", "md", "--lang", "en"]).stdout.contains("## 1 Overview"))
        #expect(try kansa(["--lang", "ja", "export", "s/audit.json", "--format", "md"]).stdout
            .hasPrefix("# 令和5年度（上半期）情報セキュリティ内部監査実施報告書\n"))
        #expect(try kansa(["export", "s/audit.json", "--format", "csv", "-o", "matrix.csv"]).status == 0)
        #expect(try kansa(["import", "matrix.csv", "-o", "imported.json", "--lang", "ja"]).stdout.contains("imported.json: 監査「matrix」"))
        #expect(try kansa(["--lang", "ja", "s/drill.json"]).stdout.contains("s/drill.json: 訓練「"))
        #expect(try kansa(["open", "s/drill.json", "--lang", "en"], environment: ["LANG": "ja_JP.UTF-8"]).stdout.contains("s/drill.json: drill 「"))
        // Not on a terminal, board stops after its arguments are read, saying so in the language asked for.
        #expect(try kansa(["board", "s/drill.json", "--lang", "ja"]).stderr == "エラー: kansa board は端末で使ってください\n")
        #expect(try kansa(["--lang", "en", "board", "s/drill.json"], environment: ["LANG": "ja_JP.UTF-8"]).stderr
            == "Error: kansa board needs a terminal\n")
    }

    @Test func usageErrorsAreInJapanese() throws {
        let missing = try kansa(["--lang", "ja", "new", "audit"])
        #expect(missing.status == 64)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == """
            エラー: 引数 '<file>' がありません
            ヘルプ: <file>  作成するファイル。既存のファイルには上書きしません。
            使い方: kansa new <kind> <file> [--from <from>] [--title <title>] [--date <date>] [--start <start>] [--lang <lang>]
              詳しくは 'kansa new --help' を見てください。

            """)
        let errors = try [
            kansa(["new", "plan", "x.json", "--lang", "ja"]),
            kansa(["validate", "x.json", "--bogus", "--lang", "ja"]),
            kansa(["export", "x.json", "--format", "--lang", "ja"]),
            kansa(["--lang", "ja", "validate", "a.json", "--lang"]),
        ]
        #expect(errors[0].stderr.hasPrefix("エラー: '<kind>' に 'plan' は使えません。'audit'・'drill' のどれかを指定してください。\n"))
        #expect(errors[1].stderr.hasPrefix("エラー: 知らないオプション '--bogus' です\n"))
        #expect(errors[2].stderr.hasPrefix("エラー: '--format <format>' の値がありません\n"))
        #expect(errors[3].stderr.hasPrefix("エラー: '--lang <lang>' の値がありません\n"))
        for error in errors + [missing] {
            #expect(error.status != 0)
            for word in Self.parserEnglish {
                #expect(!error.stderr.contains(word), "\(word) in \(error.stderr)")
            }
        }
        let english = try kansa(["--lang", "en", "new", "audit"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(english.stderr.hasPrefix("Error: Missing expected argument '<file>'\n"))
    }
}
