/// What a screen asks for after an event: work for the run loop, and where the interface goes next.
public struct ScreenOutcome: Sendable {
    public enum Next: Sendable {
        case stay
        /// Close this screen: back to the one below, or quit when there is none.
        case back
        case help
        /// Put another screen on top (a report preview); closing it comes back here.
        case show(any AppScreen)
    }

    public var effects: [AppEffect]
    public var next: Next

    public init(_ effects: [AppEffect] = [], next: Next = .stay) {
        self.effects = effects
        self.next = next
    }
}
