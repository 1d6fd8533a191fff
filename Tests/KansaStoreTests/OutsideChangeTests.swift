import Foundation
import Glibc
import Testing
import TestSupport
import KansaCore
@testable import KansaStore

/// Changes made outside kansa are never silently lost, and kansa never changes a file's mode (issue 11, item 7):
/// a save over a file another program changed writes nothing and says so; a file the user may not write opens
/// read-only; a save keeps the mode it found.
struct OutsideChangeTests {
    let folder = TemporaryFolder()
    var edited: Document {
        var audit = SampleAudit.audit
        audit.generalComment = "kansa で書いた総評。"
        return .audit(audit)
    }

    func outsideEdit(_ path: String) -> String {
        var audit = SampleAudit.audit
        audit.generalComment = "別のプログラムで書いた総評。"
        let text = String(decoding: DocumentFormat.encode(.audit(audit)), as: UTF8.self)
        let fd = open(path, O_WRONLY | O_TRUNC)
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return text
    }

    @Test func aFileEditedInPlaceByAnotherProgramIsNotSavedOver() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        let file = try DocumentFile.open(path)
        let theirs = outsideEdit(path)
        #expect(throws: StoreError(path: path, reason: .changedOnDisk)) { try file.save(edited) }
        #expect(folder.contents("audit.json") == theirs)
        #expect(StoreError(path: path, reason: .changedOnDisk).description(in: .ja)
            == "\(path): kansa が読み込んだ後に別のプログラムがディスク上のファイルを変更しました。何も書き込んでいません")
    }

    /// A same-size edit made in place with the old modification time put back (`touch -r`) is still seen.
    @Test func anEditThatPutsTheTimeBackIsStillSeen() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        let file = try DocumentFile.open(path)
        var before = stat()
        stat(path, &before)
        var text = Array(folder.contents("audit.json")!.utf8)
        let title = text.indices.first { text[$0...].starts(with: Array("情報セキュリティ".utf8)) }!
        text.replaceSubrange(title..<(title + 3), with: Array("報".utf8))
        let fd = open(path, O_WRONLY)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        var times = [before.st_atim, before.st_mtim]
        futimens(fd, &times)
        close(fd)
        var after = stat()
        stat(path, &after)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_mtim.tv_sec == before.st_mtim.tv_sec)
        #expect(throws: StoreError(path: path, reason: .changedOnDisk)) { try file.save(edited) }
    }

    @Test func aFileReplacedOrRemovedIsNotSavedOver() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        let file = try DocumentFile.open(path)
        let same = folder.write(folder.contents("audit.json")!, to: "same.json")
        rename(same, path)
        #expect(throws: StoreError(path: path, reason: .changedOnDisk)) { try file.save(edited) }
        unlink(path)
        #expect(throws: StoreError(path: path, reason: .changedOnDisk)) { try file.save(edited) }
        #expect(folder.contents("audit.json") == nil)
    }

    /// kansa's own saves are not changes from outside; after a change, reading again (keeping the lock) or saving
    /// under a new name are the ways on.
    @Test func ownSavesReloadAndSaveAsANewFile() throws {
        let path = folder.file("audit.json")
        let file = try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        for n in 1...3 {
            var audit = SampleAudit.audit
            audit.generalComment = "保存 \(n)"
            try file.save(.audit(audit))
        }
        _ = outsideEdit(path)
        #expect(throws: StoreError.self) { try file.save(edited) }
        let copy = try DocumentFile.create(folder.file("audit-kansa.json"), with: edited)
        #expect(try DocumentFile.read(copy.path) == edited)
        guard case .audit(let theirs) = try file.reload() else { Issue.record("not an audit"); return }
        #expect(theirs.generalComment == "別のプログラムで書いた総評。")
        #expect(!file.isReadOnly)
        try file.save(edited)
        #expect(try DocumentFile.read(path) == edited)
    }

    /// `chmod 444` is the user saying "do not write this": kansa opens it read-only, even as root, and leaves the
    /// file and its mode as they were.
    @Test func aFileWithoutWritePermissionOpensReadOnly() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        chmod(path, 0o444)
        let before = folder.contents("audit.json")
        let file = try DocumentFile.open(path)
        #expect(file.readOnlyReason == BilingualText(
            "you may not write this file (its permissions); opened read-only", "このファイルへの書き込み権限がないため、読み取り専用で開きました"))
        #expect(throws: StoreError.self) { try file.save(edited) }
        #expect(folder.contents("audit.json") == before)
        #expect(folder.mode("audit.json") == 0o444)
    }

    @Test func aSaveKeepsTheFilesMode() throws {
        let path = folder.file("audit.json")
        try DocumentFile.create(path, with: .audit(SampleAudit.audit))
        #expect(folder.mode("audit.json") == 0o600)
        chmod(path, 0o640)
        try DocumentFile.open(path).save(edited)
        #expect(folder.mode("audit.json") == 0o640)
        #expect(try DocumentFile.read(path) == edited)
    }
}
