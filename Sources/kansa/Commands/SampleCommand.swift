import Foundation
import ArgumentParser
import KansaStore

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write the built-in sample audit and drill (from the committee papers) into a folder.",
        discussion: "Writes DIR/audit.json and DIR/drill.json. Existing files are never replaced.")

    @Argument(help: "The folder to write into; created when missing.", completion: .directory)
    var folder: String

    func run() throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("\(folder): cannot create the folder: \(error.localizedDescription)")
        }
        for path in try Workspace.writeSamples(into: folder) {
            print(path)
        }
    }
}
