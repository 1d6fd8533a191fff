import Foundation
import Glibc

/// Frees a reader that blocks on a FIFO: after `seconds`, opens the FIFO for writing and closes it, so that a
/// read waiting there returns. A test that checks `fired` afterwards fails instead of hanging forever when kansa
/// opens a FIFO it should have refused.
final class HangGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var firedValue = false

    init(fifo: String, seconds: Double = 5) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !done else { return }
            firedValue = true
            let fd = open(fifo, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }
    }

    /// Whether the guard had to free a blocked reader; ends the watch.
    var fired: Bool {
        lock.lock()
        defer { lock.unlock() }
        done = true
        return firedValue
    }
}
