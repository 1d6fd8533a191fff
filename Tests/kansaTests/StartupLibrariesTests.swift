import Foundation
import Testing
import TestSupport

/// The release program carries the Swift runtime and Foundation's essentials inside it (issue 16: no shared Swift
/// library to load and bind at every start, and it runs where the toolchain is not installed), and loads nothing
/// but ncurses, zlib and the C and C++ runtimes: libxlsxwriter (with libcrypto) is loaded only when a workbook is
/// written. One `import Foundation` anywhere in the program would need ICU linked in, and its release build fails
/// to link without it.
struct StartupLibrariesTests {
    @Test func theReleaseProgramLoadsOnlySystemLibraries() throws {
        let kansa = try ReleaseBinary.path()
        let run = try ChildProcess.run(["ldd", kansa], in: ReleaseBinary.root)
        let listing = String(decoding: run.standardOutput, as: UTF8.self)
        #expect(run.status == 0, "\(listing)")
        let loaded = listing.split(separator: "\n").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
        let system = ["linux-vdso.so.1", "libncursesw.so.6", "libtinfo.so.6", "libm.so.6", "libz.so.1", "libstdc++.so.6",
                      "libgcc_s.so.1", "libc.so.6"]
        #expect(loaded.contains("libncursesw.so.6"), "\(listing)")
        for library in loaded {
            #expect(system.contains(library) || library.contains("/ld-linux"), "\(library) is loaded at start:\n\(listing)")
        }
    }
}
