/// What a key asks of the drill board.
public enum DrillAction: Hashable, Sendable {
    case up, down
    /// Stamps the step the drill is at (timeline) or marks the selected contact reached (contacts).
    case stamp
    /// Stamps the highlighted step of the timeline.
    case stampSelected
    /// Marks the highlighted step skipped (not done in this drill), or not.
    case skip
    case power
    case advanceSystem
    /// The selected system stays up through the outage (on its UPS).
    case keepRunning
    /// The drill moved to today (one prepared ahead, opened on the day).
    case moveToToday
    case toggleManual
    case addEvent
    case correct
    case undo, redo
    case switchPane, preview, help, quit
    /// The plan editor: the timetable and the systems.
    case plan
    /// The texts written after the drill: 課題等, results, その他, 総括.
    case texts

    var edits: Bool {
        switch self {
        case .stamp, .stampSelected, .skip, .power, .advanceSystem, .keepRunning, .moveToToday, .toggleManual, .addEvent, .correct, .undo, .redo, .plan, .texts: true
        default: false
        }
    }
}

/// The keys of the drill board, which the help overlay lists as they are.
enum DrillKeys {
    static let bindings: [KeyBinding<DrillAction>] = [
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("previous row", "前の行")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("next row", "次の行")),
        KeyBinding(keys: [.enter], action: .stamp, help: ("stamp the step the drill is at (▶) now / mark the contact reached", "現在の工程（▶）を今の時刻で記録・連絡済みにする")),
        KeyBinding(keys: [.character("S")], action: .skip, help: ("mark the highlighted step skipped (again: not skipped)", "選択した工程を省略にする（もう一度で戻す）")),
        KeyBinding(keys: [.character("s")], action: .stampSelected, help: ("stamp the highlighted step now", "選択した工程を今の時刻で記録")),
        KeyBinding(keys: [.character("p")], action: .power, help: ("next power state, stamped now", "電源状態を次へ（今の時刻）")),
        KeyBinding(keys: [.character(" ")], action: .advanceSystem, help: ("the system's next state, stamped now, manual or automatic as planned", "システムを次の状態へ（今の時刻、計画どおり手動・自動）")),
        KeyBinding(keys: [.character("D")], action: .moveToToday, help: ("move the drill's date to today (before anything is recorded)", "訓練の日付を今日に移す（記録前のみ）")),
        KeyBinding(keys: [.character("U")], action: .keepRunning, help: ("the system stays up through the outage (on its UPS)", "システムが停電中も稼働継続（UPS）")),
        KeyBinding(keys: [.character("m")], action: .toggleManual, help: ("last move manual / automatic, against the plan", "直前の動作の手動・自動を切替")),
        KeyBinding(keys: [.character("a")], action: .addEvent, help: ("add an event to the log", "記録を追加")),
        KeyBinding(keys: [.character("e")], action: .correct, help: ("correct the selected time (9:04, 9:04:30, -2m, +30s); any power change or move from the log", "選択した時刻を訂正（9:04, -2m など）。電源の切替や動作は記録ペインから")),
        KeyBinding(keys: [.character("u")], action: .undo, help: ("undo", "元に戻す")),
        KeyBinding(keys: [.control("r")], action: .redo, help: ("redo", "やり直す")),
        KeyBinding(keys: [.tab], action: .switchPane, help: ("next pane (timeline, systems, contacts, log)", "ペイン切替（工程・システム・連絡・記録）")),
        KeyBinding(keys: [.character("P")], action: .plan, help: ("plan the drill: steps, systems, contacts, tasks", "訓練計画の編集（工程・システム・連絡先・作業）")),
        KeyBinding(keys: [.character("T")], action: .texts, help: ("the texts after the drill: issues, results, その他, 総括", "訓練後の記入（課題等・結果・その他・総括）")),
        KeyBinding(keys: [.character("R")], action: .preview, help: ("report preview (then x to export)", "レポートのプレビュー（x で書き出し）")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, help: ("quit (everything is saved)", "終了（保存済み）")),
    ]

    static let table = KeyBinding.table(bindings)
}
