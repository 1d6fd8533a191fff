import KansaCore

/// The words swift-argument-parser writes itself (headings of `--help`, the notes it adds to an option's help,
/// its usage errors), in Japanese.
enum ParserWords {
    /// A pattern and what a match becomes, given the match's capture groups (the whole match first).
    struct Rule: Sendable {
        var pattern: String
        var replacement: @Sendable ([String]) -> String

        init(_ pattern: String, _ replacement: @escaping @Sendable ([String]) -> String) {
            self.pattern = pattern
            self.replacement = replacement
        }

        /// The pattern as a regular expression whose `^` and `$` match at each line.
        var expression: Regex<AnyRegexOutput> {
            try! Regex(pattern).anchorsMatchLineEndings()
        }
    }

    static let usageHeading = "使い方: "

    /// The rules, applied in order to the parser's text before it is wrapped (one entry to a line).
    static let japanese: [Rule] = [
        Rule(#"^OVERVIEW: "#) { _ in "概要: " },
        Rule(#"^USAGE: "#) { _ in usageHeading },
        Rule(#"^ARGUMENTS:$"#) { _ in "引数:" },
        Rule(#"^OPTIONS:$"#) { _ in "オプション:" },
        Rule(#"^SUBCOMMANDS:$"#) { _ in "サブコマンド:" },
        Rule(#"Show subcommand help information\."#) { _ in "サブコマンドのヘルプを表示します。" },
        Rule(#"Show help information\."#) { _ in "ヘルプを表示します。" },
        Rule(#" ?\(values: ([^;)]*); default: ([^)]*)\)"#) { "（値: \(list($0[1]))、既定: \($0[2])）" },
        Rule(#" ?\(values: ([^)]*)\)"#) { "（値: \(list($0[1]))）" },
        Rule(#" ?\(default: ([^)]*)\)"#) { "（既定: \($0[1])）" },
        // The default subcommand's label: the same width as " (default)", so that the help column stays in line.
        Rule(#"^(  \S+) \(default\)"#) { "\($0[1])（既定）  " },
        Rule(#"See '([^']*) <subcommand>' for detailed help\."#) { "詳しくは '\($0[1]) <サブコマンド>' を見てください。" },
        Rule(#"See '([^']*)' for more information\."#) { "詳しくは '\($0[1])' を見てください。" },
        Rule(#"^Error: "#) { _ in "エラー: " },
        Rule(#"^Help:  "#) { _ in "ヘルプ: " },
        Rule(#"^Usage: "#) { _ in usageHeading },
        Rule(#"Missing expected argument '([^']*)'"#) { "引数 '\($0[1])' がありません" },
        Rule(#"Missing one of: (.*)$"#) { "次のどれかを指定してください: \(list($0[1]))" },
        Rule(#"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of the following:$"#) {
            "'\($0[2])' に '\($0[1])' は使えません。次のどれかを指定してください:"
        },
        Rule(#"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\.$"#) {
            "'\($0[2])' に '\($0[1])' は使えません。\(list($0[3])) のどれかを指定してください。"
        },
        Rule(#"The value '([^']*)' is invalid for '([^']*)'"#) { "'\($0[2])' に '\($0[1])' は使えません" },
        Rule(#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#) { "知らないオプション '\($0[1])' です。'\($0[2])' のことですか？" },
        Rule(#"Unknown option '([^']*)'"#) { "知らないオプション '\($0[1])' です" },
        Rule(#"Missing value for '([^']*)'"#) { "'\($0[1])' の値がありません" },
        Rule(#"^(\s+)or: (.*) in '([^']*)'$"#) { "\($0[1])または '\($0[3])' について: \($0[2])" },
        Rule(#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#) {
            "オプション '\($0[1])' は値を取りませんが、'\($0[2])' が指定されました。"
        },
        Rule(#"Unexpected argument '([^']*)'"#) { "余計な引数 '\($0[1])' があります" },
        Rule(#"(\d+) unexpected arguments: (.*)$"#) { "余計な引数が \($0[1]) 個あります: \(list($0[2]))" },
        Rule(#"Invalid option: (.*)$"#) { "使えないオプションです: \($0[1])" },
        Rule(#"Missing required subcommand\."#) { _ in "サブコマンドを指定してください。" },
    ]

    /// The parser's own text in the language: unchanged in English, its fixed words translated in Japanese.
    static func translate(_ text: String, to language: Language) -> String {
        guard language == .ja else { return text }
        var result = text
        for rule in japanese {
            result = result.replacing(rule.expression) { match in
                rule.replacement(match.output.map { $0.substring.map(String.init) ?? "" })
            }
        }
        return result
    }

    /// A list the parser joins with commas and `or`/`and` (`'md', 'html' or 'txt'`), joined with `・`.
    static func list(_ text: String) -> String {
        text.replacing(#/,\s+|\s+(?:or|and)\s+/#, with: "・")
    }
}
