import KansaCore
import Testing
@testable import KansaUI

/// A save that finds the file changed by another program stops the editing, says so, and offers to load the
/// file as it is now or to save this version under a new name.
struct DiskConflictTests {
    static let reason = "audit.json: changed on disk by another program since kansa read it; nothing was written"

    func conflicted() -> App {
        var app = Fixtures.app()
        app.press(.character("x"))
        app.receive(.changedOnDisk(Self.reason))
        return app
    }

    @Test func editingStopsAndTheQuestionSaysWhy() {
        var app = conflicted()
        let text = app.draw().text
        #expect(text.contains("Another program changed this file"))
        #expect(text.contains("load the file as it is now"))
        #expect(app.press(.character("o")).isEmpty, "the question takes the keys")
        #expect(app.press(.escape).isEmpty)
        #expect(app.audit.readOnlyReason?.contains("changed on disk") == true)
        app.press(.character("o"))
        #expect(app.draw().text.contains("Read-only, nothing changed"))
        #expect(app.press(.character("q")).isEmpty, "the unsaved edit is asked about")
        #expect(app.unsaved != nil)
    }

    @Test func loadingTheFileAsItIsNowStartsAgainOnIt() {
        var app = conflicted()
        #expect(app.press(.character("L")) == [.reload])
        var theirs = SampleAudit.audit
        theirs.title = "別のプログラムが書いた表題"
        app.receive(.reloaded(document: .audit(theirs), path: "/w/audit.json", readOnlyReason: nil))
        #expect(app.conflict == nil)
        #expect(app.audit.audit == theirs)
        #expect(app.audit.readOnlyReason == nil)
        #expect(app.draw().text.contains("Loaded the file as it is now"))
        #expect(app.press(.character("x")).count == 1, "editing again")
    }

    @Test func savingUnderANewNameGoesOnWithThatFile() {
        var app = conflicted()
        let mine = app.screen.editedDocument!
        app.press(.character("w"))
        app.type("/w/audit-mine.json")
        #expect(app.press(.enter) == [.saveAs(mine, path: "/w/audit-mine.json")])
        app.receive(.savedAs(path: "/w/audit-mine.json", error: "/w/audit-mine.json: cannot save: the file exists already"))
        #expect(app.conflict?.step == .choose, "a refused name asks again")
        app.press(.character("w"))
        app.type("/w/audit-2.json")
        app.press(.enter)
        app.receive(.savedAs(path: "/w/audit-2.json", error: nil))
        #expect(app.conflict == nil)
        #expect(app.audit.fileName == "audit-2.json")
        #expect(app.audit.readOnlyReason == nil && app.audit.saveError == nil)
        #expect(app.press(.character("x")).count == 1, "editing the new file")
    }

    @Test func aReloadThatFailsAsksAgain() {
        var app = conflicted()
        app.press(.character("L"))
        app.receive(.failed("/w/audit.json: no such file"))
        #expect(app.conflict?.step == .choose)
        #expect(app.draw().text.contains("no such file"))
    }
}
