/// Version 1 → 2: a participant division's `systems` were free text; they are now ids of the drill's systems. A
/// name that is a system's becomes its id; any other (a server the drill does not shut down, or a short name) is
/// kept, as written, in `otherServers`, so the participants list reads as before.
enum ListedSystemsMigration {
    static let migration = DocumentFormat.Migration(from: 1) { root in
        guard case .object(var members) = root.value else { return root }
        for i in members.indices where members[i].key == "schemaVersion" {
            members[i].node.value = .number("2")
        }
        guard members.contains(where: { $0.key == "kind" && $0.node.isString("drill") }) else {
            return JSONTree(value: .object(members), offset: root.offset)
        }
        var idOfName: [String: String] = [:]
        for system in members.first(where: { $0.key == "systems" })?.node.elements ?? [] {
            if let id = system.string("id"), let name = system.string("name"), idOfName[name] == nil { idOfName[name] = id }
        }
        for i in members.indices where members[i].key == "participants" {
            members[i].node = members[i].node.updating("divisions") { divisions in
                guard case .array(let list) = divisions.value else { return divisions }
                let migrated = list.map { division in migrate(division, idOfName: idOfName) }
                return JSONTree(value: .array(migrated), offset: divisions.offset)
            }
        }
        return JSONTree(value: .object(members), offset: root.offset)
    }

    /// The division with its free-text systems split into ids and other servers.
    private static func migrate(_ division: JSONTree, idOfName: [String: String]) -> JSONTree {
        guard case .object(var members) = division.value,
              let index = members.firstIndex(where: { $0.key == "systems" }),
              case .array(let names) = members[index].node.value else { return division }
        var ids: [JSONTree] = []
        var others: [JSONTree] = []
        for node in names {
            guard case .string(let name) = node.value else { ids.append(node); continue }
            if let id = idOfName[name] {
                ids.append(JSONTree(value: .string(id), offset: node.offset))
            } else {
                others.append(node)
            }
        }
        members[index].node.value = .array(ids)
        if !others.isEmpty {
            members.insert((key: "otherServers", keyOffset: members[index].keyOffset, node: JSONTree(value: .array(others), offset: members[index].node.offset)), at: index + 1)
        }
        return JSONTree(value: .object(members), offset: division.offset)
    }
}
