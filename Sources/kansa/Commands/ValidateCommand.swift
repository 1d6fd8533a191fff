import ArgumentParser
import KansaStore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check kansa documents: a one-line summary of each, or what is wrong (file:line:column).")

    @Argument(help: "The documents to check.", completion: .file(extensions: ["json"]))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one file to check.") }
    }

    func run() throws {
        var failed: [String] = []
        for file in files {
            do {
                print("\(file): \(try DocumentFile.read(file).summary)")
            } catch {
                failed.append("\(error)")
            }
        }
        guard failed.isEmpty else { throw CommandFailure(failed.joined(separator: "\n")) }
    }
}
