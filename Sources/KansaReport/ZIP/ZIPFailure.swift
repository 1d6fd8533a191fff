/// Why a ZIP archive could not be read or written.
enum ZIPFailure: Error, Equatable {
    /// Not a ZIP archive kansa reads, or one that is damaged: a header out of place, a checksum that differs.
    case damaged
    /// Encrypted, split over several disks, or packed by a method other than stored and deflated.
    case unsupported
    /// Unpacking was stopped by the caller's limit.
    case stopped
    /// Beyond what an archive without ZIP64 can hold.
    case tooLarge
}
