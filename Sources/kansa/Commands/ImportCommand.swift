import ArgumentParser
import KansaCore
import KansaReport
import KansaStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build an audit from a matrix saved as CSV (the layout `kansa export --format csv` writes).",
        discussion: """
            The first row is 区分,番号,監査内容 then one column per division (full names); each further row is an \
            item with ○ △ × － (or 〇 - x) or an empty cell. UTF-8 or Shift_JIS. Sections come from 区分 \
            (I 人的セキュリティ …).
            """)

    @Argument(help: "The matrix CSV.", completion: .file(extensions: ["csv"]))
    var matrix: String

    @Option(name: .shortAndLong, help: "The audit to create; an existing file is never replaced.")
    var output: String

    @Option(help: "The audit's title (default: the CSV's file name).")
    var title: String?

    @Option(help: "The audit date, YYYY-MM-DD (default: today).")
    var date: LocalDate?

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
            throw CommandFailure("\(matrix): \(error)")
        }
        let document = Document.audit(audit)
        try DocumentFile.create(output, with: document)
        print("\(output): \(document.summary)")
    }
}
