/// A key binding: the keys, the action, and what the help overlay says of it.
struct KeyBinding<Action: Sendable>: Sendable {
    var keys: [Key]
    var action: Action
    /// What it does, in English and Japanese.
    var help: (en: String, ja: String)

    /// The action of each key of a list of bindings.
    static func table(_ bindings: [KeyBinding]) -> [Key: Action] {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.action }
        }
        return table
    }
}
