import KansaCore

/// The words of a division's check sheet, in Japanese (the default: the divisions fill it in) or English. The
/// answers themselves are always the four Japanese choices, which the import reads whatever the language.
struct CheckSheetWords {
    let language: Language

    func pick(_ en: String, _ ja: String) -> String {
        language == .ja ? ja : en
    }

    var sheet: String { pick("Check sheet", "チェックシート") }
    func title(_ auditTitle: String) -> String { pick("\(auditTitle) — check sheet", "\(auditTitle) チェックシート") }
    func division(_ name: String) -> String { pick("Division: \(name)", "対象課：\(name)") }

    /// `年度：令和5年度（上半期）　監査実施日：令和5年9月29日（金）`
    func audit(_ audit: Audit) -> String {
        let year = audit.period.isEmpty ? JapaneseDate.fiscalYear(audit.fiscalYear)
            : AuditPeriod(fiscalYear: audit.fiscalYear, half: audit.period).name
        return pick(
            "Fiscal year \(audit.fiscalYear)\(audit.period.isEmpty ? "" : " (\(audit.period))"), audit date \(audit.auditDate)",
            "年度：\(year)　監査実施日：\(JapaneseDate.format(audit.auditDate))")
    }

    var instructions: String {
        pick(
            "For each item, choose your answer in the column Answer from its drop-down (\(SelfAssessment.Answer.choices)) "
                + "and write a comment where needed. Only the answers and comments can be changed; please keep the "
                + "rows and the sheets as they are, and send the file back as it is.",
            "各項目について、「回答」欄のドロップダウンから回答（\(SelfAssessment.Answer.choices)）を選び、必要に応じて"
                + "「コメント」欄に記入してください。回答欄とコメント欄のほかは変更できません。行やシートはそのままにして、"
                + "このファイルのまま返送してください。")
    }

    var number: String { pick("No.", "番号") }
    var item: String { pick("Audit item", "監査項目") }
    var answer: String { pick("Answer", "回答") }
    var comment: String { pick("Comment", "コメント") }
    var promptTitle: String { pick("Answer", "回答") }
    var prompt: String { pick("Choose one from the list.", "一覧から選んでください。") }
    var refusalTitle: String { pick("Not one of the answers", "回答の選択肢にありません") }
    var refusal: String { pick("Choose one of: \(SelfAssessment.Answer.choices)", "次から選んでください：\(SelfAssessment.Answer.choices)") }

    /// `チェックシート_企画課.xlsx`: a division's file when every division's is written into one folder; a `/` or a
    /// control character in the name becomes `_`, and a leading `.` too, so that the name is one visible file.
    func fileName(_ division: Division) -> String {
        var name = String(division.name.map { $0 == "/" || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "_" : $0 })
        if name.hasPrefix(".") || name.isEmpty { name = "_" + name }
        return pick("checksheet_", "チェックシート_") + name + ".xlsx"
    }
}
