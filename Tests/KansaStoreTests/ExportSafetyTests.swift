import Foundation
import Glibc
import Testing
import TestSupport
import KansaCore
@testable import KansaStore

/// What an export refuses to write over, whatever the path: a planted link beside a document, the file standard
/// output goes to (through `/dev/stdout`), a file with other names, a read-only file, a document's lock.
struct ExportSafetyTests {
    let folder = TemporaryFolder("export-safety")

    func expectRefused(_ path: String, throughLinks: Bool = true, _ because: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try TextFile.write("書き出し\n", to: path, throughLinks: throughLinks)
            Issue.record("\(path) was written", sourceLocation: sourceLocation)
        } catch {
            #expect(error.description(in: .en).contains(because), "\(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func aLinkPlantedBesideADocumentIsNotFollowed() throws {
        let victim = folder.write("secret\n", to: "bashrc")
        try FileManager.default.createSymbolicLink(atPath: folder.file("audit.csv"), withDestinationPath: victim)
        expectRefused(folder.file("audit.csv"), throughLinks: false, "a symbolic link")
        #expect(folder.contents("bashrc") == "secret\n")
    }

    @Test func standardOutputsFileIsNotReplacedThroughDevStdout() throws {
        let log = folder.write("earlier line\n", to: "log.txt")
        let fd = open(log, O_RDWR)
        defer { close(fd) }
        try FileManager.default.createSymbolicLink(atPath: folder.file("out"), withDestinationPath: "/proc/self/fd/\(fd)")
        expectRefused(folder.file("out"), "a file of the system")
        expectRefused("/dev/stdout", "cannot save")
        #expect(folder.contents("log.txt") == "earlier line\n")
    }

    @Test func hardLinksReadOnlyFilesAndLocksAreNotReplaced() throws {
        let shared = folder.write("a\n", to: "shared.txt")
        #expect(link(shared, folder.file("other-name.txt")) == 0)
        expectRefused(shared, "other names")
        let readOnly = folder.write("b\n", to: "read-only.txt")
        chmod(readOnly, 0o444)
        expectRefused(readOnly, "its permissions")
        #expect(folder.mode("read-only.txt") == 0o444)
        expectRefused(folder.write("12345\n", to: ".audit.json.lock"), "the lock of a document")
        expectRefused("", "no file named")
    }
}
