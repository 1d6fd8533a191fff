import ArgumentParser
import KansaCore
import KansaStore

extension Document.Kind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new audit or drill from an earlier one (or from the built-in sample).",
        discussion: """
            An audit keeps the divisions and the catalog; verdicts, notes and improvement texts are cleared, the \
            earlier verdicts are kept beside each cell and its × cells become follow-ups. A drill keeps the plan, \
            lanes, systems and participants; every actual time, move, power change and event is cleared.
            """)

    @Argument(help: "audit or drill.")
    var kind: Document.Kind

    @Argument(help: "The file to create; an existing file is never replaced.", completion: .file(extensions: ["json"]))
    var file: String

    @Option(help: "The earlier document to start from (default: the built-in sample).", completion: .file(extensions: ["json"]))
    var from: String?

    @Option(help: "The title (default: the earlier one's).")
    var title: String?

    @Option(help: "The audit or drill date, YYYY-MM-DD (default: today).")
    var date: LocalDate?

    func run() throws {
        let earlier: Document = if let from { try DocumentFile.read(from) } else {
            kind == .audit ? .audit(SampleAudit.audit) : .drill(SampleDrill.drill)
        }
        let date = date ?? .today
        let document: Document
        switch (kind, earlier) {
        case (.audit, .audit(let audit)):
            var next = audit.successor(title: title ?? audit.title, auditDate: date)
            next.fiscalYear = date.fiscalYear
            document = .audit(next)
        case (.drill, .drill(let drill)):
            document = .drill(drill.successor(title: title ?? drill.title, date: date))
        default:
            throw CommandFailure("\(from ?? "the sample") is \(earlier.kind == .audit ? "an audit" : "a drill"), not \(kind == .audit ? "an audit" : "a drill")")
        }
        try DocumentFile.create(file, with: document)
        print("\(file): \(document.summary)")
    }
}
