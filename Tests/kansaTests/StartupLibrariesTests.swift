import Foundation
import Testing
import TestSupport

/// kansa starts with Foundation's essentials alone: the whole of Foundation brings ICU with it, about 10 MB and
/// several milliseconds at every start (issue 16), and one `import Foundation` anywhere in the program brings it
/// back; libxlsxwriter (with libcrypto) is loaded only when a workbook is written.
struct StartupLibrariesTests {
    @Test func theReleaseProgramLoadsNoFullFoundationICUOrXML() throws {
        let kansa = try ReleaseBinary.path()
        let run = try ChildProcess.run(["ldd", kansa], in: ReleaseBinary.root)
        let libraries = String(decoding: run.standardOutput, as: UTF8.self)
        #expect(run.status == 0, "\(libraries)")
        #expect(libraries.contains("libFoundationEssentials.so"), "\(libraries)")
        for unwanted in ["libFoundation.so", "libFoundationInternationalization", "ICU", "libicu", "libxml2", "libFoundationXML", "libxlsxwriter", "libcrypto"] {
            #expect(!libraries.contains(unwanted), "\(unwanted) is loaded at start:\n\(libraries)")
        }
    }
}
