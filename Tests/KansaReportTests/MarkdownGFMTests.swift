import Foundation
import Testing
import KansaCore
@testable import KansaReport

/// No text of a document becomes a link, an image or HTML under GitHub-flavoured rendering (issue 11, item 9),
/// checked with GitHub's own renderer, cmark-gfm, through the `cmarkgfm` Python package (for tests only:
/// `python3 -m pip install cmarkgfm`). Raw HTML is let through (`UNSAFE`), so that any that leaks shows.
struct MarkdownGFMTests {
    static let pieces = [
        "http://x.example/", "https://y.example/path?q=1", "www.example.com", "WWW.EXAMPLE.COM", "a@b.example",
        "mailto:c@d.example", "xmpp:e@f.example", "ftp://g.example", "<script>alert(1)</script>", "[x](y)", "![i](j)",
        "<http://z>", "\\<http://z\\>", "a\\@b.example", "&lt;img src=x&gt;", "[r]: http://r.example", "[r]",
        "(www.p.example)", "*www.e.example*", "_h@i.example_", "~http://s.example~", "<!-- c -->", "<a href=x>",
    ]

    static let script = """
        import sys
        try:
            import cmarkgfm
            from cmarkgfm.cmark import Options
        except ImportError:
            sys.stderr.write("the Python package cmarkgfm is missing")
            sys.exit(3)
        text = sys.stdin.buffer.read().decode("utf-8")
        sys.stdout.write(cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE))
        """

    /// The HTML GitHub would make of `markdown`, or nil with the reason recorded (never a silent pass).
    static func gfm(_ markdown: String) throws -> String? {
        let install = "install it with: python3 -m pip install cmarkgfm"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(markdown.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return String(decoding: html, as: UTF8.self)
        case 127: Issue.record("python3 is missing (\(problem)); \(install)")
        case 3: Issue.record("\(problem); \(install)")
        default: Issue.record("cmarkgfm failed (status \(process.terminationStatus)): \(problem)")
        }
        return nil
    }

    static func expectNoMarkup(_ markdown: String, _ what: String) throws {
        guard let html = try gfm(markdown) else { return }
        for tag in ["<a", "<img", "<script", "<!--", "<em", "<del", "<strong"] {
            let count = html.components(separatedBy: tag).count - 1
            #expect(count == 0, "\(what): \(count) × \(tag)")
        }
        let textKept = html.contains("http://x.example/") && html.contains("www.example.com")
        #expect(textKept, "\(what): the text is kept")
        let addressKept = html.contains("a<code>@</code>b.example")
        #expect(addressKept, "\(what): an address reads as one")
    }

    @Test func noTextOfADocumentBecomesALinkAnImageOrHTML() throws {
        var hostile = HostileDocuments(pieces: Self.pieces)
        let audit = hostile.audit(), drill = hostile.drill()
        for language in [Language.ja, .en] {
            try Self.expectNoMarkup(ExportFormat.md.render([.audit(audit)], language: language)!, "audit \(language)")
            try Self.expectNoMarkup(ExportFormat.md.render([.drill(drill)], language: language)!, "drill \(language)")
        }
        try Self.expectNoMarkup(ExportFormat.md.render([.audit(audit), .drill(drill)])!, "packet")
    }

    /// A paragraph of several lines (a 総評 typed with line breaks) stays one paragraph: no line of it starts a list,
    /// a heading, a quote or a rule, spaces before the marker or not, and nothing shows a stray backslash.
    @Test func noLineOfAParagraphStartsABlock() throws {
        let text = "first line\n - dash\n 1. one\n # hash\n<div>\n ---\n> quote\n   * star\n+ plus\n  ===\n2) two"
        for block in [ReportBlock.paragraph(text), .paragraph(" - " + text)] {
            let markdown = MarkdownExport.render(Report(title: "", language: .ja, parts: [ReportPart(blocks: [block])]))
            guard let html = try Self.gfm(markdown) else { return }
            for tag in ["<ul", "<ol", "<h1", "<h2", "<h3", "<blockquote", "<hr", "<pre", "<div"] {
                #expect(!html.contains(tag), "\(tag) in \(html)")
            }
            #expect(html.hasPrefix("<p>") && html.components(separatedBy: "<p>").count == 2, "one paragraph: \(html)")
            #expect(html.contains("&gt; quote") && !html.contains("\\&gt;"), "\(html)")
        }
    }

    /// The sample reports themselves render with no link either, and the breaks keep the text as it was.
    @Test func theBreaksRenderAsTheTextItself() throws {
        func paragraph(_ text: String) -> String {
            MarkdownExport.render(Report(title: "", language: .ja, parts: [ReportPart(blocks: [.paragraph(text)])]))
        }
        #expect(paragraph("見る http://x.example/ と www.example.com、連絡 a@b.example") ==
                "見る http\\://x.example/ と www\\.example.com、連絡 a`@`b.example\n")
        #expect(paragraph("10:30 に開始。@ は単独、x@ も。") == "10:30 に開始。@ は単独、x@ も。\n")
        guard let html = try Self.gfm(ExportFormat.md.render([.audit(SampleAudit.audit), .drill(SampleDrill.drill)])!) else { return }
        let links = html.components(separatedBy: "<a").count - 1
        #expect(links == 0)
    }
}
