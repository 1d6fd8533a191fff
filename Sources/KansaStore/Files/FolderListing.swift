import Glibc

/// The names in a folder, read with `readdir`: each name is offered to a test as the C string it is, so that a
/// folder of thousands of files (a home, `/tmp`) costs a `String` only for the names kept.
enum FolderListing {
    /// The names `keep` accepts (`.` and `..` are never offered); nil when the folder cannot be read, with `errno` set.
    static func names(in folder: String, keeping keep: (UnsafePointer<CChar>) -> Bool) -> [String]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var found: [String] = []
        while let entry = readdir(stream) {
            let name: String? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let text = raw.bindMemory(to: CChar.self).baseAddress!
                guard strcmp(text, ".") != 0, strcmp(text, "..") != 0, keep(text) else { return nil }
                return String(cString: text)
            }
            if let name { found.append(name) }
        }
        return found
    }
}
