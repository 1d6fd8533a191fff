import Testing
import KansaCore
@testable import KansaReport

/// What kansa writes as xlsx, kansa reads back: the sample audit exported and imported again has the same matrix.
struct WorkbookRoundTripTests {
    @Test func theSampleAuditsWorkbookImportsToTheSameMatrix() throws {
        let sample = SampleAudit.audit
        let bytes = try ExportFormat.xlsx.export([.audit(sample)])
        let imported = try MatrixWorkbook.importAudit(
            bytes, fallbackTitle: "book", fiscalYear: sample.fiscalYear, auditDate: sample.auditDate, limits: WorkbookLimits())
        #expect(imported.divisions.map(\.name) == sample.divisions.map(\.shortName))
        #expect(imported.sections.map(\.items.count) == sample.sections.map(\.items.count))
        let adopted = imported.adoptingSetUp(of: sample)
        #expect(adopted.sections.map { $0.items.map(\.number) } == sample.sections.map { $0.items.map(\.number) })
        #expect(adopted.sections.map { $0.items.map { $0.cells.map(\.verdict) } } == sample.sections.map { $0.items.map { $0.cells.map(\.verdict) } })
        #expect(adopted.sections.map(\.remarks) == sample.sections.map(\.remarks))
        #expect(adopted == sample.withoutHearings)
    }
}
