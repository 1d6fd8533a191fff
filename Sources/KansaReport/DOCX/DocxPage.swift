/// An A4 page of the Word document, portrait or landscape, in twentieths of a point (twips) as Word measures: the
/// margins of the HTML export's print layout (18 × 16 mm portrait, 16 mm landscape).
struct DocxPage {
    var landscape: Bool

    /// A4's sides: 210 and 297 mm.
    static let shortSide = 11906
    static let longSide = 16838
    /// The body's font size, 10.5 pt, which is the em the printed widths are counted in.
    static let em = 210
    /// Tables, paragraphs and captions sit one em in from the margin, under their headings.
    static let indent = em

    var width: Int { landscape ? Self.longSide : Self.shortSide }
    var height: Int { landscape ? Self.shortSide : Self.longSide }
    /// 16 mm.
    var side: Int { 907 }
    /// 18 mm portrait, 16 mm landscape.
    var topAndBottom: Int { landscape ? 907 : 1020 }

    /// What a table may take, in ems: the width the HTML export lays a part out in, which leaves the indent and
    /// some room to spare between the margins.
    var tableWidth: Double { landscape ? PrintedWidth.landscape : PrintedWidth.portrait }

    /// The section's properties: a new page of this size and these margins.
    func write(to out: inout XMLText) {
        out.markup("<w:sectPr><w:type w:val=\"nextPage\"/><w:pgSz w:w=\"")
        out.number(width)
        out.markup("\" w:h=\"")
        out.number(height)
        out.markup(landscape ? "\" w:orient=\"landscape\"/>" : "\"/>")
        out.markup("<w:pgMar w:top=\"")
        out.number(topAndBottom)
        out.markup("\" w:right=\"")
        out.number(side)
        out.markup("\" w:bottom=\"")
        out.number(topAndBottom)
        out.markup("\" w:left=\"")
        out.number(side)
        out.markup("\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:cols w:space=\"425\"/></w:sectPr>")
    }
}
