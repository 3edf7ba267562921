// Line input: a small line editor for terminals (raw mode through termios:
// arrows, Home/End, Ctrl-A/E/B/F/K/U/W/L, Alt-B/F/D and Ctrl-arrow word moves,
// backspace/delete, history, Tab completion for the REPL) and plain reads
// when stdin is not a terminal. Also mp_hal_readline, behind input().
// The terminal is in raw mode only while a line is being read, so Ctrl-C
// raises KeyboardInterrupt as usual while code runs; termination signals that
// arrive during a read restore the terminal before the process dies.
// Left out on purpose: multi-row redraw of lines wider than the terminal
// (typing at the end of such a line still works).
#include "py/mpconfig.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "py/builtin.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "extmod/fdwait.h"
#include "extmod/mpsyscall.h"
#include "ports/unix/readline.h"
#include "ports/unix/unix_port.h"

#define UNIX_READLINE_HISTORY_MAX (50)

#define KEY_CTRL(c) ((c)&0x1f)
#define KEY_ESC (0x1b)
#define KEY_DEL (0x7f)

// Terminal state saved when raw mode is entered. These live outside the
// interpreter state on purpose: a signal handler reads them, and they hold
// no objects.
static struct termios saved_termios;
static volatile sig_atomic_t raw_active;
static struct sigaction saved_sigactions[3];
static const int restore_signals[3] = { SIGTERM, SIGHUP, SIGQUIT };

void unix_readline_restore_terminal(void) {
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_termios);
        raw_active = 0;
    }
}

// A termination signal while the terminal is raw: put it back, then die by
// the signal's default action.
static void fatal_signal_handler(int sig) {
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_termios);
        raw_active = 0;
    }
    unix_port_set_signal_handler(sig, SIG_DFL);
    raise(sig);
}

static bool enter_raw_mode(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) != 0) {
        return false;
    }
    struct termios raw = saved_termios;
    raw.c_iflag &= ~(tcflag_t)(ICRNL | INLCR | IGNCR | IXON);
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = fatal_signal_handler;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < MP_ARRAY_SIZE(restore_signals); i++) {
        sigaction(restore_signals[i], &sa, &saved_sigactions[i]);
    }
    raw_active = 1;
    if (tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) != 0) {
        raw_active = 0;
        return false;
    }
    return true;
}

static void leave_raw_mode(void) {
    unix_readline_restore_terminal();
    for (size_t i = 0; i < MP_ARRAY_SIZE(restore_signals); i++) {
        sigaction(restore_signals[i], &saved_sigactions[i], NULL);
    }
}

bool unix_readline_is_tty(void) {
    return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

static void out_strn(const char *s, size_t len) {
    mp_hal_stdout_tx_strn(s, len);
}

static void out_str(const char *s) {
    out_strn(s, strlen(s));
}

// ---------------------------------------------------------------------------
// History: a list of str in the interpreter state (a GC root), oldest first.

void unix_readline_history_add(const char *line, size_t len) {
    if (len == 0) {
        return;
    }
    if (MP_STATE_REPL_HISTORY == MP_OBJ_NULL) {
        MP_STATE_REPL_HISTORY = mp_obj_new_list(0, NULL);
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(MP_STATE_REPL_HISTORY, &n, &items);
    if (n > 0) {
        size_t last_len;
        const char *last = mp_obj_str_get_data(items[n - 1], &last_len);
        if (last_len == len && memcmp(last, line, len) == 0) {
            return;
        }
    }
    if (n >= UNIX_READLINE_HISTORY_MAX) {
        memmove(items, items + 1, (n - 1) * sizeof(mp_obj_t));
        items[n - 1] = mp_obj_new_str(line, len);
    } else {
        mp_obj_list_append(MP_STATE_REPL_HISTORY, mp_obj_new_str(line, len));
    }
}

// Entry i counted back from the newest (0 = newest), or NULL.
static mp_obj_t history_get(size_t i) {
    if (MP_STATE_REPL_HISTORY == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(MP_STATE_REPL_HISTORY, &n, &items);
    return i < n ? items[n - 1 - i] : MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// Reading keys.

typedef enum {
    READ_OK,
    READ_EOF,
    READ_INTERRUPT,
} read_status_t;

// One byte from stdin, EINTR retried through MP_SYSCALL_RETRY. A
// KeyboardInterrupt scheduled by SIGINT during the read propagates when
// may_raise is set; otherwise it (or any exception from a pending handler)
// becomes READ_INTERRUPT, so that the caller can restore the terminal.
static read_status_t read_byte(byte *c, bool may_raise) {
    ssize_t n;
    // Other threads run while input() waits for a key (a receiving thread
    // of a chat client, say).
    if (may_raise) {
        mp_fdwait_before_io(STDIN_FILENO, POLLIN);
        MP_SYSCALL_RETRY(n, read(STDIN_FILENO, c, 1));
    } else {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) != 0) {
            return READ_INTERRUPT;
        }
        mp_fdwait_before_io(STDIN_FILENO, POLLIN);
        MP_SYSCALL_RETRY(n, read(STDIN_FILENO, c, 1));
        nlr_pop();
    }
    // An error other than EINTR (EIO: the terminal went away) ends input too.
    return n == 1 ? READ_OK : READ_EOF;
}

// Keys after decoding escape sequences.
enum {
    KEY_NONE = 0x100,
    KEY_UP,
    KEY_DOWN,
    KEY_LEFT,
    KEY_RIGHT,
    KEY_HOME,
    KEY_END,
    KEY_DELETE,
    KEY_WORD_LEFT,
    KEY_WORD_RIGHT,
    KEY_WORD_DELETE, // the word after the cursor
    KEY_WORD_BACKSPACE, // the word before the cursor
};

// ESC has been read: decode CSI (ESC [ ...) and SS3 (ESC O x) sequences.
static int read_escape(void) {
    byte c;
    if (read_byte(&c, false) != READ_OK) {
        return KEY_NONE;
    }
    // Alt-<key> arrives as ESC <key> (emacs word keys).
    switch (c) {
        case 'b':
            return KEY_WORD_LEFT;
        case 'f':
            return KEY_WORD_RIGHT;
        case 'd':
            return KEY_WORD_DELETE;
        case KEY_DEL:
            return KEY_WORD_BACKSPACE;
    }
    if (c == 'O') {
        if (read_byte(&c, false) != READ_OK) {
            return KEY_NONE;
        }
        return c == 'H' ? KEY_HOME : c == 'F' ? KEY_END : KEY_NONE;
    }
    if (c != '[') {
        return KEY_NONE;
    }
    int num = 0;
    for (;;) {
        if (read_byte(&c, false) != READ_OK) {
            return KEY_NONE;
        }
        if (c >= '0' && c <= '9') {
            num = num * 10 + (c - '0');
            continue;
        }
        if (c == ';') {
            // Modifiers follow (ESC [ 1 ; 5 C): Alt (3) and Ctrl (5) make
            // left/right word moves; the others are ignored.
            num = 0;
            continue;
        }
        break;
    }
    switch (c) {
        case 'A':
            return KEY_UP;
        case 'B':
            return KEY_DOWN;
        case 'C':
            return num >= 3 ? KEY_WORD_RIGHT : KEY_RIGHT;
        case 'D':
            return num >= 3 ? KEY_WORD_LEFT : KEY_LEFT;
        case 'H':
            return KEY_HOME;
        case 'F':
            return KEY_END;
        case '~':
            if (num == 1 || num == 7) {
                return KEY_HOME;
            }
            if (num == 4 || num == 8) {
                return KEY_END;
            }
            if (num == 3) {
                return KEY_DELETE;
            }
            return KEY_NONE;
        default:
            return KEY_NONE;
    }
}

// ---------------------------------------------------------------------------
// The editor.

typedef struct _editor_t {
    vstr_t *line; // the caller's vstr; the edited text starts at `start`
    size_t start;
    size_t cursor; // byte offset from start
    const char *prompt;
    size_t hist_pos; // 0 = editing a new line, i = showing history entry i - 1
    mp_obj_t saved; // the new line while browsing history
    unsigned int flags; // UNIX_READLINE_*
} editor_t;

static char *ed_text(editor_t *ed) {
    return ed->line->buf + ed->start;
}

static size_t ed_len(editor_t *ed) {
    return ed->line->len - ed->start;
}

// Rewrite the whole line and put the cursor back (one write).
static void ed_redraw(editor_t *ed) {
    vstr_t out;
    vstr_init(&out, 64 + ed_len(ed));
    vstr_add_byte(&out, '\r');
    vstr_add_str(&out, ed->prompt);
    vstr_add_strn(&out, ed_text(ed), ed_len(ed));
    vstr_add_str(&out, "\x1b[K");
    size_t back = utf8_charlen((const byte *)ed_text(ed) + ed->cursor, ed_len(ed) - ed->cursor);
    if (back > 0) {
        vstr_printf(&out, "\x1b[%uD", (unsigned int)back);
    }
    out_strn(out.buf, out.len);
    vstr_clear(&out);
}

static size_t ed_prev_char(editor_t *ed, size_t pos) {
    const char *t = ed_text(ed);
    while (pos > 0) {
        pos--;
        if (!utf8_is_continuation((byte)t[pos])) {
            break;
        }
    }
    return pos;
}

static size_t ed_next_char(editor_t *ed, size_t pos) {
    const char *t = ed_text(ed);
    size_t len = ed_len(ed);
    if (pos < len) {
        pos++;
        while (pos < len && utf8_is_continuation((byte)t[pos])) {
            pos++;
        }
    }
    return pos;
}

static void ed_set_text(editor_t *ed, const char *s, size_t len) {
    ed->line->len = ed->start;
    vstr_add_strn(ed->line, s, len);
    ed->cursor = len;
    ed_redraw(ed);
}

static void ed_insert(editor_t *ed, const char *s, size_t len) {
    bool at_end = ed->cursor == ed_len(ed);
    for (size_t i = 0; i < len; i++) {
        vstr_ins_byte(ed->line, ed->start + ed->cursor + i, (byte)s[i]);
    }
    ed->cursor += len;
    if (at_end) {
        // Typing at the end only needs the echo (and works on wrapped lines).
        out_strn(s, len);
    } else {
        ed_redraw(ed);
    }
}

static void ed_delete_range(editor_t *ed, size_t from, size_t to) {
    if (to > from) {
        vstr_cut_out_bytes(ed->line, ed->start + from, to - from);
        ed->cursor = from;
        ed_redraw(ed);
    }
}

static bool ed_is_word(byte c) {
    return c >= 0x80 || unichar_isident(c);
}

// Where a word move from the cursor lands: the end of the next word, or the
// start of the previous one (emacs' Alt-F / Alt-B).
static size_t ed_word(editor_t *ed, bool forward) {
    const byte *t = (const byte *)ed_text(ed);
    size_t pos = ed->cursor;
    if (forward) {
        size_t len = ed_len(ed);
        while (pos < len && !ed_is_word(t[pos])) {
            pos++;
        }
        while (pos < len && ed_is_word(t[pos])) {
            pos++;
        }
    } else {
        while (pos > 0 && !ed_is_word(t[pos - 1])) {
            pos--;
        }
        while (pos > 0 && ed_is_word(t[pos - 1])) {
            pos--;
        }
    }
    return pos;
}

// Tab in the REPL: lib/_replcomplete.py gives what to insert for the line up
// to the cursor (the rest of a name or the common part of the candidates, or
// an indent when no name is there), or the candidates to list under the line,
// which is then drawn again (as MicroPython's REPL).
MP_COLD static void ed_complete(editor_t *ed) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t fun = mp_load_attr(
            mp_import_name(MP_QSTR__replcomplete, mp_const_none, MP_OBJ_NEW_SMALL_INT(0)),
            MP_QSTR_complete);
        size_t len;
        const char *s = mp_obj_str_get_data(
            mp_call_function_1(fun, mp_obj_new_str(ed_text(ed), ed->cursor)), &len);
        if (len > 0 && s[0] == '\n') {
            out_strn(s, len);
            ed_redraw(ed);
        } else {
            ed_insert(ed, s, len);
        }
        nlr_pop();
    }
    // An exception (MemoryError, say) just means no completion.
}

static void ed_history(editor_t *ed, bool older) {
    size_t pos = ed->hist_pos;
    if (older) {
        if (history_get(pos) == MP_OBJ_NULL) {
            return;
        }
        if (pos == 0) {
            ed->saved = mp_obj_new_str(ed_text(ed), ed_len(ed));
        }
        pos++;
    } else {
        if (pos == 0) {
            return;
        }
        pos--;
    }
    ed->hist_pos = pos;
    mp_obj_t entry = pos == 0 ? ed->saved : history_get(pos - 1);
    size_t len;
    const char *s = mp_obj_str_get_data(entry, &len);
    ed_set_text(ed, s, len);
}

// Puts the cursor after the line and starts a new output line.
static void ed_finish(editor_t *ed) {
    if (ed->cursor != ed_len(ed)) {
        ed->cursor = ed_len(ed);
        ed_redraw(ed);
    }
    out_str("\n");
}

static unix_readline_result_t edit_line(editor_t *ed) {
    // Bytes of a UTF-8 character arriving one by one are inserted as one.
    char utf8_buf[4];
    size_t utf8_have = 0;
    size_t utf8_need = 0;
    for (;;) {
        byte c;
        read_status_t st = read_byte(&c, false);
        if (st == READ_INTERRUPT) {
            ed_finish(ed);
            return UNIX_READLINE_INTERRUPT;
        }
        if (st == READ_EOF) {
            ed_finish(ed);
            return ed_len(ed) > 0 ? UNIX_READLINE_OK : UNIX_READLINE_EOF;
        }
        if (utf8_need > 0) {
            if (utf8_is_continuation(c)) {
                utf8_buf[utf8_have++] = (char)c;
                if (utf8_have == utf8_need) {
                    ed_insert(ed, utf8_buf, utf8_have);
                    utf8_need = 0;
                }
                continue;
            }
            utf8_need = 0; // a broken sequence is dropped
        }
        int key = c;
        if (c == KEY_ESC) {
            key = read_escape();
        }
        switch (key) {
            case '\r':
            case '\n':
                ed_finish(ed);
                return UNIX_READLINE_OK;
            case KEY_CTRL('C'):
                out_str("^C");
                ed_finish(ed);
                return UNIX_READLINE_INTERRUPT;
            case KEY_CTRL('D'):
                if (ed_len(ed) == 0) {
                    ed_finish(ed);
                    return UNIX_READLINE_EOF;
                }
                ed_delete_range(ed, ed->cursor, ed_next_char(ed, ed->cursor));
                break;
            case KEY_CTRL('E'):
                if ((ed->flags & UNIX_READLINE_ALLOW_PASTE) && ed_len(ed) == 0) {
                    return UNIX_READLINE_PASTE;
                }
                ed->cursor = ed_len(ed);
                ed_redraw(ed);
                break;
            case KEY_END:
                ed->cursor = ed_len(ed);
                ed_redraw(ed);
                break;
            case KEY_CTRL('A'):
            case KEY_HOME:
                ed->cursor = 0;
                ed_redraw(ed);
                break;
            case KEY_CTRL('B'):
            case KEY_LEFT:
                if (ed->cursor > 0) {
                    ed->cursor = ed_prev_char(ed, ed->cursor);
                    out_str("\x1b[D");
                }
                break;
            case KEY_CTRL('F'):
            case KEY_RIGHT:
                if (ed->cursor < ed_len(ed)) {
                    ed->cursor = ed_next_char(ed, ed->cursor);
                    out_str("\x1b[C");
                }
                break;
            case KEY_CTRL('P'):
            case KEY_UP:
                ed_history(ed, true);
                break;
            case KEY_CTRL('N'):
            case KEY_DOWN:
                ed_history(ed, false);
                break;
            case KEY_DEL:
            case KEY_CTRL('H'):
                if (ed->cursor > 0) {
                    size_t from = ed_prev_char(ed, ed->cursor);
                    // Backspace in an indent of 4 or more spaces takes a
                    // level off (MicroPython's auto-indent removal).
                    size_t n = 0;
                    while (n < ed->cursor && ed_text(ed)[n] == ' ') {
                        n++;
                    }
                    if (n == ed->cursor && n >= 4) {
                        from = n - 4;
                    }
                    ed_delete_range(ed, from, ed->cursor);
                }
                break;
            case KEY_DELETE:
                ed_delete_range(ed, ed->cursor, ed_next_char(ed, ed->cursor));
                break;
            case KEY_CTRL('K'):
                ed_delete_range(ed, ed->cursor, ed_len(ed));
                break;
            case KEY_CTRL('U'):
                ed_delete_range(ed, 0, ed->cursor);
                break;
            case KEY_WORD_LEFT:
            case KEY_WORD_RIGHT:
                ed->cursor = ed_word(ed, key == KEY_WORD_RIGHT);
                ed_redraw(ed);
                break;
            case KEY_WORD_DELETE:
                ed_delete_range(ed, ed->cursor, ed_word(ed, true));
                break;
            case KEY_CTRL('W'):
            case KEY_WORD_BACKSPACE:
                ed_delete_range(ed, ed_word(ed, false), ed->cursor);
                break;
            case KEY_CTRL('L'):
                out_str("\x1b[H\x1b[2J");
                ed_redraw(ed);
                break;
            case '\t':
                if (ed->flags & UNIX_READLINE_COMPLETE) {
                    ed_complete(ed);
                } else {
                    ed_insert(ed, "    ", 4 - (ed->cursor % 4));
                }
                break;
            default:
                if (key >= 0xc0 && key < 0xf8) {
                    utf8_buf[0] = (char)key;
                    utf8_have = 1;
                    utf8_need = key < 0xe0 ? 2 : key < 0xf0 ? 3 : 4;
                } else if (key >= 0x20 && key < 0x7f) {
                    char ch = (char)key;
                    ed_insert(ed, &ch, 1);
                }
                break;
        }
    }
}

// A line without editing (stdin is a pipe or a file). Bytes are read one at a
// time so that nothing after the line is taken from whoever reads stdin next.
static unix_readline_result_t plain_line(vstr_t *line, const char *prompt) {
    out_str(prompt);
    size_t start = line->len;
    for (;;) {
        byte c;
        read_status_t st = read_byte(&c, true);
        if (st != READ_OK) {
            return line->len > start ? UNIX_READLINE_OK : UNIX_READLINE_EOF;
        }
        if (c == '\n') {
            return UNIX_READLINE_OK;
        }
        vstr_add_byte(line, c);
    }
}

unix_readline_result_t unix_readline(
    vstr_t *line, const char *prompt, const char *initial, unsigned int flags) {
    if (!unix_readline_is_tty() || !enter_raw_mode()) {
        return plain_line(line, prompt);
    }
    editor_t ed = {
        .line = line,
        .start = line->len,
        .cursor = 0,
        .prompt = prompt,
        .hist_pos = 0,
        .saved = MP_OBJ_NULL,
        .flags = flags,
    };
    unix_readline_result_t res = UNIX_READLINE_EOF;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        out_str(prompt);
        if (initial != NULL && initial[0] != '\0') {
            ed_insert(&ed, initial, strlen(initial));
        }
        res = edit_line(&ed);
        nlr_pop();
    } else {
        // MemoryError and the like: the terminal must not stay raw.
        leave_raw_mode();
        nlr_jump(nlr.ret_val);
    }
    leave_raw_mode();
    if (res != UNIX_READLINE_OK) {
        line->len = ed.start;
    }
    return res;
}

// input(): on a terminal with editing (Ctrl-C raises KeyboardInterrupt).
bool mp_hal_readline(vstr_t *vstr, const char *prompt) {
    unix_readline_result_t res = unix_readline(vstr, prompt, NULL, 0);
    if (res == UNIX_READLINE_INTERRUPT) {
        mp_raise_type(&mp_type_KeyboardInterrupt);
    }
    return res == UNIX_READLINE_OK;
}
