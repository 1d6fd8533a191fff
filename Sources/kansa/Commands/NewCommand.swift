import ArgumentParser
import KansaCore
import KansaStore

extension Document.Kind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: CommandLanguage.pick("Start a new audit or drill from an earlier one (or from the built-in sample).", "前回の監査・訓練（または組み込みのサンプル）から新しい監査・訓練を始めます。"),
        discussion: CommandLanguage.pick(
            """
                An audit keeps the divisions and the catalog; verdicts, notes and improvement texts are cleared, the \
                earlier verdicts are kept beside each cell and its × cells become follow-ups. A drill keeps the plan, \
                lanes, systems and participants; every actual time, move, power change and event is cleared.
                """,
            """
                監査は課と監査項目を引き継ぎ、判定・メモ・改善内容等を空にし、前回の判定を各セルの横に残します（前回の × はフォローアップになります）。
                訓練は計画・担当・システム・参加者を引き継ぎ、実績の時刻・動作・電源の切替・記録を空にします。
                """))

    @Argument(help: CommandLanguage.help("audit or drill.", "audit（監査）または drill（訓練）。"))
    var kind: Document.Kind

    @Argument(help: CommandLanguage.help("The file to create; an existing file is never replaced.", "作成するファイル。既存のファイルには上書きしません。"), completion: .file(extensions: ["json"]))
    var file: String

    @Option(help: CommandLanguage.help("The earlier document to start from (default: the built-in sample).", "元にする前回の文書（既定: 組み込みのサンプル）。"), completion: .file(extensions: ["json"]))
    var from: String?

    @Option(help: CommandLanguage.help("The title (default: the earlier one's).", "表題（既定: 前回の表題）。"))
    var title: String?

    @Option(help: CommandLanguage.help("The audit or drill date, YYYY-MM-DD (default: today).", "監査日または訓練日 YYYY-MM-DD（既定: 今日）。"))
    var date: LocalDate?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let earlier: Document = if let from { try DocumentFile.read(from) } else {
            kind == .audit ? .audit(SampleAudit.audit) : .drill(SampleDrill.drill)
        }
        let document: Document
        switch (kind, earlier) {
        case (.audit, .audit(let audit)):
            let date = date ?? .today
            var next = audit.successor(title: title ?? audit.title, auditDate: date)
            next.fiscalYear = date.fiscalYear
            document = .audit(next)
        case (.drill, .drill(let drill)):
            document = .drill(drill.successor(title: title ?? drill.title, date: date ?? .today(utcOffset: drill.utcOffset)))
        default:
            throw CommandFailure(
                "\(from ?? "the sample") is \(earlier.kind == .audit ? "an audit" : "a drill"), not \(kind == .audit ? "an audit" : "a drill")",
                "\(from ?? "サンプル") は\(earlier.kind == .audit ? "監査" : "訓練")です。\(kind == .audit ? "監査" : "訓練")ではありません")
        }
        try DocumentFile.create(file, with: document)
        Console.line("\(file): \(document.summary(in: CommandLanguage.current))")
    }
}
