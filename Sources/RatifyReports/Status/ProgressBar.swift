/// `[██████░░░░░░]`: how far a count is toward its threshold.
public func progressBar(_ value: Int, of total: Int, width: Int = 40) -> String {
    let filled = total > 0 ? min(width, value * width / total) : width
    return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
}
