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
    /// `--date` takes a date as the set-up screen does: `2024-10-05`, `2024/10/5`, `2024年10月5日`, full-width too.
    public init?(argument: String) {
        self.init(typed: argument)
    }
}
