import ArgumentParser
import KansaCore
import KansaReport
import KansaStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents for the committee papers: md, html, txt or csv.",
        discussion: """
            md, html, txt: the report (an audit's 実施報告書 with its 結果一覧, a drill's report with its \
            タイムスケジュール（実績）). Several documents make one committee packet with a cover page: the \
            meeting, its date and place, and one agenda item per document. html is one self-contained file \
            for a browser or printing to PDF (A4, each part on a new page). txt counts ○ △ × as two columns \
            (Japanese fonts) unless --ambiguous narrow.

            csv: for an audit, the matrix (区分,番号,監査内容, then one column per division, ○ △ × － or empty); \
            for a drill, the results table (システム名,担当課,シャットダウン,起動,課題等). UTF-8 with a byte-order mark, \
            so Excel opens it; cells that Excel would run as formulas start with '.
            """)

    enum Width: String, ExpressibleByArgument, CaseIterable {
        case narrow, wide
    }

    @Argument(help: "The documents to export; several make one packet (not for csv).", completion: .file(extensions: ["json"]))
    var files: [String]

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Where to write (default: standard output). Never a kansa document.")
    var output: String?

    @Option(help: "The report's language: ja (era dates, the committee papers' words) or en (ISO dates). Default: ja.")
    var lang: Language = .ja

    @Option(help: "txt: the line width in columns (default 100).")
    var columns: Int = 100

    @Option(help: "txt: how wide ○ △ × are counted: wide (Japanese fonts, the default) or narrow.")
    var ambiguous: Width = .wide

    @Option(help: "A packet's meeting (default: 情報セキュリティ委員会).")
    var meeting: String?

    @Option(name: .customLong("meeting-date"), help: "A packet's meeting date, YYYY-MM-DD (default: today).")
    var meetingDate: LocalDate?

    @Option(name: .customLong("meeting-time"), help: "A packet's time, written after the date (情報化推進委員会終了後).")
    var meetingTime: String = ""

    @Option(help: "A packet's meeting place (庁議室).")
    var place: String = ""

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one document to export.") }
        if format == .csv, files.count > 1 { throw ValidationError("csv takes one document; a packet is md, html or txt.") }
        guard (40...1000).contains(columns) else { throw ValidationError("--columns must be between 40 and 1000.") }
    }

    func run() throws {
        let text = try export(files.map { path throws(StoreError) in try DocumentFile.read(path) })
        if let output {
            try TextFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }

    /// The documents in the format asked for.
    func export(_ documents: [Document]) -> String {
        let cover = CommitteeCover(
            meeting: meeting ?? (lang == .ja ? "情報セキュリティ委員会" : "Information security committee"),
            date: meetingDate ?? .today, time: meetingTime, place: place)
        return format.render(
            documents, language: lang, cover: cover, columns: columns,
            width: CharacterWidth(ambiguousIsWide: ambiguous == .wide))
    }
}

extension ExportFormat: ExpressibleByArgument {}
