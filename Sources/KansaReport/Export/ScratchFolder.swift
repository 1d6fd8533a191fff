import FoundationEssentials
import Glibc

/// Where kansa makes its temporary files (a workbook being written, a text handed to `$EDITOR`): `$TMPDIR` when
/// it names a folder, else `/tmp`, never the root that an empty `$TMPDIR` would make of it.
public enum ScratchFolder {
    public static var path: String {
        var info = stat()
        if let folder = ProcessInfo.processInfo.environment["TMPDIR"], !folder.isEmpty,
           stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        }
        return "/tmp"
    }
}
