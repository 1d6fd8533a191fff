import KansaCore

/// An export that could not be made (a docx whose package could not be put together), and why.
public struct ExportFailure: Error, Hashable, Sendable {
    public var reason: BilingualText

    public init(_ reason: BilingualText) {
        self.reason = reason
    }

    public func description(in language: Language) -> String {
        reason.text(in: language)
    }
}
