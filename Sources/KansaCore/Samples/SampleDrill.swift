/// The built-in sample drill: 令和5年度 ICT-BCP（業務継続）訓練, transcribed from the committee papers,
/// with the timetable's times as both plan and actual.
public enum SampleDrill {
    static let date = LocalDate(year: 2023, month: 10, day: 7)
    static let utcOffset = 9 * 3600

    static func at(_ hour: Int, _ minute: Int) -> RecordedTime {
        RecordedTime(now: Timestamp(date: date, hour: hour, minute: minute, utcOffset: utcOffset))
    }

    static let lanes = [
        DrillLane(id: "servers", title: "各種サーバ", responder: "デジタル都市推進課"),
        DrillLane(id: "procured", title: "各課調達システムサーバ", responder: "関係各課"),
        DrillLane(id: "intranet", title: "イントラネット系サーバ", responder: "富士通エフサス"),
        DrillLane(id: "core", title: "住民情報基幹系サーバ", responder: "両毛システムズ"),
    ]

    static func step(
        _ id: StepID, _ time: (Int, Int)?, _ power: (Bool, Bool), _ texts: [String]
    ) -> DrillStep {
        var laneTexts: [LaneID: String] = [:]
        for (lane, text) in zip(lanes, texts) where !text.isEmpty {
            laneTexts[lane.id] = text
        }
        return DrillStep(
            id: id, plannedTime: time.map { ClockTime(hour: $0.0, minute: $0.1) },
            power: PowerColumns(commercial: power.0, emergency: power.1), laneTexts: laneTexts,
            actual: time.map { at($0.0, $0.1) })
    }

    static func banner(_ id: StepID, _ time: (Int, Int), _ text: String) -> DrillStep {
        DrillStep(
            id: id, plannedTime: ClockTime(hour: time.0, minute: time.1), banner: text,
            actual: at(time.0, time.1))
    }

    static let steps: [DrillStep] = [
        step("assemble", (8, 30), (true, false), ["集合", "参集時間は各課判断", "集合", "集合"]),
        step("prepare", nil, (true, false), ["ドア解放 入退室管理停止 IBBN 連絡", "事前作業 サーバ室待機", "事前作業", "事前作業"]),
        step("generator-start", (8, 45), (true, true), ["非常用発電機起動 (非送電状態)", "", "", ""]),
        banner("outage", (9, 4), "停電"),
        step("shutdown", nil, (false, false), ["サーバ類の停止状況確認・記録", "自動(手動)シャットダウン開始", "自動シャットダウン開始", "自動シャットダウン開始"]),
        step("shutdown-check", (9, 25), (false, false), ["シャットダウン確認", "", "", ""]),
        banner("generator-feed", (9, 35), "非常用発電機切替 (非送電→送電) ⇒非常用発電機給電"),
        step("startup", nil, (false, true), ["サーバ自動(手動)起動", "", "", ""]),
        step("startup-check", (10, 30), (false, true), ["起動確認", "", "", ""]),
        step("system-check", nil, (false, true), ["システム起動確認等、必要な対応・確認等を行う。 ⇒訓練参加課については各自判断により解散", "", "", ""]),
        banner("restored", (12, 30), "通常電源復電 ⇒ 非常用電源から通常電源に自動切替"),
        step("operation-check", (12, 40), (true, true), ["稼働確認", "", "", ""]),
        step("generator-stop", (12, 50), (true, false), ["非常用発電機停止", "", "", ""]),
        step("after", nil, (true, false), ["事後作業", "", "", ""]),
        step("access-control", (13, 0), (true, false), ["入退室管理起動 IBBN 連絡 LGWAN 確認 各システム動作確認", "", "", ""]),
        step("convenience-store", (13, 20), (true, false), ["コンビニ交付確認", "", "", ""]),
        step("dismiss", (13, 30), (true, false), ["解散", "", "解散", "解散"]),
        banner("end", (13, 30), "訓練終了"),
    ]

    static let systems: [DrillSystem] = [
        DrillSystem(id: "core", name: "基幹系システムサーバ", owner: "デジタル都市推進課", group: .lead,
                    expectedShutdown: .automatic, expectedStartup: .automatic, onEmergencyPower: true,
                    issue: "シャットダウン・起動共に問題はなかった。"),
        DrillSystem(id: "intra", name: "イントラシステムサーバ", owner: "デジタル都市推進課", group: .lead,
                    expectedShutdown: .automatic, expectedStartup: .automatic, onEmergencyPower: true,
                    issue: "一部サーバにおいて自動シャットダウンせず、Citrix、Barracuda等が正常起動できなかったが、その後回復した。"),
        DrillSystem(id: "welfare", name: "総合福祉システムサーバ", owner: "デジタル都市推進課", group: .lead,
                    expectedShutdown: .automatic, expectedStartup: .automatic, onEmergencyPower: true,
                    issue: "UPSバッテリーが続く限り稼働するため、訓練中に自動シャットダウンは確認できなかった。"),
        DrillSystem(id: "timecard", name: "打刻システム", owner: "人事行政課", group: .procured,
                    expectedShutdown: .manual, expectedStartup: .manual, onEmergencyPower: true,
                    shortName: "打刻サーバ", issue: "シャットダウン・起動共に問題はなかった。"),
        DrillSystem(id: "general-affairs", name: "庶務事務システム", owner: "人事行政課", group: .procured,
                    expectedShutdown: .manual, expectedStartup: .manual, onEmergencyPower: true,
                    issue: "シャットダウン・起動共に問題はなかった。"),
        DrillSystem(id: "evacuation", name: "災害時避難行動要支援者システム", owner: "福祉総務課", group: .procured,
                    expectedShutdown: .automatic, expectedStartup: .automatic, onEmergencyPower: true,
                    shortName: "避難行動要支援システム", issue: "シャットダウン・起動共に問題はなかった。"),
        DrillSystem(id: "community-care", name: "地域包括支援システム", owner: "福祉総務課", group: .procured,
                    expectedShutdown: .manual, expectedStartup: .manual, onEmergencyPower: true,
                    issue: "シャットダウン・起動共に問題はなかった。"),
        DrillSystem(id: "juki-net", name: "住民基本台帳ネットワークシステム", owner: "市民窓口課", group: .procured,
                    expectedShutdown: .automaticPartlyManual, expectedStartup: .automatic, onEmergencyPower: true,
                    shortName: "住基ネット", issue: "ファイアウォール、バックアップ装置は別途手動対応が必要になる。"),
        DrillSystem(id: "family-register", name: "戸籍システム", owner: "市民窓口課", group: .procured,
                    expectedShutdown: .manual, expectedStartup: .manual, onEmergencyPower: true,
                    issue: "シャットダウンは事前実施が可能。"),
        DrillSystem(id: "contract", name: "契約システム", owner: "財政課", group: .procured,
                    expectedShutdown: .automatic, expectedStartup: .automatic, onEmergencyPower: true,
                    issue: "シャットダウン・起動共に問題はなかった。"),
        DrillSystem(id: "school", name: "校務用サーバ、教育ネットワーク", owner: "教育総務課", group: .procured,
                    expectedShutdown: .automatic, expectedStartup: .automatic, onEmergencyPower: true,
                    shortName: "教育系サーバ", issue: "シャットダウン・起動共に問題はなかった。"),
        DrillSystem(id: "child-consultation", name: "家庭児童相談システム", owner: "こども家庭課", group: .procured,
                    expectedShutdown: .automatic, expectedStartup: .automatic, onEmergencyPower: true,
                    issue: "停電後ただちにシャットダウンし、復電後はただちに起動した。当日中はシステムを利用できなかったが、10月10日にはシステムが通常利用可能であることを確認した。"),
    ]

    /// The moves the timetable implies: shutdown from the outage (9:04) to the check (9:25), startup from the
    /// generator feed (9:35) to the check (10:30), each automatic or manual as the results table says. The
    /// 住基ネット's firewall and backup device were shut down by hand, so its shutdown is partly manual.
    static var moves: [SystemMove] {
        var moves: [SystemMove] = []
        for system in systems {
            let shutdownManual: (Bool, Bool) = switch system.expectedShutdown {
            case .automatic: (false, false)
            case .manual: (true, true)
            case .automaticPartlyManual: (false, true)
            }
            let startupManual = system.expectedStartup == .manual
            let plan: [(SystemState, Bool, (Int, Int))] = [
                (.shuttingDown, shutdownManual.0, (9, 4)), (.down, shutdownManual.1, (9, 25)),
                (.starting, startupManual, (9, 35)), (.up, startupManual, (10, 30)),
            ]
            for (state, manual, time) in plan {
                moves.append(SystemMove(
                    id: MoveID("\(system.id)-\(state.rawValue)"), system: system.id, state: state, manual: manual,
                    time: at(time.0, time.1)))
            }
        }
        return moves
    }

    public static let drill = Drill(
        title: "令和5年度 ICT-BCP（業務継続）訓練",
        date: date,
        startTime: ClockTime(hour: 8, minute: 30),
        utcOffset: utcOffset,
        place: "電算棟事務室、サーバ室 外",
        purpose: "情報システム関連業務継続計画に基づき、市庁舎電気工作物(キュービクル)の年次点検に伴う停電に合わせ、非常時の停電を想定した訓練を行う。",
        participants: DrillParticipants(
            leadDivision: "デジタル都市推進課",
            leadStaff: ["益子補佐", "宮本主幹", "佐藤主幹", "居谷主事"],
            vendors: [
                Vendor(id: "fujitsu-fsas", name: "富士通エフサス(株)", headCount: 1),
                Vendor(id: "ryomo", name: "(株)両毛システムズ", headCount: 3),
                Vendor(id: "newlife", name: "(株)ニューライフ", headCount: 1),
                Vendor(id: "businesstec", name: "(株)ビジネステック", headCount: 2),
            ],
            divisions: [
                ParticipantDivision(id: "jinji", name: "人事行政課", systems: ["timecard", "general-affairs"],
                                    attendees: ["田中主事"]),
                ParticipantDivision(id: "fukushi", name: "福祉総務課", systems: ["evacuation"],
                                    attendees: ["篠原補佐", "中嶋主査"]),
                ParticipantDivision(id: "zaisei", name: "財政課", systems: ["contract"],
                                    attendees: ["飯田主査", "平田主幹"]),
                ParticipantDivision(id: "madoguchi", name: "市民窓口課", systems: ["juki-net", "family-register"],
                                    attendees: ["山下主幹", "宮崎主幹"]),
                ParticipantDivision(id: "kyoiku", name: "教育総務課", systems: ["school"], attendees: ["吉田補佐"]),
                ParticipantDivision(id: "bosai", name: "防災安全課", systems: [], otherServers: ["河川情報提供システム"],
                                    attendees: ["柏崎危機管理監", "猪瀬補佐", "圓城寺副主査"]),
            ]),
        tasks: [
            DrillTask(id: "a", label: "ア",
                      text: "停電発生時に、電算棟サーバ室内の各種サーバがUPS（無停電電源装置）からの停止信号を受け、安全に自動シャットダウンされるかの確認作業。",
                      resultTitle: "電算棟サーバ室内の各種サーバが自動シャットダウン・自動起動されるか", results: []),
            DrillTask(id: "i", label: "イ",
                      text: "停電発生時に、非常用発電機を起動させることで、電源供給可能な範囲の確認作業。",
                      resultTitle: "非常用発電機起動時の電源供給範囲",
                      results: [
                          "商用電源から非常用電源への切替については、停電状態で発電機の送電が開始されることで自動に行われる。(切替操作は不要)",
                          "電源供給範囲：サーバ室(利根川河川情報提供システム除く)、電算棟事務室(照明のみ)",
                      ]),
            DrillTask(id: "u", label: "ウ",
                      text: "イの電源供給を受け、電算棟サーバ室内の各種サーバが自動起動されるかどうかの確認作業。",
                      resultTitle: "非常用電源で各種サーバの起動ができるか",
                      results: ["可能。各課調達サーバの中には手動起動が必要なものがある。(打刻・庶務事務システム、地域包括支援システム、戸籍システム)"]),
            DrillTask(id: "e", label: "エ",
                      text: "ウでサーバが起動された後、イにおいて確認した電源供給可能範囲において、イントラネット系システム及び住民情報基幹系システム可能業務の確認作業。",
                      resultTitle: "イントラネット系システム及び住民情報基幹系システム可能業務の確認作業",
                      results: ["非常用電源で給電可能なサーバ室内においては、イントラネット系システム及び住民情報基幹系システムを用いる全業務において業務継続可能。"]),
            DrillTask(id: "o", label: "オ",
                      text: "停電発生時に非常用発電機のみからの給電で、附属棟1階に災害対策本部が開かれた場合における可能業務の確認作業。",
                      resultTitle: "非常用電源時における附属棟1階での業務確認",
                      results: ["サーバ室用の非常用発電機及び附属棟用の非常用発電機を起動することにより、附属棟1階においては通常業務可能。"]),
            DrillTask(id: "ka", label: "カ",
                      text: "商用電源が復電した際に、非常用発電から商用電源への切り替え時に各種サーバ等に異常が発生しないことの確認作業",
                      resultTitle: "商用電源復電後に機器に異常が発生しないか",
                      results: ["異常は見られなかった。"]),
        ],
        lanes: lanes,
        systems: systems,
        steps: steps,
        powerChanges: [
            PowerChange(id: "outage", phase: .outage, time: at(9, 4)),
            PowerChange(id: "generator", phase: .generator, time: at(9, 35)),
            PowerChange(id: "restored", phase: .restored, time: at(12, 30)),
        ],
        moves: moves,
        notes: [
            "河川情報提供システムは非常用電源下では電源供給されず、使用できなかった。",
            "非常用発電機の燃料が不完全燃焼を起こしたのか、窓を開けた際焦げ臭さを感じた。",
        ],
        conclusions: [
            "各種システムのサーバ類においては、概ね問題となるような事象は見られなかった。しかしながら、不参加のシステムベンダやサーバを調達している課等もあるため、緊急時の連絡体制については再確認が必要である。また、不参加ベンダについては、緊急連絡先の確認をとる意味でも、電話やメールによる連絡訓練を併せて実施するなどの検討が必要と思われる。",
            "非常用電源にて附属棟1階での通常業務を行える確認を行うことができた。今後、実際に災害等で停電になった場合でも、システムとしての業務継続を行える。",
            "非常用発電機や空調、サーバラック用の免振装置など、設置から経年が進んでいる設備が増えてきているため、今後とも定期的なメンテナンスを行う必要がある。",
            "訓練の通知が見落とされており、締切後に参加申し込みを行う課が散見されたため、通知だけでなく電話等でも連絡し、サーバを調達している課の訓練参加の意向は早めに確認しておく必要がある。",
        ])
}
