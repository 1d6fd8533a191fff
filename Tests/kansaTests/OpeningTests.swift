import Testing
import TestSupport
@testable import kansa

/// `kansa FILE` and a bare `kansa` open without the command-line parser; everything else goes to it. Both ways a
/// file is summed up the same when the output is not a terminal, and an unreadable one fails the same.
@Suite(.serialized)
struct OpeningTests {
    let temporary = TemporaryFolder("opening")

    @Test func onlyAPlainFileOrNothingSkipsTheParser() {
        #expect(Opening(plainArguments: [])?.file == nil)
        #expect(Opening(plainArguments: []) != nil)
        #expect(Opening(plainArguments: ["audit.json"])?.file == "audit.json")
        #expect(Opening(plainArguments: ["dir/drill.json"])?.file == "dir/drill.json")
        for subcommand in ["open", "board", "sample", "new", "validate", "export", "import", "merge", "checksheet", "help"] {
            #expect(Opening(plainArguments: [subcommand]) == nil, "\(subcommand)")
        }
        for arguments in [["--help"], ["-h"], ["--lang", "ja"], ["--theme=mono"], [""], ["a.json", "b.json"], ["a.json", "--lang", "en"]] {
            #expect(Opening(plainArguments: arguments) == nil, "\(arguments)")
        }
    }

    @Test func aFileIsOpenedAlikeWithAndWithoutTheSubcommand() throws {
        let folder = temporary.path
        #expect(try KansaProcess.run(["sample", "."], in: folder).status == 0)
        for file in ["audit.json", "drill.json", "missing.json", ""] {
            let plain = try KansaProcess.run([file], in: folder)
            let named = try KansaProcess.run(["open", file], in: folder)
            #expect(plain.status == named.status, "\(file)")
            #expect(plain.stdout == named.stdout, "\(file)")
            #expect(plain.stderr == named.stderr, "\(file)")
        }
        #expect(try KansaProcess.run(["audit.json"], in: folder).stdout.contains("audit.json: "))
        #expect(try KansaProcess.run(["missing.json"], in: folder).status != 0)
        // An empty name is named as the shell writes it.
        #expect(try KansaProcess.run([""], in: folder).stderr.contains("'': no such file"))
    }
}
