extension JSONTape {
    /// The tape of a tree a migration rewrote; each value keeps the offset it had in the text it was parsed from.
    convenience init(_ tree: JSONTree) {
        var entries: [Entry] = []
        var decoded: [UInt8] = []
        Self.append(tree, to: &entries, &decoded)
        self.init(text: [], decoded: decoded, entries: entries)
    }

    private static func append(_ tree: JSONTree, to entries: inout [Entry], _ decoded: inout [UInt8]) {
        func add(_ kind: Kind, count: Int = 0, text: String? = nil, at offset: Int) {
            var start = 0
            if let text {
                start = decoded.count
                decoded.append(contentsOf: text.utf8)
            }
            entries.append(Entry(
                kind: kind, decoded: true, offset: UInt32(clamping: offset), start: UInt32(start),
                count: UInt32(text.map { $0.utf8.count } ?? count), end: UInt32(entries.count + 1)))
        }
        let container = entries.count
        switch tree.value {
        case .null: add(.null, at: tree.offset)
        case .bool(let value): add(value ? .true : .false, at: tree.offset)
        case .number(let text): add(.number, text: text, at: tree.offset)
        case .string(let text): add(.string, text: text, at: tree.offset)
        case .array(let elements):
            add(.array, count: elements.count, at: tree.offset)
            for element in elements { append(element, to: &entries, &decoded) }
        case .object(let members):
            add(.object, count: members.count, at: tree.offset)
            for member in members {
                add(.string, text: member.key, at: member.keyOffset)
                append(member.node, to: &entries, &decoded)
            }
        }
        entries[container].end = UInt32(entries.count)
    }
}
