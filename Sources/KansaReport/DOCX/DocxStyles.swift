import KansaCore

/// The styles of the Word document (`word/styles.xml`): Word's own Title, heading 1–3 (with their outline levels,
/// so the navigation pane and a table of contents find them), Body Text, List and caption, and a few of kansa's for
/// tables and verdicts. The body is set in a Mincho (ＭＳ 明朝), headings, captions and table headers in a Gothic
/// (ＭＳ ゴシック), the East Asian text marked Japanese.
enum DocxStyles {
    /// The body's fonts: Century for Latin text beside ＭＳ 明朝, as Japanese Word sets a document.
    static let mincho: StaticString = "<w:rFonts w:ascii=\"Century\" w:eastAsia=\"ＭＳ 明朝\" w:hAnsi=\"Century\" w:cs=\"Century\"/>"
    /// The headings' fonts: Arial beside ＭＳ ゴシック.
    static let gothic: StaticString = "<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"ＭＳ ゴシック\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"

    static func part(language: Language) -> [UInt8] {
        var out = XMLText(capacity: 8192)
        out.markup("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr>
            """)
        out.markup(mincho)
        out.markup("<w:kern w:val=\"2\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
        out.markup(language == .ja ? "<w:lang w:val=\"ja-JP\" w:eastAsia=\"ja-JP\"/>" : "<w:lang w:val=\"en-US\" w:eastAsia=\"ja-JP\"/>")
        out.markup("""
            </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/>\
            </w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
            """)
        heading("Title", name: "Title", priority: 10, paragraph: "<w:keepNext/><w:spacing w:after=\"360\"/><w:jc w:val=\"center\"/>", size: "30", to: &out)
        heading("Heading1", name: "heading 1", priority: 9, paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/>", size: "24", to: &out)
        heading("Heading2", name: "heading 2", priority: 9, paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>", size: "22", to: &out)
        heading("Heading3", name: "heading 3", priority: 9, paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"120\" w:after=\"40\"/><w:ind w:left=\"210\"/><w:outlineLvl w:val=\"2\"/>", size: "21", to: &out)
        heading("Caption", name: "caption", priority: 35, paragraph: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"40\"/><w:ind w:left=\"210\"/>", size: "21", to: &out)
        out.markup("""
            <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="99"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="60"/><w:ind w:left="210"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="List"><w:name w:val="List"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="40"/><w:ind w:left="630" w:hanging="420"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableNote"><w:name w:val="Table Note"/>\
            <w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="60" w:after="120"/><w:ind w:left="210"/></w:pPr>\
            <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/>\
            <w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading"><w:name w:val="Table Heading"/>\
            <w:basedOn w:val="TableText"/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr>
            """)
        out.markup(gothic)
        out.markup("<w:b/></w:rPr></w:style>")
        verdict("VerdictCompliant", name: "Verdict compliant", properties: "<w:color w:val=\"1A7F37\"/>", to: &out)
        verdict("VerdictImproved", name: "Verdict improved", properties: "<w:b/><w:color w:val=\"9A6700\"/>", to: &out)
        verdict("VerdictNeedsImprovement", name: "Verdict needs improvement", properties: "<w:b/><w:color w:val=\"CF222E\"/>", to: &out)
        verdict("VerdictNotApplicable", name: "Verdict not applicable", properties: "<w:color w:val=\"6E7781\"/>", to: &out)
        out.markup("</w:styles>")
        return out.bytes
    }

    /// A paragraph style in the Gothic, bold, followed by Normal text.
    private static func heading(
        _ id: StaticString, name: StaticString, priority: Int, paragraph: StaticString, size: StaticString, to out: inout XMLText
    ) {
        out.markup("<w:style w:type=\"paragraph\" w:styleId=\"")
        out.markup(id)
        out.markup("\"><w:name w:val=\"")
        out.markup(name)
        out.markup("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"BodyText\"/><w:uiPriority w:val=\"")
        out.number(priority)
        out.markup("\"/><w:qFormat/><w:pPr>")
        out.markup(paragraph)
        out.markup("</w:pPr><w:rPr>")
        out.markup(gothic)
        out.markup("<w:b/><w:sz w:val=\"")
        out.markup(size)
        out.markup("\"/><w:szCs w:val=\"")
        out.markup(size)
        out.markup("\"/></w:rPr></w:style>")
    }

    /// A character style for a verdict's symbol.
    private static func verdict(_ id: StaticString, name: StaticString, properties: StaticString, to out: inout XMLText) {
        out.markup("<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"")
        out.markup(id)
        out.markup("\"><w:name w:val=\"")
        out.markup(name)
        out.markup("\"/><w:rPr>")
        out.markup(properties)
        out.markup("</w:rPr></w:style>")
    }
}
