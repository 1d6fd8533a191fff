import KansaCore
import KansaReport

/// The report of a document, laid out for the screen: scrolled, searched, and exported from the keyboard.
public struct ReportPreview: Sendable {
    public let document: Document
    /// The document's file, beside which exports are written; nil for the file open in the run loop.
    public let path: String?
    public private(set) var language: Language
    var report: Report
    public private(set) var lines: [ReportLine] = []
    var laidOut: (columns: Int, width: CharacterWidth, rules: TableRules)?
    public internal(set) var top = 0
    var query = ""
    /// The line of the last match.
    var match: Int?
    var prompt: Prompt?
    var message: Message?

    enum Prompt: Equatable, Sendable {
        case search(LineEditor)
        case exportFormat
    }

    public init(document: Document, path: String? = nil, language: Language = .ja) {
        self.document = document
        self.path = path
        self.language = language
        report = Report.of(document, language: language)
    }

    /// Lays the report out for `columns`; the line at the top stays in view when the width changes.
    mutating func layout(columns: Int, width: CharacterWidth, rules: TableRules) {
        if let laidOut, laidOut.columns == columns, laidOut.width == width, laidOut.rules == rules { return }
        let fraction = lines.isEmpty ? 0 : Double(top) / Double(lines.count)
        lines = TextLayout(width: width, rules: rules).lines(report, columns: columns)
        laidOut = (columns, width, rules)
        top = Int(fraction * Double(lines.count))
        match = nil
    }

    mutating func handle(_ key: Key, bodyRows: Int, strings: Strings) -> [AppEffect] {
        if let prompt { return handle(key, in: prompt, strings: strings) }
        message = nil
        switch key {
        case .wheelUp: scroll(by: -3, bodyRows)
        case .wheelDown: scroll(by: 3, bodyRows)
        default: break
        }
        guard let action = PreviewKeys.table[key] else { return [] }
        switch action {
        case .up: scroll(by: -1, bodyRows)
        case .down: scroll(by: 1, bodyRows)
        case .pageUp: scroll(by: -(bodyRows - 1), bodyRows)
        case .pageDown: scroll(by: bodyRows - 1, bodyRows)
        case .top: top = 0
        case .bottom: top = maxTop(bodyRows)
        case .search: prompt = .search(LineEditor())
        case .searchNext: find(forward: true, bodyRows: bodyRows, strings: strings)
        case .searchPrevious: find(forward: false, bodyRows: bodyRows, strings: strings)
        case .export: prompt = .exportFormat
        case .language:
            language = language == .ja ? .en : .ja
            report = Report.of(document, language: language)
            if let laidOut {
                self.laidOut = nil
                layout(columns: laidOut.columns, width: laidOut.width, rules: laidOut.rules)
            }
        case .help, .close: break
        }
        return []
    }

    private mutating func handle(_ key: Key, in prompt: Prompt, strings: Strings) -> [AppEffect] {
        switch prompt {
        case .exportFormat:
            self.prompt = nil
            guard case .character(let c) = key, let format = PreviewKeys.formats[c] else {
                message = Message(strings.exportCancelled)
                return []
            }
            return [.export(document: document, format: format, language: language, beside: path)]
        case .search(var editor):
            switch editor.handle(key) {
            case .editing: self.prompt = .search(editor)
            case .cancelled: self.prompt = nil
            case .committed(let text):
                self.prompt = nil
                query = text
                match = nil
                find(forward: true, bodyRows: nil, strings: strings)
            }
            return []
        }
    }

    func maxTop(_ bodyRows: Int) -> Int { max(0, lines.count - bodyRows) }

    private mutating func scroll(by delta: Int, _ bodyRows: Int) {
        top = max(0, min(maxTop(bodyRows), top + delta))
    }

    /// The next (or previous) line holding the query, from the last match or the top, round the end.
    private mutating func find(forward: Bool, bodyRows: Int?, strings: Strings) {
        guard !query.isEmpty else {
            message = Message(strings.searchFirst)
            return
        }
        guard !lines.isEmpty else { return }
        let needle = query.foldedForSearch
        let start = match ?? (forward ? top - 1 : top)
        for step in 1...lines.count {
            let index = ((start + (forward ? step : -step)) % lines.count + lines.count) % lines.count
            if lines[index].text.foldedForSearch.contains(needle) {
                match = index
                top = max(0, min(index - 2, bodyRows.map(maxTop) ?? index))
                return
            }
        }
        match = nil
        message = Message(strings.notFound(query), isError: true)
    }
}
