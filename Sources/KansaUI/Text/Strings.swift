import KansaCore

/// Every text of the interface, in English and Japanese side by side, so that neither can lack one.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    func pick(_ en: String, _ ja: String) -> String {
        language == .ja ? ja : en
    }

    // The matrix and its status line.
    var itemColumn: String { pick("Audit item", "監査項目") }
    var saved: String { pick("saved", "保存済") }
    var notSaved: String { pick("NOT SAVED", "未保存") }
    var readOnly: String { pick("read-only", "読み取り専用") }
    func heard(_ heard: Int, _ total: Int) -> String { pick("heard \(heard)/\(total)", "聴取 \(heard)/\(total)") }
    var helpHint: String { pick("? help", "? ヘルプ") }
    func readOnlyBanner(_ reason: String) -> String { pick("Read-only: \(reason)", "読み取り専用: \(reason)") }
    func tooSmall(rows: Int, columns: Int, needRows: Int, needColumns: Int) -> String {
        pick("Terminal too small (\(columns)×\(rows)): kansa needs \(needColumns)×\(needRows).",
             "端末が小さすぎます（\(columns)×\(rows)）。\(needColumns)×\(needRows) 以上にしてください。")
    }

    // The detail pane.
    var note: String { pick("Note", "メモ") }
    var improvement: String { pick("Improvement", "改善内容等") }
    var remark: String { pick("Remark", "備考") }
    var earlier: String { pick("Earlier", "前回") }
    var notHeard: String { pick("not heard", "未聴取") }
    var none: String { pick("—", "—") }

    // Prompts.
    var notePrompt: String { pick("Note: ", "メモ: ") }
    var improvementPrompt: String { pick("Improvement: ", "改善内容等: ") }
    var remarkPrompt: String { pick("Remark: ", "備考: ") }
    var searchPrompt: String { pick("Search: ", "検索: ") }
    func applyPrompt(_ division: String, _ section: String) -> String {
        pick("Blank cells of \(division) in \(section): o ○  t △  x ×  - －  Esc cancels",
             "\(section) の \(division) の空欄に: o ○  t △  x ×  - －  Esc 取消")
    }

    // Messages.
    func refusedReadOnly(_ reason: String) -> String { pick("Read-only, nothing changed: \(reason)", "読み取り専用のため変更できません: \(reason)") }
    var nothingToUndo: String { pick("Nothing to undo", "取り消す操作がありません") }
    var nothingToRedo: String { pick("Nothing to redo", "やり直す操作がありません") }
    var undone: String { pick("Undone", "取り消しました") }
    var redone: String { pick("Redone", "やり直しました") }
    func noMatch(_ text: String) -> String { pick("No item title contains “\(text)”", "「\(text)」を含む項目はありません") }
    var noSearch: String { pick("No search yet: / searches", "検索語がありません: / で検索") }
    func applied(_ verdict: String, _ count: Int) -> String {
        pick("\(verdict) in \(count) blank cells", "空欄 \(count) 件を \(verdict) にしました")
    }
    var noBlankCells: String { pick("No blank cells here", "空欄はありません") }
    func saveFailed(_ error: String) -> String { pick("NOT SAVED: \(error)", "保存できません: \(error)") }
    func editorFailed(_ error: String) -> String { pick("The editor failed: \(error)", "エディタを開けません: \(error)") }
    var generalCommentUnchanged: String { pick("総評 unchanged", "総評は変更なし") }
    var pasteIgnored: String {
        pick("Paste ignored: a paste goes only into a text being typed", "貼り付けは無視しました（文字入力中のみ貼り付けできます）")
    }

    // The help overlay.
    var helpTitle: String { pick("Keys", "キー操作") }
    func ambiguousSetting(_ wide: Bool) -> String {
        wide ? pick("○ △ × two columns wide", "○ △ × は全角幅") : pick("○ △ × one column wide", "○ △ × は半角幅")
    }
    var helpClose: String { pick("Esc or ? closes", "Esc または ? で閉じる") }
    var helpMore: String { pick("Esc or ? closes · j k scroll", "Esc または ? で閉じる · j k でスクロール") }

    // The home screen.
    var homeTitle: String { pick("Workspace", "ワークスペース") }
    var homeColumns: [String] { [pick("Kind", "種別"), pick("File", "ファイル"), pick("Title", "表題"), pick("Date", "日付"), pick("Progress", "進捗")] }
    func kind(_ kind: Document.Kind) -> String {
        switch kind {
        case .audit: pick("audit", "監査")
        case .drill: pick("drill", "訓練")
        }
    }
    var damaged: String { pick("cannot read", "読めません") }
    var noDocuments: String { pick("No documents. `kansa sample DIR` writes the samples.", "文書がありません。`kansa sample DIR` で見本を作れます。") }
    func createdWorkspace(_ path: String) -> String {
        pick("Created \(path) with the sample audit and drill", "\(path) を作成し、見本の監査と訓練を置きました")
    }
    var followingOnly: String { pick("Following another kansa: this board only shows", "他の kansa の記録を表示中: ここでは記録できません") }
    var nothingToCorrect: String { pick("Nothing recorded here to correct", "訂正する記録がありません") }
    func badCorrection(_ text: String) -> String {
        pick("“\(text)” is not a time: 9:04, 9:04:30, -2m or +30s", "「\(text)」は時刻ではありません: 9:04, 9:04:30, -2m, +30s")
    }
    func clockJumped(_ span: String) -> String { pick("The wall clock jumped by \(span)", "時計が \(span) 跳びました") }
    var eventPrompt: String { pick("Event: ", "記録: ") }
    var correctionPrompt: String { pick("Correct to: ", "訂正: ") }
    var timelineTitle: String { pick("Timeline", "タイムライン") }
    var planned: String { pick("Plan", "予定") }
    var actual: String { pick("Actual", "実績") }
    var delay: String { pick("Delay", "遅れ") }
    func projectedEnd(_ time: String) -> String { pick("ends ~\(time)", "終了見込 \(time)") }
    var systemsTitle: String { pick("Systems", "システム") }
    var leadGroup: String { pick("own", "主管課") }
    var procuredGroup: String { pick("procured", "各課調達") }
    func outageToGenerator(_ span: String) -> String { pick("outage to generator feed \(span)", "停電から発電機給電まで \(span)") }
    var contactsTitle: String { pick("Contacts", "連絡確認") }
    var logTitle: String { pick("Log", "記録") }
    var commercial: String { pick("Commercial", "商用") }
    var emergency: String { pick("Emergency", "非常用") }
    var reached: String { pick("reached", "連絡済") }
    var notReached: String { pick("not reached", "未連絡") }
    var manual: String { pick("manual", "手動") }
    var automatic: String { pick("auto", "自動") }
    var following: String { pick("following", "表示専用") }
    func nextStepIn(_ span: String) -> String { pick("next step in \(span)", "次の工程まで \(span)") }

    // The report preview.
    var previewTitle: String { pick("Report", "レポート") }
    func notFound(_ text: String) -> String { pick("“\(text)” is not in the report", "「\(text)」はレポートにありません") }
    var exportChoice: String {
        pick("Export as: m Markdown · h HTML · t text · c CSV · Esc cancel", "書き出す形式: m Markdown · h HTML · t テキスト · c CSV · Esc 取消")
    }
    var exportCancelled: String { pick("Nothing exported", "書き出しを取り消しました") }
    func exported(_ path: String) -> String { pick("Exported to \(path)", "書き出しました: \(path)") }
    func exportFailed(_ error: String) -> String { pick("Not exported: \(error)", "書き出せません: \(error)") }
    public var noFileToWriteBeside: String { pick("no file to write beside", "書き出す場所（文書のファイル）がありません") }
    var searchFirst: String { pick("Nothing to find again: search with / first", "続けて探す語がありません。まず / で検索してください") }
    var previewHints: String { pick("/ search · x export · L language · q back · ? help", "/ 検索 · x 書き出し · L 言語 · q 戻る · ? ヘルプ") }
}
