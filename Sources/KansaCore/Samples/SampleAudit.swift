/// The built-in sample audit: 令和5年度（上半期）情報セキュリティ内部監査, transcribed from the committee papers.
public enum SampleAudit {
    static let divisions: [Division] = [
        Division(id: "kikaku", name: "企画課", shortName: "企画"),
        Division(id: "jinji", name: "人事行政課", shortName: "人事行政"),
        Division(id: "digital", name: "デジタル都市推進課", shortName: "デジタル都市"),
        Division(id: "zaisei", name: "財政課", shortName: "財政"),
        Division(id: "hogo", name: "保護課", shortName: "保護"),
        Division(id: "iryo", name: "医療対策課", shortName: "医療対策"),
    ]

    /// An item with one verdict per division in column order (企画 人事行政 デジタル都市 財政 保護 医療対策).
    static func item(
        _ id: ItemID, _ number: String, _ title: String, _ explanation: String = "", _ verdicts: String,
        improvement: String = ""
    ) -> AuditItem {
        let symbols = Array(verdicts)
        precondition(symbols.count == divisions.count, "sample row \(id) has \(symbols.count) verdicts")
        let cells = symbols.map { Cell(verdict: Verdict(lenient: String($0))) }
        return AuditItem(
            id: id, number: number, title: title, explanation: explanation, improvement: improvement, cells: cells)
    }

    static let human = AuditSection(id: "human", numeral: "I", title: "人的セキュリティ", items: [
        item("human-1", "1", "情報資産等の業務以外の目的での使用禁止", "", "○○○○○○"),
        item("human-2-1", "2(1)", "パソコンの取扱い", "離席時におけるパソコンの第三者使用を防止措置", "○○○○○○"),
        item("human-2-2", "2(2)", "パソコンの取扱い", "デスクトップ上でのデータの保存禁止", "△○○△○○",
             improvement: "一部デスクトップに文書等を保存している課も見受けられたが、改善あり。"),
        item("human-3", "3", "ID・パスワードの取扱い", "他人に教えない、ログイン時に記憶させない、失念しない", "○○○○○○"),
        item("human-4", "4", "イントラネットにおけるメール送信", "「to」、「cc」、「bcc」の使い分け", "○○○○○○"),
        item("human-5-1", "5(1)", "公務用USBメモリの取扱い", "データの保存禁止", "○○○○○○"),
        item("human-5-2", "5(2)", "公務用USBメモリの取扱い", "適正な保管（施錠管理）", "○○○○○○"),
        item("human-6", "6", "セキュリティ研修への参加", "職員の情報セキュリティ研修への参加", "○○○○○○"),
    ])

    static let physical = AuditSection(id: "physical", numeral: "II", title: "物的セキュリティ", items: [
        item("physical-1-1", "1(1)", "ノートパソコン等の取扱い", "水濡れによる故障の予防", "○○○○○○"),
        item("physical-1-2", "1(2)", "ノートパソコン等の取扱い", "衝撃、圧迫等による故障の予防", "○○○○○○"),
        item("physical-1-3", "1(3)", "ノートパソコン等の取扱い", "管理方法（施錠管理）", "○○○○○○"),
        item("physical-2-1", "2(1)", "サーバ機器等の取り扱い", "定期的な点検の実施", "-○○○-○",
             improvement: "一部保守体制等が明確になってない課も見受けられたが、改善あり。"),
        item("physical-2-2", "2(2)", "サーバ機器等の取り扱い", "障害発生時の対応手順を定め、文書化", "-△○△-○",
             improvement: "一部障害対策手順が明確になっていない課も見受けられたが、改善あり。ただし、不十分なところもあるため、継続して整備を求める。"),
        item("physical-3", "3", "周辺機器の取り扱い", "", "○○○○○○"),
        item("physical-4", "4", "情報資産の管理について", "", "○○○○○○"),
    ])

    static let personalNumber = AuditSection(
        id: "personal-number", numeral: "III", title: "特定個人情報の適切な取扱い",
        items: [
            item("personal-number-1", "1", "特定個人情報の取得について",
                 "取得手順が定められているか。裏面を見ない等の対応が周知徹底されているか。", "－○－－○○"),
            item("personal-number-2", "2", "特定個人情報の利用について", "利用職員が限定されているか。", "－○－－○○"),
            item("personal-number-3", "3", "特定個人情報の保存・削除・廃棄について",
                 "文書管理規定により正しい保存年限を設定しているか。また、機密文書として適切に削除・廃棄しているか。", "－○－－○○"),
            item("personal-number-4", "4", "特定個人情報の取扱い体制について",
                 "届出を行い、取扱者や範囲を定めているか。持ち運ぶ際の措置を講じているか。", "－○－－○○"),
            item("personal-number-5", "5", "特定個人情報の運用について", "指定範囲の外に持ち出していないか。", "－○－－○○"),
            item("personal-number-6", "6", "情報漏えい事案に対する体制",
                 "龍ヶ崎市情報セキュリティ事故等手順書により対応できるか。", "○○○○○○"),
            item("personal-number-7", "7", "特定個人情報事務取扱担当の監督，教育",
                 "所属長による取扱い確認が行われているか。職員に対して研修等により教育を行っているか。", "－○○－×○",
                 improvement: "e-ラーニングの受講状況が悪いため、早急な受講を促す。"),
        ],
        remarksLabel: "備考（特定個人情報の取扱い）",
        remarks: [
            "kikaku": "関係事務のみ", "jinji": "児童手当（職員分）", "digital": "関係事務のみ",
            "zaisei": "関係事務のみ", "hogo": "生活保護", "iryo": "予防接種",
        ])

    static let fileServer = AuditSection(
        id: "file-server", numeral: "IV", title: "住民情報基幹系ファイルサーバ内の電子データ等の適正な取扱い",
        items: [
            item("file-server-1", "1", "基幹系ファイルサーバ内のデータは、原則、文書管理に準じて分類している。", "", "－○○－○○"),
            item("file-server-2", "2", "職員の個人名等のフォルダにデータを保管していない。", "", "－○○－○○"),
            item("file-server-3", "3", "使用しなくなったデータは適宜消去している。", "", "－○○－○○"),
            item("file-server-4", "4", "マイナンバーなど重要な電子データが含まれるファイルには、パスワードをかけて保存している。", "",
                 "－○○－○○"),
            item("file-server-5", "5",
                 "基幹系システム（総合福祉システム，健康管理システム含む）の端末のデスクトップに電子データを貼り付けしていない。", "",
                 "－○○－○○"),
            item("file-server-6", "6", "原則，基幹系システムのデータ以外は，基幹系ファイルサーバに保管しない。", "", "－○○－○○"),
        ])

    public static let audit = Audit(
        title: "令和5年度（上半期）情報セキュリティ内部監査",
        fiscalYear: 2023,
        period: "上半期",
        auditDate: LocalDate(year: 2023, month: 9, day: 29),
        purpose: """
            情報セキュリティ内部監査は、龍ヶ崎市情報セキュリティ内部監査実施規程（以下「監査規程」という。）第11条の規定に基づき情報セキュリティを維持・管理する仕組みが組織において適切に整備・運用されているかを点検し、評価するものです。

            人的セキュリティ、物理的セキュリティ、情報セキュリティ研修受講状況、情報資産の管理、特定個人情報の取扱い、住民情報基幹系システムにおける電子データの保管等に関し、龍ヶ崎市情報セキュリティ規則及び龍ヶ崎市情報セキュリティ対策に関する規程等に基づき、適切に実施されているかを点検・評価し、課題については、システムの運用状況などを考慮しながら、個別に原因を究明した後、改善内容等を被監査部門に提示及び当該措置の実施により、情報資産、情報システム等の適切な運用を図ることを目的としております。
            """,
        targetSystems: ["住民情報基幹系システム", "イントラネット系システム", "各課等が管理及び所有しているシステム"],
        organisation: AuditOrganisation(
            lead: "デジタル都市推進課長（監査規程第3条第2項）",
            department: "デジタル都市推進課（監査規程第3条第1項）"),
        criteria: [
            "龍ヶ崎市情報セキュリティ規則・龍ヶ崎市コンピュータ等運用管理規程",
            "龍ヶ崎市セキュリティ対策に関する規程・龍ヶ崎市電子文書取扱規程",
            "龍ヶ崎市個人情報の保護に関する法律施行条例",
            "龍ヶ崎市行政手続における特定の個人を識別するための番号の利用等に関する法律に基づく個人番号の利用及び特定個人情報の提供に関する条例",
            "地方公共団体における情報セキュリティに関する監査ガイドライン（総務省）",
            "特定個人情報の適正な取扱いに関するガイドライン（行政機関等・地方公共団体等編）",
        ],
        generalComment: """
            本市の情報セキュリティ対策に関しては、龍ヶ崎市情報セキュリティ規則及び龍ヶ崎市情報セキュリティ対策に関する規程からなる龍ヶ崎市セキュリティポリシーを基に、デジタル都市推進課が事務局となって定期的な研修を行い、また、e-learningの受講によりセキュリティ対策に関しての意識高揚を図っている。

            今回の内部監査においては、対象課において提出のあった各種チェックシート等の確認に加えて、コロナ禍において中止していた対象課職員に対するヒアリングも行うこととし、セキュリティ対策が適切に行われているか確認を行った。また、特定個人情報を取り扱っている課においては、「特定個人情報の適正な取扱いに係るチェックリスト」により、特定個人情報の取扱い状況等も確認したところであり、より適正な取扱いに資するものであると考えられる。特定個人情報の適正な取扱いについて引き続きガイドライン等に基づき適正な取扱いに努めたい。

            監査の結果としては、直近でリスクが顕在化する可能性が高いものは確認されなかったが、指摘事項には至らないまでも、改善が望ましい事項が確認され、その事項において指導を行いただちに是正を行わせた。それらの事項については、規則等に則り、課等内全職員で取り組む必要がある。
            """,
        divisions: divisions,
        sections: [human, physical, personalNumber, fileServer])
}
