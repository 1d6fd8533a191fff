/// One member of a parsed object: its key, where the key is written, and its value.
struct JSONMember: Sendable {
    let tape: JSONTape
    /// The key's entry; the value's is the next.
    let keyIndex: Int

    var key: String {
        tape.string(at: keyIndex)
    }

    var keyOffset: Int {
        Int(tape.entries[keyIndex].offset)
    }

    var node: JSONNode {
        JSONNode(tape: tape, index: keyIndex + 1)
    }

    /// Whether the key is `key`, compared without making a string of it.
    func hasKey(_ key: String) -> Bool {
        tape.string(at: keyIndex, is: key)
    }
}
