import SystemZlib

/// Reads a ZIP archive held in memory: its central directory at once, a file's contents only when asked for,
/// unpacked piece by piece so that the caller can stop a ZIP bomb while it unpacks. Stored and deflated files of
/// one-disk archives without ZIP64 or encryption — what Excel and LibreOffice write for a workbook.
struct ZIPReader {
    struct Entry {
        let path: String
        fileprivate let method: Int
        fileprivate let flags: Int
        fileprivate let crc: UInt32
        /// The packed size its header claims.
        let packedSize: Int
        /// The unpacked size its header claims.
        let size: Int
        fileprivate let headerOffset: Int

        var isFolder: Bool { path.hasSuffix("/") }
    }

    private let bytes: [UInt8]
    /// The files in the order of the central directory.
    let entries: [Entry]

    /// Reads the central directory; more than `maximumEntries` files is refused as `tooLarge`.
    init(_ bytes: [UInt8], maximumEntries: Int) throws(ZIPFailure) {
        self.bytes = bytes
        let end = try Self.endRecord(bytes)
        guard Self.number(bytes, end + 4, 2) == 0, Self.number(bytes, end + 6, 2) == 0 else { throw .unsupported }
        let count = Self.number(bytes, end + 10, 2)
        let size = Self.number(bytes, end + 12, 4)
        let start = Self.number(bytes, end + 16, 4)
        guard count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF else { throw .unsupported }
        guard count <= maximumEntries else { throw .tooLarge }
        guard start + size <= end else { throw .damaged }
        var entries: [Entry] = []
        var at = start
        for _ in 0..<count {
            guard at + 46 <= end, Self.number(bytes, at, 4) == 0x0201_4B50 else { throw .damaged }
            let nameLength = Self.number(bytes, at + 28, 2)
            let skipped = Self.number(bytes, at + 30, 2) + Self.number(bytes, at + 32, 2)
            guard at + 46 + nameLength + skipped <= end else { throw .damaged }
            entries.append(Entry(
                path: String(decoding: bytes[at + 46 ..< at + 46 + nameLength], as: UTF8.self),
                method: Self.number(bytes, at + 10, 2), flags: Self.number(bytes, at + 8, 2),
                crc: UInt32(Self.number(bytes, at + 16, 4)), packedSize: Self.number(bytes, at + 20, 4),
                size: Self.number(bytes, at + 24, 4), headerOffset: Self.number(bytes, at + 42, 4)))
            at += 46 + nameLength + skipped
        }
        self.entries = entries
    }

    /// The entry's contents, checked against its checksum. `allowed` is asked with the bytes unpacked so far after
    /// each piece, and stops the unpacking (`stopped`) when it says no.
    func unpack(_ entry: Entry, allowed: (Int) -> Bool) throws(ZIPFailure) -> [UInt8] {
        guard entry.flags & 1 == 0 else { throw .unsupported }
        let header = entry.headerOffset
        guard header + 30 <= bytes.count, Self.number(bytes, header, 4) == 0x0403_4B50 else { throw .damaged }
        let start = header + 30 + Self.number(bytes, header + 26, 2) + Self.number(bytes, header + 28, 2)
        guard start + entry.packedSize <= bytes.count else { throw .damaged }
        let packed = bytes[start ..< start + entry.packedSize]
        let contents: [UInt8]
        switch entry.method {
        case 0:
            guard allowed(packed.count) else { throw .stopped }
            contents = Array(packed)
        case 8:
            contents = try Self.inflate(packed, allowed: allowed)
        default:
            throw .unsupported
        }
        let crc = contents.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
        guard contents.count == entry.size, UInt32(truncatingIfNeeded: crc) == entry.crc else { throw .damaged }
        return contents
    }

    /// Where the end of central directory record starts: within the last 64 KiB (its comment) and 22 bytes.
    private static func endRecord(_ bytes: [UInt8]) throws(ZIPFailure) -> Int {
        guard bytes.count >= 22 else { throw .damaged }
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while at >= lowest {
            if number(bytes, at, 4) == 0x0605_4B50, at + 22 + number(bytes, at + 20, 2) == bytes.count { return at }
            at -= 1
        }
        throw .damaged
    }

    /// The little-endian number of `size` bytes at `at` (the caller has checked the bytes are there).
    private static func number(_ bytes: [UInt8], _ at: Int, _ size: Int) -> Int {
        (0..<size).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
    }

    /// Raw deflate data inflated 64 KiB at a time, asking `allowed` after each piece.
    private static func inflate(_ packed: ArraySlice<UInt8>, allowed: (Int) -> Bool) throws(ZIPFailure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .damaged }
        defer { inflateEnd(&stream) }
        var contents: [UInt8] = []
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        var input = Array(packed)
        var status = Z_OK
        try input.withUnsafeMutableBufferPointer { (source) throws(ZIPFailure) in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while status == Z_OK {
                let produced = piece.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    status = SystemZlib.inflate(&stream, Z_NO_FLUSH)
                    return target.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else { throw .damaged }
                contents += piece[..<produced]
                guard allowed(contents.count) else { throw .stopped }
                if status == Z_OK, produced == 0, stream.avail_in == 0 { throw .damaged }
            }
        }
        return contents
    }
}
