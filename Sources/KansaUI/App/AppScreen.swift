import KansaCore

/// One screen of the interface (home, hearing, board, preview …): it takes the events that reach it and draws
/// itself. A new screen is a new type of this protocol; the app knows no list of screens.
public protocol AppScreen: Sendable {
    /// Takes an event: a key when the screen is on top; ticks, saves and file changes wherever it is.
    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome
    func draw(into out: inout Screen, context: ScreenContext)
    /// The keys the help overlay lists, from the same tables the keys are looked up in.
    func helpLines(_ strings: Strings) -> [HelpLine]
    /// Whether a line is being typed, so that a paste has somewhere to go.
    var isTyping: Bool { get }
    /// Shows a message on the screen's status line.
    mutating func say(_ message: Message)
    /// Fits the screen to the context after a resize or when it comes (back) on top: the cursor in view, the
    /// text laid out for the width.
    mutating func settle(context: ScreenContext)
    /// The document the screen edits, if any.
    var editedDocument: Document? { get }
    /// Why the last save failed, while the edits are not on disk.
    var saveError: String? { get }
    /// The screen above this one was closed and this one is on top again.
    mutating func returned(from screen: any AppScreen)
}

extension AppScreen {
    public var isTyping: Bool { false }
    public mutating func settle(context: ScreenContext) {}
    public var editedDocument: Document? { nil }
    public var saveError: String? { nil }
    public mutating func returned(from screen: any AppScreen) {}
}

/// One line of the help overlay: the keys and what they do.
public struct HelpLine: Equatable, Sendable {
    public var keys: String
    public var text: String
}
