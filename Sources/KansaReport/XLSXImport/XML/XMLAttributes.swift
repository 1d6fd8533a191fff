/// The attributes of an element in the order written, each by the name it is written with (`r:id`).
struct XMLAttributes: Equatable {
    private var pairs: [(name: String, value: String)] = []

    init() {}

    init(_ pairs: KeyValuePairs<String, String>) {
        for (name, value) in pairs { append(name, value) }
    }

    mutating func append(_ name: String, _ value: String) {
        pairs.append((name, value))
    }

    /// The value of the attribute written with this name.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// The value of the attribute of this local name, with or without a namespace prefix (`id` finds `r:id`).
    subscript(local name: String) -> String? {
        pairs.first { $0.name == name || ($0.name.hasSuffix(name) && $0.name.dropLast(name.count).last == ":") }?.value
    }

    static func == (a: XMLAttributes, b: XMLAttributes) -> Bool {
        a.pairs.elementsEqual(b.pairs) { $0.name == $1.name && $0.value == $1.value }
    }
}
