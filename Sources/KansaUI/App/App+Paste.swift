extension App {
    /// Whether the current screen has a line of text being typed: the only place a paste goes.
    var takesText: Bool {
        switch mode {
        case .home: false
        case .audit(let screen): screen.takesText
        case .drill(let board): board.takesText
        case .preview(let preview, _): preview.takesText
        }
    }
}
