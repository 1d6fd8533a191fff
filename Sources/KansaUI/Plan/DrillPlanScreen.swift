import KansaCore

/// Planning a drill on screen (`P` from the board): its timetable (工程), its systems (システム), its contact
/// check (連絡先) and its tasks (作業). Every edit is one undo step, shared with the board it came from.
public struct DrillPlanScreen: AppScreen, DrillEditing {
    public enum Pane: Int, CaseIterable, Sendable {
        case steps, systems, contacts, tasks
    }

    /// A row of the contacts pane: the vendors under their heading, then the divisions under theirs.
    enum ContactRow: Equatable, Sendable {
        case vendors
        case vendor(Int)
        case divisions
        case division(Int)
    }

    /// What the lines being typed are for.
    enum PromptPurpose: Equatable, Sendable {
        case addStep(after: Int?)
        case editStep(StepID)
        case shift(StepID, sign: Int)
        case addSystem(after: Int?)
        case editSystem(SystemID)
        case addVendor(after: Int?)
        case editVendor(VendorID)
        case addDivision(after: Int?)
        case editDivision(ParticipantDivisionID)
        case addTask(after: Int?)
        case editTask(TaskID)
    }

    public private(set) var drill: Drill
    var history: EditHistory<DrillEdit>
    public internal(set) var fileName: String
    public internal(set) var readOnlyReason: String?
    public internal(set) var saveError: String?
    public internal(set) var message: Message?
    public internal(set) var pane: Pane = .steps
    /// The selected row of each pane.
    var selected: [Pane: Int] = [:]
    /// The first row shown of each pane.
    var top: [Pane: Int] = [:]
    var prompt: SetupPrompt<PromptPurpose>?
    /// A removal waiting for `y`, with the question that says what goes.
    var confirming: (edit: DrillEdit, question: String)?
    /// The system whose procedure is being written in `$EDITOR`.
    var editingProcedure: SystemID?

    public init(drill: Drill, history: EditHistory<DrillEdit>, fileName: String, readOnlyReason: String?, saveError: String?) {
        self.drill = drill
        self.history = history
        self.fileName = fileName
        self.readOnlyReason = readOnlyReason
        self.saveError = saveError
    }

    var contactRows: [ContactRow] {
        [.vendors] + drill.participants.vendors.indices.map(ContactRow.vendor)
            + [.divisions] + drill.participants.divisions.indices.map(ContactRow.division)
    }

    var rowCount: Int {
        switch pane {
        case .steps: drill.steps.count
        case .systems: drill.systems.count
        case .contacts: contactRows.count
        case .tasks: drill.tasks.count
        }
    }

    var row: Int {
        get { min(selected[pane] ?? 0, max(0, rowCount - 1)) }
        set { selected[pane] = max(0, min(newValue, rowCount - 1)) }
    }

    public var isTyping: Bool { prompt != nil }

    public var editedDocument: Document? { .drill(drill) }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(PlanKeys.bindings, strings)
    }

    public mutating func say(_ message: Message) {
        self.message = message
    }

    public func draw(into out: inout Screen, context: ScreenContext) {
        DrillPlanView(screen: self, strings: context.strings, glyphs: context.glyphs).draw(into: &out)
    }

    public mutating func settle(context: ScreenContext) {
        let shown = AuditSetupScreen.bodyRows(context.rows)
        var first = top[pane] ?? 0
        if row < first { first = row }
        if row >= first + shown { first = row - shown + 1 }
        top[pane] = max(0, first)
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        var outcome = ScreenOutcome()
        let strings = context.strings
        switch event.kind {
        case .key(let key):
            outcome = handle(key, strings: strings)
        case .edited(let text):
            if let id = editingProcedure, var system = drill.systems.first(where: { $0.id == id }) {
                let procedure = text.trimmingWhitespace
                if procedure == system.procedure {
                    message = Message(strings.unchanged(strings.procedureLabel))
                } else {
                    system.procedure = procedure
                    let drill = self.drill
                    outcome.effects = make({ () throws(DrillPlanRefusal) in try drill.editingSystem(system) }, strings: strings)
                }
            }
            editingProcedure = nil
        case .editorFailed(let reason):
            editingProcedure = nil
            message = Message(strings.editorFailed(reason), isError: true)
        default:
            takeFileOutcome(event.kind, strings: strings)
        }
        settle(context: context)
        return outcome
    }

    private mutating func handle(_ key: Key, strings: Strings) -> ScreenOutcome {
        switch answer(key, strings: strings) {
        case .handled: return ScreenOutcome()
        case .confirmed(let edit): return ScreenOutcome(perform(edit, strings: strings))
        case .answered(let purpose, let texts): return ScreenOutcome(commit(purpose, texts, strings: strings))
        case nil: break
        }
        message = nil
        guard let action = PlanKeys.table[key] else { return ScreenOutcome() }
        switch action {
        case .back: return ScreenOutcome(next: .back)
        case .help: return ScreenOutcome(next: .help)
        case .up: row -= 1
        case .down: row += 1
        case .first: row = 0
        case .last: row = rowCount - 1
        case .switchPane: pane = Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count)!
        case .undo: return ScreenOutcome(replay(undo: true, strings: strings))
        case .redo: return ScreenOutcome(replay(undo: false, strings: strings))
        case .add, .edit, .remove, .moveDown, .moveUp, .procedure, .shift:
            if let readOnlyReason {
                message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
                return ScreenOutcome()
            }
            return ScreenOutcome(change(action, strings: strings))
        }
        return ScreenOutcome()
    }

    /// Starts or makes the change a key asks for in the current pane.
    private mutating func change(_ action: PlanAction, strings: Strings) -> [AppEffect] {
        let drill = self.drill
        switch (pane, action) {
        case (.steps, .add):
            prompt = SetupPrompt(purpose: .addStep(after: drill.steps.isEmpty ? nil : row),
                                 lines: [(strings.plannedTimePrompt, LineEditor()), (strings.bannerPrompt, LineEditor())])
        case (.steps, .edit):
            guard drill.steps.indices.contains(row) else { return [] }
            let step = drill.steps[row]
            let power = step.power.map { Self.powerText($0) } ?? ""
            prompt = SetupPrompt(purpose: .editStep(step.id), lines: [
                (strings.plannedTimePrompt, LineEditor(step.plannedTime?.description ?? "")),
                (strings.bannerPrompt, LineEditor(step.banner ?? "")),
                (strings.powerPrompt, LineEditor(power)),
            ] + drill.lanes.map { (strings.lanePrompt($0.title), LineEditor(step.laneTexts[$0.id] ?? "")) })
        case (.steps, .shift(let sign)):
            guard drill.steps.indices.contains(row) else { return [] }
            prompt = SetupPrompt(purpose: .shift(drill.steps[row].id, sign: sign),
                                 lines: [(sign > 0 ? strings.shiftLaterPrompt : strings.shiftEarlierPrompt, LineEditor())])
        case (.steps, .remove):
            guard drill.steps.indices.contains(row) else { return [] }
            let step = drill.steps[row]
            do {
                confirming = (try drill.removingStep(step.id), strings.removeStep(strings.stepName(step, in: drill), stamped: step.actual != nil))
            } catch {
                message = Message(strings.planRefusal(error), isError: true)
            }
        case (.steps, .moveDown), (.steps, .moveUp):
            guard drill.steps.indices.contains(row) else { return [] }
            let delta = action == .moveDown ? 1 : -1
            let id = drill.steps[row].id
            let effects = make({ () throws(DrillPlanRefusal) in try drill.movingStep(id, by: delta) }, strings: strings)
            if !effects.isEmpty { row += delta }
            return effects
        case (.systems, .add):
            prompt = SetupPrompt(purpose: .addSystem(after: drill.systems.isEmpty ? nil : row), lines: systemLines(nil, strings: strings))
        case (.systems, .edit):
            guard drill.systems.indices.contains(row) else { return [] }
            let system = drill.systems[row]
            prompt = SetupPrompt(purpose: .editSystem(system.id), lines: systemLines(system, strings: strings))
        case (.systems, .procedure):
            guard drill.systems.indices.contains(row) else { return [] }
            editingProcedure = drill.systems[row].id
            return [.editExternally(drill.systems[row].procedure)]
        case (.systems, .remove):
            guard drill.systems.indices.contains(row) else { return [] }
            let system = drill.systems[row]
            do {
                confirming = (try drill.removingSystem(system.id), strings.removeSystem(system.name))
            } catch {
                message = Message(strings.planRefusal(error), isError: true)
            }
        case (.systems, .moveDown), (.systems, .moveUp):
            let delta = action == .moveDown ? 1 : -1
            guard drill.systems.indices.contains(row), let edit = drill.movingSystem(drill.systems[row].id, by: delta) else { return [] }
            row += delta
            return perform(edit, strings: strings)
        case (.contacts, _):
            return changeContact(action, strings: strings)
        case (.tasks, .add):
            prompt = SetupPrompt(purpose: .addTask(after: drill.tasks.isEmpty ? nil : row), lines: taskLines(nil, strings: strings))
        case (.tasks, .edit):
            guard drill.tasks.indices.contains(row) else { return [] }
            prompt = SetupPrompt(purpose: .editTask(drill.tasks[row].id), lines: taskLines(drill.tasks[row], strings: strings))
        case (.tasks, .remove):
            guard drill.tasks.indices.contains(row) else { return [] }
            let task = drill.tasks[row]
            do {
                confirming = (try drill.removingTask(task.id), strings.removeTask(task.label))
            } catch {
                message = Message(strings.planRefusal(error), isError: true)
            }
        case (.tasks, .moveDown), (.tasks, .moveUp):
            let delta = action == .moveDown ? 1 : -1
            guard drill.tasks.indices.contains(row), let edit = drill.movingTask(drill.tasks[row].id, by: delta) else { return [] }
            row += delta
            return perform(edit, strings: strings)
        default:
            break
        }
        return []
    }

    /// Starts or makes the change a key asks for on the contacts pane.
    private mutating func changeContact(_ action: PlanAction, strings: Strings) -> [AppEffect] {
        let drill = self.drill
        let vendors = drill.participants.vendors
        let divisions = drill.participants.divisions
        guard contactRows.indices.contains(row) else { return [] }
        switch (contactRows[row], action) {
        case (.vendors, .add):
            prompt = SetupPrompt(purpose: .addVendor(after: nil), lines: vendorLines(nil, strings: strings))
        case (.vendor(let i), .add):
            prompt = SetupPrompt(purpose: .addVendor(after: i), lines: vendorLines(nil, strings: strings))
        case (.divisions, .add):
            prompt = SetupPrompt(purpose: .addDivision(after: nil), lines: divisionLines(nil, strings: strings))
        case (.division(let i), .add):
            prompt = SetupPrompt(purpose: .addDivision(after: i), lines: divisionLines(nil, strings: strings))
        case (.vendor(let i), .edit):
            prompt = SetupPrompt(purpose: .editVendor(vendors[i].id), lines: vendorLines(vendors[i], strings: strings))
        case (.division(let i), .edit):
            prompt = SetupPrompt(purpose: .editDivision(divisions[i].id), lines: divisionLines(divisions[i], strings: strings))
        case (.vendor(let i), .remove):
            do {
                confirming = (try drill.removingVendor(vendors[i].id), strings.removeContact(vendors[i].name))
            } catch {
                message = Message(strings.planRefusal(error), isError: true)
            }
        case (.division(let i), .remove):
            do {
                confirming = (try drill.removingDivision(divisions[i].id), strings.removeContact(divisions[i].name))
            } catch {
                message = Message(strings.planRefusal(error), isError: true)
            }
        case (.vendor(let i), .moveDown), (.vendor(let i), .moveUp):
            let delta = action == .moveDown ? 1 : -1
            guard let edit = drill.movingVendor(vendors[i].id, by: delta) else { return [] }
            row += delta
            return perform(edit, strings: strings)
        case (.division(let i), .moveDown), (.division(let i), .moveUp):
            let delta = action == .moveDown ? 1 : -1
            guard let edit = drill.movingDivision(divisions[i].id, by: delta) else { return [] }
            row += delta
            return perform(edit, strings: strings)
        default:
            break
        }
        return []
    }

    private func taskLines(_ task: DrillTask?, strings: Strings) -> [(label: String, editor: LineEditor)] {
        [
            (strings.taskLabelPrompt, LineEditor(task?.label ?? "")),
            (strings.taskTextPrompt, LineEditor(task?.text ?? "")),
            (strings.resultTitlePrompt, LineEditor(task?.resultTitle ?? "")),
        ]
    }

    private func vendorLines(_ vendor: Vendor?, strings: Strings) -> [(label: String, editor: LineEditor)] {
        [
            (strings.vendorNamePrompt, LineEditor(vendor?.name ?? "")),
            (strings.headCountPrompt, LineEditor(vendor.map { String($0.headCount) } ?? "")),
            (strings.phonePrompt, LineEditor(vendor?.phone ?? "")),
        ]
    }

    private func divisionLines(_ division: ParticipantDivision?, strings: Strings) -> [(label: String, editor: LineEditor)] {
        [
            (strings.contactDivisionPrompt, LineEditor(division?.name ?? "")),
            (strings.attendeesPrompt, LineEditor(division?.attendees.joined(separator: "、") ?? "")),
            (strings.phonePrompt, LineEditor(division?.phone ?? "")),
            (strings.listedSystemsPrompt, LineEditor(division.map { drill.listedSystems(of: $0).map(\.listedName).joined(separator: "、") } ?? "")),
            (strings.otherServersPrompt, LineEditor(division?.otherServers.joined(separator: "、") ?? "")),
        ]
    }

    /// The lines a system is typed on, filled with what it is now.
    private func systemLines(_ system: DrillSystem?, strings: Strings) -> [(label: String, editor: LineEditor)] {
        [
            (strings.systemNamePrompt, LineEditor(system?.name ?? "")),
            (strings.ownerPrompt, LineEditor(system?.owner ?? "")),
            (strings.groupPrompt, LineEditor(system.map { strings.groupName($0.group) } ?? "")),
            (strings.shutdownModePrompt, LineEditor(system?.expectedShutdown.label ?? "")),
            (strings.startupModePrompt, LineEditor(system?.expectedStartup.label ?? "")),
            (strings.emergencyPowerPrompt, LineEditor(system.map { $0.onEmergencyPower ? "○" : "×" } ?? "")),
            (strings.responsiblePrompt, LineEditor(system?.responsible ?? "")),
            (strings.phonePrompt, LineEditor(system?.phone ?? "")),
            (strings.listedNamePrompt, LineEditor(system?.shortName ?? "")),
        ]
    }

    /// Makes the edit the typed lines describe, or says why not; nothing changes when it is refused.
    private mutating func commit(_ purpose: PromptPurpose, _ texts: [String], strings: Strings) -> [AppEffect] {
        let drill = self.drill
        switch purpose {
        case .addStep(let after):
            return make({ () throws(DrillPlanRefusal) in try drill.addingStep(time: texts[0], banner: texts[1], after: after) }, strings: strings)
        case .editStep(let id):
            let power: PowerColumns?
            if texts[2].trimmingSpaces.isEmpty {
                power = nil
            } else if let typed = Self.power(texts[2]) {
                power = typed
            } else {
                message = Message(strings.notAValue(texts[2]), isError: true)
                return []
            }
            var lanes: [LaneID: String] = [:]
            for (lane, text) in zip(drill.lanes, texts.dropFirst(3)) { lanes[lane.id] = text }
            return make({ () throws(DrillPlanRefusal) in
                try drill.editingStep(id, time: texts[0], banner: texts[1], power: power, laneTexts: lanes)
            }, strings: strings)
        case .shift(let id, let sign):
            guard let minutes = Int(texts[0].foldingWidth.trimmingSpaces), minutes > 0, minutes < 24 * 60 else {
                message = Message(strings.notAValue(texts[0]), isError: true)
                return []
            }
            return make({ () throws(DrillPlanRefusal) in try drill.shiftingSteps(from: id, minutes: sign * minutes) }, strings: strings)
        case .addSystem(let after):
            guard let system = typedSystem(texts, base: nil, strings: strings) else { return [] }
            return make({ () throws(DrillPlanRefusal) in try drill.addingSystem(system, after: after) }, strings: strings)
        case .editSystem(let id):
            guard let base = drill.systems.first(where: { $0.id == id }), let system = typedSystem(texts, base: base, strings: strings) else { return [] }
            return make({ () throws(DrillPlanRefusal) in try drill.editingSystem(system) }, strings: strings)
        case .addVendor(let after):
            return make({ () throws(DrillPlanRefusal) in
                try drill.addingVendor(name: texts[0], headCount: texts[1], phone: texts[2], after: after)
            }, strings: strings)
        case .editVendor(let id):
            return make({ () throws(DrillPlanRefusal) in
                try drill.editingVendor(id, name: texts[0], headCount: texts[1], phone: texts[2])
            }, strings: strings)
        case .addDivision(let after):
            return make({ () throws(DrillPlanRefusal) in
                try drill.addingDivision(
                    name: texts[0], attendees: Self.names(texts[1]), systems: texts[3], otherServers: Self.names(texts[4]),
                    phone: texts[2], after: after)
            }, strings: strings)
        case .editDivision(let id):
            return make({ () throws(DrillPlanRefusal) in
                try drill.editingDivision(
                    id, name: texts[0], attendees: Self.names(texts[1]), systems: texts[3], otherServers: Self.names(texts[4]),
                    phone: texts[2])
            }, strings: strings)
        case .addTask(let after):
            return make({ () throws(DrillPlanRefusal) in
                try drill.addingTask(label: texts[0], text: texts[1], resultTitle: texts[2], after: after)
            }, strings: strings)
        case .editTask(let id):
            return make({ () throws(DrillPlanRefusal) in
                try drill.editingTask(id, label: texts[0], text: texts[1], resultTitle: texts[2])
            }, strings: strings)
        }
    }

    /// Names typed with 、 , or ， between them.
    static func names(_ text: String) -> [String] {
        text.split(whereSeparator: { "、,，".contains($0) }).map(String.init)
    }

    /// The system the lines describe, on `base`; nil (and a message) when a mode or a mark is no value.
    private mutating func typedSystem(_ texts: [String], base: DrillSystem?, strings: Strings) -> DrillSystem? {
        guard let shutdown = Self.mode(texts[3]) else { message = Message(strings.notAValue(texts[3]), isError: true); return nil }
        guard let startup = Self.mode(texts[4]) else { message = Message(strings.notAValue(texts[4]), isError: true); return nil }
        guard let emergency = Self.mark(texts[5]) else { message = Message(strings.notAValue(texts[5]), isError: true); return nil }
        var system = base ?? DrillSystem(id: "", name: "", owner: "", group: .lead, expectedShutdown: .automatic,
                                         expectedStartup: .automatic, onEmergencyPower: false)
        system.name = texts[0]
        system.owner = texts[1]
        system.group = Self.group(texts[2])
        system.expectedShutdown = shutdown
        system.expectedStartup = startup
        system.onEmergencyPower = emergency
        system.responsible = texts[6]
        system.phone = texts[7]
        system.shortName = texts[8]
        return system
    }

    /// Makes a checked edit and applies it, or says why it was refused; a nil edit (nothing to do) changes nothing.
    private mutating func make(_ build: () throws(DrillPlanRefusal) -> DrillEdit?, strings: Strings) -> [AppEffect] {
        do {
            guard let edit = try build() else { return [] }
            let effects = perform(edit, strings: strings)
            select(after: edit)
            return effects
        } catch {
            message = Message(strings.planRefusal(error), isError: true)
            return []
        }
    }

    /// Puts the selection on what an edit added.
    private mutating func select(after edit: DrillEdit) {
        switch edit {
        case .batch(let edits):
            if let first = edits.first { select(after: first) }
        case .plan(.insertStep(let step, _)):
            if let index = drill.steps.firstIndex(where: { $0.id == step.id }) { row = index }
        case .plan(.insertSystem(let system, _)):
            if let index = drill.systems.firstIndex(where: { $0.id == system.id }) { row = index }
        case .plan(.insertTask(let task, _)):
            if let index = drill.tasks.firstIndex(where: { $0.id == task.id }) { row = index }
        case .plan(.insertVendor(let vendor, _)):
            if let i = drill.participants.vendors.firstIndex(where: { $0.id == vendor.id }), let index = contactRows.firstIndex(of: .vendor(i)) { row = index }
        case .plan(.insertDivision(let division, _)):
            if let i = drill.participants.divisions.firstIndex(where: { $0.id == division.id }), let index = contactRows.firstIndex(of: .division(i)) { row = index }
        default:
            break
        }
    }

    var edited: Drill {
        get { drill }
        set { drill = newValue }
    }

    /// `○×`: commercial power, then emergency power, each ○ or ×.
    static func powerText(_ power: PowerColumns) -> String {
        (power.commercial ? "○" : "×") + (power.emergency ? "○" : "×")
    }

    /// Two marks typed for the power columns (`○×`, `ox`); nil when they are not two marks.
    static func power(_ text: String) -> PowerColumns? {
        let marks = text.foldingWidth.filter { !$0.isWhitespace }.map { mark(String($0)) }
        guard marks.count == 2, let commercial = marks[0], let emergency = marks[1] else { return nil }
        return PowerColumns(commercial: commercial, emergency: emergency)
    }

    /// ○ (`o`, `y`, `有`) or × (`x`, `n`, `無`, nothing typed); nil for anything else.
    static func mark(_ text: String) -> Bool? {
        switch text.foldingWidth.trimmingSpaces.lowercased() {
        case "○", "〇", "o", "y", "yes", "有": true
        case "×", "x", "n", "no", "無", "": false
        default: nil
        }
    }

    /// 自動, 手動 or 自動（一部手動）, or their first letters in English (`a`, `m`, `p`); nothing typed is 自動.
    static func mode(_ text: String) -> OperationMode? {
        let text = text.foldingWidth.trimmingSpaces.lowercased()
        if text.isEmpty { return .automatic }
        if text.contains("一部") || text == "p" || text == "partly" { return .automaticPartlyManual }
        if text == "手動" || text == "m" || text == "manual" { return .manual }
        if text == "自動" || text == "a" || text == "automatic" { return .automatic }
        return nil
    }

    /// 調達 (or `p`) for a division's procured servers; anything else is the lead division's own.
    static func group(_ text: String) -> DrillSystem.Group {
        let text = text.foldingWidth.lowercased()
        return text.contains("調達") || text.hasPrefix("p") ? .procured : .lead
    }
}
