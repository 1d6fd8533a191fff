import Foundation
import TestSupport

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

    /// Runs kansa in `folder`, which is also its home, in the C locale and without the `XDG_` folders, unless
    /// `environment` says otherwise.
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = folder
        env.removeValue(forKey: "XDG_DATA_HOME")
        env.removeValue(forKey: "XDG_CONFIG_HOME")
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        let output = try ChildProcess.run([binary] + arguments, in: folder, environment: env)
        return Output(
            status: output.status, stdout: String(decoding: output.standardOutput, as: UTF8.self),
            stderr: String(decoding: output.standardError, as: UTF8.self))
    }
}
