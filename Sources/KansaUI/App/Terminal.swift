/// What the run loop needs of a terminal. The ncurses backend is the real one; tests use `MemoryTerminal`.
public protocol Terminal: AnyObject {
    /// Rows and columns now.
    var size: (rows: Int, columns: Int) { get }
    /// Shows a frame, sending only what changed since the last one.
    func present(_ screen: Screen)
    /// The next key, or nil when `timeout` milliseconds pass without one.
    func nextKey(timeout: Int) -> Key?
    /// Whether the run loop should end: a quit signal arrived, or the terminal is gone.
    var quitRequested: Bool { get }
    /// Gives the terminal back (for `$EDITOR`), and takes it again after; the next frame is drawn in full.
    func suspend()
    func resume()
    /// Rings the terminal's bell (or flashes it, where the terminal has no bell).
    func ring()
}
