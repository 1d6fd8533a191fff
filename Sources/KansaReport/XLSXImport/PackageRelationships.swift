/// The relationships of a part (`_rels/….rels`): what each id points at, as a path inside the file.
struct PackageRelationships: PartReader {
    struct Relationship {
        /// The last segment of the relationship's type: `officeDocument`, `worksheet`, `sharedStrings` …
        var kind: String
        /// The target's path inside the file; nil for a target outside it (`TargetMode="External"`).
        var path: String?
    }

    let part: String
    /// The folder the targets are relative to: `xl` for `xl/_rels/workbook.xml.rels`.
    private let base: String
    private(set) var byID: [String: Relationship] = [:]
    private(set) var inOrder: [Relationship] = []

    init(part: String, base: String) {
        self.part = part
        self.base = base
    }

    mutating func start(_ name: String, _ attributes: XMLAttributes) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        let kind = String(attributes["Type"]?.split(separator: "/").last ?? "")
        let external = attributes["TargetMode"] == "External"
        let relationship = Relationship(kind: kind, path: external ? nil : Self.resolve(target, in: base))
        if byID[id] == nil { byID[id] = relationship }
        inOrder.append(relationship)
    }

    /// A target as a path inside the file: `/xl/a.xml` from the root, `worksheets/sheet1.xml` from `base`,
    /// `..` taken up; nil for one that leaves the file.
    static func resolve(_ target: String, in base: String) -> String? {
        var segments = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }

    /// Where the relationships of `part` are kept: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func path(of part: String) -> (rels: String, base: String) {
        let segments = part.split(separator: "/").map(String.init)
        let folder = segments.dropLast().joined(separator: "/")
        let name = segments.last ?? ""
        return ((folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels", folder)
    }
}
