import Foundation
@testable import kansa
import Testing

/// The wall clock's offset from UTC, taken from the C library, is the one Foundation gives for the same moment.
struct SystemClockTests {
    @Test func theOffsetIsTheMachinesTimeZones() {
        let now = SystemClock().now()
        let date = Date(timeIntervalSince1970: TimeInterval(now.wall.seconds))
        #expect(now.wall.utcOffset == TimeZone.current.secondsFromGMT(for: date))
    }
}
