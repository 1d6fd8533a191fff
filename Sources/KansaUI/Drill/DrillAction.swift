/// What a key asks of the drill board.
public enum DrillAction: Hashable, Sendable {
    case up, down
    /// Stamps the step the drill is at (timeline) or marks the selected contact reached (contacts).
    case stamp
    /// Stamps the highlighted step of the timeline.
    case stampSelected
    case power
    case advanceSystem
    case toggleManual
    case addEvent
    case correct
    case undo, redo
    case switchPane, preview, help, quit
    /// The plan editor: the timetable and the systems.
    case plan

    var edits: Bool {
        switch self {
        case .stamp, .stampSelected, .power, .advanceSystem, .toggleManual, .addEvent, .correct, .undo, .redo, .plan: true
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
        KeyBinding(keys: [.character("s")], action: .stampSelected, help: ("stamp the highlighted step now", "選択した工程を今の時刻で記録")),
        KeyBinding(keys: [.character("p")], action: .power, help: ("next power state, stamped now", "電源状態を次へ（今の時刻）")),
        KeyBinding(keys: [.character(" ")], action: .advanceSystem, help: ("the system's next state, stamped now, manual or automatic as planned", "システムを次の状態へ（今の時刻、計画どおり手動・自動）")),
        KeyBinding(keys: [.character("m")], action: .toggleManual, help: ("last move manual / automatic, against the plan", "直前の動作の手動・自動を切替")),
        KeyBinding(keys: [.character("a")], action: .addEvent, help: ("add an event to the log", "記録を追加")),
        KeyBinding(keys: [.character("e")], action: .correct, help: ("correct the selected time (9:04, 9:04:30, -2m, +30s)", "選択した時刻を訂正（9:04, -2m など）")),
        KeyBinding(keys: [.character("u")], action: .undo, help: ("undo", "元に戻す")),
        KeyBinding(keys: [.control("r")], action: .redo, help: ("redo", "やり直す")),
        KeyBinding(keys: [.tab], action: .switchPane, help: ("next pane (timeline, systems, contacts, log)", "ペイン切替（工程・システム・連絡・記録）")),
        KeyBinding(keys: [.character("P")], action: .plan, help: ("plan the drill: steps and systems", "訓練計画の編集（工程・システム）")),
        KeyBinding(keys: [.character("R")], action: .preview, help: ("report preview (then x to export)", "レポートのプレビュー（x で書き出し）")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, help: ("quit (everything is saved)", "終了（保存済み）")),
    ]

    static let table = KeyBinding.table(bindings)
}
