import Foundation

/// Prints the benchmark's figures as one table — what was measured, the target, and whether it holds — and
/// at the end how many targets hold.
@MainActor
enum Scoreboard {
    /// The figures with a target measured so far.
    private static var measured: [Figure: Double] = [:]
    /// The figures that could not be measured here and are left out of the count.
    private static var skipped: Set<Figure> = []

    static func header() {
        print(row("figure", "measured", "target", ""))
        print(String(repeating: "-", count: 116))
    }

    /// A figure with its target: `value` is in the target's unit, `shown` is what was measured as printed.
    static func record(_ figure: Figure, _ value: Double, shown: String) {
        measured[figure] = value
        print(row(figure.rawValue, shown, target(figure), value <= figure.limit ? "ok" : "MISSED"))
    }

    /// A figure that cannot be measured on this machine (a program to compare with is missing): printed with
    /// what is missing, and not counted.
    static func skip(_ figure: Figure, shown: String) {
        skipped.insert(figure)
        print(row(figure.rawValue, shown, target(figure), "not counted"))
    }

    /// A figure without a target, printed for information.
    static func note(_ name: String, shown: String) {
        print(row(name, shown, "", ""))
    }

    /// A heading between the parts of the table.
    static func part(_ title: String) {
        print("\n" + title)
    }

    /// Every target not measured (counted as not holding), and how many hold.
    static func summary() {
        let counted = Figure.allCases.filter { !skipped.contains($0) }
        for figure in counted where measured[figure] == nil {
            print(row(figure.rawValue, "not measured", target(figure), "MISSED"))
        }
        let held = counted.filter { figure in measured[figure].map { $0 <= figure.limit } ?? false }.count
        print("\n\(held) of \(counted.count) targets hold")
    }

    static func target(_ figure: Figure) -> String {
        let limit = figure.unit == .ofVisiData ? "1/" + number(1 / figure.limit) : number(figure.limit)
        return "≤ " + limit + " " + figure.unit.rawValue
    }

    /// A number as short as it can be said: 5, 0.2, 64.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func row(_ name: String, _ shown: String, _ target: String, _ verdict: String) -> String {
        pad(name, 50) + " " + pad(shown, 36) + " " + pad(target, 21) + " " + verdict
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
