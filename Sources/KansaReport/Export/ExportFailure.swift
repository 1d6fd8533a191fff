import KansaCore

/// An export that could not be made (a workbook libxlsxwriter refused, no room for its temporary file): why.
public struct ExportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: BilingualText

    public init(_ reason: BilingualText) {
        self.reason = reason
    }

    public var description: String { reason.en }

    public func description(in language: Language) -> String {
        reason.text(in: language)
    }
}
