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
                An audit keeps the divisions, the catalog and the remarks; its fiscal year, period (上半期 April to \
                September, 下半期 October to March) and title follow from the date (令和5年度（上半期）… becomes \
                令和5年度（下半期）… on 2023-11-20). Verdicts, notes, improvement texts and hearings are cleared; the \
                earlier audit is kept whole beside it, its verdicts beside each cell, and each of its × cells becomes a \
                follow-up, also of a division not heard this time. A drill keeps the plan, lanes, systems and \
                participants; every actual time, move, power change and event is cleared.
                """,
            """
                監査は課・監査項目・備考を引き継ぎ、年度・期（4〜9月は上半期、10〜3月は下半期）・表題は日付から決めます（2023-11-20 なら 令和5年度（上半期）… が 令和5年度（下半期）… になります）。
                判定・メモ・改善内容等・ヒアリングの記録は空にし、前回の監査をそのまま残して前回の判定を各セルの横に示します。前回の × は、今回対象外の課のものも含めてフォローアップになります。
                訓練は計画・担当・システム・参加者を引き継ぎ、実績の時刻・動作・電源の切替・記録を空にします。
                """))

    @Argument(help: CommandLanguage.help("audit or drill.", "audit（監査）または drill（訓練）。"))
    var kind: Document.Kind

    @Argument(help: CommandLanguage.help("The file to create; an existing file is never replaced.", "作成するファイル。既存のファイルには上書きしません。"), completion: .file(extensions: ["json"]))
    var file: String

    @Option(help: CommandLanguage.help("The earlier document to start from (default: the built-in sample).", "元にする前回の文書（既定: 組み込みのサンプル）。"), completion: .file(extensions: ["json"]))
    var from: String?

    @Option(help: CommandLanguage.help("The title (default: for an audit, the earlier title moved to the period of the date; for a drill, the earlier title).", "表題（既定: 監査は前回の表題を日付の期に合わせたもの、訓練は前回の表題）。"))
    var title: String?

    @Option(help: CommandLanguage.help("The audit or drill date, YYYY-MM-DD (default: today).", "監査日または訓練日 YYYY-MM-DD（既定: 今日）。"))
    var date: LocalDate?

    @Option(help: CommandLanguage.help("For a drill, the time of its first step, H:MM: the whole timetable moves with it.", "訓練の最初の工程の時刻 H:MM（時間割全体をずらします）。"))
    var start: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let earlier: Document = if let from { try DocumentFile.read(from) } else {
            kind == .audit ? .audit(SampleAudit.audit) : .drill(SampleDrill.drill)
        }
        let document: Document
        switch (kind, earlier) {
        case (.audit, .audit(let audit)):
            document = .audit(audit.successor(title: title, auditDate: date ?? .today))
        case (.drill, .drill(let drill)):
            let day = date ?? .today(utcOffset: drill.utcOffset)
            // The fiscal year the earlier title names (令和5年度) becomes the new date's, as for an audit.
            var next = drill.successor(title: title ?? AuditPeriod(date: day).title(following: drill.title), date: day)
            if let start {
                guard let time = ClockTime(start.foldingWidth), let moved = next.startingAt(time) else {
                    throw CommandFailure("--start \(start): not a time H:MM that keeps the timetable within the day",
                                         "--start \(start): 時間割が1日に収まる H:MM の時刻ではありません")
                }
                next = moved
            }
            document = .drill(next)
        default:
            throw CommandFailure(
                "\(from ?? "the sample") is \(earlier.kind == .audit ? "an audit" : "a drill"), not \(kind == .audit ? "an audit" : "a drill")",
                "\(from ?? "サンプル") は\(earlier.kind == .audit ? "監査" : "訓練")です。\(kind == .audit ? "監査" : "訓練")ではありません")
        }
        try DocumentFile.create(file, with: document)
        Console.line("\(file): \(document.summary(in: CommandLanguage.current))")
    }
}
