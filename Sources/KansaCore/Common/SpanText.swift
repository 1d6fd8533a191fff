/// Writes a number of seconds the way the board and reports show spans: `1:26:00`, `-0:02:30`.
public func formatSpan(seconds: Int64) -> String {
    let sign = seconds < 0 ? "-" : ""
    let s = abs(seconds)
    return sign + "\(s / 3600):" + pad2(Int(s % 3600 / 60)) + ":" + pad2(Int(s % 60))
}

/// A delay against a plan in whole minutes: `+6m`, `-2m`, `±0m`.
public func formatDelay(seconds: Int64) -> String {
    let minutes = seconds >= 0 ? seconds / 60 : -((-seconds) / 60)
    if minutes == 0 { return "±0m" }
    return (minutes > 0 ? "+" : "") + "\(minutes)m"
}

/// A number of 0…99 written with two digits.
func pad2(_ n: Int) -> String {
    n < 10 ? "0\(n)" : "\(n)"
}
