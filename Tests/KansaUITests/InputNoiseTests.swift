import Testing
import KansaCore
@testable import KansaUI

/// Random streams of what terminals send besides typed keys, through the decoder into the app on the hearing
/// screen and the drill board: the documents never change, nothing is saved, nothing opens.
struct InputNoiseTests {
    static let day = LocalDate(year: 2024, month: 10, day: 5)

    /// Each piece alone is whole: it leaves nothing pending and is at most one key, a harmless one.
    @Test func eachPieceIsAtMostOneHarmlessKey() {
        var noise = TerminalNoise(seed: 1)
        for _ in 0..<5000 {
            let piece = noise.piece()
            var decoder = InputDecoder()
            let keys = decoder.feed(piece)
            #expect(decoder.pending == .nothing, "\(piece)")
            #expect(keys.count <= 1 && keys.allSatisfy(TerminalNoise.isHarmless), "\(piece) gave \(keys)")
        }
    }

    @Test(arguments: [UInt64(2), 3])
    func noStreamChangesADocument(seed: UInt64) {
        var noise = TerminalNoise(seed: seed)
        let blankAudit = SampleAudit.audit.successor(title: "t", auditDate: Self.day)
        let blankDrill = SampleDrill.drill.successor(title: "訓練", date: Self.day)
        var heard = Fixtures.app(SampleAudit.audit, rows: 30, columns: 100)
        var blank = Fixtures.app(blankAudit, rows: 30, columns: 100)
        let nine = Timestamp(date: Self.day, hour: 9, minute: 0, utcOffset: 9 * 3600)
        var board = App(screen: DrillBoard(drill: blankDrill, fileName: "drill.json", readOnlyReason: nil, now: nine),
                        rows: 30, columns: 100, time: Instant(wall: nine, monotonic: 0))
        for _ in 0..<1500 {
            let stream = noise.stream(pieces: Int.random(in: 1...12, using: &noise.random))
            var whole = InputDecoder()
            let keys = whole.feed(stream) + whole.flush()
            var cut = InputDecoder()
            var chunked: [Key] = []
            var start = 0
            while start < stream.count {
                let end = min(stream.count, start + Int.random(in: 1...16, using: &noise.random))
                chunked += cut.feed(stream[start..<end])
                start = end
            }
            #expect(chunked + cut.flush() == keys, "the same keys however the bytes are cut: \(stream)")
            let effects = keys.flatMap { heard.press($0) } + keys.flatMap { blank.press($0) } + keys.flatMap { board.press($0) }
            #expect(effects.isEmpty, "\(stream) gave the keys \(keys) and \(effects.count) effects")
        }
        guard let heardAfter = heard.screen as? AuditScreen, let blankAfter = blank.screen as? AuditScreen, let after = board.screen as? DrillBoard else {
            Issue.record("a screen was left (a preview opened?)")
            return
        }
        #expect(heardAfter.audit == SampleAudit.audit)
        #expect(blankAfter.audit == blankAudit)
        #expect(heardAfter.prompt == nil && blankAfter.prompt == nil && !heard.showingHelp && !blank.showingHelp)
        #expect(after.drill == blankDrill)
        #expect(after.prompt == nil && !board.showingHelp)
    }
}
