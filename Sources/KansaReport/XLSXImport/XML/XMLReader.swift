/// Reads the XML of one part of a workbook as a stream of elements and text, holding it to XML 1.0's rules of
/// well-formedness in UTF-8. It reads no document type and expands no entity but the five XML predefines and
/// numeric character references, so nothing outside the part is ever read. Elements are named by their local
/// name (`x:row` is `row`); attributes keep the name they are written with (`r:id`). Text is given as written,
/// whitespace included, CDATA sections as text.
struct XMLReader {
    /// One thing the part holds, in order.
    enum Event: Equatable {
        case start(String, XMLAttributes)
        case text(String)
        case end(String)
    }

    /// Elements nested deeper than this are refused, as libxml2 does.
    static let depthLimit = 256

    private let bytes: [UInt8]
    private var at = 0
    /// The names of the open elements, as written, innermost last.
    private var open: [ArraySlice<UInt8>] = []
    /// An element written `<a/>`, whose end comes next.
    private var emptyElement: String?
    private var begun = false
    private var hadRoot = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next element or text; nil at the end of a well-formed part.
    mutating func next() throws(XMLMalformation) -> Event? {
        if !begun {
            begun = true
            try prolog()
        }
        if let name = emptyElement {
            emptyElement = nil
            open.removeLast()
            return .end(name)
        }
        while at < bytes.count {
            guard bytes[at] == .lessThan else {
                if let text = try text() { return .text(text) }
                continue
            }
            switch byte(at + 1) {
            case .slash: return try endTag()
            case .question: try processingInstruction()
            case .exclamation:
                if let text = try markupDeclaration() { return .text(text) }
            default: return try startTag()
            }
        }
        if let innermost = open.last { throw malformed(.unclosed(Self.string(innermost))) }
        guard hadRoot else { throw malformed(.noRoot) }
        return nil
    }

    // MARK: The prolog

    /// Takes the byte-order mark and the XML declaration, refuses an encoding other than UTF-8, and checks that
    /// the whole part is UTF-8 holding only characters XML allows.
    private mutating func prolog() throws(XMLMalformation) {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0x00, .lessThan]) || bytes.starts(with: [.lessThan, 0x00]) {
            throw XMLMalformation(offset: 0, reason: .encoding("UTF-16"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
        if matches("<?xml"), let after = byte(at + 5), after.isXMLSpace {
            let start = at
            at += 5
            let declaration = try attributes(until: .question)
            guard matches("?>") else { throw malformed(.badDeclaration) }
            at += 2
            guard let version = declaration["version"], version.hasPrefix("1.") else {
                throw XMLMalformation(offset: start, reason: .badDeclaration)
            }
            if let encoding = declaration["encoding"], !["utf-8", "utf8"].contains(encoding.lowercased()) {
                throw XMLMalformation(offset: start, reason: .encoding(encoding))
            }
        }
        if let fault = XMLCharacterCheck.firstFault(in: bytes, from: at) { throw fault }
    }

    // MARK: Markup

    private mutating func startTag() throws(XMLMalformation) -> Event {
        if open.isEmpty && hadRoot { throw malformed(.outsideRoot) }
        at += 1
        let name = try name()
        let attributes = try self.attributes(until: .slash)
        if matches("/>") {
            at += 2
            emptyElement = Self.localName(name)
        } else if byte(at) == .greaterThan {
            at += 1
        } else {
            throw malformed(at < bytes.count ? .badAttribute : .unterminated)
        }
        guard open.count < Self.depthLimit else { throw malformed(.tooDeep(Self.depthLimit)) }
        open.append(name)
        hadRoot = true
        return .start(Self.localName(name), attributes)
    }

    private mutating func endTag() throws(XMLMalformation) -> Event {
        let start = at
        at += 2
        let name = try self.name()
        skipSpace()
        guard byte(at) == .greaterThan else { throw malformed(at < bytes.count ? .badName : .unterminated) }
        at += 1
        guard let innermost = open.last, innermost.elementsEqual(name) else {
            throw XMLMalformation(offset: start, reason: .mismatchedEnd(
                open.last.map(Self.string), Self.string(name)))
        }
        open.removeLast()
        return .end(Self.localName(name))
    }

    /// The attributes of a tag or of the XML declaration, up to the `>` or `terminator` that ends it.
    private mutating func attributes(until terminator: UInt8) throws(XMLMalformation) -> XMLAttributes {
        var attributes = XMLAttributes()
        while true {
            let spaced = skipSpace()
            guard let next = byte(at) else { throw malformed(.unterminated) }
            if next == .greaterThan || next == terminator { return attributes }
            guard spaced else { throw malformed(.badAttribute) }
            let nameStart = at
            let name = Self.string(try self.name())
            skipSpace()
            guard byte(at) == .equals else { throw malformed(.badAttribute) }
            at += 1
            skipSpace()
            guard let quote = byte(at), quote == .quote || quote == .apostrophe else { throw malformed(.badAttribute) }
            at += 1
            let value = try characters(until: quote, inAttribute: true)
            guard byte(at) == quote else { throw malformed(.unterminated) }
            at += 1
            guard attributes[name] == nil else {
                throw XMLMalformation(offset: nameStart, reason: .duplicateAttribute(name))
            }
            attributes.append(name, value)
        }
    }

    /// `<?target …?>`, skipped; a second XML declaration is refused.
    private mutating func processingInstruction() throws(XMLMalformation) {
        let start = at
        at += 2
        let target = try name()
        if target.count == 3 && Self.string(target).lowercased() == "xml" {
            throw XMLMalformation(offset: start, reason: .misplacedDeclaration)
        }
        guard let end = find("?>") else { throw malformed(.unterminated) }
        at = end + 2
    }

    /// A comment (skipped), a CDATA section (its text) or a declaration of the document type, which is refused.
    private mutating func markupDeclaration() throws(XMLMalformation) -> String? {
        let start = at
        if matches("<!--") {
            at += 4
            guard let end = find("--") else { throw malformed(.unterminated) }
            guard byte(end + 2) == .greaterThan else { throw XMLMalformation(offset: end, reason: .commentHyphens) }
            at = end + 3
            return nil
        }
        if matches("<![CDATA[") {
            guard !open.isEmpty else { throw malformed(.outsideRoot) }
            at += 9
            guard let end = find("]]>") else { throw XMLMalformation(offset: start, reason: .unterminated) }
            let text = bytes[at..<end]
            at = end + 3
            return text.isEmpty ? nil : Self.string(text, normalizingLineEnds: text.contains(.carriageReturn))
        }
        if let letter = byte(at + 2), letter.isASCIILetter { throw malformed(.documentType) }
        throw malformed(.badName)
    }

    // MARK: Text

    /// The text up to the next tag, its references expanded; nil when there is none to give (whitespace
    /// outside the root element).
    private mutating func text() throws(XMLMalformation) -> String? {
        if open.isEmpty {
            while at < bytes.count && bytes[at] != .lessThan {
                guard bytes[at].isXMLSpace else { throw malformed(.outsideRoot) }
                at += 1
            }
            return nil
        }
        return try characters(until: .lessThan, inAttribute: false)
    }

    /// The characters from here up to `stop` (not taken) or the end, references expanded; in an attribute's
    /// value `<` is refused and a tab or line end reads as a space.
    private mutating func characters(until stop: UInt8, inAttribute: Bool) throws(XMLMalformation) -> String {
        let start = at
        var plain = true
        while at < bytes.count {
            let b = bytes[at]
            if b == stop { break }
            if b == .ampersand || b == .carriageReturn || (inAttribute && (b == .tab || b == .lineFeed)) { plain = false }
            if inAttribute && b == .lessThan { throw malformed(.badAttribute) }
            at += 1
        }
        if plain { return Self.string(bytes[start..<at]) }
        var expanded: [UInt8] = []
        expanded.reserveCapacity(at - start)
        var i = start
        while i < at {
            let b = bytes[i]
            switch b {
            case .ampersand:
                i = try reference(at: i, end: at, into: &expanded)
                continue
            case .carriageReturn:
                expanded.append(inAttribute ? .space : .lineFeed)
                if i + 1 < at && bytes[i + 1] == .lineFeed { i += 1 }
            case .tab where inAttribute, .lineFeed where inAttribute:
                expanded.append(.space)
            default:
                expanded.append(b)
            }
            i += 1
        }
        return String(decoding: expanded, as: UTF8.self)
    }

    /// Expands the reference that starts with the `&` at `start` into `expanded`; returns where it ends.
    private func reference(at start: Int, end: Int, into expanded: inout [UInt8]) throws(XMLMalformation) -> Int {
        let longest = 64
        guard let semicolon = (start + 1..<min(end, start + longest)).first(where: { bytes[$0] == .semicolon }) else {
            throw XMLMalformation(offset: start, reason: .badReference)
        }
        let name = bytes[(start + 1)..<semicolon]
        switch Self.string(name) {
        case "lt": expanded.append(.lessThan)
        case "gt": expanded.append(.greaterThan)
        case "amp": expanded.append(.ampersand)
        case "apos": expanded.append(.apostrophe)
        case "quot": expanded.append(.quote)
        case let reference where reference.hasPrefix("#"):
            let hex = reference.hasPrefix("#x")
            let digits = reference.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && (hex ? $0.isHexDigit : $0.isNumber) }),
                  let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value),
                  scalar.isXMLCharacter
            else { throw XMLMalformation(offset: start, reason: .badReference) }
            UTF8.encode(scalar) { expanded.append($0) }
        case let other:
            guard name.first.map({ $0.isNameStart }) == true, name.allSatisfy(\.isNameCharacter) else {
                throw XMLMalformation(offset: start, reason: .badReference)
            }
            throw XMLMalformation(offset: start, reason: .undefinedEntity(other))
        }
        return semicolon + 1
    }

    // MARK: Bytes

    /// A name (of an element, an attribute or a processing instruction's target), as written.
    private mutating func name() throws(XMLMalformation) -> ArraySlice<UInt8> {
        let start = at
        guard let first = byte(at), first.isNameStart else { throw malformed(at < bytes.count ? .badName : .unterminated) }
        at += 1
        while let b = byte(at), b.isNameCharacter { at += 1 }
        return bytes[start..<at]
    }

    /// Skips whitespace; whether there was any.
    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = at
        while let b = byte(at), b.isXMLSpace { at += 1 }
        return at > start
    }

    private func byte(_ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func matches(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[at + $0] == text.utf8Start[$0] }
    }

    /// Where `text` next starts, from here on.
    private func find(_ text: StaticString) -> Int? {
        let count = text.utf8CodeUnitCount
        let first = text.utf8Start[0]
        var i = at
        while i + count <= bytes.count {
            if bytes[i] == first && (1..<count).allSatisfy({ bytes[i + $0] == text.utf8Start[$0] }) { return i }
            i += 1
        }
        return nil
    }

    private func malformed(_ reason: XMLMalformation.Reason) -> XMLMalformation {
        XMLMalformation(offset: min(at, bytes.count), reason: reason)
    }

    private static func localName(_ name: ArraySlice<UInt8>) -> String {
        string(name.lastIndex(of: .colon).map { name[($0 + 1)...] } ?? name)
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func string(_ bytes: ArraySlice<UInt8>, normalizingLineEnds: Bool) -> String {
        guard normalizingLineEnds else { return string(bytes) }
        var normalized: [UInt8] = []
        var previous: UInt8 = 0
        for b in bytes {
            if b == .carriageReturn {
                normalized.append(.lineFeed)
            } else if !(b == .lineFeed && previous == .carriageReturn) {
                normalized.append(b)
            }
            previous = b
        }
        return String(decoding: normalized, as: UTF8.self)
    }
}

private extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamation = UInt8(ascii: "!")
    static let quote = UInt8(ascii: "\"")
    static let ampersand = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let lessThan = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let greaterThan = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")

    var isXMLSpace: Bool { self == .space || self == .tab || self == .lineFeed || self == .carriageReturn }

    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }

    /// A byte a name may start with: a letter, `_`, `:`, or any byte of a character beyond ASCII.
    var isNameStart: Bool { isASCIILetter || self == UInt8(ascii: "_") || self == .colon || self >= 0x80 }

    /// A byte a name may hold: those it may start with, digits, `-` and `.`.
    var isNameCharacter: Bool {
        isNameStart || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")) || self == UInt8(ascii: "-") || self == UInt8(ascii: ".")
    }
}

private extension Unicode.Scalar {
    /// Whether XML 1.0 allows the character in a document (its production `Char`).
    var isXMLCharacter: Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
