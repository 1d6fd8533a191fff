import ArgumentParser
import KansaCore
import KansaReport
import KansaStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a document for the committee papers.",
        discussion: """
            csv: for an audit, the matrix (区分,番号,監査内容, then one column per division, ○ △ × － or empty); \
            for a drill, the results table (システム名,担当課,シャットダウン,起動,課題等). UTF-8 with a byte-order mark, \
            so Excel opens it; cells that Excel would run as formulas start with '.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    @Argument(help: "The document to export.", completion: .file(extensions: ["json"]))
    var file: String

    @Option(help: "The format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format

    @Option(name: .shortAndLong, help: "Where to write (default: standard output). Never a kansa document.")
    var output: String?

    func run() throws {
        let document = try DocumentFile.read(file)
        let text: String = switch (format, document) {
        case (.csv, .audit(let audit)): MatrixCSV.export(audit)
        case (.csv, .drill(let drill)): DrillResultsCSV.export(drill)
        }
        if let output {
            try TextFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}
