import KansaCore
import KansaStore
import KansaUI

extension Theme {
    /// The roles and glyph sets a theme file may name; every role but `normal` must be given.
    static let vocabulary = ThemeFile.Vocabulary(
        roles: Set(Role.allCases.map(\.rawValue)),
        required: Set(Role.allCases.filter { $0 != .normal }.map(\.rawValue)),
        glyphSets: Set(Glyphs.named.keys))

    /// The theme a checked theme file describes.
    init(_ file: ThemeFile) {
        var looks: [Role: Look] = [:]
        for (name, look) in file.looks {
            guard let role = Role(rawValue: name) else { continue }
            looks[role] = Look(foreground: look.foreground, background: look.background, bold: look.bold, dim: look.dim,
                               reverse: look.reverse, underline: look.underline)
        }
        self.init(name: file.name, looks: looks, glyphs: file.glyphs.flatMap { Glyphs.named[$0] } ?? .unicode)
    }

    /// The theme called `name`: the user's own file in `userFolder` first, then the shipped one. A theme that
    /// cannot be used gives the built-in default and says why, in `language`.
    static func named(_ name: String, userFolder: String?, language: Language) -> (theme: Theme, problem: String?) {
        let ja = language == .ja
        do throws(StoreError) {
            if let userFolder, !name.contains("/") {
                let path = userFolder + "/" + name + ".json"
                do {
                    return (Theme(try ThemeFile.read(path, vocabulary: vocabulary)), nil)
                } catch {
                    if error.reason != .notFound { throw error }
                }
            }
            guard let text = ShippedThemes.sources[name] else {
                return (builtIn, ja ? "テーマ \(name) はありません。default を使います" : "no theme \(name); using default")
            }
            return (Theme(try ThemeFile.parse(Array(text.utf8), path: "Themes/\(name).json", vocabulary: vocabulary)), nil)
        } catch {
            return (builtIn, error.description(in: language) + (ja ? "（default を使います）" : "; using default"))
        }
    }
}
