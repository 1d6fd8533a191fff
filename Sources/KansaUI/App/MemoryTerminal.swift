/// A terminal in memory: keys come from a queue, frames are kept to look at. For tests and the benchmark.
public final class MemoryTerminal: Terminal {
    public var size: (rows: Int, columns: Int)
    public private(set) var frames: [Screen] = []
    public var keys: [Key]
    public private(set) var suspended = false

    public init(rows: Int, columns: Int, keys: [Key] = []) {
        size = (rows, columns)
        self.keys = keys
    }

    public var lastFrame: Screen? { frames.last }

    public func present(_ screen: Screen) {
        frames.append(screen)
    }

    public func nextKey(timeout: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    public func suspend() {
        suspended = true
    }

    public func resume() {
        suspended = false
    }
}
