import KansaCore

/// The drill's results table (6ア) as a spreadsheet: システム名,担当課,シャットダウン,起動,課題等.
public enum DrillResultsCSV {
    public static func export(_ drill: Drill) -> String {
        var rows = [["システム名", "担当課", "シャットダウン", "起動", "課題等"]]
        for row in drill.results {
            rows.append([
                row.system.name, row.system.owner, row.shutdown?.label ?? "", row.startup?.label ?? "", row.system.issue,
            ])
        }
        return CSVText.encode(rows)
    }
}
