import KansaCore

/// A text measured once to be put in many cells or frames (an item's label, a verdict's symbol): each scalar with
/// its width, as `Screen.put` lays the text out. A text holding anything but printable characters one or two columns
/// wide (a control character, a combining mark) keeps only its text, and is put as any other.
struct MeasuredText: Sendable {
    /// One scalar and the columns it takes, 1 or 2.
    struct Scalar: Sendable {
        var code: UInt32
        var width: Int
    }

    let text: String
    /// The scalars in order; nil when the text holds one that is not one or two columns wide.
    let scalars: [Scalar]?
    /// The columns the whole text takes.
    let width: Int

    /// The one scalar of a text that is a single plain character.
    var single: Scalar? {
        scalars.flatMap { $0.count == 1 ? $0[0] : nil }
    }

    init(_ text: String, width: CharacterWidth) {
        self.text = text
        var scalars: [Scalar] = []
        var plain = true
        var total = 0
        for scalar in text.unicodeScalars {
            let w = width.width(of: scalar)
            total += w
            // A control character is measured as its escape, wider than two columns; a combining mark takes none.
            plain = plain && (w == 1 || w == 2)
            scalars.append(Scalar(code: scalar.value, width: w))
        }
        self.scalars = plain ? scalars : nil
        self.width = total
    }
}
