import Glibc
import KansaUI

/// The terminal's input, read as bytes with `poll` and `read` and decoded by `InputDecoder`: one key per call,
/// the rest queued. What the decoder holds is ended after a wait with no byte: the escape wait for an `ESC` or
/// the start of a sequence, a long one for a sequence, string or paste that has begun.
final class TerminalInput {
    /// What the next call found.
    enum Event: Equatable {
        case key(Key)
        /// The resize pipe woke (SIGWINCH).
        case resized
    }

    /// Milliseconds an `ESC` waits for the rest of its sequence before it is Esc (or Alt with a key).
    static let escapeWait: Int64 = 25
    /// Milliseconds a begun sequence, string or paste waits for its end before it is dropped (a paste is taken
    /// as it is): long, so that a sequence split by a slow connection is not typed as characters.
    static let remainderWait: Int64 = 2000

    private let descriptor: Int32
    private let resizes: Int32?
    private var decoder = InputDecoder()
    private var queued: [Key] = []
    private var nextQueued = 0
    private var lastByte: Int64 = 0
    private var buffer = [UInt8](repeating: 0, count: 4096)
    /// Whether the input has ended (the terminal hung up).
    private(set) var ended = false

    /// Reads `descriptor`; also watches `resizes`, the pipe of `ResizeSignal`, when there is one.
    init(descriptor: Int32, resizes: Int32?) {
        self.descriptor = descriptor
        self.resizes = resizes
    }

    /// The next key or resize, or nil when `timeout` milliseconds pass without one (or the input has ended).
    func next(timeout: Int) -> Event? {
        let deadline = Self.milliseconds() + Int64(max(0, timeout))
        while true {
            if nextQueued < queued.count {
                defer { nextQueued += 1 }
                return .key(queued[nextQueued])
            }
            queued.removeAll(keepingCapacity: true)
            nextQueued = 0
            if ended { return nil }
            let now = Self.milliseconds()
            let flushAt: Int64? = switch decoder.pending {
            case .nothing: nil
            case .sequence: lastByte + Self.escapeWait
            case .remainder: lastByte + Self.remainderWait
            }
            if let flushAt, now >= flushAt {
                queued = decoder.flush()
                continue
            }
            var watched = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            if let resizes { watched.append(pollfd(fd: resizes, events: Int16(POLLIN), revents: 0)) }
            let wait = max(0, min(deadline, flushAt ?? deadline) - now)
            let ready = poll(&watched, nfds_t(watched.count), Int32(wait))
            // A signal (a quit signal among them) ends the wait, so that the run loop sees it at once.
            if ready < 0 { return nil }
            if ready <= 0 {
                let later = Self.milliseconds()
                if later >= deadline && flushAt.map({ later < $0 }) ?? true { return nil }
                continue
            }
            if let resizes, watched[1].revents != 0 {
                ResizeSignal.drain(resizes)
                return .resized
            }
            if watched[0].revents != 0 { readAvailable() }
        }
    }

    private func readAvailable() {
        let count = read(descriptor, &buffer, buffer.count)
        if count > 0 {
            lastByte = Self.milliseconds()
            queued = decoder.feed(buffer[0..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            ended = true
            queued = decoder.flush()
        }
    }

    private static func milliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
