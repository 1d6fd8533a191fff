import KansaCore

/// The symbols a theme draws with: Unicode (○ △ × －, box-drawing lines) or plain ASCII for consoles that
/// cannot show them.
public struct Glyphs: Equatable, Sendable {
    /// ○ △ × － in `Verdict.index` order.
    public var verdicts: [String]
    /// A cell not heard yet.
    public var blank: String
    public var horizontal: String
    public var vertical: String
    /// ┌ ┐ └ ┘
    public var corners: [String]
    /// The current step of the drill.
    public var current: String
    /// A power lamp, on; and off — another shape, not only another colour.
    public var lamp: String
    public var lampOff: String
    /// The generator's lamp while it runs without feeding the room.
    public var lampStandby: String
    /// A system on emergency power (◆, which Japanese fonts have; ⚡ showed as an empty box in many).
    public var emergency: String

    public func symbol(_ verdict: Verdict?) -> String {
        verdict.map { verdicts[$0.index] } ?? blank
    }

    public static let unicode = Glyphs(
        verdicts: ["○", "△", "×", "－"], blank: "·", horizontal: "─", vertical: "│", corners: ["┌", "┐", "└", "┘"],
        current: "▶", lamp: "●", lampOff: "○", lampStandby: "◐", emergency: "◆")

    public static let ascii = Glyphs(
        verdicts: ["o", "^", "x", "-"], blank: ".", horizontal: "-", vertical: "|", corners: ["+", "+", "+", "+"],
        current: ">", lamp: "*", lampOff: "-", lampStandby: "~", emergency: "!")

    /// The glyph sets a theme file can name.
    public static let named: [String: Glyphs] = ["unicode": .unicode, "ascii": .ascii]
}
