import KansaCore

/// A place in a JSON text that cannot be read as a kansa document, with what is wrong there.
struct JSONProblem: Error, Sendable {
    /// Byte offset into the text; nil when the place is not known.
    var offset: Int?
    var message: BilingualText
}
