import KansaCore

/// A drill as an Excel workbook for the committee: 訓練結果 (the results table of the committee papers, the lead
/// division's servers and those procured by divisions, with the modes recorded), タイムスケジュール（実績） (planned
/// and actual times, the power columns, each lane's work, corrected times marked ＊) and 記録, everything recorded
/// in time order. Every sheet is made of the report's own blocks, with their text made safe to show as the
/// report's (control characters escaped).
enum DrillWorkbook {
    static func build(_ drill: Drill, language: Language) throws(ExportFailure) -> [UInt8] {
        let words = ReportWords(language: language)
        let workbook = try Workbook(title: drill.title)

        let results = try workbook.addSheet(words.drillResultsSheet)
        _ = try ReportSheet(
            ([.title(drill.title), .heading(words.drillResults, level: 1)] + DrillReport.resultTables(drill, words)).map(\.visible),
            on: results)
        results.setUpPrinting(landscape: true, repeating: nil)

        let schedule = try workbook.addSheet(words.schedule)
        // The report's schedule without its log of events, which the next sheet holds with everything else recorded.
        let timetable = try ReportSheet(
            DrillReport.schedule(drill, words).prefix { $0 != .heading(words.log, level: 2) }.map(\.visible), on: schedule)
        if let header = timetable.firstHeaderRow {
            schedule.freeze(row: header + 1, column: 2)
            schedule.setUpPrinting(landscape: true, repeating: header...header)
        }

        let log = try workbook.addSheet(words.log)
        let entries = try ReportSheet(
            [ReportBlock.title("\(drill.title) \(words.log)"), .table(DrillLog.table(drill, words))].map(\.visible), on: log)
        if let header = entries.firstHeaderRow {
            log.freeze(row: header + 1, column: 0)
            log.setUpPrinting(landscape: false, repeating: header...header)
        }
        return try workbook.bytes()
    }
}
