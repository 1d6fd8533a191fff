import Foundation
import KansaCore
import KansaStore
import Testing
import TestSupport

/// Random edit sequences on every kind of document, through the same calls the screens make (hostile text,
/// any time of day or of year, corrections by any shift), each result saved and read back: kansa never writes
/// a file it cannot open again, and what it opens is what it wrote.
struct EditPropertyTests {
    static let texts = ["", "改善済み", "=1+1", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "\u{202E}逆順", "a\nb\tc\r", "\"quoted\", comma", "'", "\u{0}nul",
                        String(repeating: "長", count: 5000), "🧑‍💻", "\u{FEFF}bom"]

    func text(_ random: inout SeededGenerator) -> String {
        Self.texts[Int(random.next() % UInt64(Self.texts.count))]
    }

    @Test(arguments: 1...8)
    func randomAuditEditsAlwaysReadBack(seed: UInt64) throws {
        let folder = TemporaryFolder("audit-edits")
        var random = SeededGenerator(seed: seed)
        var audit = seed % 2 == 0 ? SampleAudit.audit : SampleAudit.audit.successor(title: text(&random), auditDate: LocalDate(year: 2024, month: 10, day: 5))
        let file = try DocumentFile.create(folder.file("a.json"), with: .audit(audit))
        for _ in 0..<60 {
            let section = audit.sections[Int(random.next() % UInt64(audit.sections.count))]
            let item = section.items[Int(random.next() % UInt64(section.items.count))].id
            let division = audit.divisions[Int(random.next() % UInt64(audit.divisions.count))].id
            let verdict = ([nil] + Verdict.allCases.map(Optional.some))[Int(random.next() % 5)]
            let edit: AuditEdit = switch random.next() % 7 {
            case 0: .verdict(item: item, division: division, verdict)
            case 1: .note(item: item, division: division, text(&random))
            case 2: .improvement(item: item, text(&random))
            case 3: .remark(section: section.id, division: division, text(&random))
            case 4: .generalComment(text(&random))
            case 5: .hearing(division: division, random.next() % 4 == 0 ? nil : Hearing(
                date: LocalDate(year: 2024, month: 10, day: 5), time: text(&random), place: text(&random),
                attendees: [text(&random)], interviewers: [text(&random), text(&random)]))
            default: .batch([.verdict(item: item, division: division, verdict), .note(item: item, division: division, text(&random))])
            }
            audit.apply(edit)
            try file.save(.audit(audit))
            #expect(try DocumentFile.read(folder.file("a.json")) == .audit(audit))
        }
    }

    @Test(arguments: 1...8)
    func randomDrillRecordsAlwaysReadBack(seed: UInt64) throws {
        let folder = TemporaryFolder("drill-edits")
        var random = SeededGenerator(seed: seed)
        let day = LocalDate(year: 2024, month: 10, day: 5)
        var drill = SampleDrill.drill.successor(title: text(&random), date: day)
        let file = try DocumentFile.create(folder.file("d.json"), with: .drill(drill))
        var now = Timestamp(date: day, hour: 8, minute: 0, utcOffset: 9 * 3600)
        var refused = 0
        for _ in 0..<80 {
            // Mostly minutes forward; sometimes a jump of days or years either way, as a wrong clock would give.
            let jump: Int64 = random.next() % 10 == 0 ? Int64(random.next() % 2_000_000_000) - 1_000_000_000 : Int64(random.next() % 600)
            now = now.adding(seconds: jump)
            let system = drill.systems[Int(random.next() % UInt64(drill.systems.count))].id
            let step = drill.steps[Int(random.next() % UInt64(drill.steps.count))].id
            let shifts = ["+2562047788015215h", "+70000000h", "-17800000h", "-2m", "+30s", "９：０４", "23:59", "0:00", "+48h"]
            do {
                let edit: DrillEdit
                switch random.next() % 6 {
                case 0: edit = try drill.stamp(step: step, now: now)
                case 1: edit = try drill.nextPowerChange(now: now)
                case 2: edit = try drill.advance(system: system, manual: random.next() % 2 == 0, now: now)
                case 3: edit = try drill.event(text(&random), system: system, now: now)
                case 4: edit = try drill.toggleReached(.vendor(drill.participants.vendors[0].id), now: now)
                default:
                    guard let time = drill.time(of: .step(step))?.effective,
                          let corrected = CorrectionInput.parse(shifts[Int(random.next() % UInt64(shifts.count))], from: time)
                    else { continue }
                    edit = try drill.correct(.step(step), to: corrected, now: now)
                }
                drill.apply(edit)
            } catch {
                refused += 1
                continue
            }
            try file.save(.drill(drill))
            #expect(try DocumentFile.read(folder.file("d.json")) == .drill(drill))
        }
        #expect(refused < 80, "some records were taken")
    }
}
