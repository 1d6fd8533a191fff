// The only C in kansa: ncursesw with its wide-character API made visible to Swift.
#ifndef KANSA_CNCURSESW_SHIM_H
#define KANSA_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdlib.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Attribute macros are not imported into Swift; these carry their values across.
static inline attr_t kansa_attr_normal(void) { return A_NORMAL; }
static inline attr_t kansa_attr_bold(void) { return A_BOLD; }
static inline attr_t kansa_attr_reverse(void) { return A_REVERSE; }
static inline attr_t kansa_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t kansa_attr_dim(void) { return A_DIM; }

/// The window of the current screen (the `stdscr` global, which Swift 6 refuses as shared mutable state).
static inline WINDOW *stdscr_window(void) { return stdscr; }

/// How many colours the terminal has (the `COLORS` global).
static inline int kansa_colors(void) { return COLORS; }

/// Sets one wide character with attributes and a colour pair into a cchar_t.
static inline int kansa_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(cell, text, attrs, pair, NULL);
}

/// Sends a terminfo string to standard output with its padding (`$<50>`), as `tputs` does; for after `endwin`.
/// `tputs` is declared here rather than through <term.h>, whose capability macros would come along.
int tputs(const char *, int, int (*)(int));
static inline void kansa_send_capability(const char *value) {
    tputs(value, 1, putchar);
    fflush(stdout);
}

#endif
