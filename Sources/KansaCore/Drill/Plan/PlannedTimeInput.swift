/// Reads a planned time as the drill lead types it: `8:30`, `８：３０`, `8時30分`, `8時`.
public enum PlannedTimeInput {
    public static func parse(_ text: String) -> ClockTime? {
        var text = text.foldingWidth.trimmingWhitespace
        if text.hasSuffix("分") { text.removeLast() }
        if let hour = text.firstIndex(of: "時") {
            let minutes = text[text.index(after: hour)...]
            text = String(text[..<hour]) + ":" + (minutes.isEmpty ? "00" : minutes.count == 1 ? "0" + minutes : String(minutes))
        }
        return ClockTime(text)
    }
}
