/// One key press (or mouse action, or resize) as the screens see it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Control with a letter: `.control("r")` is Ctrl-R.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end, insert
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    /// A key pressed with Alt (Meta): the terminal sends `ESC` before it. No screen binds one, so it is never
    /// taken for the key alone.
    indirect case alt(Key)
    /// Text the terminal pasted (bracketed paste): goes into a text being typed, never acts as keys.
    case paste(String)
    /// A click at a screen position.
    case click(row: Int, column: Int)
    case wheelUp(row: Int, column: Int)
    case wheelDown(row: Int, column: Int)
    /// The terminal changed size.
    case resize

    /// A key's name as the help overlay shows it.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .insert: "Insert"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        case .alt(let key): "Alt-" + key.name
        case .paste: "paste"
        case .click: "click"
        case .wheelUp, .wheelDown: "wheel"
        case .resize: "resize"
        }
    }
}
