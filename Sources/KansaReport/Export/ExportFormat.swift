import KansaCore

/// The formats documents are exported in, for the committee papers.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, txt, csv, xlsx, docx

    public var fileExtension: String { rawValue }

    /// Whether the format is a file for a program (a zipped workbook or Word document), not text for a terminal or
    /// an editor.
    public var isBinary: Bool { self == .xlsx || self == .docx }

    /// Whether the format holds one document only: csv and xlsx are a document's own tables, not a packet.
    public var takesOneDocument: Bool { self == .csv || self == .xlsx }

    /// The documents in this format, as the bytes of the file: a text format's text as UTF-8; docx the report, or a
    /// packet with `cover` when there are several; xlsx the first document's workbook.
    public func export(
        _ documents: [Document], language: Language = .ja, cover: CommitteeCover? = nil, columns: Int = 100,
        width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)
    ) throws(ExportFailure) -> [UInt8] {
        switch self {
        case .txt: return TextExport.bytes(Self.report(documents, language: language, cover: cover), columns: columns, width: width)
        case .html: return HTMLExport.bytes(Self.report(documents, language: language, cover: cover))
        case .md: return MarkdownExport.bytes(Self.report(documents, language: language, cover: cover))
        default: break
        }
        if let text = render(documents, language: language, cover: cover, columns: columns, width: width) {
            return Array(text.utf8)
        }
        if self == .docx { return try DocxExport.render(Self.report(documents, language: language, cover: cover)) }
        switch documents[0] {
        case .audit(let audit): return try AuditWorkbook.build(audit, language: language)
        case .drill(let drill): return try DrillWorkbook.build(drill, language: language)
        }
    }

    /// The documents in a text format: csv the first document's matrix or results; the others its report, or a
    /// packet with `cover` when there are several. Nil for xlsx and docx, which are bytes (`export`).
    public func render(
        _ documents: [Document], language: Language = .ja, cover: CommitteeCover? = nil, columns: Int = 100,
        width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)
    ) -> String? {
        switch (self, documents[0]) {
        case (.csv, .audit(let audit)): MatrixCSV.export(audit)
        case (.csv, .drill(let drill)): DrillResultsCSV.export(drill)
        case (.md, _): MarkdownExport.render(Self.report(documents, language: language, cover: cover))
        case (.html, _): HTMLExport.render(Self.report(documents, language: language, cover: cover))
        case (.txt, _):
            TextExport.render(Self.report(documents, language: language, cover: cover), columns: columns, width: width)
        case (.xlsx, _), (.docx, _): nil
        }
    }

    /// A report built apart from a document's own (the drill's plan sheet) as the bytes of a file in md, html, txt
    /// or docx; nil for csv and xlsx, which are a document's own tables.
    public func export(
        _ report: Report, columns: Int = 100, width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)
    ) throws(ExportFailure) -> [UInt8]? {
        if self == .docx { return try DocxExport.render(report) }
        if self == .txt { return TextExport.bytes(report, columns: columns, width: width) }
        if self == .html { return HTMLExport.bytes(report) }
        if self == .md { return MarkdownExport.bytes(report) }
        return render(report, columns: columns, width: width).map { Array($0.utf8) }
    }

    /// Such a report as text in md, html or txt; nil for csv, xlsx and docx.
    public func render(_ report: Report, columns: Int = 100, width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)) -> String? {
        switch self {
        case .md: MarkdownExport.render(report)
        case .html: HTMLExport.render(report)
        case .txt: TextExport.render(report, columns: columns, width: width)
        case .csv, .xlsx, .docx: nil
        }
    }

    /// One document's report, or a packet with its cover.
    static func report(_ documents: [Document], language: Language, cover: CommitteeCover?) -> Report {
        let reports = documents.map { Report.of($0, language: language) }
        guard documents.count > 1 else { return reports[0] }
        let cover = cover ?? CommitteeCover(
            meeting: ReportWords(language: language).pick("Information security committee", "情報セキュリティ委員会"),
            date: documents.map(\.date).max()!)
        return cover.packet(
            reports, agenda: documents.map { CommitteeCover.agendaItem($0, language: language) }, language: language)
    }
}
