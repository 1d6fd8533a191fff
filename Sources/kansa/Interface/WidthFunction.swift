import Glibc
import KansaCore
import KansaUI

/// The character widths in force; ncurses asks `wcwidth` below, so its layout and kansa's agree.
nonisolated(unsafe) var activeCharacterWidth = CharacterWidth()

/// kansa's own `wcwidth`: the executable is linked with `--export-dynamic`, so ncurses calls this one instead of
/// libc's, and an ambiguous character is as wide for ncurses as for kansa's layout. Public, so that the release
/// build keeps and exports it (an internal function nothing calls is dropped there).
@_cdecl("wcwidth")
public func kansaWcwidth(_ value: Int32) -> Int32 {
    if value == 0 { return 0 }
    guard value > 0, let scalar = Unicode.Scalar(UInt32(value)) else { return -1 }
    if scalar.isControl() { return -1 }
    return Int32(activeCharacterWidth.width(of: scalar))
}

/// Whether the `wcwidth` that ncurses gets is kansa's: the one the dynamic linker finds from the program.
func ncursesUsesKansaWidths() -> Bool {
    guard let handle = dlopen(nil, RTLD_NOW) else { return false }
    defer { dlclose(handle) }
    let ours: @convention(c) (Int32) -> Int32 = kansaWcwidth
    return dlsym(handle, "wcwidth") == unsafeBitCast(ours, to: UnsafeMutableRawPointer.self)
}
