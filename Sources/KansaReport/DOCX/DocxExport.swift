import KansaCore

/// The report as a Word document (.docx), for the committee papers: Word's own heading styles, a Mincho body and
/// Gothic headings, A4 pages with each part on a new one (the 結果一覧 and other wide parts landscape), tables with
/// rules and their header row repeated on every page. The package is zipped in memory (`ZIPWriter`); the XML
/// is written as text by `XMLText`, every text of the report escaped.
public enum DocxExport {
    /// The bytes of the .docx file.
    public static func render(_ report: Report) throws(ExportFailure) -> [UInt8] {
        let parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", bytes(DocxPackageParts.contentTypes)),
            ("_rels/.rels", bytes(DocxPackageParts.packageRelationships)),
            ("docProps/core.xml", DocxPackageParts.core(title: report.title, language: report.language)),
            ("word/_rels/document.xml.rels", bytes(DocxPackageParts.documentRelationships)),
            ("word/document.xml", DocxBody.document(report)),
            ("word/styles.xml", DocxStyles.part(language: report.language)),
            ("word/settings.xml", bytes(DocxPackageParts.settings)),
            ("word/fontTable.xml", bytes(DocxPackageParts.fontTable)),
        ]
        var archive = ZIPWriter()
        do {
            for part in parts { try archive.add(part.path, part.bytes) }
            return try archive.finished()
        } catch {
            throw failure(error == .tooLarge ? "larger than 4 GiB" : "zlib could not deflate it")
        }
    }

    private static func bytes(_ text: StaticString) -> [UInt8] {
        text.withUTF8Buffer { Array($0) }
    }

    private static func failure(_ why: String) -> ExportFailure {
        ExportFailure(BilingualText("the Word file could not be put together: \(why)", "Word ファイルを組み立てられません: \(why)"))
    }
}
