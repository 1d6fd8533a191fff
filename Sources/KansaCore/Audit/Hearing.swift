/// The record of one division's hearing: when, where, and who sat at the table.
public struct Hearing: Hashable, Sendable {
    public var date: LocalDate
    /// The time as the papers write it, free text: `10:00〜11:00`.
    public var time: String
    public var place: String
    /// The division's staff who attended.
    public var attendees: [String]
    /// The auditors who heard the division.
    public var interviewers: [String]

    public init(date: LocalDate, time: String = "", place: String = "", attendees: [String] = [], interviewers: [String] = []) {
        self.date = date
        self.time = time
        self.place = place
        self.attendees = attendees
        self.interviewers = interviewers
    }
}
