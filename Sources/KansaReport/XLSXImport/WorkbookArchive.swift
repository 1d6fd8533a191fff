/// The parts of an xlsx file, taken out of its ZIP container one at a time within `WorkbookLimits`: the unpacked
/// size of all parts and the ratio of each are counted while a part unpacks, whatever its header claims, and a
/// part's checksum is checked. Only the parts asked for are unpacked.
struct WorkbookArchive {
    private let archive: ZIPReader
    private let entries: [String: ZIPReader.Entry]
    private let fileSize: Int
    private let limits: WorkbookLimits
    private var unpacked = 0

    /// The first bytes of a ZIP file (`PK\u{3}\u{4}`).
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// The first bytes of an OLE compound file: an encrypted workbook, or an Excel 97–2003 `.xls`.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    init(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookProblem) {
        if bytes.starts(with: Self.compoundFileSignature) {
            throw WorkbookProblem(nil,
                "an encrypted workbook or an old Excel file (.xls); save it in Excel as an .xlsx without a password",
                "パスワード付きのブックか古い Excel 形式（.xls）です。Excel でパスワードなしの .xlsx として保存してください")
        }
        let notZIP = WorkbookProblem(nil, "not an xlsx workbook: its ZIP container is damaged or missing",
                                     "xlsx のブックではありません。ZIP 形式が壊れているか、ZIP ではありません")
        guard bytes.starts(with: Self.zipSignature) else { throw notZIP }
        let archive: ZIPReader
        do {
            archive = try ZIPReader(bytes, maximumEntries: limits.entries)
        } catch .tooLarge {
            throw WorkbookProblem(nil, "more than \(limits.entries) parts in the file", "ファイルの部品が \(limits.entries) を超えています")
        } catch {
            throw notZIP
        }
        var entries: [String: ZIPReader.Entry] = [:]
        for entry in archive.entries where entries[entry.path] == nil {
            entries[entry.path] = entry
        }
        self.archive = archive
        self.entries = entries
        self.fileSize = bytes.count
        self.limits = limits
    }

    /// Whether the file has a part at this path.
    func has(_ path: String) -> Bool {
        entries[path] != nil
    }

    /// The part at `path` unpacked; nil when the file has none.
    mutating func part(_ path: String) throws(WorkbookProblem) -> [UInt8]? {
        guard let entry = entries[path], !entry.isFolder else { return nil }
        /// Why unpacking stopped.
        enum Stop { case total, ratio }
        let packed = max(1, min(entry.packedSize, fileSize))
        let room = limits.unpackedBytes - unpacked
        var stop: Stop?
        let data: [UInt8]
        do {
            data = try archive.unpack(entry) { count in
                if count > room { stop = .total } else if count > limits.ratioFloor, count / packed > limits.compressionRatio { stop = .ratio }
                return stop == nil
            }
        } catch {
            switch stop {
            case .total:
                throw WorkbookProblem(path,
                    "unpacks to more than \(limits.unpackedBytes >> 20) MiB with the parts before it; refused as a ZIP bomb",
                    "展開すると前の部品と合わせて \(limits.unpackedBytes >> 20) MiB を超えます。ZIP 爆弾として読みません")
            case .ratio:
                throw WorkbookProblem(path,
                    "unpacks to more than \(limits.compressionRatio) times its packed size; refused as a ZIP bomb",
                    "展開すると圧縮時の \(limits.compressionRatio) 倍を超えます。ZIP 爆弾として読みません")
            case nil where error == .unsupported:
                throw WorkbookProblem(path, "packed in a way kansa does not read (encrypted, or compressed other than by deflate); save the workbook again in Excel or LibreOffice",
                                      "kansa が読めない形で圧縮されています（暗号化か deflate 以外の圧縮）。Excel か LibreOffice で保存し直してください")
            case nil:
                throw damaged(path)
            }
        }
        unpacked += data.count
        return data
    }

    private func damaged(_ path: String) -> WorkbookProblem {
        WorkbookProblem(path, "damaged: it cannot be unpacked or its checksum is wrong", "壊れています。展開できないか、チェックサムが合いません")
    }
}
