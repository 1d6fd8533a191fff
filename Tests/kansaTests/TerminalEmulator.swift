import KansaCore

/// A small xterm: reads what a program writes to its terminal and keeps the grid of characters it would show,
/// with wide characters (ambiguous ones too, when told so) taking two columns. Enough of the control sequences
/// ncurses sends for xterm to follow a first frame: cursor moves, erases, repeats, line wrap.
struct TerminalEmulator {
    let rows: Int
    let columns: Int
    let width: CharacterWidth
    /// Each cell's character; "" in the right half of a wide character.
    private(set) var cells: [[String]]
    private var row = 0
    private var column = 0
    /// The cursor sits past the last column; the next character wraps.
    private var pendingWrap = false
    private var last: Character = " "
    private var decoder = UTF8Decoder()

    init(rows: Int, columns: Int, width: CharacterWidth) {
        self.rows = rows
        self.columns = columns
        self.width = width
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// A row as text, wide characters once.
    func line(_ row: Int) -> String {
        cells[row].joined()
    }

    private enum State {
        case ground, escape, csi([UInt8]), charset, string(sawEscape: Bool)
    }

    private var state = State.ground

    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes { take(byte) }
    }

    private mutating func take(_ byte: UInt8) {
        switch state {
        case .ground:
            switch byte {
            case 0x1B: state = .escape
            case 0x0D: column = 0; pendingWrap = false
            case 0x0A: lineFeed()
            case 0x08: column = max(0, column - 1); pendingWrap = false
            case 0x09: column = min(columns - 1, (column / 8 + 1) * 8)
            case 0x00..<0x20, 0x7F: break
            default:
                if let scalar = decoder.take(byte) { put(Character(scalar)) }
            }
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .csi([])
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"): state = .string(sawEscape: false)
            default: state = .ground
            }
        case .charset:
            state = .ground
        case .string(let sawEscape):
            if byte == 0x07 || (sawEscape && byte == UInt8(ascii: "\\")) { state = .ground } else { state = .string(sawEscape: byte == 0x1B) }
        case .csi(var body):
            if (0x40...0x7E).contains(byte) {
                state = .ground
                control(body, final: byte)
            } else {
                body.append(byte)
                state = .csi(body)
            }
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if row == rows - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            row += 1
        }
    }

    private mutating func put(_ character: Character) {
        let w = max(1, width.width(of: character))
        if pendingWrap || column + w > columns {
            column = 0
            lineFeed()
        }
        cells[row][column] = String(character)
        if w == 2 { cells[row][column + 1] = "" }
        last = character
        if column + w >= columns {
            column = columns - 1
            pendingWrap = true
        } else {
            column += w
        }
    }

    private mutating func control(_ body: [UInt8], final: UInt8) {
        let text = String(decoding: body, as: UTF8.self)
        if text.hasPrefix("?") || text.hasPrefix(">") || text.hasPrefix("=") { return }
        let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func arg(_ i: Int, _ fallback: Int) -> Int { i < numbers.count ? (numbers[i].map { $0 == 0 ? fallback : $0 } ?? fallback) : fallback }
        pendingWrap = false
        switch final {
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            row = min(rows - 1, arg(0, 1) - 1)
            column = min(columns - 1, arg(1, 1) - 1)
        case UInt8(ascii: "A"): row = max(0, row - arg(0, 1))
        case UInt8(ascii: "B"): row = min(rows - 1, row + arg(0, 1))
        case UInt8(ascii: "C"): column = min(columns - 1, column + arg(0, 1))
        case UInt8(ascii: "D"): column = max(0, column - arg(0, 1))
        case UInt8(ascii: "G"), UInt8(ascii: "`"): column = min(columns - 1, arg(0, 1) - 1)
        case UInt8(ascii: "d"): row = min(rows - 1, arg(0, 1) - 1)
        case UInt8(ascii: "K"):
            let n = numbers.first.flatMap { $0 } ?? 0
            let range = n == 0 ? column..<columns : n == 1 ? 0..<(column + 1) : 0..<columns
            for c in range { cells[row][c] = " " }
        case UInt8(ascii: "J"):
            let n = numbers.first.flatMap { $0 } ?? 0
            let lines = n == 0 ? (row + 1)..<rows : n == 1 ? 0..<row : 0..<rows
            for r in lines { cells[r] = Array(repeating: " ", count: columns) }
            if n == 0 { for c in column..<columns { cells[row][c] = " " } }
        case UInt8(ascii: "X"):
            for c in column..<min(columns, column + arg(0, 1)) { cells[row][c] = " " }
        case UInt8(ascii: "b"):
            for _ in 0..<arg(0, 1) { put(last) }
        default:
            break
        }
    }
}

/// UTF-8 bytes to scalars, one byte at a time.
private struct UTF8Decoder {
    private var pending: [UInt8] = []

    mutating func take(_ byte: UInt8) -> Unicode.Scalar? {
        pending.append(byte)
        let needed = pending[0] < 0x80 ? 1 : pending[0] < 0xE0 ? 2 : pending[0] < 0xF0 ? 3 : 4
        guard pending.count >= needed else { return nil }
        defer { pending = [] }
        return String(decoding: pending, as: UTF8.self).unicodeScalars.first
    }
}
