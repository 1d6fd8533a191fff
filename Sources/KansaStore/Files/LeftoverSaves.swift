import Glibc
import KansaCore

/// The temporary files (`.NAME.saving-PID`) that a save killed in the middle leaves beside a document.
enum LeftoverSaves {
    /// Removes those of `document` whose process no longer exists; one of a live process (a save under way, or
    /// a process that reused the number) is left alone.
    static func removeDead(beside document: String) {
        let folder = PathName.folder(of: document)
        let prefix = "." + PathName.name(of: document) + ".saving-"
        let wanted = Array(prefix.utf8CString.dropLast())
        for name in FolderListing.names(in: folder, keeping: { strncmp($0, wanted, wanted.count) == 0 }) ?? [] {
            let digits = name.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
                  let pid = pid_t(digits), pid > 0
            else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                _ = unlink(folder + "/" + name)
            }
        }
    }
}
