/// The three-way merge of two copies of a kansa document that share an earlier version (BASE).
public enum DocumentMerge {
    /// The merged document (ours where the sides disagree, every open conflict recorded in it) and the conflicts this
    /// merge found. Refuses a BASE, OURS and THEIRS of different kinds or of different audits or drills, and a BASE
    /// that is not an ancestor of the two.
    public static func merge(base: Document, ours: Document, theirs: Document) throws(MergeRefusal) -> (document: Document, found: [MergeConflict]) {
        switch (base, ours, theirs) {
        case (.audit(let b), .audit(let o), .audit(let t)):
            let (audit, found) = try AuditMerge.merge(base: b, ours: o, theirs: t)
            return (.audit(audit), found)
        case (.drill(let b), .drill(let o), .drill(let t)):
            let (drill, found) = try DrillMerge.merge(base: b, ours: o, theirs: t)
            return (.drill(drill), found)
        default:
            func kind(_ document: Document) -> BilingualText {
                document.kind == .audit ? BilingualText("an audit", "監査") : BilingualText("a drill", "訓練")
            }
            let (b, o, t) = (kind(base), kind(ours), kind(theirs))
            throw MergeRefusal(BilingualText(
                "BASE is \(b.en), OURS \(o.en) and THEIRS \(t.en): only three versions of one document are merged",
                "BASE は\(b.ja)、OURS は\(o.ja)、THEIRS は\(t.ja)です。マージできるのは同じ文書の三つの版だけです"))
        }
    }
}
