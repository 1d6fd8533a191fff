import Testing
@testable import KansaCore

/// The sample drill against the seed's 6ア results table and its タイムスケジュール（実績）.
struct SampleDrillTests {
    let drill = SampleDrill.drill

    /// The seed's table 6ア: name, 担当課, shutdown, startup, issue.
    @Test func resultsTableMatchesTheSeed() {
        let seed: [(String, String, String, String)] = [
            ("基幹系システムサーバ", "デジタル都市推進課", "自動", "自動"),
            ("イントラシステムサーバ", "デジタル都市推進課", "自動", "自動"),
            ("総合福祉システムサーバ", "デジタル都市推進課", "自動", "自動"),
            ("打刻システム", "人事行政課", "手動", "手動"),
            ("庶務事務システム", "人事行政課", "手動", "手動"),
            ("災害時避難行動要支援者システム", "福祉総務課", "自動", "自動"),
            ("地域包括支援システム", "福祉総務課", "手動", "手動"),
            ("住民基本台帳ネットワークシステム", "市民窓口課", "自動（一部手動）", "自動"),
            ("戸籍システム", "市民窓口課", "手動", "手動"),
            ("契約システム", "財政課", "自動", "自動"),
            ("校務用サーバ、教育ネットワーク", "教育総務課", "自動", "自動"),
            ("家庭児童相談システム", "こども家庭課", "自動", "自動"),
        ]
        let results = drill.results
        #expect(results.count == 12)
        #expect(results.filter { $0.system.group == .lead }.count == 3)
        for (row, expected) in zip(results, seed) {
            #expect(row.system.name == expected.0)
            #expect(row.system.owner == expected.1)
            #expect(row.shutdown?.label == expected.2)
            #expect(row.startup?.label == expected.3)
            #expect(!row.shutdownMismatch && !row.startupMismatch)
        }
        #expect(results[7].system.issue == "ファイアウォール、バックアップ装置は別途手動対応が必要になる。")
    }

    @Test func timetableHasTheSeedsRowsAndTimes() {
        #expect(drill.steps.count == 18)
        #expect(drill.steps.compactMap { $0.plannedTime?.description } == [
            "8:30", "8:45", "9:04", "9:25", "9:35", "10:30", "12:30", "12:40", "12:50", "13:00", "13:20", "13:30", "13:30",
        ])
        #expect(drill.steps.compactMap(\.banner) == [
            "停電", "非常用発電機切替 (非送電→送電) ⇒非常用発電機給電", "通常電源復電 ⇒ 非常用電源から通常電源に自動切替", "訓練終了",
        ])
        for step in drill.steps where step.plannedTime != nil {
            #expect(drill.delay(of: step) == 0)
        }
        #expect(drill.lanes.map(\.title) == ["各種サーバ", "各課調達システムサーバ", "イントラネット系サーバ", "住民情報基幹系サーバ"])
    }

    @Test func derivesDowntimeAndGeneratorDelay() {
        #expect(drill.outageToGenerator == Int64(31 * 60))
        #expect(drill.downtime(of: "core") == Int64(86 * 60))
        #expect(drill.powerPhase == .restored)
        #expect(drill.state(of: "core") == .up)
    }

    @Test func flagsAModeThatDiffersFromThePlan() {
        var d = drill
        d.moves = d.moves.map { move in
            var m = move
            if m.system == "core", m.state == .down { m.manual = true }
            return m
        }
        let row = d.results[0]
        #expect(row.shutdown == .automaticPartlyManual)
        #expect(row.shutdownMismatch)
        #expect(!row.startupMismatch)
    }

    @Test func downtimeRunsToNowWhileASystemIsDown() {
        var d = drill
        d.moves.removeAll { $0.system == "core" && ($0.state == .up || $0.state == .starting) }
        let now = drill.instant(ClockTime(hour: 10, minute: 4))
        #expect(d.downtime(of: "core", now: now) == Int64(60 * 60))
        #expect(d.downtime(of: "core") == nil)
    }

    @Test func successorClearsWhatHappened() {
        let next = drill.successor(title: "令和6年度 ICT-BCP（業務継続）訓練", date: LocalDate(year: 2024, month: 10, day: 5))
        #expect(next.steps.allSatisfy { $0.actual == nil })
        #expect(next.moves.isEmpty && next.powerChanges.isEmpty && next.events.isEmpty)
        #expect(next.steps.map(\.plannedTime) == drill.steps.map(\.plannedTime))
        #expect(next.systems.map(\.id) == drill.systems.map(\.id))
        #expect(next.results.allSatisfy { $0.shutdown == nil && $0.startup == nil })
        #expect(next.participants.vendors == drill.participants.vendors)
        #expect(Array(next.participants.divisions.prefix(drill.participants.divisions.count)) == drill.participants.divisions)
        let child = next.participants.divisions.last
        #expect(child?.name == "こども家庭課" && child?.attendees == [] && child?.systems == ["child-consultation"],
                "an owner outside the contact check joins it, attending or not, so that the board can mark it reached")
    }

    @Test func successorClearsSkippedSteps() {
        var skipped = drill
        skipped.steps[1].skipped = true
        #expect(skipped.successor(title: "訓練", date: LocalDate(year: 2024, month: 10, day: 5)).steps.allSatisfy { !$0.skipped })
    }
}
