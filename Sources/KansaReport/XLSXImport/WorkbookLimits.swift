/// How much of an xlsx file the import reads before it refuses the file: a 結果一覧 of 60 divisions × 300 items
/// unpacks to well under a megabyte, so every bound is far above any real audit and far below what a hostile file
/// could make kansa do.
public struct WorkbookLimits: Sendable {
    /// The bytes of all the parts read, unpacked.
    public var unpackedBytes = 64 << 20
    /// Unpacked bytes per packed byte of one part, checked once the part is past `ratioFloor` bytes.
    public var compressionRatio = 100
    /// The unpacked size below which a part's ratio is not checked: small XML parts pack very well.
    public var ratioFloor = 1 << 20
    /// The entries of the ZIP container.
    public var entries = 10_000
    /// The rows of the sheet.
    public var rows = 10_000
    /// The cells of the sheet that hold a value.
    public var cells = 1_000_000

    public init() {}
}
