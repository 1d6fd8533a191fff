import Foundation
import KansaCore

/// The words swift-argument-parser writes itself (headings of `--help`, its usage errors), in Japanese.
enum ParserWords {
    /// Pattern and template pairs, applied in order.
    static let japanese: [(pattern: String, template: String)] = [
        (#"^OVERVIEW:"#, "概要:"),
        (#"^USAGE:"#, "使い方:"),
        (#"^ARGUMENTS:"#, "引数:"),
        (#"^OPTIONS:"#, "オプション:"),
        (#"^SUBCOMMANDS:"#, "サブコマンド:"),
        (#"Show help information\."#, "ヘルプを表示します。"),
        (#"\(values: ([^;)]*); default: ([^)]*)\)"#, "（値: $1、既定: $2）"),
        (#"\(values: ([^)]*)\)"#, "（値: $1）"),
        (#"\(default: ([^)]*)\)"#, "（既定: $1）"),
        (#"\(default\)"#, "（既定）"),
        (#"See '([^']*) help <subcommand>' for detailed help\."#, "詳しくは '$1 help <サブコマンド>' を見てください。"),
        (#"See '([^']*)' for more information\."#, "詳しくは '$1' を見てください。"),
        (#"^Error: "#, "エラー: "),
        (#"^Help: "#, "ヘルプ: "),
        (#"^Usage: "#, "使い方: "),
        (#"Missing expected argument '([^']*)'"#, "引数 '$1' がありません"),
        (#"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\."#, "'$2' に '$1' は使えません。$3 のどれかを指定してください。"),
        (#"' or '"#, "'・'"),
        (#"', '"#, "'・'"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "'$2' に '$1' は使えません"),
        (#"Unknown option '([^']*)'"#, "知らないオプション '$1' です"),
        (#"Unexpected argument '([^']*)'"#, "余計な引数 '$1' があります"),
        (#"Missing value for '([^']*)'"#, "'$1' の値がありません"),
    ]

    /// The parser's own text in the language: unchanged in English, its fixed words translated in Japanese.
    static func translate(_ text: String, to language: Language) -> String {
        guard language == .ja else { return text }
        var result = text
        for (pattern, template) in japanese {
            guard let expression = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { continue }
            result = expression.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: template)
        }
        return result
    }
}
