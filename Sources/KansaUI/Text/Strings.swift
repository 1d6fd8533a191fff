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
    func unchanged(_ what: String) -> String { pick("\(what) unchanged", "\(what)は変更なし") }
    var notAuditedThen: String { pick("not audited then", "前回は対象外") }
    func earlierVerdict(_ title: String, _ verdict: String) -> String { pick("Earlier (\(title)): \(verdict)", "前回（\(title)）: \(verdict)") }
    var none: String { pick("—", "—") }
    /// `Hearing: 2023-10-10 10:00〜11:00, 3F会議室 · attendees 保護課長, 担当者 · interviewers 益子補佐`
    func hearing(_ hearing: Hearing) -> String {
        let comma = pick(", ", "、")
        var when = [hearing.date.description, hearing.time].filter { !$0.isEmpty }.joined(separator: " ")
        if !hearing.place.isEmpty { when += comma + hearing.place }
        var parts = [pick("Hearing: ", "ヒアリング: ") + when]
        if !hearing.attendees.isEmpty { parts.append(pick("attendees ", "出席者 ") + hearing.attendees.joined(separator: comma)) }
        if !hearing.interviewers.isEmpty { parts.append(pick("interviewers ", "監査員 ") + hearing.interviewers.joined(separator: comma)) }
        return parts.joined(separator: " · ")
    }

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
    func changed(_ what: String) -> String { pick("Changed: \(what) (u undoes)", "変更しました: \(what)（u で取消）") }
    func corrected(_ what: String, to time: String) -> String {
        pick("Corrected: \(what) to \(time) (u undoes)", "訂正しました: \(what)を \(time) に（u で取消）")
    }
    func undid(_ what: String) -> String { pick("Undone: \(what)", "取り消しました: \(what)") }
    func redid(_ what: String) -> String { pick("Redone: \(what)", "やり直しました: \(what)") }
    var skipped: String { pick("skipped", "省略") }
    func otherDay(_ date: String, _ today: String) -> String {
        pick("This drill is dated \(date), today is \(today): times are recorded for its own day only. D moves it to today.",
             "この訓練の日付は \(date)、今日は \(today) です。記録は訓練の日だけです。D で今日に移します。")
    }
    var lastStepStamped: String { pick("The last step is stamped", "最後の工程まで記録済みです") }
    var allStepsStamped: String { pick("The last step is stamped; s stamps a step out of order, e corrects a time", "最後の工程まで記録済みです。順不同の記録は s、時刻の訂正は e") }
    func overdue(_ step: String, minutes: Int64) -> String { pick("\(step) +\(minutes)m late", "\(step) +\(minutes)分 遅れ") }
    func noMatch(_ text: String) -> String { pick("No item or note contains “\(text)”", "「\(text)」を含む項目・メモはありません") }
    var noSearch: String { pick("No search yet: / searches", "検索語がありません: / で検索") }
    func applied(_ verdict: String, _ count: Int) -> String {
        pick("\(verdict) in \(count) blank cells", "空欄 \(count) 件を \(verdict) にしました")
    }
    var moreBelow: String { pick("more ↓ Tab, j", "続き ↓ Tab, j") }
    var searchWrapped: String { pick("Wrapped round to the top", "先頭に戻りました") }
    var nothingToConfirm: String { pick("No cell is marked to confirm (要確認)", "要確認の印はありません") }
    func toConfirm(_ count: Int) -> String { pick("confirm \(count)", "要確認 \(count)") }
    var markedToConfirm: String { pick("To confirm (要確認)", "要確認") }
    var noConflictHere: String { pick("No merge conflict here: c goes to the next", "この欄に競合はありません: 次の競合へは c") }
    var noConflicts: String { pick("No merge conflicts are open", "未解決の競合はありません") }
    func keptOurs(_ count: Int) -> String { pick("Kept ours: \(count) conflict(s) resolved", "こちらの値を残しました: 競合 \(count) 件を解決") }
    func tookTheirs(_ count: Int, left: Int) -> String {
        left == 0 ? pick("Took theirs: \(count) conflict(s) resolved", "相手の値を採りました: 競合 \(count) 件を解決")
            : pick("Took theirs: \(count) conflict(s) resolved; \(left) cannot be taken here (< keeps ours)",
                   "相手の値を採りました: 競合 \(count) 件を解決。\(left) 件はここでは採れません（< でこちらを残す）")
    }
    func cannotTakeTheirs(_ count: Int) -> String {
        pick("Their side of \(count) conflict(s) cannot be put in place here (something ours removed): < keeps ours",
             "競合 \(count) 件の相手の値はここでは戻せません（こちらで削除したもの）: < でこちらを残します")
    }
    var wholeAuditConflictKeys: String {
        pick("Merge conflicts of the whole audit (< keep ours, > take theirs)", "監査全体のマージの競合（< こちらを残す、> 相手を採る）")
    }
    func openConflicts(_ count: Int) -> String { pick("conflicts \(count)", "競合 \(count)") }
    var conflictKeys: String { pick("Merge conflict (< keep ours, > take theirs)", "マージの競合（< こちらを残す、> 相手を採る）") }
    var noDisagreements: String { pick("No self-assessment differs from its verdict", "判定と異なる自己評価はありません") }
    /// `Self-assessment: done — 毎月点検`, as the division answered on its check sheet.
    func selfAssessment(_ assessment: SelfAssessment) -> String {
        let answer = assessment.answer.map { pick($0.english, $0.rawValue) } ?? pick("(no answer)", "（回答なし）")
        return pick("Self-assessment: ", "自己評価: ") + answer + (assessment.comment.isEmpty ? "" : " — " + assessment.comment)
    }
    var differsFromVerdict: String { pick("? the division's self-assessment differs from the verdict", "? 課の自己評価と判定が異なります") }
    /// A text in both languages, in the interface's.
    func text(_ text: BilingualText) -> String { text.text(in: language) }
    var noBlankCells: String { pick("No blank cells here", "空欄はありません") }
    func saveFailed(_ error: String) -> String { pick("NOT SAVED: \(error)", "保存できません: \(error)") }
    func editorFailed(_ error: String) -> String { pick("The editor failed: \(error)", "エディタを開けません: \(error)") }
    var generalCommentUnchanged: String { pick("General comment (総評) unchanged", "総評は変更なし") }
    /// A verdict's legend, in the seed's words in Japanese.
    func legend(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: pick("compliant", verdict.legend)
        case .improved: pick("improved on the auditor's guidance", verdict.legend)
        case .needsImprovement: pick("needs improvement", verdict.legend)
        case .notApplicable: pick("not applicable", verdict.legend)
        }
    }
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
    func correctionHint(_ time: String) -> String {
        pick("now \(time) · type 9:04, 9:04:30, -2m or +30s · Esc keeps it", "現在 \(time)・9:04、9:04:30、-2m、+30s のように入力・Esc で取消")
    }
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
    /// The generator runs but does not feed the room yet.
    var notFeeding: String { pick("not feeding", "非送電") }
    var reached: String { pick("reached", "連絡済") }
    var notReached: String { pick("not reached", "未連絡") }
    var manual: String { pick("manual", "手動") }
    var automatic: String { pick("auto", "自動") }
    /// A system's state as the board shows it.
    func state(_ state: SystemState) -> String {
        switch state {
        case .running: pick("running", "稼働中")
        case .shuttingDown: pick("stopping", "停止処理中")
        case .down: pick("down", "停止")
        case .starting: pick("starting", "起動中")
        case .up: pick("up", "起動済")
        case .verified: pick("verified", "確認済")
        case .keptRunning: pick("kept running", "稼働継続")
        }
    }
    /// A power change as the log says it.
    func phase(_ phase: PowerPhase) -> String {
        switch phase {
        case .commercial: pick("commercial power", "商用電源")
        case .outage: pick("power outage", "停電")
        case .generator: pick("generator feeding", "非常用発電機給電")
        case .restored: pick("commercial power restored", "復電")
        }
    }
    /// How a system shuts down or starts, short for the board.
    func mode(_ mode: OperationMode) -> String {
        switch mode {
        case .automatic: automatic
        case .manual: manual
        case .automaticPartlyManual: pick("auto (partly manual)", "自動（一部手動）")
        }
    }
    /// Why the drill refused a key, in words for the status line.
    func refusal(_ refusal: DrillRefusal) -> String {
        switch refusal {
        case .noSuchStep: return pick("No such step", "その工程はありません")
        case .stepStampedAlready: return pick("This step is stamped already; e corrects its time", "この工程は記録済みです。時刻の訂正は e")
        case .powerRestoredAlready:
            return pick("Commercial power is back already; there is no next power state", "商用電源は復電済みです。次の電源状態はありません")
        case .noSuchSystem: return pick("No such system", "そのシステムはありません")
        case .systemVerifiedAlready: return pick("This system is verified already; there is no next state", "このシステムは確認済みです。次の状態はありません")
        case .recordedOnItsDay(let date):
            return pick("This drill has records of \(date); it stays on that day", "この訓練には \(date) の記録があるため、日付は変えません")
        case .systemMovedAlready: return pick("This system has moved already; only a system still running is kept running", "このシステムはすでに動作しています。稼働継続は稼働中のシステムだけです")
        case .systemNotMovedYet: return pick("This system has not moved yet; Space records its first move", "このシステムはまだ動いていません。最初の動作は Space で記録します")
        case .emptyEvent: return pick("An event needs some text", "記録する内容を入力してください")
        case .notAContact: return pick("Only a vendor or a division can be reached", "連絡確認できるのは事業者と課だけです")
        case .nothingRecorded: return pick("Nothing is recorded there yet", "まだ何も記録されていません")
        case .inTheFuture(let time, let now):
            return pick("\(time) is later than now (\(now)): a time is recorded once it has happened", "\(time) は現在時刻（\(now)）より後です。起きた後の時刻だけを記録できます")
        case .farFromTheDrillsDate(let date, let drillDate):
            return pick("\(date) is more than two days from the drill's date (\(drillDate)); nothing was recorded",
                        "\(date) は訓練日（\(drillDate)）から2日を超えて離れています。記録しませんでした")
        case .outOfOrder(let time, let neighbour, let before, let sequence):
            let what = switch sequence {
            case .steps: pick("the steps", "工程")
            case .powerChanges: pick("the power changes", "電源の推移")
            case .moves: pick("this system's moves", "このシステムの動作")
            }
            return before
                ? pick("\(time) is before the one before it (\(neighbour)): \(what) would be out of order",
                       "\(time) は前の時刻（\(neighbour)）より前です。\(what)の順序が崩れます")
                : pick("\(time) is after the one after it (\(neighbour)): \(what) would be out of order",
                       "\(time) は次の時刻（\(neighbour)）より後です。\(what)の順序が崩れます")
        }
    }
    var following: String { pick("following", "表示専用") }
    func nextStepIn(_ span: String) -> String { pick("next step in \(span)", "次の工程まで \(span)") }

    // The report preview.
    var previewTitle: String { pick("Report", "レポート") }
    func notFound(_ text: String) -> String { pick("“\(text)” is not in the report", "「\(text)」はレポートにありません") }
    var exportChoice: String {
        pick("Export as: m Markdown · h HTML · t text · c CSV · x Excel · w Word · Esc cancel", "書き出す形式: m Markdown · h HTML · t テキスト · c CSV · x Excel · w Word · Esc 取消")
    }
    var exportCancelled: String { pick("Nothing exported", "書き出しを取り消しました") }
    func exported(_ path: String) -> String { pick("Exported to \(path)", "書き出しました: \(path)") }
    func exportFailed(_ error: String) -> String { pick("Not exported: \(error)", "書き出せません: \(error)") }
    var unsavedTitle: String { pick("Your last edits are NOT on disk.", "最後の変更は保存されていません。") }
    var unsavedChoices: [String] {
        [pick("r  try the save again", "r  もう一度保存する"),
         pick("w  write the document to another file", "w  別のファイルに書き出す"),
         pick("d  throw the edits away (type discard)", "d  変更を捨てる（discard と入力）"),
         pick("Esc  stay here", "Esc  このまま戻る")]
    }
    var changedOnDiskTitle: String { pick("Another program changed this file. kansa stopped editing it.", "別のプログラムがこのファイルを変更しました。編集を止めています。") }
    var changedOnDiskChoices: [String] {
        [pick("L  load the file as it is now (your unsaved edit is dropped)", "L  今のファイルを読み込み直す（保存できなかった変更は捨てます）"),
         pick("w  save this version under a new name and go on editing it", "w  この内容を別の名前で保存して編集を続ける"),
         pick("Esc  look at it read-only (q then asks about the unsaved edit)", "Esc  読み取り専用で見る（q で未保存の変更の扱いを聞きます）")]
    }
    func changedOnDisk(_ reason: String) -> String { pick("changed on disk: \(reason)", "ディスク上で変更されました: \(reason)") }
    var reloadedFromDisk: String { pick("Loaded the file as it is now", "ファイルを読み込み直しました") }
    func savedAs(_ path: String) -> String { pick("Saved as \(path); editing it now", "\(path) として保存しました。このファイルを編集します") }
    var saveAsPrompt: String { pick("Save as: ", "保存先: ") }
    var saveCopyPrompt: String { pick("New file: ", "新しいファイル: ") }
    var discardPrompt: String { pick("Type discard: ", "discard と入力: ") }
    var saving: String { pick("Saving…", "保存しています…") }
    func notTheConfirmation(_ word: String) -> String {
        pick("“\(word)” is not discard; nothing was thrown away", "「\(word)」は discard ではありません。何も捨てていません")
    }
    func savedCopy(_ path: String) -> String { pick("Written to \(path)", "\(path) に書き出しました") }
    // The set-up screen.
    var offerSetup: String { pick("New audit: S sets up its divisions, items and description", "新しい監査です: S で課・項目・概要を設定") }
    var setupTitle: String { pick("Set-up", "設定") }
    func setupPane(_ pane: AuditSetupScreen.Pane) -> String {
        switch pane {
        case .overview: pick("Overview", "概要")
        case .divisions: pick("Divisions", "課")
        case .items: pick("Items", "項目")
        }
    }
    func setupEmpty(_ pane: AuditSetupScreen.Pane) -> String {
        switch pane {
        case .overview: ""
        case .divisions: pick("No divisions yet: a adds one", "課がありません: a で追加")
        case .items: pick("No sections yet: A adds one", "区分がありません: A で追加")
        }
    }
    var setupHint: String { pick("Tab pane · a add · Enter edit · d remove · ? help", "Tab 切替・a 追加・Enter 編集・d 削除・? ヘルプ") }
    func fieldLabel(_ field: AuditSetupScreen.Field) -> String {
        switch field {
        case .title: pick("Title", "表題")
        case .fiscalYear: pick("Fiscal year", "年度")
        case .period: pick("Period", "期")
        case .auditDate: pick("Audit date", "監査実施日")
        case .purpose: pick("Purpose", "監査目的")
        case .targetSystems: pick("Target systems", "対象システム")
        case .lead: pick("Audit lead", "監査実施責任者")
        case .department: pick("Audit department", "監査担当部門")
        case .criteria: pick("Criteria", "監査の基準")
        case .generalComment: pick("General comment", "総評")
        }
    }
    func records(_ count: Int) -> String { pick(count == 1 ? "1 record" : "\(count) records", "\(count)件の記録") }
    var divisionNamePrompt: String { pick("Division (full name): ", "課名: ") }
    var shortNamePrompt: String { pick("Short name (Enter: made from the name): ", "略称（Enter で課名から）: ") }
    func hearingDatePrompt(_ division: String) -> String { pick("Hearing of \(division), date: ", "\(division)のヒアリング 日付: ") }
    func heardOn(_ date: String) -> String { pick("hearing \(date)", "ヒアリング \(date)") }
    var hearingTimePrompt: String { pick("Time (e.g. 10:00〜11:00): ", "時間（例 10:00〜11:00）: ") }
    var hearingPlacePrompt: String { pick("Place: ", "場所: ") }
    var hearingAttendeesPrompt: String { pick("Attendees of the division (、 between names): ", "課の出席者（、で区切る）: ") }
    var hearingInterviewersPrompt: String { pick("Interviewers (、 between names): ", "監査員（、で区切る）: ") }
    var itemNumberPrompt: String { pick("Number (e.g. 2(1)): ", "番号（例 2(1)）: ") }
    var itemTitlePrompt: String { pick("Title: ", "項目名: ") }
    var itemExplanationPrompt: String { pick("Explanation: ", "説明: ") }
    var numeralPrompt: String { pick("Section numeral (e.g. V): ", "区分の番号（例 V）: ") }
    var sectionTitlePrompt: String { pick("Section title: ", "区分名: ") }
    var remarksLabelPrompt: String { pick("Remarks row label: ", "備考欄の見出し: ") }
    var addASectionFirst: String { pick("Add a section first (A)", "先に区分を追加してください（A）") }
    var nothingRemoved: String { pick("Nothing removed", "削除しませんでした") }
    func notAValue(_ text: String) -> String { pick("“\(text)” is not a value for this field; nothing changed", "「\(text)」はこの欄に使えません。変更していません") }
    func removeDivision(_ name: String, records: Int) -> String {
        pick("Remove \(name) with its \(records) verdicts, notes and remarks? y removes, any other key keeps it",
             "\(name)と\(records)件の判定・メモ・備考を削除しますか？ y で削除、他のキーで取消")
    }
    func removeSection(_ heading: String, items: Int, records: Int) -> String {
        pick("Remove \(heading) with its \(items) items and \(records) verdicts and notes? y removes, any other key keeps it",
             "\(heading)と\(items)項目・\(records)件の判定とメモを削除しますか？ y で削除、他のキーで取消")
    }
    func removeItem(_ label: String, records: Int) -> String {
        pick("Remove \(label) with its \(records) verdicts and notes? y removes, any other key keeps it",
             "\(label)と\(records)件の判定とメモを削除しますか？ y で削除、他のキーで取消")
    }
    /// Why a set-up edit was refused.
    func setupRefusal(_ refusal: AuditSetupRefusal) -> String {
        switch refusal {
        case .emptyName: return pick("A division needs a name; nothing changed", "課名が空です。変更していません")
        case .emptyTitle: return pick("A title is needed; nothing changed", "名前が空です。変更していません")
        case .emptyNumber: return pick("An item needs a number; nothing changed", "番号が空です。変更していません")
        case .duplicateDivision(let name): return pick("\(name) is audited already; nothing changed", "\(name)はすでにあります。変更していません")
        case .duplicateShortName(let short):
            return pick("The short name \(short) is taken; nothing changed", "略称「\(short)」はすでに使われています。変更していません")
        case .duplicateNumber(let number, let section):
            return pick("\(section) has an item \(number) already; nothing changed", "\(section)にはすでに \(number) があります。変更していません")
        case .duplicateNumeral(let numeral): return pick("There is a section \(numeral) already; nothing changed", "区分 \(numeral) はすでにあります。変更していません")
        case .lastDivision: return pick("The last division cannot be removed: an audit audits one at least", "最後の課は削除できません（監査対象は1課以上必要です）")
        case .lastSection: return pick("The last section cannot be removed", "最後の区分は削除できません")
        }
    }
    public var widthsNotInForce: String {
        pick("ncurses does not use kansa's character widths: ○ △ × and lines may be misplaced (build with --export-dynamic)",
             "ncurses が kansa の文字幅を使っていません。○ △ × や罫線がずれることがあります（--export-dynamic でビルドしてください）")
    }
    public func followedIsNoDrill(_ path: String) -> String { pick("\(path): no longer a drill", "\(path): 訓練ではなくなりました") }
    var stale: String { pick("STALE", "更新停止") }
    func staleBecause(_ reason: String) -> String { pick("Not following — the last good state is shown. \(reason)", "追従できません（最後に読めた状態を表示中）: \(reason)") }
    public func rescuedIntoTheFile(_ path: String) -> String { pick("kansa: the last edits are saved in \(path)", "kansa: 最後の変更を \(path) に保存しました") }
    public func rescuedTo(_ path: String) -> String {
        pick("kansa: the document could not be saved; the edits are in \(path)", "kansa: 文書を保存できなかったため、変更を \(path) に書き出しました")
    }
    public var notRescued: String { pick("kansa: the last edits could not be written anywhere", "kansa: 最後の変更をどこにも書き出せませんでした") }
    public var noFileToSave: String { pick("no file is open to save into", "保存先のファイルが開かれていません") }
    public var noFileToWriteBeside: String { pick("no file to write beside", "書き出す場所（文書のファイル）がありません") }
    var searchFirst: String { pick("Nothing to find again: search with / first", "続けて探す語がありません。まず / で検索してください") }
    var previewHints: String { pick("/ search · x export · L language · q back · ? help", "/ 検索 · x 書き出し · L 言語 · q 戻る · ? ヘルプ") }
}
