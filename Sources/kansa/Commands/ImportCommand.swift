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
                (I 人的セキュリティ …). With --from, the audit takes what a spreadsheet cannot hold from an earlier \
                audit: title, fiscal year, period, date, purpose, target systems, organisation and criteria; the ids \
                and short names of the divisions of the same name; the ids, remarks labels and remarks of the sections \
                of the same heading; the ids of the items of the same number. --date then moves it to the period of \
                that date, title included.
                """,
            """
                1行目は 区分,番号,監査内容 と課ごとの列（正式名）。
                2行目以降が監査項目で、セルは ○ △ × －（〇 - x も可）または空欄。
                UTF-8 または Shift_JIS。
                区分（I 人的セキュリティ …）から区分を作ります。
                --from を付けると、表計算に載らないものを前回の監査から引き継ぎます。表題・年度・期・監査実施日・目的・対象システム・実施体制・根拠、
                同じ名前の課の id と略称、同じ見出しの区分の id・備考の見出し・備考、同じ番号の項目の id です。
                --date を付けると、その日の期に合わせます（表題も）。
                """))

    @Argument(help: CommandLanguage.help("The matrix CSV.", "結果一覧の CSV。"), completion: .file(extensions: ["csv"]))
    var matrix: String

    @Option(name: .shortAndLong, help: CommandLanguage.help("The audit to create; an existing file is never replaced.", "作成する監査ファイル。既存のファイルには上書きしません。"))
    var output: String

    @Option(help: CommandLanguage.help("The audit's title (default: the earlier audit's, or the CSV's file name).", "監査の表題（既定: 前回の監査の表題、なければ CSV のファイル名）。"))
    var title: String?

    @Option(help: CommandLanguage.help("The audit date, YYYY-MM-DD (default: the earlier audit's, or today).", "監査実施日 YYYY-MM-DD（既定: 前回の監査の日付、なければ今日）。"))
    var date: LocalDate?

    @Option(help: CommandLanguage.help("An earlier audit whose set-up (metadata, ids, remarks) the import takes.", "設定（概要・id・備考）を引き継ぐ前回の監査。"), completion: .file(extensions: ["json"]))
    var from: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let earlier = try from.map(readEarlier)
        let text = try TextFile.read(matrix)
        let date = date ?? earlier?.auditDate ?? .today
        let name = matrix.split(separator: "/").last.map { String($0) } ?? matrix
        var audit: Audit
        do {
            audit = try MatrixCSV.importAudit(
                text, title: title ?? String(name.split(separator: ".").first ?? Substring(name)),
                fiscalYear: AuditPeriod(date: date).fiscalYear, auditDate: date)
        } catch {
            throw CommandFailure(verbatim: "\(matrix): " + error.description(in: CommandLanguage.current))
        }
        if let earlier {
            audit = audit.adoptingSetUp(of: earlier)
            if let given = self.date {
                audit = audit.moved(to: given, title: title)
            } else if let title {
                audit.title = title
            }
        }
        let document = Document.audit(audit)
        try DocumentFile.create(output, with: document)
        Console.line("\(output): \(document.summary(in: CommandLanguage.current))")
    }

    /// The audit of `--from`.
    func readEarlier(_ path: String) throws -> Audit {
        guard case .audit(let audit) = try DocumentFile.read(path) else {
            throw CommandFailure("\(path) is a drill, not an audit", "\(path) は訓練です。監査ではありません")
        }
        return audit
    }
}
