import ArgumentParser
import FoundationEssentials
import KansaCore

extension LocalDate {
    /// Today in the local time zone.
    static var today: LocalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Today where a drill is held: in its offset from UTC, whatever the machine's time zone.
    static func today(utcOffset: Int) -> LocalDate {
        Timestamp(seconds: Int64(Date().timeIntervalSince1970.rounded(.down)), utcOffset: utcOffset).local.date
    }
}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}
