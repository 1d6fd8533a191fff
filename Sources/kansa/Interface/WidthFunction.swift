import KansaCore
import KansaUI

/// The character widths in force; ncurses asks `wcwidth` below, so its layout and kansa's agree.
nonisolated(unsafe) var activeCharacterWidth = CharacterWidth()

/// kansa's own `wcwidth`: the executable is linked with `--export-dynamic`, so ncurses calls this one instead of
/// libc's, and an ambiguous character is as wide for ncurses as for kansa's layout.
@_cdecl("wcwidth")
func kansaWcwidth(_ value: Int32) -> Int32 {
    if value == 0 { return 0 }
    guard value > 0, let scalar = Unicode.Scalar(UInt32(value)) else { return -1 }
    if scalar.isControl() { return -1 }
    return Int32(activeCharacterWidth.width(of: scalar))
}
