import Testing
@testable import KansaCore

/// The sample audit against the seed's 結果一覧 and its body tables (3 課等別監査結果).
struct SampleAuditTests {
    let audit = SampleAudit.audit

    func names(_ divisions: [Division]) -> [String] { divisions.map(\.name) }

    func row(_ item: ItemID) -> SectionResultRow {
        let section = audit.sections.first { $0.items.contains { $0.id == item } }!
        return audit.resultRows(of: section).first { $0.item.id == item }!
    }

    @Test func hasTheSeedsShape() {
        #expect(audit.divisions.map(\.shortName) == ["企画", "人事行政", "デジタル都市", "財政", "保護", "医療対策"])
        #expect(audit.sections.map(\.numeral) == ["I", "II", "III", "IV"])
        #expect(audit.sections.map(\.items.count) == [8, 7, 7, 6])
        #expect(audit.itemCount == 28)
        #expect(audit.criteria.count == 6)
        #expect(audit.generalComment.components(separatedBy: "\n\n").count == 3)
    }

    @Test func wordsItemsAsTheResultList() {
        let items = audit.allItems.map(\.item)
        #expect(items[1].listWording == "2 パソコンの取扱い（1）離席時におけるパソコンの第三者使用を防止措置")
        #expect(items[3].listWording == "3 ID・パスワードの取扱い（他人に教えない、ログイン時に記憶させない、失念しない）")
        #expect(items[6].listWording == "5 公務用USBメモリの取扱い（2）適正な保管（施錠管理）")
        #expect(items[13].listWording == "3 周辺機器の取り扱い")
    }

    /// Everywhere but the 結果一覧 an item is `2(1) title（explanation）`; an explanation with brackets of its own
    /// follows a `：` instead, so that brackets never double.
    @Test func wordsItemsAsTheBodyTables() {
        let items = audit.allItems.map(\.item)
        #expect(items[1].wording == "2(1) パソコンの取扱い（離席時におけるパソコンの第三者使用を防止措置）")
        #expect(items[6].wording == "5(2) 公務用USBメモリの取扱い：適正な保管（施錠管理）")
        #expect(items[6].label == "公務用USBメモリの取扱い：適正な保管（施錠管理）")
        #expect(items[13].wording == "3 周辺機器の取り扱い")
        let unnumbered = AuditItem(id: ItemID("x"), number: "", title: "表題", explanation: "説明(補足)")
        #expect(unnumbered.wording == "表題：説明(補足)")
        #expect(unnumbered.listWording == "表題：説明(補足)")
        #expect(AuditItem.joining("表題", "説明＋補足") == "表題（説明＋補足）", "a full-width sign that is no bracket")
        #expect(AuditItem.joining("表題", "説明）") == "表題：説明）")
        #expect(AuditItem.joining("表題", "説明)") == "表題：説明)")
        for item in items {
            #expect(!item.wording.contains("））") && !item.listWording.contains("））"), "\(item.number)")
        }
    }

    /// Every verdict of the seed's 結果一覧, row by row in column order.
    @Test func holdsEveryVerdictOfTheResultList() {
        let seed = [
            "○○○○○○", "○○○○○○", "△○○△○○", "○○○○○○", "○○○○○○", "○○○○○○", "○○○○○○", "○○○○○○",
            "○○○○○○", "○○○○○○", "○○○○○○", "－○○○－○", "－△○△－○", "○○○○○○", "○○○○○○",
            "－○－－○○", "－○－－○○", "－○－－○○", "－○－－○○", "－○－－○○", "○○○○○○", "－○○－×○",
            "－○○－○○", "－○○－○○", "－○○－○○", "－○○－○○", "－○○－○○", "－○○－○○",
        ]
        let rows = audit.allItems.map { entry in
            audit.divisions.indices.map { entry.item.cell($0).verdict?.symbol ?? " " }.joined()
        }
        #expect(rows == seed)
    }

    @Test func countsVerdictsAndProgress() {
        let counts = audit.counts
        #expect(counts.total == 168)
        #expect(counts.heard == 168)
        #expect(counts.improved == 4)
        #expect(counts.needsImprovement == 1)
        #expect(counts.notApplicable == 33)
        #expect(counts.compliant == 130)
    }

    /// Section I: the seed's body table lists all six divisions as implementing every item, none needing
    /// improvement (its order is that of 監査対象課; kansa lists divisions in column order).
    @Test func sectionOneEqualsTheSeedsBodyTable() {
        let seedRow = Set(["企画課", "デジタル都市推進課", "人事行政課", "財政課", "保護課", "医療対策課"])
        for row in audit.resultRows(of: audit.sections[0]) {
            #expect(Set(names(row.implemented)) == seedRow)
            #expect(names(row.implemented) == audit.divisions.map(\.name))
            #expect(row.needingImprovement.isEmpty)
        }
        #expect(row("human-2-2").improvement == "一部デスクトップに文書等を保存している課も見受けられたが、改善あり。")
    }

    /// III 7 監督・教育: the seed's body and matrix agree: 保護課 needs improvement.
    @Test func supervisionRowEqualsTheSeed() {
        let r = row("personal-number-7")
        #expect(Set(names(r.implemented)) == ["デジタル都市推進課", "人事行政課", "医療対策課"])
        #expect(names(r.needingImprovement) == ["保護課"])
        #expect(r.improvement == "e-ラーニングの受講状況が悪いため、早急な受講を促す。")
    }

    /// II-2(1) and II-2(2): the body lists 企画課 and 保護課, the matrix has －; the matrix wins.
    @Test func serverItemsFollowTheMatrixNotTheBody() {
        for id: ItemID in ["physical-2-1", "physical-2-2"] {
            let r = row(id)
            #expect(!names(r.implemented).contains("企画課"))
            #expect(!names(r.implemented).contains("保護課"))
            #expect(names(r.implemented) == ["人事行政課", "デジタル都市推進課", "財政課", "医療対策課"])
            #expect(r.needingImprovement.isEmpty)
        }
    }

    /// III 1 to III 5: the body lists デジタル都市推進課, the matrix has －; the matrix wins.
    @Test func personalNumberItemsFollowTheMatrixNotTheBody() {
        for n in 1...5 {
            let r = row(ItemID("personal-number-\(n)"))
            #expect(names(r.implemented) == ["人事行政課", "保護課", "医療対策課"])
        }
    }

    /// III 6 情報漏えい事案に対する体制: the body omits 財政課, the matrix has ○; the matrix wins.
    @Test func leakResponseIncludesZaisei() {
        let r = row("personal-number-6")
        #expect(names(r.implemented).contains("財政課"))
        #expect(r.implemented.count == 6)
    }

    @Test func openFindingsAreTheCrossCells() {
        let findings = audit.openFindings
        #expect(findings.count == 1)
        #expect(findings.first?.division.name == "保護課")
        #expect(findings.first?.item.id == "personal-number-7")
        #expect(audit.followUps.isEmpty)
    }

    @Test func keepsTheRemarksRow() {
        let section = audit.sections[2]
        #expect(section.remarksLabel == "備考（特定個人情報の取扱い）")
        #expect(audit.divisions.map { section.remarks[$0.id] ?? "" }
            == ["関係事務のみ", "児童手当（職員分）", "関係事務のみ", "関係事務のみ", "生活保護", "予防接種"])
    }

    @Test func successorClearsVerdictsAndKeepsFollowUps() {
        let next = audit.successor(title: "令和5年度（下半期）情報セキュリティ内部監査", auditDate: LocalDate(year: 2024, month: 3, day: 1))
        #expect(next.counts.heard == 0)
        #expect(next.divisions == audit.divisions)
        #expect(next.sections.map { $0.items.map(\.id) } == audit.sections.map { $0.items.map(\.id) })
        #expect(next.sections[2].remarks == audit.sections[2].remarks)
        #expect(next.earlier?.title == audit.title)
        #expect(next.earlier?.cell(item: "human-2-2", division: "kikaku")?.verdict == .improved)
        let followUps = next.followUps
        #expect(followUps.count == 1)
        #expect(followUps.first?.division.id == "hogo")
        #expect(followUps.first?.cell.verdict == nil)
        #expect(followUps.first?.earlier?.verdict == .needsImprovement)
    }
}
