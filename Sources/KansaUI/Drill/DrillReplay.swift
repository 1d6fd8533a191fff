import KansaCore

/// A recorded drill played again on its board, a banner on its status line (`kansa board DRILL.json --replay`), from its first stamp at a speed
/// that can change while it plays; for training new staff and for the committee. It never writes the file.
public struct DrillReplay: AppScreen {
    public let recorded: Drill
    /// Every moment something was recorded, in order: where `→` jumps and where the replay ends.
    let moments: [Timestamp]
    /// The moment of the drill the board shows.
    public private(set) var moment: Timestamp
    /// How many seconds of the drill a second plays.
    public private(set) var speed: Int
    public private(set) var paused = false
    public private(set) var board: DrillBoard
    /// The monotonic second of the last tick, to play the seconds that passed since.
    private var lastTick: Int64?
    static let speeds = 1...3600

    public init(drill: Drill, fileName: String, speed: Int = 1, readOnlyReason: String) {
        recorded = drill
        moments = drill.recordedMoments
        self.speed = min(max(speed, Self.speeds.lowerBound), Self.speeds.upperBound)
        let start = moments.first ?? drill.instant(drill.steps.lazy.compactMap(\.plannedTime).first ?? ClockTime(hour: 0, minute: 0))
        moment = start
        board = DrillBoard(drill: drill.asOf(start), fileName: fileName, readOnlyReason: readOnlyReason, following: true, now: start)
    }

    /// The last moment anything was recorded: the replay stops there.
    var end: Timestamp? { moments.last }

    public mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch event.kind {
        case .tick:
            let passed = lastTick.map { max(0, event.time.monotonic - $0) } ?? 0
            lastTick = event.time.monotonic
            if !paused { play(to: moment.adding(seconds: passed * Int64(speed)), context: context) }
        case .key(let key):
            guard let action = ReplayKeys.table[key] else { return ScreenOutcome() }
            switch action {
            case .pause: paused.toggle()
            case .faster: speed = min(Self.speeds.upperBound, speed * 2)
            case .slower: speed = max(Self.speeds.lowerBound, speed / 2)
            case .next:
                if let next = moments.first(where: { $0.seconds > moment.seconds }) { play(to: next, context: context) }
            case .scroll(let key): _ = board.update(Event(.key(key), at: instant), context: context)
            case .help: return ScreenOutcome(next: .help)
            case .quit: return ScreenOutcome(next: .back)
            }
        default:
            break
        }
        return ScreenOutcome()
    }

    /// Shows the drill as it stood at a moment, never past its last record.
    private mutating func play(to target: Timestamp, context: ScreenContext) {
        moment = end.map { target.seconds > $0.seconds ? $0 : target } ?? target
        _ = board.update(Event(.followed(recorded.asOf(moment)), at: instant), context: context)
        _ = board.update(Event(.tick, at: instant), context: context)
    }

    /// The replayed moment on both clocks, so the board sees no jump of the wall clock.
    private var instant: Instant { Instant(wall: moment, monotonic: moment.seconds) }

    public func draw(into out: inout Screen, context: ScreenContext) {
        board.draw(into: &out, context: context)
        guard out.rows > 1 else { return }
        let strings = context.strings
        let finished = end.map { moment.seconds >= $0.seconds } ?? true
        let state = paused ? strings.replayPaused : finished ? strings.replayFinished : ""
        let banner = " " + strings.replayBanner(speed: speed, at: moment.timeOfDay) + (state.isEmpty ? "" : "  " + state) + "  " + strings.replayHint
        out.putPadded(banner, row: out.rows - 1, column: 0, width: out.columns, style: Style(.readOnly))
    }

    public func helpLines(_ strings: Strings) -> [HelpLine] {
        KeyBinding.helpLines(ReplayKeys.bindings, strings)
    }

    public mutating func say(_ message: Message) {
        board.say(message)
    }
}
