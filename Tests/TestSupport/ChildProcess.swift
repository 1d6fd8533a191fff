import Foundation
import Glibc

/// A process a test starts, as a shell would start it. The test runner's worker threads block almost every
/// signal, and a child inherits its parent thread's mask (Foundation's `Process` passes it on too): a tmux server
/// started so never ends on `kill-server`, nor a `kansa` in it on `SIGHUP` or `SIGTERM`. So the child
/// starts with an empty signal mask and every signal's default action, keeps no descriptor of the test process
/// but the three standard ones, and works in its own folder.
public struct ChildProcess: Sendable {
    /// What a child wrote and how it ended.
    public struct Output: Sendable {
        /// The exit status, or 128 + the number of the signal that ended it.
        public var status: Int32
        public var standardOutput: Data
        public var standardError: Data
    }

    public let pid: pid_t

    /// Run by a bash with no environment (so that it says nothing of the locale): closes every descriptor above
    /// 2, goes to the folder in `$1`, and becomes the command after it, with the environment before it
    /// (`NAME=value` …, by `env -i`).
    static let launcher = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; cd -- "$1" && shift && exec /usr/bin/env -i "$@""#

    /// Starts `arguments` (a program found on the `PATH`, or a path, and its arguments). A standard descriptor
    /// not given reads or writes `/dev/null`.
    public init(
        _ arguments: [String], in folder: String = "/", environment: [String: String]? = nil,
        standardInput: Int32? = nil, standardOutput: Int32? = nil, standardError: Int32? = nil
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, source) in [(0, standardInput), (1, standardOutput), (2, standardError)] {
            if let source {
                posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
            } else {
                posix_spawn_file_actions_addopen(&actions, Int32(target), "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        sigdelset(&everySignal, SIGKILL)
        sigdelset(&everySignal, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }.sorted()
        let argv = ["bash", "-c", Self.launcher, "bash", folder] + variables + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var noEnvironment: [UnsafeMutablePointer<CChar>?] = [nil]
        var pid = pid_t()
        let failure = posix_spawn(&pid, "/bin/bash", &actions, &attributes, &cArguments, &noEnvironment)
        guard failure == 0 else { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EINVAL) }
        self.pid = pid
    }

    /// Waits for the child to end and reaps it.
    @discardableResult
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Ends the child at once and reaps it.
    public func kill() {
        _ = Glibc.kill(pid, SIGKILL)
        wait()
    }

    /// Runs `arguments` to its end with nothing on its standard input; what it wrote on its standard output and
    /// error, and its status.
    public static func run(_ arguments: [String], in folder: String = "/", environment: [String: String]? = nil) throws -> Output {
        let outputPipe = try Pipe()
        let errorPipe = try Pipe()
        let child: ChildProcess
        do {
            child = try ChildProcess(
                arguments, in: folder, environment: environment, standardOutput: outputPipe.write, standardError: errorPipe.write)
        } catch {
            outputPipe.closeBoth()
            errorPipe.closeBoth()
            throw error
        }
        close(outputPipe.write)
        close(errorPipe.write)
        let (standardOutput, standardError) = readToEnd(outputPipe.read, errorPipe.read)
        return Output(status: child.wait(), standardOutput: standardOutput, standardError: standardError)
    }

    /// Both descriptors read until each ends, in turns, so that neither pipe fills while the other is read.
    static func readToEnd(_ first: Int32, _ second: Int32) -> (Data, Data) {
        var data = [Data(), Data()]
        var fds = [pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while fds.contains(where: { $0.fd >= 0 }) {
            for index in fds.indices { fds[index].revents = 0 }
            guard poll(&fds, nfds_t(fds.count), -1) >= 0 || errno == EINTR else { break }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    data[index].append(contentsOf: buffer[0..<count])
                } else if count == 0 || errno != EINTR {
                    close(fds[index].fd)
                    fds[index].fd = -1
                }
            }
        }
        return (data[0], data[1])
    }

    /// A pipe whose ends are closed on `exec`, so that only the child they are given to holds them.
    struct Pipe {
        var read: Int32
        var write: Int32

        init() throws {
            var fds: [Int32] = [0, 0]
            guard Glibc.pipe(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            read = fds[0]
            write = fds[1]
        }

        func closeBoth() {
            close(read)
            close(write)
        }
    }
}
