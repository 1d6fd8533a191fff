import Foundation
import Glibc
import Testing
import TestSupport
import KansaCore
@testable import KansaStore

/// One lock per file, whatever the path (issue 11, items 4 and 5): a symbolic link shares its target's lock and
/// saves go to the target; a file with hard links opens read-only; a planted lock file is never written through.
struct LinkTests {
    let folder = TemporaryFolder()

    @Test func aSymbolicLinkSharesTheLockAndTheSaveGoesToTheTarget() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        symlink("audit.json", folder.file("link.json"))
        var first: DocumentFile? = try DocumentFile.open(path)
        let second = try DocumentFile.open(folder.file("link.json"))
        #expect(first?.isReadOnly == false)
        #expect(second.isReadOnly)
        #expect(second.readOnlyReason?.en.contains("another kansa (process \(getpid())) is editing this file") == true)
        first = nil

        let viaLink = try DocumentFile.open(folder.file("link.json"))
        #expect(!viaLink.isReadOnly)
        #expect(viaLink.realPath.hasSuffix("/audit.json"))
        var edited = SampleAudit.audit
        edited.generalComment = "リンクから編集した。"
        try viaLink.save(.audit(edited))
        #expect(folder.kind("link.json") == S_IFLNK)
        #expect(try DocumentFile.read(path) == .audit(edited))
        #expect(folder.names == [".audit.json.lock", "audit.json", "link.json"])
    }

    @Test func aFileWithHardLinksOpensReadOnly() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        link(path, folder.file("copy.json"))
        let before = folder.contents("audit.json")
        let file = try DocumentFile.open(folder.file("copy.json"))
        #expect(file.readOnlyReason == BilingualText(
            "this file has 2 names (hard links), which a save would split; opened read-only",
            "このファイルには名前（ハードリンク）が 2 個あり、保存すると別々のファイルになるため、読み取り専用で開きました"))
        #expect(throws: StoreError.self) { try file.save(.audit(SampleAudit.audit)) }
        #expect(folder.contents("audit.json") == before)
    }

    /// With `.audit.json.lock` a symbolic link to another file, opening `audit.json` emptied that file and wrote a
    /// process number into it.
    @Test func aSymbolicLinkAsTheLockFileIsNeverFollowed() throws {
        let path = folder.write(String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self), to: "audit.json")
        let victim = folder.write("大事なファイル\n", to: "victim.txt")
        symlink(victim, FileLock.path(for: path))
        let file = try DocumentFile.open(path)
        #expect(file.readOnlyReason?.en == "the lock file \(FileLock.path(for: file.realPath)) is a symbolic link, not a regular file; remove it if no kansa is running")
        #expect(folder.contents("victim.txt") == "大事なファイル\n")
        #expect(folder.kind(".audit.json.lock") == S_IFLNK)
    }

    @Test func aLockFileThatIsNotARegularFileOfTheUsersAloneIsRefused() throws {
        let path = folder.write(String(decoding: DocumentFormat.encode(.audit(SampleAudit.audit)), as: UTF8.self), to: "audit.json")
        let lock = FileLock.path(for: path)
        mkfifo(lock, 0o600)
        let guardian = HangGuard(fifo: lock)
        #expect(try DocumentFile.open(path).readOnlyReason?.en.contains("is a FIFO, not a regular file") == true)
        #expect(!guardian.fired)
        unlink(lock)

        let other = folder.write("12345\n", to: "other.txt")
        link(other, lock)
        #expect(try DocumentFile.open(path).readOnlyReason?.en.contains("is a file with other names (hard links)") == true)
        #expect(folder.contents("other.txt") == "12345\n")
        unlink(lock)

        _ = folder.write("12345\n", to: ".audit.json.lock")
        guard case .refused(let why) = FileLock.acquire(for: path, owner: geteuid() + 1) else {
            Issue.record("took a lock file that belongs to another user")
            return
        }
        #expect(why.en.contains("is another user's file"))
        #expect(folder.contents(".audit.json.lock") == "12345\n", "never emptied before the lock is held")
        #expect(try !DocumentFile.open(path).isReadOnly)
    }
}
