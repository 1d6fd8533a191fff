import Foundation

/// Runs the built `kansa` binary, as a user would from a shell.
struct KansaProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `kansa` built beside this test bundle.
    static let binary: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" || folder.lastPathComponent.hasSuffix(".xctest") {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("kansa").path
    }()

    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = folder
        env.removeValue(forKey: "XDG_DATA_HOME")
        env.removeValue(forKey: "XDG_CONFIG_HOME")
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
