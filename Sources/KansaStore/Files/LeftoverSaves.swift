import Glibc

/// The temporary files (`.NAME.saving-PID`) that a save killed in the middle leaves beside a document.
enum LeftoverSaves {
    /// Removes those of `document` whose process no longer exists; one of a live process (a save under way, or
    /// a process that reused the number) is left alone.
    static func removeDead(beside document: String) {
        let folder = AtomicSave.folder(of: document)
        let prefix = "." + AtomicSave.name(of: document) + ".saving-"
        for name in names(in: folder, startingWith: prefix) {
            let digits = name.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
                  let pid = pid_t(digits), pid > 0
            else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                _ = unlink(folder + "/" + name)
            }
        }
    }

    /// The names in `folder` that start with `prefix`, compared as bytes while the folder is read: a folder of
    /// thousands of files (a home, `/tmp`) costs no string for the names that do not.
    private static func names(in folder: String, startingWith prefix: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var found: [String] = []
        let wanted = Array(prefix.utf8CString.dropLast())
        while let entry = readdir(stream) {
            let name: String? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: CChar.self)
                guard strncmp(bytes.baseAddress!, wanted, wanted.count) == 0 else { return nil }
                return String(cString: bytes.baseAddress!)
            }
            if let name { found.append(name) }
        }
        return found
    }
}
