import ArgumentParser
import KansaCore
import KansaReport
import KansaStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: CommandLanguage.pick("Build an audit from a matrix saved as CSV (the layout `kansa export --format csv` writes).", "CSV で保存した結果一覧（`kansa export --format csv` の形式）から監査を作ります。"),
        discussion: CommandLanguage.pick(
            """
                The first row is 区分,番号,監査内容 then one column per division (full names); each further row is an \
                item with ○ △ × － (or 〇 - x) or an empty cell. UTF-8 or Shift_JIS. Sections come from 区分 \
                (I 人的セキュリティ …).
                """,
            """
                1行目は 区分,番号,監査内容 と課ごとの列（正式名）。
                2行目以降が監査項目で、セルは ○ △ × －（〇 - x も可）または空欄。
                UTF-8 または Shift_JIS。
                区分（I 人的セキュリティ …）から区分を作ります。
                """))

    @Argument(help: CommandLanguage.help("The matrix CSV.", "結果一覧の CSV。"), completion: .file(extensions: ["csv"]))
    var matrix: String

    @Option(name: .shortAndLong, help: CommandLanguage.help("The audit to create; an existing file is never replaced.", "作成する監査ファイル。既存のファイルには上書きしません。"))
    var output: String

    @Option(help: CommandLanguage.help("The audit's title (default: the CSV's file name).", "監査の表題（既定: CSV のファイル名）。"))
    var title: String?

    @Option(help: CommandLanguage.help("The audit date, YYYY-MM-DD (default: today).", "監査実施日 YYYY-MM-DD（既定: 今日）。"))
    var date: LocalDate?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let text = try TextFile.read(matrix)
        let date = date ?? .today
        let name = matrix.split(separator: "/").last.map { String($0) } ?? matrix
        let audit: Audit
        do {
            audit = try MatrixCSV.importAudit(
                text, title: title ?? String(name.split(separator: ".").first ?? Substring(name)),
                fiscalYear: date.fiscalYear, auditDate: date)
        } catch {
            throw CommandFailure(verbatim: "\(matrix): " + error.description(in: CommandLanguage.current))
        }
        let document = Document.audit(audit)
        try DocumentFile.create(output, with: document)
        Console.line("\(output): \(document.summary(in: CommandLanguage.current))")
    }
}
