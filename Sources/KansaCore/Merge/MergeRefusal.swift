/// Why three files cannot be merged: they are not three versions of one document, or one of them cannot be read.
public struct MergeRefusal: Error, Hashable, Sendable {
    public var reason: BilingualText

    public init(_ reason: BilingualText) {
        self.reason = reason
    }
}
