/// The run loop: events in (keys, ticks, resizes, file changes, what came of the work), each stamped by the
/// clock as it arrives; effects done in order, every save before the next key is read; frames out.
public final class InterfaceLoop {
    public private(set) var app: App
    let terminal: any Terminal
    let clock: any SessionClock
    let runner: any EffectRunner

    public init(app: App, terminal: any Terminal, clock: any SessionClock, runner: any EffectRunner) {
        self.app = app
        self.terminal = terminal
        self.clock = clock
        self.runner = runner
    }

    /// Runs until the user quits, a quit signal arrives or the terminal goes away; edits that a failed save left
    /// off the disk are rescued on the way out.
    public func run() {
        guard dispatch(.tick) else { return }
        terminal.present(app.draw())
        defer {
            if terminal.quitRequested, app.screen.saveError != nil, let document = app.screen.editedDocument {
                _ = runner.run(.rescue(document), on: terminal)
            }
        }
        while !terminal.quitRequested {
            // A follow view looks at its file four times a second; otherwise the loop wakes once a second for the clock.
            let toNextSecond = clock.millisecondsToNextSecond()
            let timeout = runner.watches ? min(250, toNextSecond) : toNextSecond
            if let key = terminal.nextKey(timeout: timeout) {
                let size = terminal.size
                guard dispatch(key == .resize ? .resize(rows: size.rows, columns: size.columns) : .key(key)) else { return }
            } else {
                for change in runner.look() {
                    guard dispatch(change) else { return }
                }
                guard dispatch(.tick) else { return }
            }
            terminal.present(app.draw())
        }
    }

    /// Hands one event to the app, stamped now, and does the work it asks for, with what comes of that work;
    /// false when the app asked to quit.
    private func dispatch(_ kind: Event.Kind) -> Bool {
        for effect in app.update(Event(kind, at: clock.now())) {
            if effect == .quit { return false }
            for outcome in runner.run(effect, on: terminal) {
                guard dispatch(outcome) else { return false }
            }
        }
        return true
    }
}
