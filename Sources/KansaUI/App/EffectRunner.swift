/// Does the work the screens ask for that touches files and processes, and says what came of it as events.
public protocol EffectRunner: AnyObject {
    /// Does one effect (never `.quit`, which the run loop keeps); what came of it.
    func run(_ effect: AppEffect, on terminal: any Terminal) -> [Event.Kind]
    /// Looks at what may have changed outside since the last look (a followed file); what did.
    func look() -> [Event.Kind]
    /// Whether `look` has something to watch, and so is called four times a second.
    var watches: Bool { get }
}
