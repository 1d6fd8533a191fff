/// The texts of a 結果一覧 taken apart: an item's `2 パソコンの取扱い（1）離席時…` into number `2(1)`, title and
/// explanation, a section's `Ⅲ 特定個人情報の適切な取扱いに関して` into numeral `III` and title.
enum ListWording {
    /// The inverse of `AuditItem.listWording`, which also reads `AuditItem.wording` (`2(1) パソコンの取扱い（…）`):
    /// a leading number and a space, then the sub-number in brackets after the title (`（1）`), else the title and
    /// the explanation as `MatrixCSV.split(label:)` parts them. Full-width digits count as digits.
    static func item(_ text: String) -> (number: String, title: String, explanation: String) {
        var rest = Substring(text)
        let main = String(rest.prefix { $0.isDecimalDigit }.map(\.asciiDigit))
        rest = rest.dropFirst(main.count)
        var sub: String?
        if !main.isEmpty, let (digits, after) = bracketedDigits(at: rest) {
            sub = digits
            rest = after
        }
        let separated = rest.first.map(isSeparator) ?? false
        guard !main.isEmpty, separated else {
            let parts = MatrixCSV.split(label: text)
            return ("", parts.title, parts.explanation)
        }
        rest = rest.drop(while: isSeparator)
        if sub == nil,
           let open = rest.indices.first(where: { $0 > rest.startIndex && bracketedDigits(at: rest[$0...]) != nil }),
           let (digits, after) = bracketedDigits(at: rest[open...]) {
            let title = rest[..<open].trimmingWhitespace
            return ("\(main)(\(digits))", title, after.trimmingWhitespace)
        }
        let parts = MatrixCSV.split(label: String(rest))
        return (sub.map { "\(main)(\($0))" } ?? main, parts.title, parts.explanation)
    }

    /// A section title row's numeral (as ASCII: `Ⅲ` is `III`, `１` is `1`) and title without the sheet's
    /// `に関して`. A numeral is the text's start in Roman numerals or digits followed by a space or `．`; a Roman
    /// numeral character (`Ⅲ`) needs nothing after it.
    static func section(_ text: String) -> (numeral: String, title: String) {
        let lead = text.prefix { numeralASCII($0) != nil }
        let rest = text.dropFirst(lead.count)
        let romanCharacter = lead.unicodeScalars.contains { (0x2160...0x217F).contains($0.value) }
        var title = text
        var numeral = ""
        if !lead.isEmpty, romanCharacter || (rest.first.map(isSeparator) ?? false) {
            numeral = lead.compactMap(numeralASCII).joined()
            title = String(rest.drop(while: isSeparator))
        }
        if title.hasSuffix("に関して"), title.count > 4 { title = String(title.dropLast(4)) }
        return (numeral, title)
    }

    /// `（1）` or `(１)` at the start of `text`: the digits in ASCII and what follows.
    private static func bracketedDigits(at text: Substring) -> (String, Substring)? {
        guard let open = text.first, open == "（" || open == "(" else { return nil }
        let inside = text.dropFirst().prefix { $0.isDecimalDigit }
        let after = text.dropFirst(1 + inside.count)
        guard !inside.isEmpty, let close = after.first, close == "）" || close == ")" else { return nil }
        return (String(inside.map(\.asciiDigit)), after.dropFirst())
    }

    private static func isSeparator(_ c: Character) -> Bool {
        c == " " || c == "\u{3000}" || c == "．" || c == "." || c == "、"
    }

    /// A Roman numeral or digit character as ASCII: `Ⅳ` is `IV`, `Ｖ` is `V`, `３` is `3`; nil for anything else.
    private static func numeralASCII(_ c: Character) -> String? {
        let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x2160...0x216B: return romans[Int(scalar.value - 0x2160)]
        case 0x2170...0x217B: return romans[Int(scalar.value - 0x2170)]
        case 0xFF29: return "I"
        case 0xFF36: return "V"
        case 0xFF38: return "X"
        default: break
        }
        if "IVX".contains(c) { return String(c) }
        return c.isDecimalDigit ? String(c.asciiDigit) : nil
    }
}

private extension Character {
    /// 0–9 in ASCII or full width.
    var isDecimalDigit: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// The digit in ASCII.
    var asciiDigit: Character {
        guard let scalar = unicodeScalars.first, (0xFF10...0xFF19).contains(scalar.value) else { return self }
        return Character(UnicodeScalar(scalar.value - 0xFF10 + 0x30)!)
    }
}
