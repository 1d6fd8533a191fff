import ArgumentParser

@main
struct Kansa: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kansa",
        abstract: "Internal security audits and ICT-BCP drills, in the terminal.",
        discussion: """
            With no file, lists the documents of the workspace (created on first run with the sample audit and \
            drill from the committee papers). With a file, says what it holds.
            """,
        subcommands: [
            OpenCommand.self, BoardCommand.self, SampleCommand.self, NewCommand.self, ValidateCommand.self, ExportCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)
}
