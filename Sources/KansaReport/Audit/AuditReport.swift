import FoundationEssentials
import KansaCore

/// The audit's 実施報告書 as the committee papers lay it out: 1 監査概要, 2 監査結果, 3 課等別監査結果 with a derived
/// table per section, the open findings and the earlier audit's follow-ups; then the attached 結果一覧, on landscape
/// pages as the seed's sheet.
public enum AuditReport {
    public static func build(_ audit: Audit, language: Language = .ja) -> Report {
        let words = ReportWords(language: language)
        let listTitle = audit.title + words.listSuffix
        return Report(
            title: audit.title + words.reportSuffix, language: language,
            parts: [
                ReportPart(blocks: [.title(audit.title + words.reportSuffix)] + overview(audit, words)
                    + results(audit, words) + byDivision(audit, words, listTitle: listTitle)
                    + findings(audit, words) + followUps(audit, words) + disagreements(audit, words)),
                ReportPart(blocks: [.title(listTitle)] + matrix(audit, words), landscape: true),
            ])
    }

    static func overview(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(words.overview, level: 1), .heading(words.purpose, level: 2)]
        blocks += paragraphs(audit.purpose, words)
        blocks += [
            .heading(words.targets, level: 2),
            .heading(words.targetDivisions, level: 3),
            .names(words.join(audit.divisions.map(\.name))),
        ]
        if !audit.targetSystems.isEmpty {
            blocks += [.heading(words.targetSystems, level: 3), .paragraph(words.join(audit.targetSystems))]
        }
        blocks += [.heading(words.auditDate, level: 2)] + auditDates(audit, words) + hearings(audit, words)
        blocks.append(.heading(words.organisation, level: 2))
        if !audit.organisation.lead.isEmpty { blocks.append(.paragraph(words.lead + audit.organisation.lead)) }
        if !audit.organisation.department.isEmpty {
            blocks.append(.paragraph(words.department + audit.organisation.department))
        }
        if !audit.criteria.isEmpty {
            blocks += [.heading(words.criteria, level: 2), .list(audit.criteria.map { ReportListItem("・", $0) })]
        }
        return blocks
    }

    static func results(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(words.results, level: 1)]
        if !audit.generalComment.isEmpty {
            blocks.append(.paragraph(words.generalComment))
            blocks += paragraphs(audit.generalComment, words)
        }
        var counts = [Int](repeating: 0, count: Verdict.allCases.count)
        var blank = 0
        for (_, item) in audit.allItems {
            for cell in item.cells {
                if let verdict = cell.verdict { counts[verdict.index] += 1 } else { blank += 1 }
            }
        }
        var tally = Verdict.allCases.map { "\($0.symbol) \(words.language == .ja ? $0.legend : english($0)) \(counts[$0.index])" }
        if blank > 0 { tally.append("\(words.notHeard) \(blank)") }
        blocks.append(.paragraph(words.tally + words.pick(": ", "：") + tally.joined(separator: words.pick(", ", "、"))))
        return blocks
    }

    static func byDivision(_ audit: Audit, _ words: ReportWords, listTitle: String) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(words.byDivision, level: 1), .paragraph(words.seeList(listTitle))]
        for section in audit.sections {
            let rows = audit.resultRows(of: section).map { row in
                var improvement = row.improvement
                if !row.notHeard.isEmpty {
                    let line = words.notHeardYet(words.join(row.notHeard.map(\.name)))
                    improvement = improvement.isEmpty ? line : improvement + "\n" + line
                }
                return ReportRow([
                    row.item.wording,
                    row.implemented.isEmpty ? words.none : words.join(row.implemented.map(\.name)),
                    row.needingImprovement.isEmpty ? words.none : words.join(row.needingImprovement.map(\.name)),
                    improvement,
                ])
            }
            blocks.append(.heading("○" + section.title, level: 2))
            blocks.append(.table(ReportTable(
                columns: [
                    ReportColumn(words.item), ReportColumn(words.implemented, content: .names),
                    ReportColumn(words.needing, content: .names), ReportColumn(words.improvement),
                ],
                rows: rows)))
        }
        return blocks
    }

    static func findings(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        let open = audit.openFindings
        guard !open.isEmpty else { return [.heading(words.findings, level: 1), .paragraph(words.noFindings)] }
        var wordings: [ItemID: String] = [:]
        func wording(_ finding: Finding) -> String {
            if let known = wordings[finding.item.id] { return known }
            let made = reference(finding.section, finding.item)
            wordings[finding.item.id] = made
            return made
        }
        return [
            .heading(words.findings, level: 1),
            .table(ReportTable(
                columns: [
                    ReportColumn(words.item), ReportColumn(words.division, content: .names), ReportColumn(words.observation),
                ],
                rows: open.map { finding in
                    ReportRow([
                        wording(finding), finding.division.name,
                        finding.cell.note.isEmpty ? finding.item.improvement : finding.cell.note,
                    ])
                })),
        ]
    }

    static func followUps(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        guard let earlier = audit.earlier else { return [] }
        let heading = ReportBlock.heading(words.followUps(earlier.title, words.date(earlier.auditDate)), level: 1)
        let rows = audit.followUps
        guard !rows.isEmpty else { return [heading, .paragraph(words.noFindings)] }
        return [
            heading,
            .table(ReportTable(
                columns: [
                    ReportColumn(words.item), ReportColumn(words.division, content: .names),
                    ReportColumn(words.earlier, alignment: .center), ReportColumn(words.earlierNote),
                    ReportColumn(words.now, alignment: .center), ReportColumn(words.observation),
                    ReportColumn(words.status, content: .names),
                ],
                rows: rows.map { finding in
                    ReportRow([
                        reference(finding.section, finding.item), finding.division.name,
                        finding.earlier?.verdict?.symbol ?? "",
                        [finding.earlier?.note ?? "", finding.earlierImprovement].filter { !$0.isEmpty }.joined(separator: "\n"),
                        finding.cell.verdict?.symbol ?? "", finding.cell.note, words.followUpState(finding.followUpState),
                    ])
                })),
        ]
    }

    /// The attached 結果一覧: per section the matrix and its 備考 row, worded as the seed's sheet (`2 パソコンの取扱い（1）…`);
    /// the legend after every second section and after the last, where the seed's two pages of it end.
    static func matrix(_ audit: Audit, _ words: ReportWords) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        let columns = [ReportColumn(words.content)]
            + audit.divisions.map { ReportColumn($0.shortName, alignment: .center, titleIsName: true) }
        let legend = ReportBlock.note(Verdict.allCases.map {
            "\($0.symbol)：\(words.language == .ja ? $0.legend : english($0))"
        }.joined(separator: " "))
        for (index, section) in audit.sections.enumerated() {
            var rows = section.items.map { item in
                ReportRow([item.listWording] + audit.divisions.indices.map { item.cell($0).verdict?.symbol ?? "" })
            }
            if !section.remarks.isEmpty {
                rows.append(ReportRow([section.remarksLabel] + audit.divisions.map { section.remarks[$0.id] ?? "" }))
            }
            blocks.append(.heading(words.sectionAbout(section.heading), level: 2))
            blocks.append(.table(ReportTable(columns: columns, rows: rows)))
            if index % 2 == 1 || index == audit.sections.count - 1 { blocks.append(legend) }
        }
        return blocks
    }

    /// `III 7 特定個人情報…（…）`: an item in a table of every section, its section's numeral before its wording.
    static func reference(_ section: AuditSection, _ item: AuditItem) -> String {
        section.numeral.isEmpty ? item.wording : "\(section.numeral) \(item.wording)"
    }

    static func english(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: "compliant"
        case .improved: "improved under the audit's guidance"
        case .needsImprovement: "needs improvement"
        case .notApplicable: "not applicable"
        }
    }

    /// A text's paragraphs, split at blank lines; in Japanese each begins with a full-width space (字下げ).
    static func paragraphs(_ text: String, _ words: ReportWords) -> [ReportBlock] {
        text.split(separator: "\n\n", omittingEmptySubsequences: true)
            .map { .paragraph(words.paragraphIndent + $0.trimmingWhitespace) }
    }
}
