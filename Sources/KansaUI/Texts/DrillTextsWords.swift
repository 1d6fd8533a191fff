extension Strings {
    var textsTitle: String { pick("After the drill", "訓練後の記入") }
    var textsIntro: String {
        pick("The report's texts: each system's issues, each task's results, other remarks, the conclusion",
             "報告書の記入: システムごとの課題等、作業ごとの結果、その他、総括")
    }
    var notWritten: String { pick("not written", "未記入") }
    var textsHint: String { pick("Enter write · e $EDITOR · u undo · q back · ? help", "Enter 記入 · e $EDITOR · u 元に戻す · q 戻る · ? ヘルプ") }
    func written(_ what: String) -> String { pick("Written: \(what)", "記入しました: \(what)") }
}
