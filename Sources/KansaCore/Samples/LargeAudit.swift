/// A made-up audit of a given size, for the benchmark: every verdict kind, some notes, an earlier audit.
public enum LargeAudit {
    public static func make(divisions divisionCount: Int, items itemCount: Int) -> Audit {
        let divisions = (1...divisionCount).map { n in
            Division(id: DivisionID("division-\(n)"), name: "第\(n)監査対象課", shortName: "第\(n)課")
        }
        let sectionCount = max(1, itemCount / 25)
        var sections: [AuditSection] = []
        var made = 0
        for s in 0..<sectionCount {
            let count = s == sectionCount - 1 ? itemCount - made : itemCount / sectionCount
            var items: [AuditItem] = []
            for i in 0..<count {
                var cells: [Cell] = []
                for d in divisions.indices {
                    let k = (made + i) * 7 + d * 3
                    let verdict: Verdict? = [.compliant, .compliant, .compliant, .improved, .notApplicable, .needsImprovement, nil][k % 7]
                    cells.append(Cell(verdict: verdict, note: k % 11 == 0 ? "ヒアリングで確認（\(k)）" : ""))
                }
                items.append(AuditItem(
                    id: ItemID("item-\(made + i + 1)"), number: "\(i + 1)", title: "監査項目\(made + i + 1)の表題",
                    explanation: "監査項目\(made + i + 1)の説明文。適切に実施されているか。", cells: cells))
            }
            made += count
            sections.append(AuditSection(id: SectionID("section-\(s + 1)"), numeral: "\(s + 1)", title: "区分\(s + 1)", items: items))
        }
        return Audit(
            title: "ベンチマーク用監査", fiscalYear: 2024, period: "", auditDate: LocalDate(year: 2024, month: 9, day: 30),
            divisions: divisions, sections: sections)
    }
}
