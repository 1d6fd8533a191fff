import Testing
import KansaCore

/// The three-way merge of two copies of a drill: entries joined by id, recorded times with every correction kept,
/// conflicts and refusals.
struct DrillMergeTests {
    /// The sample's plan with nothing recorded yet.
    let base = SampleDrill.drill.successor(title: SampleDrill.drill.title, date: SampleDrill.drill.date)

    func at(_ hour: Int, _ minute: Int) -> Timestamp {
        base.instant(ClockTime(hour: hour, minute: minute))
    }

    func merged(_ ours: Drill, _ theirs: Drill, base: Drill? = nil) throws -> (drill: Drill, found: [MergeConflict]) {
        let (document, found) = try DocumentMerge.merge(base: .drill(base ?? self.base), ours: .drill(ours), theirs: .drill(theirs))
        guard case .drill(let drill) = document else { throw MergeRefusal(BilingualText(verbatim: "not a drill")) }
        return (drill, found)
    }

    func edited(_ edits: DrillEdit...) -> Drill {
        var drill = base
        for edit in edits { drill.apply(edit) }
        return drill
    }

    @Test func stampsMovesEventsAndContactsOfBothSidesAreJoined() throws {
        let ours = edited(
            .addPowerChange(PowerChange(id: "p-1", phase: .outage, time: RecordedTime(now: at(9, 4)))),
            .addMove(SystemMove(id: "m-1", system: "core", state: .shuttingDown, manual: true, time: RecordedTime(now: at(9, 5)))),
            .time(.step(base.steps[0].id), RecordedTime(now: at(9, 0))))
        let theirs = edited(
            .addEvent(DrillEvent(id: "e-1", text: "発電機起動", time: RecordedTime(now: at(9, 6)))),
            .time(.vendor("ryomo"), RecordedTime(now: at(8, 40))))
        let (drill, found) = try merged(ours, theirs)
        #expect(found.isEmpty)
        #expect(drill.powerChanges.map(\.id) == ["p-1"])
        #expect(drill.moves.map(\.id) == ["m-1"])
        #expect(drill.events.map(\.id) == ["e-1"])
        #expect(drill.steps[0].actual == RecordedTime(now: at(9, 0)))
        #expect(drill.participants.vendors.first { $0.id == "ryomo" }?.reached == RecordedTime(now: at(8, 40)))
    }

    @Test func correctionsOfBothSidesAreKeptInTheOrderTheyWereMade() throws {
        let stamped = edited(.addMove(SystemMove(id: "m-1", system: "core", state: .down, manual: false, time: RecordedTime(now: at(9, 10)))))
        var ours = stamped
        ours.apply(.time(.move("m-1"), stamped.moves[0].time.corrected(to: at(9, 8), at: at(10, 0))))
        var theirs = stamped
        theirs.apply(.time(.move("m-1"), stamped.moves[0].time.corrected(to: at(9, 9), at: at(9, 30))))
        let (drill, found) = try merged(ours, theirs, base: stamped)
        #expect(found.isEmpty)
        let time = drill.moves[0].time
        #expect(time.happened == at(9, 10))
        #expect(time.corrections.map(\.happened) == [at(9, 9), at(9, 8)])
        #expect(time.effective == at(9, 8))
    }

    @Test func differentChangesOfAnEntryAreConflictsThatKeepOurs() throws {
        let logged = edited(.addEvent(DrillEvent(id: "e-1", text: "発電機", time: RecordedTime(now: at(9, 6)))))
        var ours = logged
        ours.events[0].text = "発電機起動"
        ours.apply(.text(.conclusions, "こちらの総括"))
        var theirs = logged
        theirs.events[0].text = "発電機起動せず"
        theirs.apply(.text(.conclusions, "相手の総括"))
        let (drill, found) = try merged(ours, theirs, base: logged)
        #expect(drill.events[0].text == "発電機起動")
        #expect(drill.conclusions == ["こちらの総括"])
        #expect(found == [
            MergeConflict(field: "conclusions", ours: "こちらの総括", theirs: "相手の総括"),
            MergeConflict(field: "events.text", record: "e-1", ours: "発電機起動", theirs: "発電機起動せず"),
        ])
        #expect(drill.conflicts == found)
    }

    @Test func twoDifferentOriginalStampsAreAConflictWithTheirCorrectionsKept() throws {
        let step = base.steps[0].id
        let ours = edited(.time(.step(step), RecordedTime(now: at(9, 0))))
        let theirs = edited(.time(.step(step), RecordedTime(now: at(9, 1)).corrected(to: at(9, 2), at: at(9, 3))))
        let (drill, found) = try merged(ours, theirs)
        #expect(drill.steps[0].actual?.happened == at(9, 0))
        #expect(drill.steps[0].actual?.corrections.map(\.happened) == [at(9, 2)])
        #expect(found.map(\.field) == ["steps.actual"])
    }

    @Test func anEntryRemovedOnOneSideAndCorrectedOnTheOtherIsAConflict() throws {
        let stamped = edited(.addMove(SystemMove(id: "m-1", system: "core", state: .down, manual: false, time: RecordedTime(now: at(9, 10)))))
        var removed = stamped
        removed.apply(.removeMove("m-1"))
        var corrected = stamped
        corrected.apply(.manual("m-1", true))
        let (drill, found) = try merged(removed, corrected, base: stamped)
        #expect(drill.moves.isEmpty)
        #expect(found == [MergeConflict(field: "moves", record: "m-1", ours: nil, theirs: "core down")])
        let (untouched, none) = try merged(removed, stamped, base: stamped)
        #expect(untouched.moves.isEmpty)
        #expect(none.isEmpty)
    }

    @Test func drillsOfAnotherDateAndABaseThatIsNotAnAncestorAreRefused() throws {
        let next = base.successor(title: base.title, date: LocalDate(year: 2025, month: 2, day: 1))
        #expect(throws: MergeRefusal.self) { try merged(base, next) }
        let stamped = edited(.addMove(SystemMove(id: "m-1", system: "core", state: .down, manual: false, time: RecordedTime(now: at(9, 10)))))
        #expect(throws: MergeRefusal.self) { try merged(base, base, base: stamped) }
        var withoutLane = base
        withoutLane.lanes.removeAll { $0.id == "core" }
        do {
            _ = try merged(withoutLane, withoutLane)
            Issue.record("a lane BASE has and neither side has was merged, though a system has the same id")
        } catch let refusal as MergeRefusal {
            #expect(refusal.reason.en.contains("lanes/core"))
        }
    }
}
