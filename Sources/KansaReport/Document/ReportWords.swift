import KansaCore

/// The fixed words of the reports in Japanese (the committee papers' own) and English.
struct ReportWords: Sendable {
    let language: Language

    func pick(_ en: String, _ ja: String) -> String {
        language == .ja ? ja : en
    }

    /// 令和5年10月7日（土） in Japanese, 2023-10-07 in English.
    func date(_ date: LocalDate) -> String {
        language == .ja ? JapaneseDate.format(date) : date.description
    }

    /// Names joined as a list: 企画課、財政課.
    func join(_ names: [String]) -> String {
        names.joined(separator: pick(", ", "、"))
    }

    /// `(1)`, `(2)` … for numbered headings and entries.
    func numbered(_ n: Int) -> String { "(\(n))" }

    /// ①②③ … for the seed's sub-lists; `(n)` past ⑳.
    func circled(_ n: Int) -> String {
        guard (1...20).contains(n), let scalar = Unicode.Scalar(0x2460 + n - 1) else { return "(\(n))" }
        return String(scalar)
    }

    // The audit report.
    var reportSuffix: String { pick(" — report", "実施報告書") }
    var listSuffix: String { pick(" — results by division", "結果一覧") }
    var overview: String { pick("1 Overview", "1 監査概要") }
    var purpose: String { pick("(1) Purpose", "(1) 監査目的") }
    var targets: String { pick("(2) Audited divisions and systems", "(2) 監査対象課及び対象システム") }
    var targetDivisions: String { pick("Audited divisions", "監査対象課") }
    var targetSystems: String { pick("Systems", "対象システム") }
    var auditDate: String { pick("(3) Date of the audit", "(3) 監査実施日") }
    var organisation: String { pick("(4) Organisation", "(4) 監査実施体制") }
    var lead: String { pick("Responsible: ", "監査実施責任者：") }
    var department: String { pick("Audit department: ", "監査担当部門：") }
    var criteria: String { pick("(5) Criteria", "(5) 監査の基準となる根拠") }
    var results: String { pick("2 Results", "2 監査結果") }
    var generalComment: String { pick("(General comment)", "（総評）") }
    var tally: String { pick("Verdicts", "判定の集計") }
    var notHeard: String { pick("not heard", "未記入") }
    var byDivision: String { pick("3 Results by division", "3 課等別監査結果") }
    func seeList(_ title: String) -> String {
        pick("See the attached “\(title)”.", "別紙「\(title)」のとおり")
    }
    var item: String { pick("Audit item", "監査項目") }
    var implemented: String { pick("Divisions implementing it", "適正に実施している課等") }
    var needing: String { pick("Divisions needing improvement", "改善が必要な課等") }
    var improvement: String { pick("Improvement", "改善内容等") }
    var none: String { pick("none", "なし") }
    func notHeardYet(_ names: String) -> String { pick("Not heard yet: \(names)", "未監査：\(names)") }
    func sectionAbout(_ heading: String) -> String { pick(heading, "\(heading)に関して") }
    var content: String { pick("Audit item", "監査内容") }
    var findings: String { pick("4 Findings that need improvement", "4 改善を要する事項") }
    var division: String { pick("Division", "課等") }
    var observation: String { pick("Observation", "所見") }
    var noFindings: String { pick("None.", "なし。") }
    func followUps(_ title: String, _ date: String) -> String {
        pick("5 Follow-up of the earlier audit: \(title), \(date)", "5 前回監査の指摘事項のその後：\(title)、\(date)")
    }
    /// The heading of the self-assessments that disagree with the verdicts: numbered after the findings (4) and the
    /// follow-ups (5) when there are any.
    func disagreements(_ number: Int) -> String {
        pick("\(number) Self-assessments that differ from the verdicts", "\(number) 自己評価と監査結果の相違")
    }
    var selfAssessment: String { pick("Self-assessment", "自己評価") }
    var verdict: String { pick("Verdict", "監査結果") }
    var divisionComment: String { pick("Division's comment", "課のコメント") }
    func answer(_ answer: SelfAssessment.Answer) -> String { pick(answer.english, answer.rawValue) }
    var earlier: String { pick("Earlier", "前回") }
    var now: String { pick("Now", "今回") }
    var earlierNote: String { pick("Earlier observation", "前回の所見") }
    var status: String { pick("Status", "状況") }
    func followUpState(_ state: FollowUpState) -> String {
        switch state {
        case .open: pick("still open", "未改善")
        case .notHeardYet: pick("still open (not heard yet)", "未改善（未監査）")
        case .resolved: pick("resolved", "改善済")
        case .notAudited: pick("not audited this time", "今回対象外")
        }
    }
    func auditedOn(_ date: String, _ divisions: String) -> String { pick("\(date): \(divisions)", "\(date)：\(divisions)") }
    var hearings: String { pick("Hearings", "ヒアリングの実施状況") }
    var hearingDate: String { pick("Date", "実施日") }
    var hearingTime: String { pick("Time", "時間") }
    var hearingPlace: String { pick("Place", "場所") }
    var attendees: String { pick("Attendees", "出席者") }
    var interviewers: String { pick("Interviewers", "監査員") }

    // The drill report.
    /// What Japanese adds to a title that English does not: 〜について.
    var about: String { pick("", "について") }
    /// The full-width space a Japanese paragraph starts with (字下げ).
    var paragraphIndent: String { pick("", "　") }
    var drillPurpose: String { pick("1 Purpose", "1 目的") }
    var when: String { pick("2 Date and time", "2 日時") }
    var place: String { pick("3 Place", "3 場所") }
    var participants: String { pick("4 Participants", "4 参加者") }
    var vendors: String { pick("System vendors", "システムベンダ") }
    var divisions: String { pick("Divisions (with servers in the server room)", "関係各課（サーバ室内に各課調達サーバを持つ課）") }
    func people(_ n: Int) -> String { pick("\(n) \(n == 1 ? "person" : "people")", "\(n)名") }
    var tasks: String { pick("5 Tasks", "5 実施作業") }
    var drillResults: String { pick("6 Results", "6 訓練結果") }
    var procured: String { pick("Servers procured by divisions", "各課調達サーバ") }
    var systemName: String { pick("System (server)", "システム名(サーバ)") }
    var shutdown: String { pick("Shutdown", "シャットダウン") }
    var startup: String { pick("Startup", "起動") }
    var owner: String { pick("Division", "担当課") }
    var issue: String { pick("Issues", "課題等") }
    var notRecorded: String { pick("not recorded", "未記録") }
    var skipped: String { pick("skipped", "省略") }
    var keptRunning: String { pick("kept running", "稼働継続") }
    var fromTheRecord: String { pick("From the record", "記録から") }
    var ownerNotAttending: String { pick("owner of a system, not attending", "システム所管課（不参加）") }
    func planned(_ mode: String) -> String { pick("(planned: \(mode))", "（計画：\(mode)）") }
    func mode(_ mode: OperationMode) -> String {
        switch mode {
        case .automatic: pick("automatic", "自動")
        case .manual: pick("manual", "手動")
        case .automaticPartlyManual: pick("automatic (partly manual)", "自動（一部手動）")
        }
    }
    var power: String { pick("Power supply", "電源の推移") }
    var time: String { pick("Time", "時刻") }
    var state: String { pick("State", "状態") }
    func phase(_ phase: PowerPhase) -> String {
        switch phase {
        case .commercial: pick("commercial power", "商用電源")
        case .outage: pick("power outage", "停電")
        case .generator: pick("generator feeding", "非常用発電機給電")
        case .restored: pick("commercial power restored", "商用電源復電")
        }
    }
    func outageToGenerator(_ span: String) -> String {
        pick("From the outage to the generator feeding the room: \(span).", "停電から非常用発電機の給電まで \(span)。")
    }
    func offEmergencyPower(_ names: String) -> String {
        pick("Not on emergency power: \(names).", "非常用電源の供給範囲外：\(names)。")
    }
    var noPowerChange: String { pick("No change of the power supply was recorded.", "電源の切替は記録されていない。") }
    var manualStarts: String { pick("Systems started by hand", "手動で起動したシステム") }
    var noManualStart: String { pick("None.", "なし。") }
    var planAgainstActual: String { pick("Plan and actual times", "計画と実績") }
    var plannedTime: String { pick("Planned", "予定") }
    var actualTime: String { pick("Actual", "実績") }
    var delay: String { pick("Delay", "差") }
    var step: String { pick("Step", "内容") }
    func latest(_ delay: String, _ step: String) -> String {
        pick("Largest delay: \(delay) (\(step)).", "最大の遅れ：\(delay)（\(step)）。")
    }
    var onTime: String { pick("Every step happened within a minute of its plan.", "すべての作業が計画どおり（1分未満の差）に行われた。") }
    var downtime: String { pick("Downtime per system", "システム別停止時間") }
    var down: String { pick("Shutdown began", "停止開始") }
    var up: String { pick("Up again", "起動完了") }
    var outOfService: String { pick("Out of service", "停止時間") }
    var contacts: String { pick("Contact check", "連絡確認") }
    var party: String { pick("Contacted", "連絡先") }
    var kind: String { pick("Kind", "区分") }
    var vendor: String { pick("Vendor", "ベンダ") }
    var ownerDivision: String { pick("Division", "関係課") }
    var reached: String { pick("Reached", "確認時刻") }
    var notReached: String { pick("not reached", "未確認") }
    func reachedCount(_ reached: Int, _ total: Int) -> String {
        pick("\(reached) of \(total) reached.", "\(total)件中\(reached)件確認済。")
    }
    func others(_ number: Int) -> String { pick("\(number) Other observations", "\(number) その他") }
    func conclusions(_ number: Int) -> String { pick("\(number) Conclusions", "\(number) 総括") }
    var schedule: String { pick("Time schedule (actual)", "タイムスケジュール（実績）") }
    var commercial: String { pick("Commercial", "通常") }
    var emergency: String { pick("Emergency", "非常用") }
    var log: String { pick("Log", "記録") }
    var entry: String { pick("Entry", "内容") }
    var corrected: String { pick("* corrected after the fact", "＊ 事後に訂正した時刻") }
    var correctedFrom: String { pick("Recorded first", "訂正前の時刻") }
    var stepKind: String { pick("Step", "作業") }
    var systemKind: String { pick("System", "システム") }
    var contactKind: String { pick("Contact", "連絡") }
    var powerKind: String { pick("Power", "電源") }
    var eventKind: String { pick("Note", "記事") }
    func systemState(_ state: SystemState) -> String {
        switch state {
        case .running: pick("running", "稼働中")
        case .shuttingDown: pick("shutting down", "シャットダウン開始")
        case .down: pick("down", "停止")
        case .starting: pick("starting", "起動開始")
        case .up: pick("up", "起動完了")
        case .verified: pick("verified", "動作確認済")
        case .keptRunning: pick("kept running", "稼働継続")
        }
    }
    func byHand(_ manual: Bool) -> String { manual ? pick("manual", "手動") : pick("automatic", "自動") }

    // The workbook's sheet names (at most 31 characters).
    var resultListSheet: String { pick("Results", "結果一覧") }
    var byDivisionSheet: String { pick("Results by division", "課等別監査結果") }
    var findingsSheet: String { pick("Findings", "改善を要する事項") }
    var drillResultsSheet: String { pick("Drill results", "訓練結果") }

    // The cover.
    var dateLabel: String { pick("Date: ", "日時：") }
    var placeLabel: String { pick("Place: ", "場所：") }
    var agenda: String { pick("Agenda", "議題") }
}
