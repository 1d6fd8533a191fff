import SystemZlib

/// Puts files together as a ZIP archive in memory (deflated, UTF-8 names, no ZIP64): the package of a .docx.
/// Every entry is dated 1980-01-01, the format's first day, so that the same report gives the same bytes.
struct ZIPWriter {
    private(set) var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Adds a file; fails when zlib cannot deflate it or the archive would need ZIP64 (4 GiB).
    mutating func add(_ path: String, _ contents: [UInt8]) throws(ZIPFailure) {
        let packed = try Self.deflate(contents)
        let name = Array(path.utf8)
        let offset = bytes.count
        guard offset + 30 + name.count + packed.count < Int(UInt32.max), count < Int(UInt16.max) else { throw .tooLarge }
        let crc = UInt32(truncatingIfNeeded: contents.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
        // Version 2.0 needed, bit 11 (names are UTF-8), deflated, DOS time 00:00 and date 1980-01-01.
        let common: [UInt8] = Self.little(20, 2) + Self.little(0x0800, 2) + Self.little(8, 2) + Self.little(0, 2) + Self.little(0x21, 2)
            + Self.little(Int(crc), 4) + Self.little(packed.count, 4) + Self.little(contents.count, 4) + Self.little(name.count, 2)
            + Self.little(0, 2)
        bytes += Self.little(0x0403_4B50, 4) + common + name + packed
        // Made by version 2.0 on Unix, no comment, disk 0, a regular file of mode 0644.
        directory += Self.little(0x0201_4B50, 4) + Self.little(0x0314, 2) + common + Self.little(0, 2) + Self.little(0, 2)
            + Self.little(0, 2) + Self.little(0o100644 << 16, 4) + Self.little(offset, 4) + name
        count += 1
    }

    /// The archive: the files, their central directory and its end record.
    func finished() throws(ZIPFailure) -> [UInt8] {
        guard bytes.count + directory.count < Int(UInt32.max) else { throw .tooLarge }
        return bytes + directory + Self.little(0x0605_4B50, 4) + Self.little(0, 4) + Self.little(count, 2) + Self.little(count, 2)
            + Self.little(directory.count, 4) + Self.little(bytes.count, 4) + Self.little(0, 2)
    }

    /// `value` as `size` bytes, least significant first.
    private static func little(_ value: Int, _ size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// The contents deflated without a zlib header, as ZIP stores them.
    private static func deflate(_ contents: [UInt8]) throws(ZIPFailure) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .damaged }
        defer { deflateEnd(&stream) }
        var input = contents
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(contents.count))))
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return SystemZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw .damaged }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}
