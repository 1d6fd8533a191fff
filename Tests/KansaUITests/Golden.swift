import GoldenFiles
import Testing

/// The screens' golden files, plain text in `Golden/NAME.txt`.
enum Golden {
    static let files = GoldenFile(besideTest: #filePath)

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let mismatch = files.mismatch(text, name + ".txt") { Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation) }
    }
}
