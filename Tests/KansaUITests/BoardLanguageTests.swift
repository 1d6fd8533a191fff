import KansaCore
import Testing
@testable import KansaUI

/// The board speaks the interface's language: refusals and labels in Japanese on the Japanese board, in
/// English on the English one.
struct BoardLanguageTests {
    static let refusals: [DrillRefusal] = [
        .noSuchStep, .stepStampedAlready, .systemMovedAlready, .recordedOnItsDay(date: "2023-10-07"), .powerRestoredAlready, .noSuchSystem, .systemVerifiedAlready, .systemNotMovedYet,
        .emptyEvent, .notAContact, .nothingRecorded, .inTheFuture(time: "23:59:00", now: "10:00:00"),
        .farFromTheDrillsDate(time: "2023-10-10", drillDate: "2023-10-07"),
        .outOfOrder(time: "08:30:00", neighbour: "08:31:00", before: true, .steps),
        .outOfOrder(time: "08:50:00", neighbour: "08:46:00", before: false, .powerChanges),
        .outOfOrder(time: "09:50:00", neighbour: "09:46:00", before: false, .moves),
    ]

    /// English words: three letters or more, key names aside.
    static func englishWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).map(String.init)
            .filter { $0.count >= 3 && !["Space", "json", "drill", "kansa", "help"].contains($0) }
    }

    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    @Test func everyRefusalAndLabelIsWordedInEachLanguage() {
        let ja = Strings(.ja)
        let en = Strings(.en)
        for refusal in Self.refusals {
            #expect(Self.englishWords(ja.refusal(refusal)).isEmpty, "\(ja.refusal(refusal))")
            #expect(Self.hasJapanese(ja.refusal(refusal)))
            #expect(!Self.hasJapanese(en.refusal(refusal)), "\(en.refusal(refusal))")
        }
        for state in SystemState.allCases {
            #expect(Self.hasJapanese(ja.state(state)) && Self.englishWords(ja.state(state)).isEmpty)
            #expect(!Self.hasJapanese(en.state(state)))
        }
        for verdict in Verdict.allCases {
            #expect(ja.legend(verdict) == verdict.legend, "the seed's words in Japanese")
            #expect(!Self.hasJapanese(en.legend(verdict)), "\(en.legend(verdict))")
        }
        for mode in OperationMode.allCases {
            #expect(Self.hasJapanese(ja.mode(mode)) && Self.englishWords(ja.mode(mode)).isEmpty)
            #expect(!Self.hasJapanese(en.mode(mode)))
        }
    }

    func board(_ language: Language) -> App {
        let drill = SampleDrill.drill
        let now = drill.instant(ClockTime(hour: 14, minute: 0))
        return App(screen: DrillBoard(drill: drill, fileName: "drill.json", readOnlyReason: nil, now: now), rows: 30, columns: 120,
                   strings: Strings(language), time: Instant(wall: now, monotonic: 0))
    }

    @Test func noEnglishOnTheJapaneseBoardAfterARefusedKey() {
        var app = board(.ja)
        app.press(.character("p"))
        let status = app.draw().line(29)
        #expect(status.contains("復電済み"), "\(status)")
        #expect(Self.englishWords(status).isEmpty, "\(status)")
        app.press(.enter)
        #expect(Self.englishWords(app.draw().line(29)).isEmpty, "\(app.draw().line(29))")
    }

    @Test func noJapaneseLabelsOnTheEnglishBoard() {
        var app = board(.en)
        app.press(.tab)
        let text = app.draw().text
        for label in ["稼働中", "停止処理中", "起動済", "確認済", "自動/", "/自動", "/手動", "手動/", "主管課"] {
            #expect(!text.contains(label), "\(label) on the English board")
        }
        #expect(text.contains("verified") || text.contains("up"))
        app.press(.character("p"))
        #expect(!Self.hasJapanese(app.draw().line(29).replacingOccurrences(of: "drill.json", with: "")), "\(app.draw().line(29))")
    }
}
