/// Line and column (both from 1, columns in characters) of a byte offset in UTF-8 text.
struct TextPosition: Equatable {
    var line: Int
    var column: Int

    init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 {
            column += 1
        }
        self.line = line
        self.column = column
    }
}
