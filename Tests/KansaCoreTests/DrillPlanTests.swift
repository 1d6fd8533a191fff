import Testing
@testable import KansaCore

/// The plan editor's checked edits: each applies, undoes exactly, or is refused with its reason.
struct DrillPlanTests {
    let fresh = SampleDrill.drill.successor(title: "訓練", date: LocalDate(year: 2025, month: 10, day: 4))

    /// Applies an edit, then its inverse, and returns the drill in between; the inverse must give back `drill`.
    func applyAndUndo(_ edit: DrillEdit, to drill: Drill) -> Drill {
        var edited = drill
        guard let inverse = edited.apply(edit) else {
            Issue.record("edit changed nothing")
            return drill
        }
        var undone = edited
        undone.apply(inverse)
        #expect(undone == drill)
        return edited
    }

    @Test(arguments: [("8:30", 8, 30), ("８：３０", 8, 30), ("8時30分", 8, 30), ("８時３０分", 8, 30), ("9時", 9, 0), ("9時5分", 9, 5), ("09:05", 9, 5)])
    func plannedTimesAreReadAsTyped(_ text: String, _ hour: Int, _ minute: Int) {
        #expect(PlannedTimeInput.parse(text) == ClockTime(hour: hour, minute: minute))
    }

    @Test(arguments: ["25:00", "9:60", "8:75", "朝", "24時", "9時60分"])
    func impossibleTimesAreRefused(_ text: String) {
        #expect(throws: DrillPlanRefusal.notATime(text)) {
            try fresh.addingStep(time: text, banner: "", after: 2)
        }
    }

    @Test func aStepIsInsertedInOrderAndUndone() throws {
        let outage = try #require(fresh.steps.firstIndex { $0.id == "outage" })
        let edited = applyAndUndo(try fresh.addingStep(time: "９時１０分", banner: "", after: outage), to: fresh)
        #expect(edited.steps[outage + 1].plannedTime == ClockTime(hour: 9, minute: 10))
        #expect(edited.steps[outage + 1].id == "step-910")
        #expect(edited.steps.count == fresh.steps.count + 1)
    }

    @Test func aTimeOutOfOrderIsRefusedWithItsNeighbour() throws {
        let outage = try #require(fresh.steps.firstIndex { $0.id == "outage" })
        #expect(throws: DrillPlanRefusal.outOfOrder(time: "8:00", neighbour: "9:04", before: true)) {
            try fresh.addingStep(time: "8:00", banner: "", after: outage)
        }
        #expect(throws: DrillPlanRefusal.outOfOrder(time: "11:00", neighbour: "9:35", before: false)) {
            try fresh.editingStep("shutdown-check", time: "11:00", banner: "", power: nil, laneTexts: ["servers": "確認"])
        }
        #expect(throws: DrillPlanRefusal.outOfOrder(time: "8:45", neighbour: "8:30", before: false)) {
            try fresh.movingStep("generator-start", by: -2)
        }
    }

    @Test func aStepIsEditedKeepingWhatWasRecorded() throws {
        var drill = SampleDrill.drill
        let edit = try drill.editingStep("shutdown-check", time: "9:20", banner: "", power: PowerColumns(commercial: false, emergency: true),
                                         laneTexts: ["servers": "シャットダウン確認", "core": " 手順書どおり "])
        let edited = applyAndUndo(edit, to: drill)
        drill = edited
        let step = try #require(drill.steps.first { $0.id == "shutdown-check" })
        #expect(step.plannedTime == ClockTime(hour: 9, minute: 20))
        #expect(step.power == PowerColumns(commercial: false, emergency: true))
        #expect(step.laneTexts == ["servers": "シャットダウン確認", "core": "手順書どおり"])
        #expect(step.actual == SampleDrill.drill.steps.first { $0.id == "shutdown-check" }?.actual)
    }

    @Test func stepsAreRemovedAndMoved() throws {
        let removed = applyAndUndo(try fresh.removingStep("after"), to: fresh)
        #expect(!removed.steps.contains { $0.id == "after" })
        let moved = applyAndUndo(try #require(try fresh.movingStep("after", by: 1)), to: fresh)
        #expect(moved.steps.firstIndex { $0.id == "after" } == fresh.steps.firstIndex { $0.id == "after" }! + 1)
        #expect(try fresh.movingStep("assemble", by: -1) == nil)
    }

    @Test func shiftingMovesThisStepAndEveryLaterOne() throws {
        let edited = applyAndUndo(try #require(try fresh.shiftingSteps(from: "assemble", minutes: -30)), to: fresh)
        #expect(edited.steps.first?.plannedTime == ClockTime(hour: 8, minute: 0))
        #expect(edited.steps.last?.plannedTime == ClockTime(hour: 13, minute: 0))
        let later = applyAndUndo(try #require(try fresh.shiftingSteps(from: "startup-check", minutes: 15)), to: fresh)
        #expect(later.steps.first { $0.id == "startup-check" }?.plannedTime == ClockTime(hour: 10, minute: 45))
        #expect(later.steps.first { $0.id == "shutdown-check" }?.plannedTime == ClockTime(hour: 9, minute: 25))
        #expect(throws: DrillPlanRefusal.outOfOrder(time: "9:30", neighbour: "9:35", before: true)) {
            try fresh.shiftingSteps(from: "startup-check", minutes: -60)
        }
        #expect(throws: DrillPlanRefusal.shiftLeavesTheDay) {
            try fresh.shiftingSteps(from: "assemble", minutes: 11 * 60)
        }
    }

    @Test func systemsAreAddedEditedAndRemoved() throws {
        let new = DrillSystem(id: "", name: " 防災無線サーバ ", owner: "危機管理課", group: .procured, expectedShutdown: .manual,
                              expectedStartup: .automaticPartlyManual, onEmergencyPower: true,
                              procedure: "管理画面から停止する。\n起動後にログを確認する。", responsible: "佐藤", phone: "０２７６－１２－３４５６")
        let added = applyAndUndo(try fresh.addingSystem(new, after: 0), to: fresh)
        let system = added.systems[1]
        #expect(system.id == "防災無線サーバ")
        #expect(system.name == "防災無線サーバ")
        #expect(system.phone == "0276-12-3456")
        #expect(system.procedure == new.procedure)
        var renamed = system
        renamed.name = "防災行政無線サーバ"
        renamed.expectedShutdown = .automatic
        let edited = applyAndUndo(try added.editingSystem(renamed), to: added)
        #expect(edited.systems[1].name == "防災行政無線サーバ")
        #expect(edited.systems[1].id == "防災無線サーバ")
        #expect(throws: DrillPlanRefusal.duplicateSystem(name: fresh.systems[0].name)) {
            try added.editingSystem({ var s = renamed; s.name = fresh.systems[0].name; return s }())
        }
        #expect(throws: DrillPlanRefusal.emptyName) {
            try fresh.addingSystem({ var s = new; s.name = "　"; return s }(), after: nil)
        }
        #expect(throws: DrillPlanRefusal.emptyOwner) {
            try fresh.addingSystem({ var s = new; s.owner = " "; return s }(), after: nil)
        }
        #expect(added.participants.divisions.last?.name == "危機管理課", "an owner not in the contact check joins it")
        #expect(added.participants.divisions.last?.systems == ["防災無線サーバ"])
        let removed = applyAndUndo(try added.removingSystem(system.id), to: added)
        #expect(removed.systems == fresh.systems)
        let moved = applyAndUndo(try #require(fresh.movingSystem(fresh.systems[0].id, by: 1)), to: fresh)
        #expect(moved.systems[1] == fresh.systems[0])
    }

    @Test func anOwnerOutsideTheContactCheckJoinsItWhenItsSystemIsEdited() throws {
        let recorded = SampleDrill.drill
        let child = try #require(recorded.systems.first { $0.owner == "こども家庭課" })
        #expect(!recorded.participants.divisions.contains { $0.name == "こども家庭課" })
        var edited = child
        edited.phone = "内線456"
        let drill = applyAndUndo(try recorded.editingSystem(edited), to: recorded)
        #expect(drill.participants.divisions.last?.name == "こども家庭課")
        var lead = recorded.systems[0]
        lead.responsible = "宮本"
        #expect(applyAndUndo(try recorded.editingSystem(lead), to: recorded).participants == recorded.participants, "the lead division is not phoned")
    }

    @Test func aStepOrSystemTiedToAnEventIsNotRemoved() throws {
        var drill = fresh
        let at = drill.instant(ClockTime(hour: 9, minute: 10))
        drill.events.append(DrillEvent(id: "e-1", text: "発電機の燃料臭", time: RecordedTime(now: at), system: "contract", step: "outage"))
        #expect(throws: DrillPlanRefusal.tiedToEvents(name: "9:04 停電", count: 1)) {
            try drill.removingStep("outage")
        }
        #expect(throws: DrillPlanRefusal.tiedToEvents(name: "契約システム", count: 1)) {
            try drill.removingSystem("contract")
        }
    }

    @Test func aSystemWithMovesIsNotRemoved() throws {
        let drill = SampleDrill.drill
        let count = drill.moves(of: "core").count
        #expect(count > 0)
        #expect(throws: DrillPlanRefusal.systemHasMoves(name: "基幹系システムサーバ", count: count)) {
            try drill.removingSystem("core")
        }
    }

    @Test func vendorsAndDivisionsAreAddedEditedMovedAndRemoved() throws {
        let added = applyAndUndo(try fresh.addingVendor(name: " 日立システムズ ", headCount: "２名", phone: "０３－１２３４－５６７８", after: nil), to: fresh)
        let vendor = added.participants.vendors[0]
        #expect(vendor.id == "日立システムズ" && vendor.name == "日立システムズ" && vendor.headCount == 2 && vendor.phone == "03-1234-5678")
        let edited = applyAndUndo(try added.editingVendor(vendor.id, name: "日立システムズ", headCount: "3", phone: ""), to: added)
        #expect(edited.participants.vendors[0].headCount == 3 && edited.participants.vendors[0].phone == "")
        #expect(throws: DrillPlanRefusal.notAHeadCount("二人")) {
            try fresh.addingVendor(name: "新しい業者", headCount: "二人", phone: "", after: nil)
        }
        let taken = fresh.participants.divisions[0].name
        #expect(throws: DrillPlanRefusal.duplicateContact(name: taken)) {
            try fresh.addingVendor(name: taken, headCount: "", phone: "", after: nil)
        }
        let division = applyAndUndo(try fresh.addingDivision(
            name: "子育て支援課", attendees: ["田中", " ", "鈴木"], systems: "家庭児童相談システム", otherServers: [" ", "相談記録NAS"],
            phone: "内線123", after: 0), to: fresh)
            .participants.divisions[1]
        #expect(division.name == "子育て支援課" && division.attendees == ["田中", "鈴木"] && division.phone == "内線123")
        #expect(division.systems == ["child-consultation"] && division.otherServers == ["相談記録NAS"])
        let first = fresh.participants.divisions[0]
        let renamed = applyAndUndo(try fresh.editingDivision(
            first.id, name: first.name, attendees: ["佐藤"], systems: "打刻サーバ、庶務事務システム", otherServers: [], phone: "1"), to: fresh)
        #expect(renamed.participants.divisions[0].systems == first.systems)
        _ = applyAndUndo(try #require(fresh.movingDivision(first.id, by: 1)), to: fresh)
        _ = applyAndUndo(try #require(fresh.movingVendor(fresh.participants.vendors[0].id, by: 1)), to: fresh)
        #expect(applyAndUndo(try fresh.removingDivision(first.id), to: fresh).participants.divisions.count == fresh.participants.divisions.count - 1)
    }

    /// Participants' systems are references: typed by name or short name (a name holding 、 matched whole), refused
    /// when the plan has no such system, and kept in step when a system is retired or changes owner.
    @Test func participantsListTheirSystemsByReference() throws {
        let school = try #require(fresh.participants.divisions.first { $0.name == "教育総務課" })
        let typed = applyAndUndo(try fresh.editingDivision(
            school.id, name: school.name, attendees: school.attendees, systems: "校務用サーバ、教育ネットワーク、契約システム、契約システム",
            otherServers: [], phone: ""), to: fresh)
        #expect(typed.participants.divisions.first { $0.id == school.id }?.systems == ["school", "contract"])
        #expect(throws: DrillPlanRefusal.unknownSystem("河川情報提供システム")) {
            try fresh.editingDivision(school.id, name: school.name, attendees: [], systems: "教育系サーバ、河川情報提供システム", otherServers: [], phone: "")
        }
        let jinji = try #require(fresh.participants.divisions.first { $0.name == "人事行政課" })
        #expect(fresh.listedSystems(of: jinji).map(\.listedName) == ["打刻サーバ", "庶務事務システム"])

        let retired = applyAndUndo(try fresh.removingSystem("timecard"), to: fresh)
        #expect(retired.participants.divisions.first { $0.id == jinji.id }?.systems == ["general-affairs"])
        #expect(!retired.systems.contains { $0.id == "timecard" })

        var moved = try #require(fresh.systems.first { $0.id == "contract" })
        moved.owner = "人事行政課"
        let handedOver = applyAndUndo(try fresh.editingSystem(moved), to: fresh)
        #expect(handedOver.participants.divisions.first { $0.name == "財政課" }?.systems == [])
        #expect(handedOver.participants.divisions.first { $0.id == jinji.id }?.systems == ["timecard", "general-affairs", "contract"])
        var phoned = try #require(fresh.systems.first { $0.id == "community-care" })
        phoned.phone = "内線789"
        #expect(applyAndUndo(try fresh.editingSystem(phoned), to: fresh).participants == fresh.participants,
                "an edit that keeps the owner leaves the participants list as the plan wrote it")
    }

    @Test func aContactReachedIsNotRemoved() throws {
        var drill = fresh
        drill.participants.vendors[0].reached = RecordedTime(now: drill.instant(ClockTime(hour: 9, minute: 10)))
        drill.participants.divisions[0].reached = RecordedTime(now: drill.instant(ClockTime(hour: 9, minute: 12)))
        let vendor = try #require(drill.participants.vendors.first { $0.reached != nil })
        #expect(throws: DrillPlanRefusal.contactReached(name: vendor.name)) {
            try drill.removingVendor(vendor.id)
        }
        let division = try #require(drill.participants.divisions.first { $0.reached != nil })
        #expect(throws: DrillPlanRefusal.contactReached(name: division.name)) {
            try drill.removingDivision(division.id)
        }
    }

    @Test func tasksAreAddedWithTheNextLabelEditedAndRemoved() throws {
        let labels = fresh.tasks.map(\.label)
        let added = applyAndUndo(try fresh.addingTask(label: "", text: " 非常用電話の確認 ", resultTitle: "非常用電話", after: fresh.tasks.count - 1), to: fresh)
        let task = try #require(added.tasks.last)
        #expect(task.label == Drill.taskLabels[labels.count] && task.text == "非常用電話の確認" && task.resultTitle == "非常用電話")
        #expect(throws: DrillPlanRefusal.duplicateTaskLabel(labels[0])) {
            try fresh.addingTask(label: labels[0], text: "別の作業", resultTitle: "", after: nil)
        }
        #expect(throws: DrillPlanRefusal.emptyTask) {
            try fresh.addingTask(label: "", text: "　", resultTitle: "", after: nil)
        }
        let edited = applyAndUndo(try added.editingTask(task.id, label: task.label, text: "衛星電話の確認", resultTitle: "衛星電話"), to: added)
        #expect(edited.tasks.last?.text == "衛星電話の確認")
        _ = applyAndUndo(try #require(fresh.movingTask(fresh.tasks[0].id, by: 1)), to: fresh)
        #expect(applyAndUndo(try added.removingTask(task.id), to: added) == fresh)
        var written = fresh
        written.tasks[0].results = ["問題なし"]
        #expect(throws: DrillPlanRefusal.taskHasResults(label: labels[0])) {
            try written.removingTask(written.tasks[0].id)
        }
    }
}
