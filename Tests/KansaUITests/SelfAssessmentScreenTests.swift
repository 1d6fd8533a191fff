import Foundation
import Testing
import KansaCore
@testable import KansaUI

/// A division's check-sheet answers on the hearing screen: `?` marks a cell whose self-assessment disagrees with
/// the verdict, in both glyph sets and both widths of ambiguous characters; the detail pane shows the answer and
/// the comment; `d` goes to the next such cell.
struct SelfAssessmentScreenTests {
    /// The sample audit with 企画課's answers to the first three items: 一部できていない against ○ (differs),
    /// できている against ○ (agrees), できている against △ (differs).
    static let audit: Audit = {
        var audit = SampleAudit.audit
        audit.recordSelfAssessments([
            "human-1": SelfAssessment(answer: .partlyNotDone, comment: "私物USBの使用が一部あり"),
            "human-2-1": SelfAssessment(answer: .done),
            "human-2-2": SelfAssessment(answer: .done, comment: "保存していない"),
        ], of: "kikaku")
        return audit
    }()

    @Test func theMatrixMarksDisagreementsAndTheDetailPaneShowsTheAnswer() {
        let app = Fixtures.app(Self.audit)
        let frame = app.draw()
        Golden.check(frame, "audit-self-assessment-80x24")
        #expect(frame.line(3).hasPrefix("1 情報資産等の業務以外の目的で…   ?○"))
        #expect(!frame.line(4).contains("?"), "できている against ○ agrees")
        #expect(frame.line(5).contains("?△"))
        #expect(frame.text.contains("Self-assessment: partly not done — 私物USBの使用が一部あり"))
    }

    @Test func inJapaneseAndInEveryGlyphSetAndWidth() {
        for (glyphs, wide) in [(Glyphs.unicode, false), (.unicode, true), (.ascii, false), (.ascii, true)] {
            let width = CharacterWidth(ambiguousIsWide: wide)
            let screen = AuditScreen(audit: Self.audit, fileName: "audit.json", readOnlyReason: nil, width: width)
            let frame = App(screen: screen, rows: 24, columns: 80, width: width, strings: Strings(.ja), glyphs: glyphs).draw()
            let marks = (0..<frame.rows).filter { frame.line($0).contains("?") && $0 > 1 && $0 < 16 }
            #expect(marks == [3, 5], "\(glyphs == .ascii ? "ascii" : "unicode") \(wide ? "wide" : "narrow")")
            let mark = frame.line(5).firstIndex(of: "?").map { frame.line(5).distance(from: frame.line(5).startIndex, to: $0) }
            if let mark {
                let column = width.width(of: frame.line(5).prefix(mark))
                #expect(frame.style(row: 5, column: column).role == .warning)
            }
            if glyphs == .unicode, wide {
                Golden.check(frame, "audit-self-assessment-ja-wide-80x24")
            }
        }
    }

    /// The mark's look, `warning`, in every shipped theme file: bold where there is no colour (`mono`, `ascii`),
    /// coloured or bold elsewhere.
    @Test func theMarksLookStandsOutInEveryTheme() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(names.contains("mono.json") && names.contains("ascii.json"))
        for name in names {
            let theme = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any]
            let warning = try #require((theme?["roles"] as? [String: Any])?["warning"] as? [String: Any], "\(name)")
            #expect(warning["bold"] as? Bool == true || warning["foreground"] != nil, "\(name)")
            if name == "mono.json" || name == "ascii.json" { #expect(warning["bold"] as? Bool == true, "\(name)") }
        }
        #expect(Theme.builtIn.look(.warning).bold)
    }

    @Test func dGoesToTheNextDisagreement() {
        var app = Fixtures.app(Self.audit)
        app.press(.character("d"))
        #expect(Fixtures.screen(app).currentCell.selfAssessment?.comment == "保存していない")
        app.press(.character("d"))
        #expect(Fixtures.screen(app).currentCell.selfAssessment?.comment == "私物USBの使用が一部あり", "and round")
        var plain = Fixtures.app()
        plain.press(.character("d"))
        #expect(plain.draw().text.contains("No self-assessment differs from its verdict"))
    }
}
