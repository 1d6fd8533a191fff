extension Strings {
    func replayBanner(speed: Int, at time: String) -> String { pick("REPLAY \(speed)× \(time)", "再生 \(speed)倍 \(time)") }
    var replayPaused: String { pick("paused", "一時停止中") }
    var replayFinished: String { pick("end of the record", "記録の終わり") }
    var replayHint: String { pick("Space pause · +/- speed · → next · q quit", "Space 一時停止 · +/- 速さ · → 次 · q 終了") }
    public var replayReadOnly: String { pick("a replay never writes the file", "再生中はファイルを書き換えません") }
}
