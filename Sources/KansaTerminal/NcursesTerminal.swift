import CNcursesw
import Glibc
import KansaUI

/// The terminal, through ncursesw: the only code that calls it. Draws only the cells that changed since the
/// last frame, and gives the terminal back as it found it on every way out. Keys are not ncurses' to read (its
/// keypad is off): `TerminalInput` reads the bytes and decodes every sequence whole, with bracketed paste and
/// SGR mouse reports turned on here.
public final class NcursesTerminal: Terminal {
    /// Mouse reports (press and release, SGR form) and bracketed paste.
    static let modesOn = "\u{1B}[?1000h\u{1B}[?1006h\u{1B}[?2004h"
    static let modesOff = "\u{1B}[?2004l\u{1B}[?1006l\u{1B}[?1000l"

    private let window: UnsafeMutablePointer<WINDOW>
    private let screenHandle: OpaquePointer?
    private let input: TerminalInput
    private let output: Int32
    private var previous: Screen?
    private var cursorVisible = false
    private var attributes: [Role: (attr: attr_t, pair: Int16)] = [:]
    private var open = true
    /// Whether the terminal has a screen of its own for full-screen programs (terminfo `smcup`), which it leaves
    /// at the end. The Linux console has none: what kansa drew would stay under the shell's prompt.
    private let hasAlternateScreen: Bool

    /// Sets up the terminal on standard input and output.
    public convenience init(theme: Theme, colour: Bool = true) {
        Self.chooseLocale()
        TerminalRestore.save()
        let window = initscr()!
        let input = TerminalInput(descriptor: STDIN_FILENO, resizes: ResizeSignal.install())
        self.init(window: window, screen: nil, input: input, output: STDOUT_FILENO, theme: theme, colour: colour)
        TerminalRestore.installHandlers()
    }

    /// Sets up a terminal of type `type` writing to `output` and reading `input`: for the benchmark, which
    /// counts the bytes a key costs.
    public convenience init(type: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, theme: Theme) {
        Self.chooseLocale()
        let screen = newterm(type, output, input)!
        set_term(screen)
        self.init(window: stdscr_window(), screen: screen, input: TerminalInput(descriptor: fileno(input), resizes: nil),
                  output: fileno(output), theme: theme, colour: true)
    }

    private init(window: UnsafeMutablePointer<WINDOW>, screen: OpaquePointer?, input: TerminalInput, output: Int32, theme: Theme, colour: Bool) {
        self.window = window
        screenHandle = screen
        self.input = input
        self.output = output
        hasAlternateScreen = Self.capability("smcup") != nil
        raw()
        noecho()
        nonl()
        // ncurses would stop drawing a frame half-way whenever a byte is waiting; the bytes are not its to read.
        typeahead(-1)
        curs_set(0)
        // Until it has once come back from `endwin`, ncurses 6.4 writes out its buffer after every cursor move (it
        // takes the program for one that moves the cursor by hand): a frame went out in dozens of small writes,
        // a system call each. Leaving and resuming once, before anything is drawn, makes it write a frame at once.
        // Before colours are started: a resume with colours on would reset the terminal's palette (`oc`).
        endwin()
        doupdate()
        setUpColours(theme, colour: colour && has_colors())
        send(Self.modesOn)
    }

    /// Writes to the terminal past ncurses (whose own output is flushed by then: at set-up, after `endwin`).
    private func send(_ text: String) {
        _ = text.withCString { write(output, $0, strlen($0)) }
    }

    deinit {
        restore()
        if let screenHandle { delscreen(screenHandle) }
    }

    /// `setlocale` from the environment, falling back to C.UTF-8 when that is not UTF-8: without it wide
    /// characters print as garbage.
    static func chooseLocale() {
        let name = setlocale(LC_ALL, "").map { String(cString: $0) } ?? ""
        if !name.uppercased().contains("UTF-8") && !name.uppercased().contains("UTF8") {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }

    /// Ends curses mode; safe to call more than once. A terminal with no screen of its own for kansa is cleared,
    /// the prompt at its top, as `clear` leaves it.
    public func restore() {
        guard open else { return }
        open = false
        endwin()
        send(Self.modesOff)
        if !hasAlternateScreen, output == STDOUT_FILENO, let clear = Self.capability("clear") {
            kansa_send_capability(clear)
        }
    }

    /// A string capability of the terminal's description, nil when it has none.
    private static func capability(_ name: String) -> UnsafeMutablePointer<CChar>? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1, value.pointee != 0 else { return nil }
        return value
    }

    private static let colourNumbers: [String: Int16] = [
        "default": -1, "black": Int16(COLOR_BLACK), "red": Int16(COLOR_RED), "green": Int16(COLOR_GREEN),
        "yellow": Int16(COLOR_YELLOW), "blue": Int16(COLOR_BLUE), "magenta": Int16(COLOR_MAGENTA),
        "cyan": Int16(COLOR_CYAN), "white": Int16(COLOR_WHITE),
    ]

    private func colourNumber(_ name: String?) -> Int16 {
        guard let name else { return -1 }
        if let n = Self.colourNumbers[name] { return n }
        guard let n = Int16(name) else { return -1 }
        return Int32(n) < kansa_colors() ? n : n % 8
    }

    private func setUpColours(_ theme: Theme, colour: Bool) {
        if colour {
            start_color()
            use_default_colors()
        }
        for (index, role) in Role.allCases.enumerated() {
            let look = theme.look(role)
            var attr = kansa_attr_normal()
            if look.bold { attr |= kansa_attr_bold() }
            if look.dim { attr |= kansa_attr_dim() }
            // Without colours, a look that stands out by its background (high-contrast's cursor and status line)
            // stands out in reverse video instead.
            if look.reverse || (!colour && look.background != nil) { attr |= kansa_attr_reverse() }
            if look.underline { attr |= kansa_attr_underline() }
            var pair: Int16 = 0
            if colour, look.foreground != nil || look.background != nil {
                pair = Int16(index + 1)
                init_pair(pair, colourNumber(look.foreground), colourNumber(look.background))
            }
            attributes[role] = (attr, pair)
        }
    }

    public var size: (rows: Int, columns: Int) {
        (Int(getmaxy(window)), Int(getmaxx(window)))
    }

    public func present(_ screen: Screen) {
        // The last frame's cells, held here alone so that a scroll moves them in place.
        var old: [Screen.Cell]?
        var graphemesDiffer = false
        if let last = previous, last.rows == screen.rows, last.columns == screen.columns {
            old = last.cells
            graphemesDiffer = last.graphemes != screen.graphemes
        }
        previous = nil
        if old == nil { werase(window) }
        let columns = screen.columns
        if graphemesDiffer, let before = old {
            // A grapheme cell holds its place in its own frame's list: the same number may name another grapheme.
            old = before.map { $0.code & Screen.Cell.graphemeFlag == 0 ? $0 : Self.unlike }
        }
        var changed = old.map { RowScroll.changedRows($0, screen.cells, columns: columns) } ?? []
        if old != nil, let scroll = RowScroll.between(old!, screen.cells, columns: columns, changed: changed) {
            scrollWindow(scroll, &old!, columns: columns)
            for row in scroll.top...scroll.bottom { changed[row] = !scroll.moved.contains(row) }
        }
        var cell = cchar_t()
        // One scalar and its terminating zero: most cells' text.
        var scalar: [wchar_t] = [0, 0]
        var lastStyle: Style?
        var attr = kansa_attr_normal()
        var pair: Int16 = 0
        if let old, screen.width.ambiguousIsWide { clearUnderAmbiguousCharacters(screen, old: old) }
        screen.cells.withUnsafeBufferPointer { now in
            (old ?? []).withUnsafeBufferPointer { before in
                let diffing = !before.isEmpty
                for start in stride(from: 0, to: now.count, by: max(1, columns)) {
                    // Most rows of a frame are as they were (`changed` says which, after any scroll): on to the next.
                    if diffing, !changed[start / columns] { continue }
                    // A cell is drawn when it changed or the one after it did (its wide character may cover that one).
                    var cellChanged = !diffing || now[start] != before[start]
                    for c in 0..<columns {
                        let i = start + c
                        let nextChanged = c + 1 < columns && (!diffing || now[i + 1] != before[i + 1])
                        let drawn = cellChanged || nextChanged
                        cellChanged = nextChanged
                        let new = now[i]
                        if !drawn || new.code == Screen.Cell.covered { continue }
                        if new.style != lastStyle {
                            (attr, pair) = look(new.style)
                            lastStyle = new.style
                        }
                        if new.code & Screen.Cell.graphemeFlag == 0 {
                            scalar[0] = wchar_t(bitPattern: new.code)
                            kansa_setcchar(&cell, scalar, attr, pair)
                        } else {
                            let grapheme = (screen.text(of: new) ?? " ").unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
                            kansa_setcchar(&cell, grapheme, attr, pair)
                        }
                        mvwadd_wch(window, Int32(start / columns), Int32(c), &cell)
                    }
                }
            }
        }
        if let cursor = screen.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
        previous = screen
    }

    /// Scrolls the window's lines of `scroll`'s band as the new frame moved them, and moves the last frame's cells
    /// the same way: they are then drawn only where they differ from the moved lines. The rows the band leaves
    /// hold a cell no frame has, so they are drawn whole.
    private func scrollWindow(_ scroll: RowScroll, _ before: inout [Screen.Cell], columns: Int) {
        wsetscrreg(window, Int32(scroll.top), Int32(scroll.bottom))
        // Only for this call: with scrolling on, drawing the last cell of the last row would scroll the window.
        scrollok(window, true)
        wscrl(window, Int32(scroll.distance))
        scrollok(window, false)
        wsetscrreg(window, 0, getmaxy(window) - 1)
        scroll.apply(to: &before, columns: columns, vacated: Self.unlike)
    }

    /// A cell no frame holds, standing in the last frame for one that must be drawn whatever the new frame has.
    private static let unlike = Screen.Cell(code: .max, style: .normal)

    /// The attributes and colour pair of a style: its role's look, reversed when highlighted.
    private func look(_ style: Style) -> (attr: attr_t, pair: Int16) {
        let look = attributes[style.role] ?? (kansa_attr_normal(), 0)
        return (style.highlighted ? look.attr ^ kansa_attr_reverse() : look.attr, look.pair)
    }

    /// Blanks, and sends, both columns of every changed ambiguous character before it is drawn two columns
    /// wide: a terminal that draws such a character with a one-column glyph (xterm -cjk_width does, for × · and
    /// …) paints only the first column, and would leave the right half of what was there before.
    private func clearUnderAmbiguousCharacters(_ screen: Screen, old: [Screen.Cell]) {
        var cleared = false
        var blank = cchar_t()
        let space: [wchar_t] = [0x20, 0]
        for (i, new) in screen.cells.enumerated() where new != old[i] && new.code & Screen.Cell.graphemeFlag == 0 {
            guard new.code != Screen.Cell.covered, let scalar = Unicode.Scalar(new.code), screen.width.isAmbiguous(scalar),
                  i % screen.columns + 1 < screen.columns
            else { continue }
            let (attr, pair) = look(new.style)
            kansa_setcchar(&blank, space, attr, pair)
            mvwadd_wch(window, Int32(i / screen.columns), Int32(i % screen.columns), &blank)
            mvwadd_wch(window, Int32(i / screen.columns), Int32(i % screen.columns + 1), &blank)
            cleared = true
        }
        if cleared {
            wnoutrefresh(window)
            doupdate()
        }
    }

    public func nextKey(timeout: Int) -> Key? {
        if TerminalRestore.continued != 0 {
            // Back from a stop: the terminal is ours again, and the next frame is drawn whole. The stop gave the
            // terminal back behind ncurses' back; `endwin` tells it so, and its next frame takes the alternate
            // screen and hides the cursor again.
            TerminalRestore.continued = 0
            endwin()
            resume()
            return .resize
        }
        switch input.next(timeout: timeout) {
        case .key(let key)?:
            return key
        case .resized?:
            resizeToTheTerminal()
            return .resize
        case nil:
            return nil
        }
    }

    /// Takes the terminal's size (`TIOCGWINSZ`) into ncurses; the next frame is drawn in full.
    private func resizeToTheTerminal() {
        var size = winsize()
        if ioctl(output, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
        previous = nil
    }

    public func ring() {
        beep()
    }

    public func suspend() {
        def_prog_mode()
        endwin()
        send(Self.modesOff)
    }

    public func resume() {
        send(Self.modesOn)
        reset_prog_mode()
        previous = nil
        clearok(window, true)
    }

    /// Whether SIGINT, SIGTERM or SIGHUP asked to quit, or the terminal hung up.
    public var quitRequested: Bool {
        TerminalRestore.quitRequested != 0 || input.ended
    }
}
