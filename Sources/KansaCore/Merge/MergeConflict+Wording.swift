extension MergeConflict {
    /// The conflict as one line: where it is (or only which field, for a screen that shows the place already), what
    /// ours holds and what theirs holds, in both languages.
    public func wording(in document: Document, namingPlace: Bool = true) -> BilingualText {
        let words = Self.fieldWords[field] ?? (field, field)
        let place = namingPlace ? self.place(in: document) : BilingualText(words.en, words.ja)
        let none = BilingualText("(none)", "（なし）")
        func side(_ value: String?, _ language: Language) -> String {
            guard let value, !value.isEmpty else { return none.text(in: language) }
            return value.replacing("\n", with: " / ")
        }
        return BilingualText(
            "\(place.en): ours \(side(ours, .en)), theirs \(side(theirs, .en))",
            "\(place.ja): こちら \(side(ours, .ja))、相手 \(side(theirs, .ja))")
    }

    /// Where the conflict is: the item, division, section or drill entry, then the field, in both languages.
    public func place(in document: Document) -> BilingualText {
        var en: [String] = []
        var ja: [String] = []
        if case .audit(let audit) = document {
            if let section, let found = audit.sections.first(where: { $0.id == section }) {
                en.append(found.heading)
                ja.append(found.heading)
            } else if let section {
                en.append("section \(section)")
                ja.append("区分 \(section)")
            }
            if let item {
                let wording = audit.allItems.first { $0.item.id == item }.map { "\($0.section.numeral) \($0.item.wording)" }
                en.append(wording ?? "item \(item)")
                ja.append(wording ?? "項目 \(item)")
            }
            if let division {
                let name = audit.division(division)?.name
                en.append(name ?? "division \(division)")
                ja.append(name ?? "課 \(division)")
            }
        }
        if let record {
            en.append(record)
            ja.append(record)
        }
        let words = Self.fieldWords[field] ?? (field, field)
        en.append(words.en)
        ja.append(words.ja)
        return BilingualText(en.joined(separator: ", "), ja.joined(separator: "、"))
    }

    /// The fields a reader meets most, in words; any other is named by its file key.
    static let fieldWords: [String: (en: String, ja: String)] = [
        "verdict": ("verdict", "判定"), "note": ("note", "メモ"), "toConfirm": ("to confirm (要確認)", "要確認"),
        "improvement": ("improvement text", "改善内容等"), "remarks": ("remark", "備考"), "title": ("title", "表題"),
        "number": ("number", "番号"), "explanation": ("explanation", "説明"), "name": ("name", "名称"),
        "shortName": ("short name", "略称"), "divisions": ("division removed on one side, edited on the other", "一方で削除、他方で変更された課"),
        "sections": ("section removed on one side, edited on the other", "一方で削除、他方で変更された区分"),
        "items": ("item removed on one side, edited on the other", "一方で削除、他方で変更された項目"),
        "hearings": ("hearing record", "ヒアリング記録"), "hearings.date": ("hearing date", "ヒアリング日"),
        "hearings.time": ("hearing time", "ヒアリング時間"), "hearings.place": ("hearing place", "ヒアリング場所"),
        "hearings.attendees": ("attendees", "出席者"), "hearings.interviewers": ("interviewers", "監査担当"),
        "generalComment": ("general comment", "総評"), "purpose": ("purpose", "目的"), "auditDate": ("audit date", "監査日"),
        "steps.actual": ("actual time", "実施時刻"), "moves.time": ("time", "時刻"), "events.text": ("event", "記録"),
        "notes": ("notes (その他)", "その他"), "conclusions": ("conclusions", "総括"),
    ]
}
