import ArgumentParser
import FoundationEssentials
import KansaCore
import KansaReport
import KansaStore

struct CheckSheetExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CommandLanguage.pick(
            "Write a division's check sheet to fill in, or every division's into a folder.",
            "課のチェックシートを書き出します。課を指定しなければ全課分をフォルダに書き出します。"),
        discussion: CommandLanguage.pick(
            """
                A check sheet is an Excel workbook of the audit's items (number, title, explanation), an answer cell \
                with a drop-down of できている / 一部できていない / できていない / 該当なし and a comment cell per item. \
                Everything else is protected (without a password); it prints on A4, one page wide, with its header \
                row on every page and the audit and the division in the page header. A hidden sheet (kansa) names the \
                audit, the division and each item row, so that `kansa checksheet import` knows where the answers go.

                With --division the file is -o, or チェックシート_<division>.xlsx beside the audit; without it, one such \
                file per division goes into the folder -o (default: the audit's folder).
                """,
            """
                チェックシートは監査項目（番号・項目・説明）と、項目ごとの回答欄（できている / 一部できていない / \
                できていない / 該当なし のドロップダウン）とコメント欄の Excel ブックです。それ以外はシートの保護（パスワードなし）で\
                変更できません。A4 縦・横1ページで印刷でき、見出しの行を各ページに、監査名と課名をヘッダーに印刷します。\
                非表示のシート kansa に監査・課・項目の行を記録し、kansa checksheet import が回答の行き先を知ります。

                --division を付けると -o のファイル（既定: 監査ファイルと同じフォルダの チェックシート_課名.xlsx）に、\
                付けなければ課ごとのファイルを -o のフォルダ（既定: 監査ファイルのフォルダ）に書き出します。
                """))

    @Argument(help: CommandLanguage.help("The audit.", "監査ファイル。"), completion: .file(extensions: ["json"]))
    var audit: String

    @Option(help: CommandLanguage.help("The division: its id, name or short name (default: every division).", "課: id・名前・略称（既定: 全課）。"))
    var division: String?

    @Option(name: .shortAndLong, help: CommandLanguage.help(
        "With --division the file to write, else the folder (default: beside the audit). Never a kansa document.",
        "--division があれば書き出すファイル、なければフォルダ（既定: 監査ファイルと同じフォルダ）。kansa の文書には上書きしません。"))
    var output: String?

    @OptionGroup var languageOption: LanguageOption

    /// The check sheet's language: Japanese, for the divisions, unless `--lang en`.
    var sheetLanguage: Language { languageOption.lang ?? .ja }

    func run() throws {
        guard case .audit(let audit) = try DocumentFile.read(self.audit) else {
            throw CommandFailure("\(self.audit) is a drill, not an audit", "\(self.audit) は訓練です。監査ではありません")
        }
        let folder = PathName.folder(of: self.audit)
        if let division {
            let found = try Self.division(division, in: audit)
            let path = output ?? folder + "/" + CheckSheet.fileName(found, language: sheetLanguage)
            try Self.refuseExisting([path])
            try write(audit, found, to: path, throughLinks: output != nil)
        } else {
            let into = output ?? folder
            do {
                try PrivateFolder.create(into)
            } catch {
                throw CommandFailure(
                    "\(into) is not a folder: without --division, -o names the folder for every division's check sheet (created when missing)",
                    "\(into) はフォルダではありません。--division がなければ -o には全課のチェックシートを入れるフォルダを指定します（なければ作ります）")
            }
            let paths = audit.divisions.map { into + "/" + CheckSheet.fileName($0, language: sheetLanguage) }
            try Self.refuseExisting(paths)
            for (found, path) in zip(audit.divisions, paths) {
                try write(audit, found, to: path, throughLinks: false)
            }
        }
    }

    /// Refuses to write over a check sheet already there (it may hold a division's answers): all files or none.
    static func refuseExisting(_ paths: [String]) throws {
        guard let taken = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) else { return }
        throw CommandFailure(
            "\(taken) exists already and may hold a division's answers: it is never written over (move it away, or name another file with -o)",
            "\(taken) はすでにあり、課の回答が入っているかもしれないため上書きしません（移動するか、-o で別の名前を指定してください）")
    }

    private func write(_ audit: Audit, _ division: Division, to path: String, throughLinks: Bool) throws {
        let bytes: [UInt8]
        do {
            bytes = try CheckSheet.export(audit, division: division.id, language: sheetLanguage)
        } catch {
            throw CommandFailure(verbatim: error.description(in: CommandLanguage.current))
        }
        try TextFile.write(bytes: bytes, to: path, throughLinks: throughLinks)
        Console.line(CommandLanguage.pick("\(path): the check sheet of \(division.name)", "\(path): \(division.name)のチェックシート"))
    }

    /// The division a user names by its id, its name or its short name.
    static func division(_ name: String, in audit: Audit) throws -> Division {
        if let found = audit.divisions.first(where: { $0.id.rawValue == name })
            ?? audit.divisions.first(where: { $0.name == name }) ?? audit.divisions.first(where: { $0.shortName == name }) {
            return found
        }
        let known = audit.divisions.map(\.name).joined(separator: CommandLanguage.pick(", ", "、"))
        throw CommandFailure("the audit has no division \(name) (it has \(known))", "監査に課 \(name) はありません（あるのは \(known)）")
    }
}
