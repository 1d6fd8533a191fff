import KansaCore

/// The formats documents are exported in, for the committee papers.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, txt, csv, docx

    public var fileExtension: String { rawValue }

    /// A file of bytes that is no text (docx): written to a file or a pipe, never to a terminal.
    public var isBinary: Bool { self == .docx }

    /// The documents in this format as the bytes of the file: a text format's UTF-8, a docx's package.
    public func file(
        _ documents: [Document], language: Language = .ja, cover: CommitteeCover? = nil, columns: Int = 100,
        width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)
    ) throws(ExportFailure) -> [UInt8] {
        if let text = render(documents, language: language, cover: cover, columns: columns, width: width) {
            return Array(text.utf8)
        }
        return try DocxExport.render(Self.report(documents, language: language, cover: cover))
    }

    /// The documents in this format as text: csv the first document's matrix or results; the others its report,
    /// or a packet with `cover` when there are several. Nil for docx, which is bytes (`file`).
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
        case (.docx, _): nil
        }
    }

    /// A report built apart from a document's own (the drill's plan sheet) as the bytes of a file in md, html, txt
    /// or docx; nil for csv, which is a document's one table.
    public func file(
        _ report: Report, columns: Int = 100, width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)
    ) throws(ExportFailure) -> [UInt8]? {
        if self == .docx { return try DocxExport.render(report) }
        return render(report, columns: columns, width: width).map { Array($0.utf8) }
    }

    /// Such a report as text in md, html or txt; nil for csv and docx.
    public func render(_ report: Report, columns: Int = 100, width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)) -> String? {
        switch self {
        case .md: MarkdownExport.render(report)
        case .html: HTMLExport.render(report)
        case .txt: TextExport.render(report, columns: columns, width: width)
        case .csv, .docx: nil
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
