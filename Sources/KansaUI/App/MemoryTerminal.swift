/// A terminal in memory: input comes from a script, frames are kept to look at. For tests and the benchmark.
public final class MemoryTerminal: Terminal {
    /// One step of the script: a key, a pause of some milliseconds (the clock moves on, no key comes), or a
    /// new size.
    public enum Input: Equatable, Sendable {
        case key(Key)
        case pause(milliseconds: Int)
        case resize(rows: Int, columns: Int)
    }

    public var size: (rows: Int, columns: Int)
    public private(set) var frames: [Screen] = []
    public var script: [Input]
    public private(set) var suspended = false
    /// How many times the bell rang.
    public private(set) var rings = 0
    /// Moves the test's clock on by the milliseconds that pass while the run loop waits for a key.
    let wait: (Int) -> Void

    public init(rows: Int, columns: Int, script: [Input] = [], wait: @escaping (Int) -> Void = { _ in }) {
        size = (rows, columns)
        self.script = script
        self.wait = wait
    }

    public convenience init(rows: Int, columns: Int, keys: [Key]) {
        self.init(rows: rows, columns: columns, script: keys.map { .key($0) })
    }

    public var lastFrame: Screen? { frames.last }

    /// The script is played out.
    public var quitRequested: Bool { script.isEmpty }

    public func present(_ screen: Screen) {
        frames.append(screen)
    }

    public func nextKey(timeout: Int) -> Key? {
        guard !script.isEmpty else { return nil }
        switch script.removeFirst() {
        case .key(let key):
            return key
        case .pause(let milliseconds):
            wait(min(milliseconds, timeout))
            if milliseconds > timeout { script.insert(.pause(milliseconds: milliseconds - timeout), at: 0) }
            return nil
        case .resize(let rows, let columns):
            size = (rows, columns)
            return .resize
        }
    }

    public func ring() {
        rings += 1
    }

    public func suspend() {
        suspended = true
    }

    public func resume() {
        suspended = false
    }
}
