import Glibc
import SystemMalloc

/// How the heap starts: in one step of 16 MiB, which the kernel is asked to back with huge pages (2 MiB) where it
/// can. Opening the 60 × 300 audit otherwise touches some 900 pages of 4 KiB one fault at a time, a few
/// milliseconds of the first frame on a virtual machine. Where transparent huge pages are off, only the one step
/// remains; nothing here can fail the program.
enum HeapStart {
    static let step = 16 << 20

    static func prepare() {
        // Large blocks (a file's bytes, a parsed file's entries) come from the heap too, and what is freed stays
        // there for the next.
        mallopt(M_MMAP_THRESHOLD, Int32(step))
        mallopt(M_TRIM_THRESHOLD, Int32(4 * step))
        mallopt(M_TOP_PAD, Int32(step))
        // Grow the heap now: the block lands at its top, and everything allocated later comes from where it was.
        guard let block = malloc(1 << 20) else { return }
        let start = (Int(bitPattern: block) + 4095) & ~4095
        free(block)
        guard let end = sbrk(0).map({ Int(bitPattern: $0) }), end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
    }
}
