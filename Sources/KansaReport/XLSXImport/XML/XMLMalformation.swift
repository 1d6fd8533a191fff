import KansaCore

/// Why a part is not XML kansa reads, and where: the byte it was found at.
struct XMLMalformation: Error, Equatable {
    var offset: Int
    var reason: Reason

    enum Reason: Equatable {
        /// `<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT` or `<!ATTLIST`.
        case documentType
        /// A declared or detected encoding other than UTF-8.
        case encoding(String)
        case notUTF8
        case forbiddenCharacter
        case undefinedEntity(String)
        case badReference
        case badName
        case badAttribute
        case duplicateAttribute(String)
        /// An end tag that does not close the innermost open element (nil when none is open).
        case mismatchedEnd(String?, String)
        case unclosed(String)
        case unterminated
        case outsideRoot
        case noRoot
        case badDeclaration
        case misplacedDeclaration
        case commentHyphens
        case tooDeep(Int)

        var message: BilingualText {
            switch self {
            case .documentType: BilingualText("a document type or entity declaration", "文書型定義や実体の宣言があります")
            case .encoding(let name): BilingualText("the encoding \(name), not UTF-8", "UTF-8 ではない文字コード \(name) です")
            case .notUTF8: BilingualText("bytes that are not UTF-8", "UTF-8 ではないバイトがあります")
            case .forbiddenCharacter:
                BilingualText("a character XML does not allow (a control character)", "XML で使えない文字（制御文字）があります")
            case .undefinedEntity(let name):
                BilingualText("the entity &\(name);, which is not one of XML's own (&lt; &gt; &amp; &apos; &quot;)",
                              "実体 &\(name); は XML の定義済みのもの（&lt; &gt; &amp; &apos; &quot;）ではありません")
            case .badReference: BilingualText("a broken reference after &", "& の後の参照が壊れています")
            case .badName: BilingualText("a missing or broken name", "名前がないか壊れています")
            case .badAttribute: BilingualText("a broken attribute", "属性が壊れています")
            case .duplicateAttribute(let name):
                BilingualText("the attribute \(name) given twice", "属性 \(name) が2回あります")
            case .mismatchedEnd(let open?, let end):
                BilingualText("</\(end)> where </\(open)> was due", "</\(open)> のところに </\(end)> があります")
            case .mismatchedEnd(nil, let end):
                BilingualText("</\(end)>, which closes no element", "</\(end)> が閉じる要素がありません")
            case .unclosed(let name): BilingualText("the end of the part inside <\(name)>", "<\(name)> の途中で終わっています")
            case .unterminated: BilingualText("the end of the part inside a tag, comment or section", "タグ、コメントなどの途中で終わっています")
            case .outsideRoot: BilingualText("content outside the root element", "ルート要素の外に内容があります")
            case .noRoot: BilingualText("no element", "要素がありません")
            case .badDeclaration: BilingualText("a broken XML declaration", "XML 宣言が壊れています")
            case .misplacedDeclaration:
                BilingualText("an XML declaration that is not at the start", "XML 宣言が先頭にありません")
            case .commentHyphens: BilingualText("-- inside a comment", "コメントの中に -- があります")
            case .tooDeep(let limit): BilingualText("elements nested more than \(limit) deep", "要素の入れ子が \(limit) 段を超えています")
            }
        }
    }

    /// The line and column of the offset in `bytes`, both from 1, the column counted in characters.
    func position(in bytes: [UInt8]) -> (line: Int, column: Int) {
        let end = min(offset, bytes.count)
        let lineStart = bytes[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = 1 + bytes[..<lineStart].count { $0 == 0x0A }
        let column = 1 + bytes[lineStart..<end].count { $0 & 0xC0 != 0x80 }
        return (line, column)
    }
}
