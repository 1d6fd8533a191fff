import KansaCore
import Testing
@testable import KansaUI

/// The hearing screen after a merge: conflicted cells marked, one key resolving a cell's conflicts as one undo step.
struct MergeConflictScreenTests {
    /// The sample audit as a merge left it: 企画課's verdict and note of I-1 in conflict, and I-2(1)'s improvement text.
    static let merged: Audit = {
        var audit = SampleAudit.audit
        audit.conflicts = [
            MergeConflict(field: "verdict", item: "human-1", division: "kikaku", ours: "○", theirs: "×"),
            MergeConflict(field: "note", item: "human-1", division: "kikaku", ours: nil, theirs: "施錠されていない"),
            MergeConflict(field: "improvement", item: "human-2-1", ours: nil, theirs: "離席時はロック"),
            MergeConflict(field: "title", ours: "こちらの表題", theirs: "相手の表題"),
        ]
        return audit
    }()

    @Test func takingTheirsPutsTheirValuesInAndUndoBringsTheConflictBack() {
        var app = Fixtures.app(Self.merged)
        #expect(app.audit.currentCell.verdict == .compliant)
        #expect(app.audit.conflictsHere.conflicts.count == 2)
        let effects = app.press(.character(">"))
        #expect(app.audit.currentCell == Cell(verdict: .needsImprovement, note: "施錠されていない"))
        #expect(app.audit.audit.conflicts.map(\.field) == ["improvement", "title"])
        #expect(effects.contains(.save(.audit(app.audit.audit))))
        #expect(app.audit.message?.text == "Took theirs: 2 conflict(s) resolved")
        app.press(.character("u"))
        #expect(app.audit.audit == Self.merged, "one undo step brings ours and the conflicts back")
        app.press(.control("r"))
        #expect(app.audit.currentCell.verdict == .needsImprovement)
        #expect(app.audit.audit.conflicts.count == 2)
    }

    @Test func keepingOursOnlyClosesTheConflictsThenThoseOfTheWholeAuditAreShown() {
        var app = Fixtures.app(Self.merged)
        app.press(.character("<"))
        #expect(app.audit.currentCell.verdict == .compliant)
        #expect(app.audit.audit.conflicts.map(\.field) == ["improvement", "title"])
        #expect(app.audit.conflictsHere.wholeAudit)
        #expect(app.audit.conflictsHere.conflicts.map(\.field) == ["title"])
        app.press(.character(">"))
        #expect(app.audit.audit.title == "相手の表題")
        #expect(app.audit.audit.conflicts.map(\.field) == ["improvement"])
        app.press(.character("<"))
        #expect(app.audit.message?.text == "No merge conflict here: c goes to the next")
        app.press(.character("u"), .character("u"))
        #expect(app.audit.audit == Self.merged)
    }

    @Test func anItemsTextsAndItsRemovalOnTheOtherSideAreTakenOnItsRow() {
        var audit = SampleAudit.audit
        audit.conflicts = [
            MergeConflict(field: "number", item: "human-1", ours: "1", theirs: "1(1)"),
            MergeConflict(field: "title", item: "human-1", ours: audit.sections[0].items[0].title, theirs: "新しい表題"),
            MergeConflict(field: "name", division: "kikaku", ours: "企画課", theirs: "企画政策課"),
        ]
        var app = Fixtures.app(audit)
        #expect(app.audit.conflictsHere.conflicts.count == 3)
        app.press(.character(">"))
        #expect(app.audit.current?.item.number == "1(1)")
        #expect(app.audit.current?.item.title == "新しい表題")
        #expect(app.audit.currentDivision?.name == "企画政策課")
        #expect(app.audit.audit.conflicts.isEmpty)

        audit.conflicts = [
            MergeConflict(field: "items", item: "human-1", ours: "1 情報資産等の業務以外の目的での使用禁止", theirs: nil),
            MergeConflict(field: "items", item: "gone", ours: nil, theirs: "9 削除した項目"),
        ]
        var removal = Fixtures.app(audit)
        removal.press(.character(">"))
        #expect(removal.audit.audit.position(of: "human-1") == nil, "their removal taken")
        #expect(removal.audit.conflictsHere.wholeAudit)
        removal.press(.character(">"))
        #expect(removal.audit.message?.isError == true, "ours removed it: theirs cannot come back here")
        removal.press(.character("<"))
        #expect(removal.audit.audit.conflicts.isEmpty)
        removal.press(.character("u"), .character("u"))
        #expect(removal.audit.audit == audit)
    }

    /// `c` reaches every place with a conflict — a cell's, and its item's (on any of the item's cells) — and with
    /// only the whole audit's left, says how to resolve those.
    @Test func cGoesToTheNextConflictedCellAndTheImprovementTextIsTakenThere() {
        var app = Fixtures.app(Self.merged)
        app.press(.character("<"), .character("c"))
        #expect(app.audit.cursorItem == 1, "the item whose improvement text is in conflict")
        app.press(.character(">"))
        #expect(app.audit.current?.item.improvement == "離席時はロック")
        #expect(app.audit.audit.conflicts.map(\.field) == ["title"])
        app.press(.character("c"))
        #expect(app.audit.message?.text == "Merge conflicts of the whole audit (< keep ours, > take theirs)")
        var fresh = Fixtures.app(Self.merged)
        fresh.press(.character("j"), .character("j"), .character("c"))
        #expect((fresh.audit.cursorItem, fresh.audit.cursorDivision) == (0, 0), "round to the first item")
        var divisions = SampleAudit.audit
        divisions.conflicts = [MergeConflict(field: "name", division: "hogo", ours: "保護課", theirs: "生活保護課")]
        var named = Fixtures.app(divisions)
        named.press(.character("c"))
        #expect(named.audit.currentDivision?.id == "hogo", "a division's conflict is reached on its column")
    }

    @Test func aReadOnlyFileRefusesToResolve() {
        var app = Fixtures.app(Self.merged, readOnly: "opened read-only")
        app.press(.character(">"))
        #expect(app.audit.audit == Self.merged)
        #expect(app.audit.message?.isError == true)
    }

    @Test func theHelpListsTheConflictKeys() {
        let help = AuditKeys.bindings.map { $0.help.0 }
        #expect(help.contains("conflict here: keep ours"))
        #expect(help.contains("conflict here: take theirs"))
        #expect(help.contains("next cell in conflict after a merge"))
    }

    /// The conflicted cell marked, both sides in the detail pane, the count on the status line.
    @Test func aConflictedCellOnScreen() {
        Golden.check(Fixtures.app(Self.merged).draw(), "audit-conflict-80x24")
    }

    @Test func theDrillBoardCountsADrillsOpenConflicts() {
        var drill = SampleDrill.drill
        drill.conflicts = [MergeConflict(field: "events.text", record: "e-1", ours: "発電機", theirs: "発電機起動")]
        let now = drill.instant(ClockTime(hour: 9, minute: 0))
        let app = App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: now), rows: 30, columns: 120,
                      time: Instant(wall: now, monotonic: 0))
        let screen = app.draw()
        let status = screen.text.split(separator: "\n", omittingEmptySubsequences: false)[screen.rows - 1]
        #expect(status.hasSuffix("conflicts 1  ? help"), "\(status)")
        let column = CharacterWidth().width(of: String(status)) - CharacterWidth().width(of: "conflicts 1  ? help")
        #expect(screen.style(row: screen.rows - 1, column: column).role == .conflict)
    }
}
