import KansaCore

/// The kansa file format: a versioned JSON document holding an audit or a drill.
public enum DocumentFormat {
    /// The version this build writes. Files of a higher version are refused, never rewritten.
    public static let schemaVersion = 2

    /// A step that turns a document of version `from` into one of version `from + 1`.
    struct Migration: Sendable {
        var from: Int
        var migrate: @Sendable (JSONTree) throws(JSONProblem) -> JSONTree
    }

    /// The migrations from older versions, oldest first.
    static let migrations: [Migration] = [ListedSystemsMigration.migration]

    /// The document as pretty-printed UTF-8 JSON, keys in a fixed order, ending with a newline.
    public static func encode(_ document: Document) -> [UInt8] {
        var w = JSONWriter(capacity: 64 * 1024)
        w.object { w in
            w.field("schemaVersion", schemaVersion)
            w.field("kind", document.kind.rawValue)
            switch document {
            case .audit(let audit): AuditFormat.write(audit, to: &w)
            case .drill(let drill): DrillFormat.write(drill, to: &w)
            }
        }
        var bytes = w.bytes
        bytes.append(0x0A)
        return bytes
    }

    /// Whether the document reads back from what `encode` writes exactly as it is.
    public static func readsBack(_ document: Document) -> Bool {
        (try? decode(encode(document))) == document
    }

    /// Reads a document of a version up to `supported`, migrating an older one with `migrations`.
    static func decode(
        _ bytes: [UInt8], supported: Int = schemaVersion, migrations: [Migration] = migrations
    ) throws(JSONProblem) -> Document {
        var tape = try JSONParser.parse(bytes)
        var probe = try JSONObject(tape.root, path: "")
        let version = try probe.int("schemaVersion")
        guard version <= supported else {
            throw JSONProblem(
                offset: try probe.node("schemaVersion").offset,
                message: BilingualText(
                    "schema version \(version) is newer than this kansa reads (\(supported)); update kansa to open it",
                    "スキーマ版 \(version) はこの kansa が読める版（\(supported)）より新しいものです。kansa を更新してください"))
        }
        guard version >= 1 else {
            throw JSONProblem(offset: try probe.node("schemaVersion").offset, message: BilingualText(
                "schema version \(version) does not exist", "スキーマ版 \(version) はありません"))
        }
        let pending = migrations.filter { $0.from >= version && $0.from < supported }
        if !pending.isEmpty {
            var tree = tape.root.tree
            for migration in pending { tree = try migration.migrate(tree) }
            tape = JSONTape(tree)
        }
        var o = try JSONObject(tape.root, path: "")
        _ = try o.int("schemaVersion")
        let document: Document
        switch try o.token("kind", as: Document.Kind.self) {
        case .audit: document = .audit(try AuditFormat.read(&o))
        case .drill: document = .drill(try DrillFormat.read(&o))
        }
        try o.finish()
        return document
    }
}
