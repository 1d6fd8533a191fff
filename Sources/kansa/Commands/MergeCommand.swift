import ArgumentParser
import FoundationEssentials
import KansaCore
import KansaStore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: CommandLanguage.pick("Merge two copies of an audit or drill that share an earlier version (a git merge driver).", "共通の元の版を持つ監査・訓練の二つの写しをマージします（git のマージドライバ）。"),
        discussion: CommandLanguage.pick(
            """
                A three-way merge: cell by cell (item × division) and field by field for notes, improvement texts, \
                remarks, hearing records and the description; a drill's stamps, moves, events and contacts are joined by \
                id, every correction kept. A change made on one side is taken, the same change on both sides once; \
                different changes keep OURS, are listed on standard error and recorded in the file (the hearing screen \
                marks them, < keeps ours, > takes theirs), and kansa exits 1. Divisions, sections and items added on \
                one side are added; one removed on one side and edited on the other is a conflict.

                Refused, nothing written: files of two different audits (another fiscal year or half) or drills \
                (another date), files of different kinds, a BASE that is not an ancestor (it holds a division, \
                section, item or drill entry that neither OURS nor THEIRS has), a file that cannot be read.

                Without -o the result replaces OURS, as git asks of a merge driver:
                  git config merge.kansa.driver "kansa merge %O %A %B"
                  and in .gitattributes:  *.json merge=kansa
                """,
            """
                三方向マージです。セル（項目×課）ごと、メモ・改善内容等・備考・ヒアリング記録・概要は項目ごとにマージし、訓練の打刻・動作・記録・連絡は ID で突き合わせ、訂正はすべて残します。一方だけの変更はそれを採り、両方の同じ変更は一度だけ採ります。
                異なる変更は OURS を残し、標準エラーに一覧してファイルにも記録し（ヒアリング画面で印が付き、< でこちら、> で相手を採ります）、終了コード 1 で終わります。
                一方で追加された課・区分・項目は追加し、一方で削除され他方で変更されたものは競合です。

                次の場合は理由を示して何も書きません: 別の監査（年度・期が違う）や別の訓練（日付が違う）のファイル、種類の違うファイル、元の版でない BASE（OURS にも THEIRS にもない課・区分・項目・訓練の記録がある）、読めないファイル。

                -o がなければ結果で OURS を置き換えます（git のマージドライバの決まり）:
                  git config merge.kansa.driver "kansa merge %O %A %B"
                  .gitattributes に  *.json merge=kansa
                """))

    @Argument(help: CommandLanguage.help("The common earlier version (git's %O).", "共通の元の版（git の %O）。"), completion: .file(extensions: ["json"]))
    var base: String

    @Argument(help: CommandLanguage.help("Our copy (git's %A); replaced by the result without -o.", "こちらの写し（git の %A）。-o がなければ結果で置き換えます。"), completion: .file(extensions: ["json"]))
    var ours: String

    @Argument(help: CommandLanguage.help("Their copy (git's %B).", "相手の写し（git の %B）。"), completion: .file(extensions: ["json"]))
    var theirs: String

    @Option(name: [.short, .customLong("output")], help: CommandLanguage.help("Write the result here instead of over OURS.", "結果を OURS ではなくこのファイルに書きます。"), completion: .file(extensions: ["json"]))
    var output: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = CommandLanguage.current
        // OURS is opened first when the result replaces it, so that no other kansa writes it in between.
        let oursFile = output == nil ? try DocumentFile.open(ours) : nil
        defer { oursFile?.removeLockFile() }
        if let reason = oursFile?.readOnlyReason {
            throw CommandFailure(verbatim: "\(ours): \(reason.text(in: language))")
        }
        let merged: (document: Document, found: [MergeConflict])
        do {
            merged = try DocumentMerge.merge(
                base: try DocumentFile.read(base), ours: try oursFile?.document ?? DocumentFile.read(ours), theirs: try DocumentFile.read(theirs))
        } catch let refusal as MergeRefusal {
            throw CommandFailure(verbatim: refusal.reason.text(in: language))
        }
        guard DocumentFormat.readsBack(merged.document) else {
            throw CommandFailure("the merged document would not read back as it is; nothing was written", "マージした文書が同じに読み戻せないため、何も書きませんでした")
        }
        let target = output ?? ours
        if let oursFile {
            try oursFile.save(merged.document)
        } else if FileManager.default.fileExists(atPath: target) {
            let file = try DocumentFile.open(target)
            defer { file.removeLockFile() }
            try file.save(merged.document)
        } else {
            try DocumentFile.create(target, with: merged.document).removeLockFile()
        }
        guard merged.found.isEmpty else {
            // Listed one a line on standard error, each as `conflict: …`, and the exit status says there were some.
            let lines = merged.found.map { CommandLanguage.pick("conflict: ", "競合: ") + $0.wording(in: merged.document).text(in: language) }
            Console.write(lines.joined(separator: "\n") + "\n" + CommandLanguage.pick(
                "\(target): merged with \(merged.found.count) conflict(s), ours kept and recorded in the file",
                "\(target): 競合 \(merged.found.count) 件でマージしました（こちらの値を残し、ファイルに記録しました）") + "\n", error: true)
            throw ExitCode.failure
        }
        Console.line(CommandLanguage.pick("\(target): merged, no conflicts", "\(target): 競合なしでマージしました"))
    }
}
