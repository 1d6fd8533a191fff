import ArgumentParser
import KansaCore
import KansaReport
import KansaStore

struct CheckSheetImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: CommandLanguage.pick(
            "Take divisions' filled-in check sheets into the audit as their self-assessments.",
            "記入済みのチェックシートを課の自己評価として監査に取り込みます。"),
        discussion: CommandLanguage.pick(
            """
                Each file's answers and comments become its division's self-assessment of each item, shown beside the \
                verdict on the hearing screen; no verdict, note or mark is changed. A blank answer stays blank; a row \
                left empty clears what an earlier sheet said. Refused, with the reason and nothing written: a file \
                that is not a kansa check sheet, one of another audit or of a division not in the audit, two files of \
                one division, edited item rows, and an answer that is not one of できている / 一部できていない / \
                できていない / 該当なし. The audit is saved atomically, all files or none.
                """,
            """
                各ファイルの回答とコメントを、その課の各項目の自己評価として記録します（ヒアリング画面で判定の横に表示）。\
                判定・メモ・要確認の印は変えません。空欄の回答は空欄のままで、何も書かれていない行は前回取り込んだ内容を消します。\
                kansa のチェックシートでないファイル、別の監査や監査にない課のもの、同じ課の二つのファイル、項目の行の編集、\
                できている / 一部できていない / できていない / 該当なし 以外の回答は、理由を示して取り込まず、何も書きません。\
                監査ファイルはすべてのファイルを取り込んで一度に保存します（一部だけ取り込むことはしません）。
                """))

    @Argument(help: CommandLanguage.help("The audit.", "監査ファイル。"), completion: .file(extensions: ["json"]))
    var audit: String

    @Argument(help: CommandLanguage.help("The filled-in check sheets.", "記入済みのチェックシート。"), completion: .file(extensions: ["xlsx"]))
    var sheets: [String]

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard !sheets.isEmpty else {
            throw ValidationError(CommandLanguage.pick("Name at least one check sheet to import.", "取り込むチェックシートを一つ以上指定してください。"))
        }
    }

    func run() throws {
        let file = try DocumentFile.open(audit)
        if let reason = file.readOnlyReason {
            throw CommandFailure(verbatim: "\(audit): " + reason.text(in: CommandLanguage.current))
        }
        guard case .audit(var audit) = file.document else {
            throw CommandFailure("\(self.audit) is a drill, not an audit", "\(self.audit) は訓練です。監査ではありません")
        }
        var read: [(path: String, answers: CheckSheetAnswers)] = []
        var problems: [String] = []
        for path in sheets {
            do {
                let answers = try CheckSheetAnswers(try DocumentFile.readBytes(path), for: audit)
                if let other = read.first(where: { $0.answers.division.id == answers.division.id }) {
                    problems.append(CommandLanguage.pick(
                        "\(path): a second check sheet of \(answers.division.name), after \(other.path)",
                        "\(path): \(other.path) と同じ \(answers.division.name) のチェックシートです"))
                } else {
                    read.append((path, answers))
                }
            } catch let problem as WorkbookProblem {
                problems.append("\(path): " + problem.description(in: CommandLanguage.current))
            } catch let error as StoreError {
                problems.append(error.description(in: CommandLanguage.current))
            }
        }
        guard problems.isEmpty else {
            throw CommandFailure(verbatim: problems.joined(separator: "\n") + "\n" + CommandLanguage.pick(
                "\(self.audit): nothing was imported", "\(self.audit): 何も取り込んでいません"))
        }
        for (_, answers) in read { audit.recordSelfAssessments(answers.answers, of: answers.division.id) }
        try file.save(.audit(audit))
        for (path, answers) in read {
            let answered = answers.answers.values.filter { $0.answer != nil }.count
            let commented = answers.answers.values.filter { !$0.comment.isEmpty }.count
            let column = audit.divisionIndex(answers.division.id)
            let differing = audit.allItems.filter { entry in column.map { entry.item.cell($0).selfAssessmentDisagrees } ?? false }.count
            Console.line(CommandLanguage.pick(
                "\(path): \(answers.division.name), \(answered) of \(answers.answers.count) items answered, \(commented) with a comment, \(differing) differing from the verdict",
                "\(path): \(answers.division.name) \(answers.answers.count) 項目中 \(answered) 項目に回答、コメント \(commented) 件、監査結果との相違 \(differing) 件"))
        }
    }
}
