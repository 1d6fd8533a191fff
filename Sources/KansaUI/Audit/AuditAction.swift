import KansaCore

/// What a key asks of the hearing screen.
public enum AuditAction: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown
    case firstItem, lastItem, firstDivision, lastDivision
    case search, searchNext
    /// Marks the cell 要確認 (to confirm later), or clears the mark.
    case toggleFlag
    case nextFlagged, nextBlank, nextSection, previousSection
    /// The next cell whose division's self-assessment (check sheet) disagrees with the verdict.
    case nextDisagreement
    case cycleVerdict
    /// Sets the verdict and moves down the division's column.
    case setVerdict(Verdict)
    case clearVerdict
    case editNote, editImprovement, editRemark, editGeneralComment
    /// One verdict for every blank cell of this division in this section.
    case fillSection
    /// Resolves the merge conflicts of the cursor's cell, keeping ours or taking theirs.
    case keepOurs, takeTheirs
    case nextConflict
    case undo, redo
    case switchPane, preview, setup, help, quit

    /// Whether the action changes the document (and so is refused on a read-only file).
    var edits: Bool {
        switch self {
        case .cycleVerdict, .setVerdict, .clearVerdict, .toggleFlag, .editNote, .editImprovement, .editRemark,
             .editGeneralComment, .fillSection, .keepOurs, .takeTheirs, .undo, .redo:
            true
        default:
            false
        }
    }
}

/// The keys of the hearing screen, which the help overlay lists as they are.
enum AuditKeys {
    static let bindings: [KeyBinding<AuditAction>] = [
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("previous item", "前の項目")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("next item", "次の項目")),
        KeyBinding(keys: [.left, .character("h")], action: .left, help: ("previous division", "前の課")),
        KeyBinding(keys: [.right, .character("l")], action: .right, help: ("next division", "次の課")),
        KeyBinding(keys: [.pageUp], action: .pageUp, help: ("page up", "前のページ")),
        KeyBinding(keys: [.pageDown], action: .pageDown, help: ("page down", "次のページ")),
        KeyBinding(keys: [.character("g")], action: .firstItem, help: ("first item", "最初の項目")),
        KeyBinding(keys: [.character("G")], action: .lastItem, help: ("last item", "最後の項目")),
        KeyBinding(keys: [.home], action: .firstDivision, help: ("first division", "最初の課")),
        KeyBinding(keys: [.end], action: .lastDivision, help: ("last division", "最後の課")),
        KeyBinding(keys: [.character("/")], action: .search, help: ("search item titles and notes", "項目名とメモを検索")),
        KeyBinding(keys: [.character("n")], action: .searchNext, help: ("next match", "次の一致")),
        KeyBinding(keys: [.character("b")], action: .nextBlank, help: ("next blank cell of this division", "この課の次の空欄へ")),
        KeyBinding(keys: [.character("]")], action: .nextSection, help: ("next section", "次の区分へ")),
        KeyBinding(keys: [.character("[")], action: .previousSection, help: ("previous section", "前の区分へ")),
        KeyBinding(keys: [.character("f")], action: .toggleFlag, help: ("mark the cell to confirm later (要確認), or clear", "要確認の印を付ける・外す")),
        KeyBinding(keys: [.character("F")], action: .nextFlagged, help: ("next cell to confirm (要確認)", "次の要確認へ")),
        KeyBinding(keys: [.character(" ")], action: .cycleVerdict, help: ("cycle verdict: blank ○ △ × －", "判定を順に: 空欄 ○ △ × －")),
        KeyBinding(keys: [.character("o"), .character("1")], action: .setVerdict(.compliant), help: ("○ compliant (適正), then next item", "○ 適正にして次へ")),
        KeyBinding(keys: [.character("t"), .character("2")], action: .setVerdict(.improved), help: ("△ improved on guidance (監査指導により改善), next item", "△ 監査指導により改善にして次へ")),
        KeyBinding(keys: [.character("x"), .character("3")], action: .setVerdict(.needsImprovement), help: ("× needs improvement (改善を要する), then next item", "× 改善を要するにして次へ")),
        KeyBinding(keys: [.character("-"), .character("4")], action: .setVerdict(.notApplicable), help: ("－ not applicable (該当なし), then next item", "－ 該当なしにして次へ")),
        KeyBinding(keys: [.backspace, .delete, .character("0")], action: .clearVerdict, help: ("clear the verdict", "判定を消す")),
        KeyBinding(keys: [.enter], action: .editNote, help: ("edit the cell's note", "メモを編集")),
        KeyBinding(keys: [.character("N")], action: .editImprovement, help: ("edit the item's improvement text", "改善内容等を編集")),
        KeyBinding(keys: [.character("r")], action: .editRemark, help: ("edit the section's remark for this division", "この課の備考を編集")),
        KeyBinding(keys: [.character("E")], action: .editGeneralComment, help: ("edit the general comment (総評) in $EDITOR", "総評を $EDITOR で編集")),
        KeyBinding(keys: [.character("a")], action: .fillSection, help: ("one verdict for this division's blank cells in this section", "この区分のこの課の空欄をまとめて判定")),
        KeyBinding(keys: [.character("c")], action: .nextConflict, help: ("next cell in conflict after a merge", "マージで競合した次の欄へ")),
        KeyBinding(keys: [.character("<")], action: .keepOurs, help: ("conflict here: keep ours", "この欄の競合: こちらの値を残す")),
        KeyBinding(keys: [.character(">")], action: .takeTheirs, help: ("conflict here: take theirs", "この欄の競合: 相手の値を採る")),
        KeyBinding(keys: [.character("d")], action: .nextDisagreement, help: ("next cell whose self-assessment differs (?)", "自己評価と判定が異なる次の欄へ（?）")),
        KeyBinding(keys: [.character("u")], action: .undo, help: ("undo", "元に戻す")),
        KeyBinding(keys: [.control("r")], action: .redo, help: ("redo", "やり直す")),
        KeyBinding(keys: [.tab], action: .switchPane, help: ("switch pane (matrix, detail)", "ペイン切替（表・詳細）")),
        KeyBinding(keys: [.character("R")], action: .preview, help: ("report preview (then x to export)", "レポートのプレビュー（x で書き出し）")),
        KeyBinding(keys: [.character("S")], action: .setup, help: ("set up the audit: description, divisions, items", "監査の設定（概要・課・項目）")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, help: ("quit (everything is saved)", "終了（保存済み）")),
    ]

    static let table = KeyBinding.table(bindings)
}
