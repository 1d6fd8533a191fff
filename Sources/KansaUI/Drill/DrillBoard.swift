import KansaCore

/// The live drill board: the drill, the clock, the selected row of each pane, the prompt and the undo history.
public struct DrillBoard: AppScreen, FileStatus {
    public enum Pane: Int, CaseIterable, Sendable {
        case timeline, systems, contacts, log
    }

    enum Prompt: Equatable, Sendable {
        case event(LineEditor)
        case correction(LineEditor, StampReference)
    }

    public private(set) var drill: Drill
    public internal(set) var fileName: String
    public internal(set) var readOnlyReason: String?
    /// Following another kansa's writes (`kansa board`): nothing can be recorded here.
    public let following: Bool
    public internal(set) var now: Timestamp
    public internal(set) var pane: Pane = .timeline
    var step = 0
    var system = 0
    var contact = 0
    var event = 0
    var prompt: Prompt?
    var history = EditHistory<DrillEdit>()
    /// The plan editor or the texts screen is open over the board and holds the drill: the board writes nothing
    /// until it comes back.
    var planning = false
    /// The overdue step the bell last rang for, so it rings once a step.
    var rungFor: StepID?
    var watch = ClockWatch()
    /// Ticks of the clock seen: the follow view turns its lists' pages by them.
    var ticks = 0
    /// How far the wall clock has jumped against the monotonic clock since the board opened, in seconds.
    var jumped: Int64 = 0
    var monotonic: Int64 = 0
    public internal(set) var message: Message?
    public internal(set) var saveError: String?
    /// Why the followed file can no longer be read: the board shows its last good state, marked stale.
    public internal(set) var stale: String?

    public init(drill: Drill, fileName: String, readOnlyReason: String?, following: Bool = false, now: Timestamp) {
        self.drill = drill
        self.fileName = fileName
        self.readOnlyReason = readOnlyReason
        self.following = following
        self.now = Timestamp(seconds: now.seconds, utcOffset: drill.utcOffset)
        step = 0
        step = currentStep ?? max(0, drill.steps.count - 1)
    }

    /// Now without the wall clock's jumps: the moment of the last event less every jump seen, so that a jump (NTP
    /// coming back after the outage) does not jump the elapsed times, and a time just stamped is never ahead of it.
    var steadyNow: Timestamp {
        now.adding(seconds: -jumped)
    }

    /// The contacts of the check, vendors first.
    var contacts: [(reference: StampReference, name: String, reached: RecordedTime?)] {
        drill.participants.vendors.map { (.vendor($0.id), $0.name, $0.reached) }
            + drill.participants.divisions.map { (.division($0.id), $0.name, $0.reached) }
    }

    /// A line of the log: a free-text event, a power change or a system's move.
    enum LogLine: Sendable {
        case event(DrillEvent)
        case power(PowerChange)
        case move(SystemMove)
    }

    /// Everything recorded with a time of its own, newest first: the log, where any of those times is corrected.
    var log: [(reference: StampReference, time: RecordedTime, line: LogLine)] {
        let events = drill.events.map { (StampReference.event($0.id), $0.time, LogLine.event($0)) }
        let power = drill.powerChanges.map { (StampReference.power($0.id), $0.time, LogLine.power($0)) }
        let moves = drill.moves.map { (StampReference.move($0.id), $0.time, LogLine.move($0)) }
        return (events + power + moves).sorted { $0.1.effective > $1.1.effective }
    }

    /// The step the drill is at (▶): the one after the last stamped (or skipped) step; nil once the last step is.
    var currentStep: Int? {
        let next = (drill.steps.lastIndex { $0.actual != nil || $0.skipped } ?? -1) + 1
        return next < drill.steps.count ? next : nil
    }

    /// Replaces the drill with what another kansa wrote (following), keeping the selections in range.
    mutating func reload(_ drill: Drill) {
        self.drill = drill
        // The follow view keeps ▶ in sight: its timeline goes where the drill is.
        step = following ? currentStep ?? max(0, drill.steps.count - 1) : min(step, max(0, drill.steps.count - 1))
        system = min(system, max(0, drill.systems.count - 1))
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        observe(event.time)
        let strings = context.strings
        switch event.kind {
        case .key(let key):
            if prompt == nil, let action = DrillKeys.table[key] {
                switch action {
                case .quit: return ScreenOutcome(next: .back)
                case .help: return ScreenOutcome(next: .help)
                case .preview: return ScreenOutcome(next: .show(ReportPreview(document: .drill(drill))))
                case .plan where !following && readOnlyReason == nil:
                    planning = true
                    return ScreenOutcome(next: .show(DrillPlanScreen(
                        drill: drill, history: history, fileName: fileName, readOnlyReason: nil, saveError: saveError)))
                case .texts where !following && readOnlyReason == nil:
                    planning = true
                    return ScreenOutcome(next: .show(DrillTextsScreen(
                        drill: drill, history: history, fileName: fileName, readOnlyReason: nil, saveError: saveError)))
                default: break
                }
            }
            return ScreenOutcome(handle(key, strings: strings))
        case .tick:
            ticks += 1
            return ScreenOutcome(checkClock(strings: strings) + ringWhenOverdue(bell: context.bell))
        case .followed(let drill):
            reload(drill)
            stale = nil
        case .followFailed(let reason):
            stale = reason
        case .editorFailed(let reason):
            message = Message(reason, isError: true)
        default:
            takeFileOutcome(event.kind, strings: strings)
        }
        return ScreenOutcome()
    }

    /// Takes the moment of an event as now, in the drill's own offset from UTC whatever the machine's time zone:
    /// a stamp carries the moment of its key.
    private mutating func observe(_ time: Instant) {
        now = Timestamp(seconds: time.wall.seconds, utcOffset: drill.utcOffset)
        monotonic = time.monotonic
    }

    /// One ring of the bell when a step falls overdue, if the settings ask for it; not in the follow view.
    private mutating func ringWhenOverdue(bell: Bool) -> [AppEffect] {
        let late = overdue?.step.id
        defer { rungFor = late }
        guard bell, !following, let late, late != rungFor else { return [] }
        return [.bell]
    }

    /// A jump of the wall clock against the monotonic clock goes into the log as a warning.
    private mutating func checkClock(strings: Strings) -> [AppEffect] {
        guard let jump = watch.check(wall: now.seconds, monotonic: monotonic) else { return [] }
        jumped += jump
        guard !following, readOnlyReason == nil, !planning else { return [] }
        let text = strings.clockJumped(formatSpan(seconds: jump))
        message = Message(text, isError: true)
        guard let edit = try? drill.event(text, now: now) else { return [] }
        return perform(edit, strings: strings)
    }

    public func draw(into out: inout Screen, context: ScreenContext) {
        DrillBoardView(board: self, strings: context.strings, glyphs: context.glyphs).draw(into: &out)
    }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(DrillKeys.bindings, strings)
    }

    public var isTyping: Bool { prompt != nil }

    public mutating func say(_ message: Message) {
        self.message = message
    }

    public var editedDocument: Document? { following ? nil : .drill(drill) }

    /// Takes back the drill and undo history of the plan editor or the texts screen.
    public mutating func returned(from screen: any AppScreen) {
        guard let plan = screen as? any DrillEditing else { return }
        planning = false
        reload(plan.edited)
        history = plan.history
        fileName = plan.fileName
        readOnlyReason = plan.readOnlyReason
        saveError = plan.saveError
        step = currentStep ?? step
    }

    mutating func perform(_ edit: DrillEdit, strings: Strings) -> [AppEffect] {
        guard let inverse = drill.apply(edit) else { return [] }
        history.record(inverse: inverse)
        return [.save(.drill(drill))]
    }

    mutating func handle(_ key: Key, strings: Strings) -> [AppEffect] {
        message = nil
        if let prompt { return handle(key, in: prompt, strings: strings) }
        guard let action = DrillKeys.table[key] else { return [] }
        if action.edits {
            if following {
                message = Message(strings.followingOnly, isError: true)
                return []
            }
            if let readOnlyReason {
                message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
                return []
            }
        }
        do {
            return try perform(action, strings: strings)
        } catch {
            message = Message(strings.refusal(error), isError: true)
            return []
        }
    }

    private mutating func perform(_ action: DrillAction, strings: Strings) throws(DrillRefusal) -> [AppEffect] {
        switch action {
        case .up: move(-1)
        case .down: move(1)
        case .stamp:
            switch pane {
            case .timeline:
                // The step the drill is at, wherever the highlight is; the highlight follows to the next one.
                guard let current = currentStep else {
                    // On another day than the drill's nothing can be stamped: the banner says so, and no key is offered.
                    message = Message(otherDay == nil ? strings.allStepsStamped : strings.lastStepStamped)
                    return []
                }
                let effects = perform(try drill.stamp(step: drill.steps[current].id, now: now), strings: strings)
                step = currentStep ?? current
                return effects
            case .contacts:
                guard contacts.indices.contains(contact) else { return [] }
                return perform(try drill.toggleReached(contacts[contact].reference, now: now), strings: strings)
            default:
                return []
            }
        case .skip:
            guard pane == .timeline, drill.steps.indices.contains(step) else { return [] }
            let effects = perform(try drill.skipping(step: drill.steps[step].id), strings: strings)
            if drill.steps[step].skipped, let current = currentStep { step = current }
            return effects
        case .stampSelected:
            guard pane == .timeline, drill.steps.indices.contains(step) else { return [] }
            return perform(try drill.stamp(step: drill.steps[step].id, now: now), strings: strings)
        case .power:
            return perform(try drill.nextPowerChange(now: now), strings: strings)
        case .advanceSystem:
            guard pane == .systems, drill.systems.indices.contains(system) else { return [] }
            let id = drill.systems[system].id
            let manual = drill.state(of: id).next.map { drill.plannedManual(system: id, into: $0) } ?? false
            return perform(try drill.advance(system: id, manual: manual, now: now), strings: strings)
        case .moveToToday:
            return perform(try drill.moving(to: Timestamp(seconds: now.seconds, utcOffset: drill.utcOffset).local.date), strings: strings)
        case .keepRunning:
            guard pane == .systems, drill.systems.indices.contains(system) else { return [] }
            return perform(try drill.keepRunning(system: drill.systems[system].id, now: now), strings: strings)
        case .toggleManual:
            guard pane == .systems, drill.systems.indices.contains(system) else { return [] }
            return perform(try drill.toggleManual(system: drill.systems[system].id), strings: strings)
        case .addEvent:
            prompt = .event(LineEditor())
        case .correct:
            guard let reference = selectedStamp, drill.time(of: reference) != nil else {
                message = Message(strings.nothingToCorrect, isError: true)
                return []
            }
            prompt = .correction(LineEditor(), reference)
        case .undo:
            var drill = self.drill
            guard let edit = history.undo({ drill.apply($0) }) else { message = Message(strings.nothingToUndo); return [] }
            message = Message(strings.undid(strings.describe(edit, in: self.drill)))
            self.drill = drill
            return [.save(.drill(drill))]
        case .redo:
            var drill = self.drill
            guard let edit = history.redo({ drill.apply($0) }) else { message = Message(strings.nothingToRedo); return [] }
            message = Message(strings.redid(strings.describe(edit, in: self.drill)))
            self.drill = drill
            return [.save(.drill(drill))]
        case .switchPane:
            pane = Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count)!
        case .preview, .help, .quit, .plan, .texts:
            break
        }
        return []
    }

    /// The follow view turns the page of a list too long for its pane every few seconds, so that a projector shows
    /// every system and contact in turn: the first row of the page for `count` rows in `height`.
    func page(_ count: Int, _ height: Int) -> Int? {
        guard following, height > 0, count > height else { return nil }
        let pages = (count + height - 1) / height
        return (ticks / Self.secondsAPage) % pages * height
    }

    static let secondsAPage = 6

    /// Today where the drill is held, when it is not the drill's day.
    var otherDay: LocalDate? {
        let today = Timestamp(seconds: now.seconds, utcOffset: drill.utcOffset).local.date
        return today == drill.date ? nil : today
    }

    /// The step the drill is at when its planned time has passed on the drill's day, with how late it is now.
    var overdue: (step: DrillStep, seconds: Int64)? {
        guard let current = currentStep, let planned = drill.steps[current].plannedTime,
              let late = drill.delay(planned, at: now), late > 0 else { return nil }
        return (drill.steps[current], late)
    }

    /// The recorded time the selected row shows.
    var selectedStamp: StampReference? {
        switch pane {
        case .timeline: drill.steps.indices.contains(step) ? .step(drill.steps[step].id) : nil
        case .systems:
            drill.systems.indices.contains(system) ? drill.moves.last { $0.system == drill.systems[system].id }.map { .move($0.id) } : nil
        case .contacts: contacts.indices.contains(contact) ? contacts[contact].reference : nil
        case .log: log.indices.contains(event) ? log[event].reference : nil
        }
    }

    private mutating func move(_ delta: Int) {
        func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(count - 1, value + delta)) }
        switch pane {
        case .timeline: step = clamp(step, drill.steps.count)
        case .systems: system = clamp(system, drill.systems.count)
        case .contacts: contact = clamp(contact, contacts.count)
        case .log: event = clamp(event, log.count)
        }
    }

    private mutating func handle(_ key: Key, in prompt: Prompt, strings: Strings) -> [AppEffect] {
        var editor: LineEditor
        switch prompt {
        case .event(let e), .correction(let e, _): editor = e
        }
        switch editor.handle(key) {
        case .editing:
            switch prompt {
            case .event: self.prompt = .event(editor)
            case .correction(_, let reference): self.prompt = .correction(editor, reference)
            }
            return []
        case .cancelled:
            self.prompt = nil
            return []
        case .committed(let text):
            self.prompt = nil
            do throws(DrillRefusal) {
                switch prompt {
                case .event:
                    let about = pane == .systems && drill.systems.indices.contains(system) ? drill.systems[system].id : nil
                    let aboutStep = pane == .timeline && drill.steps.indices.contains(step) ? drill.steps[step].id : nil
                    return perform(try drill.event(text, system: about, step: aboutStep, now: now), strings: strings)
                case .correction(_, let reference):
                    guard let current = drill.time(of: reference)?.effective,
                          let time = CorrectionInput.parse(text, from: current) else {
                        message = Message(strings.badCorrection(text), isError: true)
                        return []
                    }
                    let edit = try drill.correct(reference, to: time, now: now)
                    let what = strings.describe(edit, in: drill)
                    let effects = perform(edit, strings: strings)
                    message = Message(strings.corrected(what, to: time.timeOfDay))
                    // The log is in time order: the highlight follows the entry to its new place.
                    if pane == .log, let moved = log.firstIndex(where: { $0.reference == reference }) { event = moved }
                    return effects
                }
            } catch {
                message = Message(strings.refusal(error), isError: true)
                return []
            }
        }
    }
}
