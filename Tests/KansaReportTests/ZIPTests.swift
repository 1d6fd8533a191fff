import Foundation
import Testing
@testable import KansaReport
import TestSupport
import ZIPFoundation

/// kansa's own ZIP writer and reader, each checked against another implementation (ZIPFoundation, Info-ZIP's
/// `unzip`), and the reader against damaged and hostile archives.
struct ZIPTests {
    let files: [(path: String, contents: [UInt8])] = [
        ("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types/>".utf8)),
        ("word/document.xml", Array(String(repeating: "<w:p>監査の結果</w:p>", count: 5_000).utf8)),
        ("empty.txt", []),
        ("noise.bin", (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }),
    ]

    func written() throws -> [UInt8] {
        var writer = ZIPWriter()
        for file in files { try writer.add(file.path, file.contents) }
        return try writer.finished()
    }

    @Test func whatItWritesAnotherReaderUnpacks() throws {
        let archive = try Archive(data: Data(try written()), accessMode: .read)
        for file in files {
            let entry = try #require(archive[file.path])
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            #expect(Array(data) == file.contents, "\(file.path)")
        }
    }

    @Test func unzipFindsNoFault() throws {
        let folder = TemporaryFolder()
        let path = folder.file("test.zip")
        try Data(try written()).write(to: URL(fileURLWithPath: path))
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-tq", path]
        unzip.standardOutput = FileHandle.nullDevice
        try unzip.run()
        unzip.waitUntilExit()
        #expect(unzip.terminationStatus == 0)
    }

    @Test func theSameFilesGiveTheSameBytes() throws {
        #expect(try written() == written())
    }

    @Test func itReadsWhatAnotherWriterPacked() throws {
        let archive = try Archive(accessMode: .create)
        for (index, file) in files.enumerated() {
            try archive.addEntry(with: file.path, type: .file, uncompressedSize: Int64(file.contents.count),
                                 compressionMethod: index % 2 == 0 ? .deflate : .none) { position, size in
                Data(file.contents[Int(position)..<Int(position) + size])
            }
        }
        let reader = try ZIPReader([UInt8](try #require(archive.data)), maximumEntries: 10)
        #expect(reader.entries.map(\.path) == files.map(\.path))
        for (entry, file) in zip(reader.entries, files) {
            #expect(try reader.unpack(entry) { _ in true } == file.contents, "\(file.path)")
        }
    }

    @Test func aDamagedArchiveIsRefused() throws {
        let bytes = try written()
        #expect(throws: ZIPFailure.damaged) { try ZIPReader(Array(bytes.dropLast(5)), maximumEntries: 10) }
        #expect(throws: ZIPFailure.damaged) { try ZIPReader(Array("not a zip at all, just some text".utf8), maximumEntries: 10) }
        // A byte of the deflated document changed: the checksum (or the deflate stream) no longer holds.
        var flipped = bytes
        let reader = try ZIPReader(bytes, maximumEntries: 10)
        let document = reader.entries[1]
        flipped[30 + document.path.utf8.count + files[0].contents.count + 200] ^= 0x55
        let damaged = try ZIPReader(flipped, maximumEntries: 10)
        #expect(throws: ZIPFailure.self) { try damaged.unpack(damaged.entries[1]) { _ in true } }
        #expect(throws: ZIPFailure.tooLarge) { try ZIPReader(bytes, maximumEntries: 3) }
    }

    @Test func unpackingStopsWhenTheCallerSaysSo() throws {
        var writer = ZIPWriter()
        try writer.add("bomb.xml", [UInt8](repeating: 0x41, count: 10_000_000))
        let reader = try ZIPReader(try writer.finished(), maximumEntries: 1)
        var largest = 0
        #expect(throws: ZIPFailure.stopped) {
            try reader.unpack(reader.entries[0]) { unpacked in
                largest = unpacked
                return unpacked <= 1_000_000
            }
        }
        #expect(largest < 1_100_000, "stopped within a piece of the limit, not after unpacking it all")
    }

    @Test func anEncryptedEntryIsRefused() throws {
        var bytes = try written()
        // The general purpose flags of the first central directory entry: bit 0, encrypted.
        let directory = try #require((0..<bytes.count - 4).first { bytes[$0...].starts(with: [0x50, 0x4B, 0x01, 0x02]) })
        bytes[directory + 8] |= 1
        let reader = try ZIPReader(bytes, maximumEntries: 10)
        #expect(throws: ZIPFailure.unsupported) { try reader.unpack(reader.entries[0]) { _ in true } }
    }
}
