import FoundationEssentials

/// The auditor's finding for one item in one division.
public enum Verdict: String, CaseIterable, Sendable {
    /// ○ 適正
    case compliant = "○"
    /// △ 監査指導により改善
    case improved = "△"
    /// × 改善を要する
    case needsImprovement = "×"
    /// － 該当なし
    case notApplicable = "－"

    public var symbol: String { rawValue }

    /// The verdict written exactly as its symbol, compared byte by byte: the exports ask this of every cell, and a
    /// comparison of strings with non-ASCII characters costs hundreds of instructions.
    public init?(rawValue: String) {
        var text = rawValue
        guard let verdict = text.withUTF8(Verdict.init(utf8:)) else { return nil }
        self = verdict
    }

    /// The verdict whose symbol is these UTF-8 bytes.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        switch (bytes.count, bytes.first, bytes.count > 1 ? bytes[1] : 0, bytes.last) {
        case (3, 0xE2, 0x97, 0x8B): self = .compliant
        case (3, 0xE2, 0x96, 0xB3): self = .improved
        case (2, 0xC3, 0x97, 0x97): self = .needsImprovement
        case (3, 0xEF, 0xBC, 0x8D): self = .notApplicable
        default: return nil
        }
    }

    /// The verdict's place in `allCases`: 0 ○, 1 △, 2 ×, 3 －.
    public var index: Int {
        switch self {
        case .compliant: 0
        case .improved: 1
        case .needsImprovement: 2
        case .notApplicable: 3
        }
    }

    /// The seed's legend text for the verdict.
    public var legend: String {
        switch self {
        case .compliant: "適正"
        case .improved: "監査指導により改善"
        case .needsImprovement: "改善を要する"
        case .notApplicable: "該当なし"
        }
    }

    /// ○ and △ count as implemented in the report's tables.
    public var countsAsImplemented: Bool {
        self == .compliant || self == .improved
    }

    /// The verdict after this one when cycling with Space: blank → ○ → △ → × → － → blank.
    public static func cycled(after verdict: Verdict?) -> Verdict? {
        switch verdict {
        case nil: .compliant
        case .compliant: .improved
        case .improved: .needsImprovement
        case .needsImprovement: .notApplicable
        case .notApplicable: nil
        }
    }

    /// Reads a verdict as spreadsheets write it: the canonical symbol or a common look-alike
    /// (`〇`, `-`, `ー`, `x`, `✕` …). Nil for anything else.
    public init?(lenient text: String) {
        switch text.trimmingSpaces {
        case "○", "〇", "◯", "o", "O": self = .compliant
        case "△", "▲": self = .improved
        case "×", "x", "X", "✕", "✖", "☓": self = .needsImprovement
        case "－", "-", "ー", "―", "—", "−", "‐": self = .notApplicable
        default: return nil
        }
    }
}
