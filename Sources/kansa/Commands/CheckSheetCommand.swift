import ArgumentParser

/// `kansa checksheet export|import`: the divisions' check sheets out and their answers back in.
struct CheckSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checksheet",
        abstract: CommandLanguage.pick(
            "Send each division its check sheet (.xlsx) and take its answers in as its self-assessment.",
            "課ごとのチェックシート（.xlsx）を書き出し、回答を課の自己評価として取り込みます。"),
        subcommands: [CheckSheetExportCommand.self, CheckSheetImportCommand.self])
}
