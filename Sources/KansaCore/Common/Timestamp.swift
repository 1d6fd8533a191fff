/// An instant to the second, with the UTC offset of the place it was recorded in.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64
    /// Offset of local time from UTC, in seconds (`+09:00` is 32400).
    public var utcOffset: Int

    public init(seconds: Int64, utcOffset: Int) {
        self.seconds = seconds
        self.utcOffset = utcOffset
    }

    /// The instant at `time` on `date` in a zone `utcOffset` seconds from UTC.
    public init(date: LocalDate, hour: Int, minute: Int, second: Int = 0, utcOffset: Int) {
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(seconds: local - Int64(utcOffset), utcOffset: utcOffset)
    }

    public init(date: LocalDate, time: ClockTime, utcOffset: Int) {
        self.init(date: date, hour: time.hour, minute: time.minute, utcOffset: utcOffset)
    }

    /// Parses RFC 3339 as kansa writes it: `2023-10-07T09:04:00+09:00` (or `Z`).
    public init?(iso text: String) {
        let chars = Array(text.utf8)
        guard chars.count >= 20, chars[10] == UInt8(ascii: "T"),
              let date = LocalDate(iso: String(decoding: chars[0..<10], as: UTF8.self)),
              let h = Self.number(chars, 11, 2), chars[13] == UInt8(ascii: ":"),
              let m = Self.number(chars, 14, 2), chars[16] == UInt8(ascii: ":"),
              let s = Self.number(chars, 17, 2), h < 24, m < 60, s < 60
        else { return nil }
        let offset: Int
        if chars.count == 20, chars[19] == UInt8(ascii: "Z") {
            offset = 0
        } else if chars.count == 25, chars[19] == UInt8(ascii: "+") || chars[19] == UInt8(ascii: "-"),
                  let oh = Self.number(chars, 20, 2), chars[22] == UInt8(ascii: ":"),
                  let om = Self.number(chars, 23, 2), oh < 24, om < 60 {
            offset = (chars[19] == UInt8(ascii: "-") ? -1 : 1) * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        self.init(date: date, hour: h, minute: m, second: s, utcOffset: offset)
    }

    private static func number(_ chars: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for c in chars[start..<(start + count)] {
            guard c >= 48, c <= 57 else { return nil }
            value = value * 10 + Int(c - 48)
        }
        return value
    }

    /// The local date and time of day, in this timestamp's own offset.
    public var local: (date: LocalDate, hour: Int, minute: Int, second: Int) {
        let local = seconds + Int64(utcOffset)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let rest = Int(local - days * 86_400)
        return (LocalDate(daysSinceEpoch: Int(days)), rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// `09:04:00` in local time.
    public var timeOfDay: String {
        let l = local
        return pad2(l.hour) + ":" + pad2(l.minute) + ":" + pad2(l.second)
    }

    /// `9:04`, the seed's way of writing a time.
    public var clockTime: ClockTime {
        let l = local
        return ClockTime(hour: l.hour, minute: l.minute)
    }

    public var description: String {
        let zone: String
        if utcOffset == 0 {
            zone = "Z"
        } else {
            let off = abs(utcOffset)
            zone = (utcOffset < 0 ? "-" : "+") + pad2(off / 3600) + ":" + pad2(off % 3600 / 60)
        }
        return local.date.description + "T" + timeOfDay + zone
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.seconds < rhs.seconds
    }

    public func adding(seconds delta: Int64) -> Timestamp {
        Timestamp(seconds: seconds + delta, utcOffset: utcOffset)
    }
}
