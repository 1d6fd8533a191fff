import KansaCore

/// A division's check sheet: an xlsx workbook that the division fills in before its hearing, and that comes back as
/// its self-assessment of each item.
///
/// The visible sheet (チェックシート) lists the items, number and title with explanation, each with an answer cell (a
/// drop-down of the four `SelfAssessment.Answer`s) and a comment cell, the only cells left unlocked in the protected
/// sheet. A hidden, protected sheet `kansa` says what the file is, as a column of keys and their values:
///
/// | A | B | C | D |
/// | --- | --- | --- | --- |
/// | `kansa-checksheet` | `1` (the layout's version) | | |
/// | `audit` | the audit's title | | |
/// | `fiscalYear` | `2023` | | |
/// | `period` | `上半期` | | |
/// | `division` | the division's id | its name | |
/// | `sheet` | the visible sheet's name | | |
/// | `item` | the row of the visible sheet (from 1) | the item's id | the item's number |
///
/// with an `item` row per item. The audit is known by its title, fiscal year and period.
public enum CheckSheet {
    /// The hidden sheet that says what the file is.
    static let metadataSheet = "kansa"
    /// What the metadata sheet's A1 says, and the layout's version in B1.
    static let marker = "kansa-checksheet"
    static let version = "1"

    /// The visible sheet's columns.
    static let numberColumn = 0
    static let itemColumn = 1
    static let answerColumn = 2
    static let commentColumn = 3

    /// A division's check sheet, in `language` (the answers are the Japanese choices in both).
    public static func export(_ audit: Audit, division: DivisionID, language: Language = .ja) throws(ExportFailure) -> [UInt8] {
        guard let found = audit.division(division) else {
            throw ExportFailure(BilingualText(
                "the audit has no division \(division.rawValue)", "監査に課 \(division.rawValue) がありません"))
        }
        return try CheckSheetWorkbook.build(audit, division: found, words: CheckSheetWords(language: language))
    }

    /// The name of a division's file when every division's check sheet is written into one folder:
    /// `チェックシート_企画課.xlsx`.
    public static func fileName(_ division: Division, language: Language = .ja) -> String {
        CheckSheetWords(language: language).fileName(division)
    }
}
