import KansaCore
import KansaUI
import TestSupport

/// Random keys, pauses and resizes, from a seed, through the real run loop on the in-memory terminal: whatever is
/// pressed, kansa must not crash and must never ask to write a file its own reader refuses.
public struct KeyFuzz {
    /// What a run did.
    public struct Outcome: Sendable {
        public var keys = 0
        public var saves = 0
        /// Times the app quit (and was started again on the same document).
        public var quits = 0
        /// Why each document that would not read back would not.
        public var unreadable: [String] = []
    }

    /// Keys kansa binds somewhere, and keys it does not: letters, digits, signs, Japanese, controls.
    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .insert, .enter, .tab, .backTab, .escape,
                           .backspace, .delete, .function(1), .function(5), .alt(.character("1")), .alt(.enter)]
        keys += "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 -+:/?*.,'\"".map { .character($0) }
        keys += "監査－○△×９：０ｍ".map { .character($0) }
        keys += "aeknrudhk".map { .control($0) }
        return keys
    }()

    static let pastes = ["1234 o t x - a R", "=HYPERLINK(\"http://x\")", "\u{1B}[2J\u{202E}逆\u{200B}", "+30m", "８：４８", "\n\t\r"]

    /// Runs `count` events on a screen, starting again after every quit; `documents` are what the home screen opens.
    public static func run(
        _ start: @escaping () -> any AppScreen, documents: [String: Document] = [:], count: Int, seed: UInt64, at time: Timestamp
    ) -> Outcome {
        var random = SeededGenerator(seed: seed)
        let clock = ManualClock(time, utcOffset: time.utcOffset)
        let work = FuzzWork(documents: documents)
        var outcome = Outcome()
        var left = count
        while left > 0 {
            var script: [MemoryTerminal.Input] = []
            while script.count < min(left, 500) {
                script.append(input(&random))
            }
            left -= script.count
            outcome.keys += script.count
            let terminal = MemoryTerminal(rows: 30, columns: 100, script: script, wait: clock.advance)
            let app = App(screen: start(), rows: 30, columns: 100, strings: Strings(random.next() % 2 == 0 ? .ja : .en), time: clock.now())
            let loop = InterfaceLoop(app: app, terminal: terminal, clock: clock, runner: work)
            loop.run()
            if !terminal.script.isEmpty {
                outcome.quits += 1
                left += terminal.script.count
                outcome.keys -= terminal.script.count
            }
        }
        outcome.saves = work.saves
        outcome.unreadable = work.unreadable
        return outcome
    }

    /// One random input: mostly keys, sometimes a paste, a click, a pause or a new size; rarely the keys that quit.
    static func input(_ random: inout SeededGenerator) -> MemoryTerminal.Input {
        let roll = Int(random.next() % 1000)
        switch roll {
        case 0..<3: return .key(.character("q"))
        case 3: return .key(.control("c"))
        case 4..<20: return .key(.paste(pastes[Int(random.next() % UInt64(pastes.count))]))
        case 20..<40: return .pause(milliseconds: Int(random.next() % 90_000))
        case 40..<45: return .resize(rows: 8 + Int(random.next() % 50), columns: 30 + Int(random.next() % 170))
        case 45..<60:
            let row = Int(random.next() % 30)
            let column = Int(random.next() % 100)
            return .key([Key.click(row: row, column: column), .wheelUp(row: row, column: column), .wheelDown(row: row, column: column)][roll % 3])
        default: return .key(keys[Int(random.next() % UInt64(keys.count))])
        }
    }
}
