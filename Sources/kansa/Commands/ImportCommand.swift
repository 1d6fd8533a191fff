import ArgumentParser
import KansaCore
import KansaReport
import KansaStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: CommandLanguage.pick(
            "Build an audit from the committee's results workbook (.xlsx) or a matrix saved as CSV (the layout `kansa export --format csv` writes).",
            "結果一覧のブック（.xlsx）または CSV で保存した結果一覧（`kansa export --format csv` の形式）から監査を作ります。"),
        discussion: CommandLanguage.pick(
            """
                An .xlsx (told by its content or its name) is read in the layout of the committee's 結果一覧: its sheet \
                結果一覧 (else the first), a title row, then per section a title row (I 人的セキュリティに関して), a header \
                row 監査内容 and the divisions' short names, a row per item (2 パソコンの取扱い（1）離席時…) with ○ △ × － \
                (or 〇 - ー x) or an empty cell, an optional 備考 row; legends and blank rows are skipped. Formulas count by \
                their saved values; nothing in the file is run or followed; an encrypted, damaged or oversized file is \
                refused. Without --from the divisions are named by their short names.

                A CSV's first row is 区分,番号,監査内容 then one column per division (full names); each further row is an \
                item with ○ △ × － (or 〇 - x) or an empty cell. UTF-8 or Shift_JIS. Sections come from 区分 \
                (I 人的セキュリティ …). With --from, the audit takes what a spreadsheet cannot hold from an earlier \
                audit: title, fiscal year, period, date, purpose, target systems, organisation and criteria; the ids \
                and names of the divisions of the same name or short name; the ids of the sections of the same heading \
                and their remarks unless the file has a 備考 row; the ids of the items of the same number. --date then moves it to the period of \
                that date, title included.
                """,
            """
                .xlsx（中身か名前で判断）は委員会資料の結果一覧の形式で読みます。シート「結果一覧」（なければ最初のシート）の
                表題の行、区分ごとに区分の行（I 人的セキュリティに関して）、監査内容と課の略称の見出しの行、
                項目ごとの行（2 パソコンの取扱い（1）離席時…）に ○ △ × －（〇 - ー x も可）または空欄、備考の行（任意）。
                凡例と空行は読み飛ばします。数式は保存された値で読み、ファイル内のものを実行したり参照先を開いたりはしません。
                パスワード付き・破損・大きすぎるファイルは読みません。--from がなければ課の名前は略称です。

                CSV の1行目は 区分,番号,監査内容 と課ごとの列（正式名）。
                2行目以降が監査項目で、セルは ○ △ × －（〇 - x も可）または空欄。
                UTF-8 または Shift_JIS。
                区分（I 人的セキュリティ …）から区分を作ります。
                --from を付けると、表計算に載らないものを前回の監査から引き継ぎます。表題・年度・期・監査実施日・目的・対象システム・実施体制・根拠、
                同じ名前か略称の課の id と名前、同じ見出しの区分の id と備考（ファイルに備考の行がなければ）、同じ番号の項目の id です。
                --date を付けると、その日の期に合わせます（表題も）。
                """))

    @Argument(help: CommandLanguage.help("The 結果一覧 workbook or matrix CSV.", "結果一覧のブックまたは CSV。"), completion: .file(extensions: ["xlsx", "csv"]))
    var matrix: String

    @Option(name: .shortAndLong, help: CommandLanguage.help("The audit to create; an existing file is never replaced.", "作成する監査ファイル。既存のファイルには上書きしません。"))
    var output: String

    @Option(help: CommandLanguage.help("The audit's title (default: the earlier audit's, else the sheet's title row, else the file's name).", "監査の表題（既定: 前回の監査の表題、なければシートの表題の行、なければファイル名）。"))
    var title: String?

    @Option(help: CommandLanguage.help("The audit date, YYYY-MM-DD (default: the earlier audit's, or today).", "監査実施日 YYYY-MM-DD（既定: 前回の監査の日付、なければ今日）。"))
    var date: LocalDate?

    @Option(help: CommandLanguage.help("An earlier audit whose set-up (metadata, ids, remarks) the import takes.", "設定（概要・id・備考）を引き継ぐ前回の監査。"), completion: .file(extensions: ["json"]))
    var from: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let earlier = try from.map(readEarlier)
        let bytes = try DocumentFile.readBytes(matrix)
        let date = date ?? earlier?.auditDate ?? .today
        let name = PathName.name(of: matrix)
        let fileTitle = String(name.split(separator: ".").first ?? Substring(name))
        let fiscalYear = AuditPeriod(date: date).fiscalYear
        var audit: Audit
        do {
            if MatrixWorkbook.isWorkbook(bytes, name: name) {
                audit = try MatrixWorkbook.importAudit(bytes, fallbackTitle: fileTitle, fiscalYear: fiscalYear, auditDate: date)
                if let title { audit.title = title }
            } else {
                audit = try MatrixCSV.importAudit(
                    try TextFile.decode(bytes, path: matrix), title: title ?? fileTitle, fiscalYear: fiscalYear, auditDate: date)
            }
        } catch let problem as WorkbookProblem {
            throw CommandFailure(verbatim: "\(matrix): " + problem.description(in: CommandLanguage.current))
        } catch let problem as MatrixCSV.Problem {
            throw CommandFailure(verbatim: "\(matrix): " + problem.description(in: CommandLanguage.current))
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
