import ArgumentParser
import FoundationEssentials
import Glibc
import KansaCore
import KansaReport
import KansaStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CommandLanguage.pick("Export documents for the committee papers: md, html, txt, csv, xlsx or docx.", "委員会資料用に文書を書き出します: md・html・txt・csv・xlsx・docx。"),
        discussion: CommandLanguage.pick(
            """
                md, html, txt, docx: the report (an audit's 実施報告書 with its 結果一覧, a drill's report with its \
                タイムスケジュール（実績）). Several documents make one committee packet with a cover page: the \
                meeting, its date and place, and one agenda item per document. html is one self-contained file \
                for a browser or printing to PDF (A4, each part on a new page). txt counts ○ △ × as two columns \
                (Japanese fonts) unless --ambiguous narrow. docx is a Word document (A4, Word's heading styles, \
                each part on a new page, the 結果一覧 landscape); write it with -o, or through a pipe.

                csv: for an audit, the matrix (区分,番号,監査内容, then one column per division, ○ △ × － or empty); \
                for a drill, the results table (システム名,担当課,シャットダウン,起動,課題等). UTF-8 with a byte-order mark, \
                so Excel opens it; cells that Excel would run as formulas start with '.

                xlsx: an Excel workbook of one document. An audit's sheets: 結果一覧 (the matrix as the committee \
                papers attach it, A4 landscape, one page wide), 課等別監査結果, 改善を要する事項. A drill's: 訓練結果, \
                タイムスケジュール（実績）, 記録. Every cell is text, never a formula. Write it with -o, or through a pipe.

                The report is in Japanese (era dates, the committee papers' words) unless --lang en (ISO dates).
                """,
            """
                md・html・txt・docx: レポート（監査は実施報告書と結果一覧、訓練は報告とタイムスケジュール（実績））。
                複数の文書は表紙（会議名・日時・場所・議題）付きの一つの委員会資料になります。
                html は一つで完結したファイルで、ブラウザで開いて PDF に印刷できます（A4、部ごとに改ページ）。
                txt は ○ △ × を2桁と数えます（--ambiguous narrow で1桁）。
                docx は Word 文書です（A4、Word の見出しスタイル、部ごとに改ページ、結果一覧は横向き）。
                -o で書き出すか、パイプに出力します。
                csv: 監査は結果一覧（区分,番号,監査内容 と課ごとの列）、訓練は結果表（システム名,担当課,シャットダウン,起動,課題等）。
                Excel で開けるよう BOM 付き UTF-8 で、数式と解釈されるセルには先頭に ' を付けます。
                xlsx: 文書一つの Excel ブック。監査は 結果一覧（委員会資料の別紙の形、A4 横・横1ページ）・課等別監査結果・
                改善を要する事項、訓練は 訓練結果・タイムスケジュール（実績）・記録 のシートです。セルはすべて文字列で、
                数式にはなりません。-o で書き出すか、パイプに出力します。

                レポートは日本語（和暦・委員会資料の用語）です。--lang en で英語（ISO の日付）になります。
                """))

    enum Width: String, ExpressibleByArgument, CaseIterable {
        case narrow, wide
    }

    @Argument(help: CommandLanguage.help("The documents to export; several make one packet (not for csv or xlsx).", "書き出す文書。複数なら一つの委員会資料にまとめます（csv・xlsx は一つのみ）。"), completion: .file(extensions: ["json"]))
    var files: [String]

    @Option(help: CommandLanguage.help(
        "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
        "形式: \(ExportFormat.allCases.map(\.rawValue).joined(separator: "・"))。"))
    var format: ExportFormat

    @Option(name: .shortAndLong, help: CommandLanguage.help("Where to write (default: standard output). Never a kansa document.", "書き出し先（既定: 標準出力）。kansa の文書には上書きしません。"))
    var output: String?

    @Flag(help: CommandLanguage.help("A drill's plan sheet, to print before the drill: the timetable, each system's procedure, person and phone, the contacts (md, html, txt or docx).", "訓練の実施計画（訓練前の配布用）: タイムスケジュール、システムごとの手順・担当者・電話、連絡先（md・html・txt・docx）。"))
    var plan = false

    @Option(help: CommandLanguage.help("txt: the line width in columns.", "txt: 1行の桁数。"))
    var columns: Int = 100

    @Option(help: CommandLanguage.help("txt: how wide ○ △ × are counted: wide (Japanese fonts, the default) or narrow.", "txt: ○ △ × の幅: wide（日本語フォント、既定）または narrow。"))
    var ambiguous: Width = .wide

    @Option(help: CommandLanguage.help("A packet's meeting (default: 情報セキュリティ委員会).", "表紙の会議名（既定: 情報セキュリティ委員会）。"))
    var meeting: String?

    @Option(name: .customLong("meeting-date"), help: CommandLanguage.help("A packet's meeting date, YYYY-MM-DD (default: today).", "表紙の開催日 YYYY-MM-DD（既定: 今日）。"))
    var meetingDate: LocalDate?

    @Option(name: .customLong("meeting-time"), help: CommandLanguage.help("A packet's time, written after the date (情報化推進委員会終了後).", "日付の後に書く時刻など（情報化推進委員会終了後）。"))
    var meetingTime: String = ""

    @Option(help: CommandLanguage.help("A packet's meeting place (庁議室).", "表紙の開催場所（庁議室）。"))
    var place: String = ""

    @OptionGroup var languageOption: LanguageOption

    /// The report's language: Japanese, as the committee papers are, unless `--lang en`.
    var reportLanguage: Language {
        languageOption.lang ?? .ja
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(CommandLanguage.pick("Name at least one document to export.", "書き出す文書を一つ以上指定してください。")) }
        if format.takesOneDocument, files.count > 1 {
            throw ValidationError(CommandLanguage.pick(
                "\(format.rawValue) takes one document; a packet is md, html, txt or docx.",
                "\(format.rawValue) は文書一つだけです。委員会資料は md・html・txt・docx で書き出します。"))
        }
        if plan, files.count > 1 {
            throw ValidationError(CommandLanguage.pick("--plan takes one drill, in md, html, txt or docx.", "--plan は訓練一つを md・html・txt・docx で書き出します。"))
        }
        guard (40...1000).contains(columns) else { throw ValidationError(CommandLanguage.pick("--columns must be between 40 and 1000.", "--columns は 40 から 1000 の間で指定してください。")) }
    }

    func run() throws {
        if output == nil, format.isBinary, isatty(STDOUT_FILENO) != 0 {
            throw CommandFailure(
                "\(format.rawValue) is a binary file, not for the terminal: write it with -o FILE, or through a pipe",
                "\(format.rawValue) はバイナリファイルで、端末には出せません。-o ファイル名 で書き出すか、パイプに出力してください")
        }
        let bytes = try export(files.map { path throws(StoreError) in try DocumentFile.read(path) })
        if let output {
            try TextFile.write(bytes: bytes, to: output)
        } else {
            try Console.write(bytes, to: STDOUT_FILENO)
        }
    }

    /// The documents in the format asked for, as the bytes of the file; with `--plan`, the drill's plan sheet.
    func export(_ documents: [Document]) throws -> [UInt8] {
        if plan {
            guard case .drill(let drill) = documents[0] else {
                throw CommandFailure("--plan is for a drill; \(files[0]) is an audit", "--plan は訓練用です。\(files[0]) は監査です")
            }
            let sheet = DrillPlanSheet.build(drill, language: reportLanguage)
            let bytes: [UInt8]?
            do {
                bytes = try format.export(sheet, columns: columns, width: CharacterWidth(ambiguousIsWide: ambiguous == .wide))
            } catch {
                throw CommandFailure(verbatim: error.description(in: CommandLanguage.current))
            }
            guard let bytes else {
                throw CommandFailure(
                    "--plan writes md, html, txt or docx; \(format.rawValue) is a document's own tables",
                    "--plan は md・html・txt・docx で書き出します（\(format.rawValue) は文書の表です）")
            }
            return bytes
        }
        let cover = CommitteeCover(
            meeting: meeting ?? (reportLanguage == .ja ? "情報セキュリティ委員会" : "Information security committee"),
            date: meetingDate ?? .today, time: meetingTime, place: place)
        do {
            return try format.export(
                documents, language: reportLanguage, cover: cover, columns: columns,
                width: CharacterWidth(ambiguousIsWide: ambiguous == .wide))
        } catch {
            throw CommandFailure(verbatim: error.description(in: CommandLanguage.current))
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
