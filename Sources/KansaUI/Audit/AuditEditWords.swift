import KansaCore

extension Strings {
    /// What an edit of the audit touched, for the status line after an undo or a redo: `I 2(1) 企画課の判定`.
    func describe(_ edit: AuditEdit, in audit: Audit) -> String {
        func item(_ id: ItemID) -> String {
            audit.position(of: id).map { "\(audit.sections[$0.section].numeral) \(audit.sections[$0.section].items[$0.item].number)" } ?? ""
        }
        func division(_ id: DivisionID) -> String { audit.division(id)?.name ?? "" }
        switch edit {
        case .verdict(let i, let d, _): return pick("the verdict of \(item(i)) for \(division(d))", "\(item(i)) \(division(d))の判定")
        case .note(let i, let d, _): return pick("the note of \(item(i)) for \(division(d))", "\(item(i)) \(division(d))のメモ")
        case .flag(let i, let d, _): return pick("the 要確認 mark of \(item(i)) for \(division(d))", "\(item(i)) \(division(d))の要確認")
        case .improvement(let i, _): return pick("the improvement text of \(item(i))", "\(item(i))の改善内容等")
        case .remark(_, let d, _): return pick("the remark for \(division(d))", "\(division(d))の備考")
        case .generalComment: return pick("the general comment", "総評")
        case .hearing(let d, _): return pick("the hearing of \(division(d))", "\(division(d))のヒアリング記録")
        case .setup: return pick("a set-up change", "設定の変更")
        case .conflicts: return pick("a merge conflict", "マージの競合")
        case .batch(let edits): return edits.first.map { describe($0, in: audit) } ?? ""
        }
    }
}
