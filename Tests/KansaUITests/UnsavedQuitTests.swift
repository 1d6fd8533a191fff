import KansaCore
import Testing
@testable import KansaUI

/// Leaving a screen whose last save failed never throws the edits away silently: retry, write elsewhere, or
/// discard after typing the word.
struct UnsavedQuitTests {
    func failedApp() -> App {
        var app = Fixtures.app()
        app.press(.character("x"))
        app.receive(.saved(error: "No space left on device"))
        return app
    }

    @Test func qAsksInsteadOfQuitting() {
        var app = failedApp()
        #expect(app.press(.character("q")).isEmpty)
        let text = app.draw().text
        #expect(text.contains("NOT on disk"))
        #expect(text.contains("No space left on device"))
        #expect(app.press(.control("c")).isEmpty, "Ctrl-C answers the question too, and quits nothing")
        #expect(app.press(.escape).isEmpty)
        #expect(app.unsaved == nil)
        #expect(app.press(.control("c")).isEmpty, "Ctrl-C with a failed save asks as well")
        #expect(app.unsaved != nil)
    }

    @Test func discardingNeedsTheWord() {
        var app = failedApp()
        app.press(.character("q"), .character("d"))
        app.type("yes")
        #expect(app.press(.enter).isEmpty)
        #expect(app.draw().text.contains("“yes” is not discard"))
        app.press(.character("d"))
        app.type("discard")
        #expect(app.press(.enter) == [.quit])
    }

    @Test func aRetryThatWorksLeaves() {
        var app = failedApp()
        let document = app.screen.editedDocument!
        #expect(app.press(.character("q"), .character("r")) == [.save(document)])
        #expect(app.receive(.saved(error: "still full")).isEmpty)
        #expect(app.draw().text.contains("still full"))
        app.press(.character("r"))
        #expect(app.receive(.saved(error: nil)) == [.quit])
    }

    @Test func aCopyElsewhereLeaves() {
        var app = failedApp()
        let document = app.screen.editedDocument!
        app.press(.character("q"), .character("w"))
        app.type("/mnt/usb/audit.json")
        #expect(app.press(.enter) == [.saveCopy(document, path: "/mnt/usb/audit.json")])
        #expect(app.receive(.savedCopy(path: "/mnt/usb/audit.json", error: nil)) == [.quit])
    }

    @Test func fromTheHomeScreenDiscardGoesBackAndLetsTheFileGo() {
        let entries = [HomeScreen.Entry(path: "/w/audit.json", document: .audit(SampleAudit.audit))]
        var app = App(screen: HomeScreen(folder: "/w", entries: entries, created: false, strings: Strings(.en)), rows: 24, columns: 80)
        app.receive(.opened(document: .audit(SampleAudit.audit), path: "/w/audit.json", readOnlyReason: nil))
        app.press(.character("o"))
        app.receive(.saved(error: "Read-only file system"))
        app.press(.character("q"), .character("d"))
        app.type("discard")
        #expect(app.press(.enter) == [.closeDocument])
        #expect(app.screen is HomeScreen)
    }
}
