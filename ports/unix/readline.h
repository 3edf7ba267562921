// Line input for the REPL and input(): an editing line reader on a terminal,
// plain line reads otherwise.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_READLINE_H
#define MICROPY_INCLUDED_PORTS_UNIX_READLINE_H

#include "py/misc.h"

typedef enum {
    UNIX_READLINE_OK, // a line (without its newline) was appended to the vstr
    UNIX_READLINE_EOF, // Ctrl-D on an empty line, or end of input
    UNIX_READLINE_INTERRUPT, // Ctrl-C (or SIGINT) while reading: the line is dropped
    UNIX_READLINE_PASTE, // Ctrl-E on an empty line, when paste mode was allowed
} unix_readline_result_t;

// True when stdin and stdout are both terminals: lines are edited in raw mode.
bool unix_readline_is_tty(void);

// Read one line after printing prompt, appending it to line. On a terminal,
// initial (may be NULL) is placed in the edit buffer first (the REPL's
// auto-indent) and up/down recall the history. The line is not added
// to the history: the caller does that with unix_readline_history_add.
// flags: UNIX_READLINE_* below.
unix_readline_result_t unix_readline(
    vstr_t *line, const char *prompt, const char *initial, unsigned int flags);

// Ctrl-E on an empty line returns UNIX_READLINE_PASTE.
#define UNIX_READLINE_ALLOW_PASTE (1)
// Tab completes names of __main__, builtins and attributes (the REPL).
#define UNIX_READLINE_COMPLETE (2)

// Remember a line for up/down recall (the last UNIX_READLINE_HISTORY_MAX ones).
void unix_readline_history_add(const char *line, size_t len);

// Leave raw mode if a reader left the terminal in it (at exit, on signals).
void unix_readline_restore_terminal(void);

#endif // MICROPY_INCLUDED_PORTS_UNIX_READLINE_H
