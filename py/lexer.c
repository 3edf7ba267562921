// The lexer: Python 3.11 source text -> tokens, with INDENT/DEDENT layout.
#include "py/mpconfig.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "py/ast.h"
#include "py/lexer.h"
#include "py/runtime.h"

// How the layout works. A logical line ends in NEWLINE unless a bracket is
// open or the physical line ended in a backslash. At the start of a logical
// line the indentation is measured twice, once with tabs to multiples of 8
// and once with a tab counting 1; the two measures must order the lines the
// same way, otherwise tabs and spaces were mixed ambiguously (CPython's
// TabError, raised here as IndentationError). Blank and comment-only lines
// produce no tokens at all. '\r\n' and a lone '\r' count as one newline.

// clang-format off
// Each keyword in a fixed 9-byte field (the longest has 8 letters): no
// pointer table, and a name is compared without a strlen per keyword.
const char keyword_table[][9] = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
};
// Where the keywords starting with each lower-case letter begin in
// keyword_table (sorted), and where those of the next letter begin: a name
// is compared with at most four keywords, not all 35.
static const uint8_t keyword_start[27] = {
    3, 8, 9, 11, 13, 16, 19, 20, 20, 24, 24, 24, 25, 25, 27, 28, 29, 29, 31, 31, 32, 32, 32, 34, 34, 35, 35,
};

// The operators grouped by their first character (the order of op_first),
// longest first within a group, so the first match is the longest one.
typedef struct _op_entry_t {
    char text[4];
    byte kind;
} op_entry_t;

static const op_entry_t op_table[] = {
    { "**=", MP_TOKEN_DEL_DBL_STAR_EQUAL },
    { "**", MP_TOKEN_OP_DBL_STAR },
    { "*=", MP_TOKEN_DEL_STAR_EQUAL },
    { "*", MP_TOKEN_OP_STAR },
    { "//=", MP_TOKEN_DEL_DBL_SLASH_EQUAL },
    { "//", MP_TOKEN_OP_DBL_SLASH },
    { "/=", MP_TOKEN_DEL_SLASH_EQUAL },
    { "/", MP_TOKEN_OP_SLASH },
    { ">>=", MP_TOKEN_DEL_DBL_MORE_EQUAL },
    { ">>", MP_TOKEN_OP_DBL_MORE },
    { ">=", MP_TOKEN_OP_MORE_EQUAL },
    { ">", MP_TOKEN_OP_MORE },
    { "<<=", MP_TOKEN_DEL_DBL_LESS_EQUAL },
    { "<<", MP_TOKEN_OP_DBL_LESS },
    { "<=", MP_TOKEN_OP_LESS_EQUAL },
    { "<", MP_TOKEN_OP_LESS },
    { "...", MP_TOKEN_ELLIPSIS },
    { ".", MP_TOKEN_DEL_PERIOD },
    { "->", MP_TOKEN_DEL_MINUS_MORE },
    { "-=", MP_TOKEN_DEL_MINUS_EQUAL },
    { "-", MP_TOKEN_OP_MINUS },
    { ":=", MP_TOKEN_OP_ASSIGN_EXPR },
    { ":", MP_TOKEN_DEL_COLON },
    { "==", MP_TOKEN_OP_DBL_EQUAL },
    { "=", MP_TOKEN_DEL_EQUAL },
    { "!=", MP_TOKEN_OP_NOT_EQUAL },
    { "+=", MP_TOKEN_DEL_PLUS_EQUAL },
    { "+", MP_TOKEN_OP_PLUS },
    { "%=", MP_TOKEN_DEL_PERCENT_EQUAL },
    { "%", MP_TOKEN_OP_PERCENT },
    { "&=", MP_TOKEN_DEL_AMPERSAND_EQUAL },
    { "&", MP_TOKEN_OP_AMPERSAND },
    { "|=", MP_TOKEN_DEL_PIPE_EQUAL },
    { "|", MP_TOKEN_OP_PIPE },
    { "^=", MP_TOKEN_DEL_CARET_EQUAL },
    { "^", MP_TOKEN_OP_CARET },
    { "@=", MP_TOKEN_DEL_AT_EQUAL },
    { "@", MP_TOKEN_OP_AT },
    { "~", MP_TOKEN_OP_TILDE },
    { "(", MP_TOKEN_DEL_PAREN_OPEN },
    { ")", MP_TOKEN_DEL_PAREN_CLOSE },
    { "[", MP_TOKEN_DEL_BRACKET_OPEN },
    { "]", MP_TOKEN_DEL_BRACKET_CLOSE },
    { "{", MP_TOKEN_DEL_BRACE_OPEN },
    { "}", MP_TOKEN_DEL_BRACE_CLOSE },
    { ",", MP_TOKEN_DEL_COMMA },
    { ";", MP_TOKEN_DEL_SEMICOLON },
};
static const char op_first[] = "*/><.-:=!+%&|^@~()[]{},;";
// Where each group of op_table starts, then where the table ends twice (an
// empty group for a character that starts no operator).
static const uint8_t op_start[] = {
    0, 4, 8, 12, 16, 18, 21, 23, 25, 26, 28, 30, 32, 34, 36, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 47,
};
// clang-format on

// ---- errors

MP_NORETURN void mp_lexer_error_at(
    mp_lexer_t *lex, size_t line, size_t col, bool indentation, const char *msg) {
    mp_ast_raise_syntax_error(lex->source_name, line, col, indentation, msg);
}

MP_NORETURN void mp_lexer_error(mp_lexer_t *lex, const char *msg) {
    mp_lexer_error_at(lex, lex->tok_line, lex->tok_col, false, msg);
}

// Error at the current read position (before a token is complete).
MP_NORETURN static void error_here(mp_lexer_t *lex, const char *msg) {
    mp_lexer_error_at(lex, lex->line, (size_t)(lex->p - lex->line_start), false, msg);
}

// CPython's TabError, a subclass of IndentationError.
// Laid out as mp_ast_raise_syntax_error lays out the others.
MP_NORETURN static void tab_error(mp_lexer_t *lex) {
    static const char msg[] = "inconsistent use of tabs and spaces in indentation";
    mp_obj_t details[4] = {
        MP_OBJ_NEW_QSTR(lex->source_name),
        mp_obj_new_int_from_uint(lex->line),
        MP_OBJ_NEW_SMALL_INT(1), // (CPython's offset for it, whatever the column)
        mp_const_none,
    };
    mp_obj_t args[2] = {
        mp_obj_new_str(msg, sizeof(msg) - 1),
        mp_obj_new_tuple(4, details),
    };
    nlr_raise(mp_obj_new_exception_args(&mp_type_TabError, 2, args));
}

// Messages that carry a number or a character are built on the heap (the
// collector reclaims them), never in a C buffer.
const char *mp_lexer_msg(const char *fmt, ...) {
    char buf[MP_ERRTEXT_BUF_SIZE];
    const char *text = mp_errtext_expand(fmt, buf);
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    size_t n = (size_t)vsnprintf(NULL, 0, text, ap) + 1;
    va_end(ap);
    char *msg = m_new(char, n);
    vsnprintf(msg, n, text, ap2);
    va_end(ap2);
    return msg;
}

// ---- character helpers

static bool at_end(mp_lexer_t *lex, size_t ahead) {
    return (size_t)(lex->src_end - lex->p) <= ahead;
}

static byte peek(mp_lexer_t *lex, size_t ahead) {
    return at_end(lex, ahead) ? 0 : lex->p[ahead];
}

static bool is_newline_char(byte c) {
    return c == '\n' || c == '\r';
}

// Consumes one newline ("\n", "\r\n" or "\r") at lex->p.
static void consume_newline(mp_lexer_t *lex) {
    if (*lex->p == '\r' && peek(lex, 1) == '\n') {
        lex->p += 2;
    } else {
        lex->p += 1;
    }
    lex->line += 1;
    lex->line_start = lex->p;
}

// The code point at lex->p + ahead (for identifiers beyond ASCII).
static unichar peek_char(mp_lexer_t *lex, size_t ahead, size_t *nbytes) {
    const byte *s = lex->p + ahead;
    byte c = *s;
    size_t n = 1;
    if (c >= 0xf0) {
        n = 4;
    } else if (c >= 0xe0) {
        n = 3;
    } else if (c >= 0xc0) {
        n = 2;
    }
    if ((size_t)(lex->src_end - s) < n) {
        *nbytes = 1;
        return 0xfffd;
    }
    *nbytes = n;
    return utf8_get_char(s);
}

static bool is_ident_start_at(mp_lexer_t *lex, size_t ahead) {
    if (at_end(lex, ahead)) {
        return false;
    }
    byte c = lex->p[ahead];
    if (c < 0x80) {
        return c == '_' || unichar_isalpha(c);
    }
    size_t n;
    // Identifiers start with a character of Unicode's XID_Start, as in CPython.
    return unichar_isidstart(peek_char(lex, ahead, &n));
}

static bool is_ident_char_at(mp_lexer_t *lex, size_t ahead) {
    if (at_end(lex, ahead)) {
        return false;
    }
    byte c = lex->p[ahead];
    if (c < 0x80) {
        return unichar_isident(c);
    }
    size_t n;
    return unichar_isident(peek_char(lex, ahead, &n));
}

// ---- construction

// The whole buffer is checked once up front: CPython refuses NUL bytes and
// invalid UTF-8 in source, and every later step can then assume valid text.
static void check_source_text(mp_lexer_t *lex) {
    const byte *p = lex->src_beg;
    size_t len = (size_t)(lex->src_end - p);
    // Valid text passes in one sweep; only bad text is searched line by line
    // for the line to report. (No UTF-8 sequence holds a '\n' byte, so the
    // buffer is valid exactly when each of its lines is.)
    if (memchr(p, 0, len) == NULL && utf8_check(p, len)) {
        return;
    }
    size_t line = lex->line;
    while (p < lex->src_end) {
        const byte *eol = p;
        while (eol < lex->src_end && *eol != '\n') {
            eol++;
        }
        if (memchr(p, 0, (size_t)(eol - p)) != NULL) {
            mp_lexer_error_at(
                lex, line, 0, false, MP_ERROR_TEXT("source code cannot contain null bytes"));
        }
        if (!utf8_check(p, (size_t)(eol - p))) {
            mp_lexer_error_at(lex, line, 0, false,
                MP_ERROR_TEXT(
                    "(unicode error) 'utf-8' codec can't decode the source: invalid UTF-8"));
        }
        p = eol + 1;
        line += 1;
    }
}

mp_lexer_t *mp_lexer_new(qstr source_name, const char *src, size_t len, size_t first_line) {
    mp_lexer_t *lex = m_new0(mp_lexer_t, 1);
    lex->source_name = source_name;
    lex->src_beg = (const byte *)src;
    lex->src_end = lex->src_beg + len;
    lex->p = lex->src_beg;
    lex->line_start = lex->p;
    lex->line = first_line;
    lex->at_line_start = true;
    vstr_init(&lex->vstr, 32);
    check_source_text(lex);
    return lex;
}

void mp_lexer_open_implicit_bracket(mp_lexer_t *lex) {
    lex->nest_char[0] = '(';
    lex->nest_line[0] = (uint32_t)lex->line;
    lex->nest_col[0] = 0;
    lex->nest = 1;
    lex->base_nest = 1;
    lex->at_line_start = false;
}

// ---- indentation

// True when lex->p is at a backslash continuation whose following line(s)
// hold nothing but white space or a comment: CPython counts the whole run as
// a blank line, so it must not open or close a block.
static bool continuation_is_blank(mp_lexer_t *lex) {
    const byte *q = lex->p;
    const byte *end = lex->src_end;
    while (q + 1 < end && q[0] == '\\' && is_newline_char(q[1])) {
        q += (q[1] == '\r' && q + 2 < end && q[2] == '\n') ? 3 : 2;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\f')) {
            q++;
        }
        if (q < end && (is_newline_char(*q) || *q == '#')) {
            return true;
        }
    }
    return false;
}

// The indentation of the line at lex->p, measured both ways (see the top of
// the file); leaves lex->p after it.
static size_t measure_indentation(mp_lexer_t *lex, size_t *alt_out) {
    size_t col = 0;
    size_t alt = 0;
    while (!at_end(lex, 0)) {
        byte c = *lex->p;
        if (c == ' ') {
            col += 1;
            alt += 1;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            alt += 1;
        } else if (c == '\f') {
            // a form feed resets the count (CPython does the same)
            col = 0;
            alt = 0;
        } else {
            break;
        }
        lex->p += 1;
    }
    *alt_out = alt;
    return col;
}

// Opens or closes blocks for a line of code indented (col, alt): records
// pending INDENT/DEDENT tokens, or raises CPython's tokenizer errors.
static void indent_line(mp_lexer_t *lex, size_t col, size_t alt) {
    size_t top = lex->indent_top;
    if (col == lex->indent[top]) {
        if (alt != lex->alt_indent[top]) {
            tab_error(lex);
        }
    } else if (col > lex->indent[top]) {
        if (alt <= lex->alt_indent[top]) {
            tab_error(lex);
        }
        if (top + 1 > MP_LEXER_MAX_INDENT) {
            mp_lexer_error_at(lex, lex->line, (size_t)(lex->p - lex->line_start), true,
                MP_ERROR_TEXT("too many levels of indentation"));
        }
        lex->indent_top = top + 1;
        lex->indent[top + 1] = col;
        lex->alt_indent[top + 1] = alt;
        lex->pending = 1;
    } else {
        int dedents = 0;
        while (top > 0 && col < lex->indent[top]) {
            top -= 1;
            dedents += 1;
        }
        if (col != lex->indent[top]) {
            // CPython places this error just past the end of the line.
            const byte *eol = lex->p;
            while (eol < lex->src_end && *eol != '\n' && *eol != '\r') {
                eol++;
            }
            mp_lexer_error_at(lex, lex->line, (size_t)(eol - lex->line_start), true,
                MP_ERROR_TEXT("unindent does not match any outer indentation level"));
        }
        if (alt != lex->alt_indent[top]) {
            tab_error(lex);
        }
        lex->indent_top = top;
        lex->pending = -dedents;
    }
}

// Measures the indentation of the next non-blank line and records pending
// INDENT/DEDENT tokens. Leaves lex->p at the line's first token (or EOF).
static void read_indentation(mp_lexer_t *lex) {
    for (;;) {
        size_t alt;
        size_t col = measure_indentation(lex, &alt);
        if (at_end(lex, 0)) {
            return;
        }
        byte c = *lex->p;
        if (c == '#') {
            while (!at_end(lex, 0) && !is_newline_char(*lex->p)) {
                lex->p += 1;
            }
            if (at_end(lex, 0)) {
                return;
            }
            c = *lex->p;
        }
        if (is_newline_char(c)) {
            consume_newline(lex);
            continue;
        }
        if (c == '\\' && continuation_is_blank(lex)) {
            lex->p += 1;
            consume_newline(lex);
            continue;
        }
        indent_line(lex, col, alt);
        return;
    }
}

void mp_lexer_indent_last_line(mp_lexer_t *lex) {
    lex->indent_top = lex->eof_top;
    lex->p = lex->line_start;
    size_t alt;
    size_t col = measure_indentation(lex, &alt);
    if (at_end(lex, 0)) {
        indent_line(lex, col, alt);
        if (lex->pending > 0) {
            mp_lexer_error_at(lex, lex->line, (size_t)(lex->p - lex->line_start), true,
                MP_ERROR_TEXT("unexpected indent"));
        }
        lex->eof_top = lex->indent_top;
    }
}

// The end of the input reached: inside brackets that is CPython's "'(' was
// never closed" (at the innermost open one).
MP_NORETURN static void eof_error(mp_lexer_t *lex) {
    lex->incomplete = true;
    if (lex->nest > lex->base_nest) {
        size_t i = lex->nest - 1;
        mp_lexer_error_at(lex, lex->nest_line[i], lex->nest_col[i], false,
            mp_lexer_msg(MP_ERROR_TEXT("'%c' was never closed"), lex->nest_char[i]));
    }
    error_here(lex, MP_ERROR_TEXT("unexpected EOF while parsing"));
}

// Skips spaces, tabs, form feeds, comments and backslash continuations
// within a logical line. Stops at a newline, a token or EOF. Returns where
// the next token starts for error positions: a NEWLINE after a comment
// starts at the '#', as in CPython.
static const byte *skip_inline_space(mp_lexer_t *lex) {
    const byte *comment = NULL;
    while (!at_end(lex, 0)) {
        byte c = *lex->p;
        if (c == ' ' || c == '\t' || c == '\f') {
            lex->p += 1;
        } else if (c == '#') {
            comment = lex->p;
            while (!at_end(lex, 0) && !is_newline_char(*lex->p)) {
                lex->p += 1;
            }
        } else if (c == '\\') {
            if (at_end(lex, 1)) {
                lex->p += 1;
                eof_error(lex);
            }
            if (!is_newline_char(lex->p[1])) {
                lex->p += 1;
                error_here(
                    lex, MP_ERROR_TEXT("unexpected character after line continuation character"));
            }
            // A continuation must be followed by a line: at the end of the
            // input it is an error, as in CPython, placed just past the
            // backslash, on its line (and the REPL asks for more).
            lex->p += 1;
            const byte *nl = lex->p;
            size_t col = (size_t)(nl - lex->line_start);
            consume_newline(lex);
            if (at_end(lex, 0)) {
                lex->line -= 1;
                lex->line_start = nl - col;
                lex->p = nl;
                eof_error(lex);
            }
        } else {
            break;
        }
    }
    return comment != NULL ? comment : lex->p;
}

// ---- tokens

static void set_token(
    mp_lexer_t *lex, mp_token_kind_t kind, const byte *beg, size_t line, size_t col) {
    lex->tok_kind = kind;
    lex->tok_beg = beg;
    lex->tok_end = lex->p;
    lex->tok_line = line;
    lex->tok_col = col;
}

static bool is_digit_in_base(byte c, int base) {
    if (base == 16) {
        return unichar_isxdigit(c);
    }
    return c >= '0' && c < '0' + base;
}

static const char *base_literal_name(int base) {
    switch (base) {
        case 16:
            return "hexadecimal";
        case 8:
            return "octal";
        case 2:
            return "binary";
        case 0:
            return "imaginary";
        default:
            return "decimal";
    }
}

MP_NORETURN static void invalid_number(mp_lexer_t *lex, int base) {
    // CPython points at the last character read, not at the next one.
    mp_lexer_error_at(lex, lex->line, (size_t)(lex->p - lex->line_start) - (lex->p > lex->line_start),
        false, mp_lexer_msg(MP_ERROR_TEXT("invalid %s literal"), base_literal_name(base)));
}

MP_NORETURN static void invalid_digit(mp_lexer_t *lex, int base) {
    mp_lexer_error_at(lex, lex->line, (size_t)(lex->p - lex->line_start), false,
        mp_lexer_msg(MP_ERROR_TEXT("invalid digit '%c' in %s literal"), peek(lex, 0), base_literal_name(base)));
}

// Reads digits of one base with single '_' separators between them, appending
// them (without '_') to the token vstr. Returns how many digits were read.
static size_t read_digits(mp_lexer_t *lex, int base) {
    size_t n = 0;
    for (;;) {
        byte c = peek(lex, 0);
        if (c == '_' && n > 0) {
            if (!is_digit_in_base(peek(lex, 1), base)) {
                lex->p += 1;
                if (base < 10 && unichar_isdigit(peek(lex, 0))) {
                    // "0b1_2": CPython names the digit.
                    invalid_digit(lex, base);
                }
                invalid_number(lex, base);
            }
            lex->p += 1;
            continue;
        }
        if (!is_digit_in_base(c, base)) {
            return n;
        }
        vstr_add_byte(&lex->vstr, c);
        lex->p += 1;
        n += 1;
    }
}

// Runs warnings.warn_explicit(msg, category, file, line). Returns true when
// a filter made the warning an error: the caller then raises a SyntaxError,
// as CPython does. A lazy warning (DeprecationWarning) is skipped while the
// warnings module is not loaded: its default filters hide it anyway.
static bool lexer_warn(mp_lexer_t *lex, const mp_obj_type_t *cat, const char *msg, size_t line, bool lazy) {
    if (lazy && !mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)),
                    MP_OBJ_NEW_QSTR(MP_QSTR_warnings), MP_MAP_LOOKUP)) {
        return false;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t warnings = mp_import_name(MP_QSTR_warnings, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t args[4] = {
            mp_obj_new_str(msg, strlen(msg)),
            MP_OBJ_FROM_PTR(cat),
            MP_OBJ_NEW_QSTR(lex->source_name),
            MP_OBJ_NEW_SMALL_INT(line),
        };
        mp_call_function_n_kw(mp_load_attr(warnings, MP_QSTR_warn_explicit), 4, 0, args);
        nlr_pop();
        return false;
    }
    if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), cat)) {
        return true;
    }
    nlr_jump(nlr.ret_val);
}

// After a number an identifier may not follow directly ("1abc"), except the
// keywords CPython still accepts there with a SyntaxWarning ("1if x else y").
static void number_keyword_warning(mp_lexer_t *lex, int base) {
    const char *msg = mp_lexer_msg(MP_ERROR_TEXT("invalid %s literal"), base_literal_name(base));
    if (lexer_warn(lex, &mp_type_SyntaxWarning, msg, lex->line, false)) {
        invalid_number(lex, base);
    }
}

static void check_number_end(mp_lexer_t *lex, int base) {
    if (!is_ident_char_at(lex, 0)) {
        return;
    }
    static const char *const allowed[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
    for (size_t i = 0; i < MP_ARRAY_SIZE(allowed); ++i) {
        size_t n = strlen(allowed[i]);
        if ((size_t)(lex->src_end - lex->p) >= n && memcmp(lex->p, allowed[i], n) == 0 &&
            !is_ident_char_at(lex, n)) {
            number_keyword_warning(lex, base);
            return;
        }
    }
    invalid_number(lex, base);
}

// NUMBER: integers in every base, floats, and imaginary literals.
static void lex_number(mp_lexer_t *lex) {
    byte c0 = peek(lex, 0);
    byte c1 = peek(lex, 1) | 0x20;
    if (c0 == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
        int base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
        vstr_add_byte(&lex->vstr, '0');
        vstr_add_byte(&lex->vstr, c1);
        lex->p += 2;
        if (peek(lex, 0) == '_') {
            lex->p += 1;
        }
        size_t n = read_digits(lex, base);
        if (base != 16 && unichar_isdigit(peek(lex, 0))) {
            invalid_digit(lex, base);
        }
        if (n == 0) {
            invalid_number(lex, base);
        }
        check_number_end(lex, base);
        lex->tok_kind = MP_TOKEN_INTEGER;
        return;
    }

    const byte *start = lex->p;
    bool is_float = false;
    size_t int_digits = read_digits(lex, 10);
    if (peek(lex, 0) == '.') {
        is_float = true;
        vstr_add_byte(&lex->vstr, '.');
        lex->p += 1;
        if (read_digits(lex, 10) == 0 && int_digits == 0) {
            invalid_number(lex, 10);
        }
    }
    byte sign = peek(lex, 1);
    size_t digit_at = (sign == '+' || sign == '-') ? 2 : 1;
    // An 'e' without exponent digits ends the number ("1else" is 1 else);
    // check_number_end then rejects "1e" or "1ex".
    if ((peek(lex, 0) | 0x20) == 'e' && unichar_isdigit(peek(lex, digit_at))) {
        is_float = true;
        vstr_add_byte(&lex->vstr, 'e');
        if (digit_at == 2) {
            vstr_add_byte(&lex->vstr, sign);
        }
        lex->p += digit_at;
        read_digits(lex, 10);
    } else if ((peek(lex, 0) | 0x20) == 'e' && digit_at == 2) {
        // "1e+x": the sign is the last character read, where CPython points.
        lex->p += 2;
        invalid_number(lex, 10);
    }
    if ((peek(lex, 0) | 0x20) == 'j') {
        lex->p += 1;
        check_number_end(lex, 0);
        lex->tok_kind = MP_TOKEN_IMAG;
        return;
    }
    if (!is_float) {
        // "0", "00" and "0_0" are fine; any other leading zero is an old-style octal.
        if (*start == '0') {
            for (size_t i = 0; i < lex->vstr.len; ++i) {
                if (lex->vstr.buf[i] != '0') {
                    mp_lexer_error_at(lex, lex->line, (size_t)(start - lex->line_start), false,
                        MP_ERROR_TEXT(
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers"));
                }
            }
        }
    }
    check_number_end(lex, 10);
    lex->tok_kind = is_float ? MP_TOKEN_FLOAT : MP_TOKEN_INTEGER;
}

static size_t hex_value(const byte *s, size_t n, bool *ok) {
    size_t v = 0;
    *ok = true;
    for (size_t i = 0; i < n; ++i) {
        if (!unichar_isxdigit(s[i])) {
            *ok = false;
            return 0;
        }
        v = v * 16 + unichar_xdigit_value(s[i]);
    }
    return v;
}

// Escape errors are reported like CPython's codecs: with the byte range of
// the offending escape inside the literal's body. As CPython 3.11 does, the
// error points past the literal and those joined to it (mp_lexer_next
// raises it there); the caller stops decoding.
static void escape_error(mp_lexer_t *lex, bool is_bytes, size_t pos, size_t end, const char *what) {
    if (lex->escape_msg == NULL) {
        lex->escape_msg = is_bytes
            ? mp_lexer_msg(MP_ERROR_TEXT("(value error) invalid \\x escape at position %u"), (unsigned)pos)
            : mp_lexer_msg(
                MP_ERROR_TEXT("(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s"),
                (unsigned)pos, (unsigned)end, what);
    }
}

// CPython warns (DeprecationWarning) for the first invalid escape of a
// literal; a filter that makes it an error makes it a SyntaxError.
static void escape_warning(mp_lexer_t *lex, const char *what, const byte *e, size_t n) {
    const char *msg = mp_lexer_msg(MP_ERROR_TEXT("invalid %sescape sequence '\\%.*s'"), what, (int)n, e);
    if (lexer_warn(lex, &mp_type_DeprecationWarning, msg, lex->tok_line, true)) {
        mp_lexer_error_at(lex, lex->tok_line, lex->tok_col, false, msg);
    }
}

void mp_lexer_decode_string(mp_lexer_t *lex, vstr_t *out, const byte *s, size_t len, bool is_bytes,
    bool is_raw, size_t line, size_t col) {
    size_t i = 0;
    bool warned = false;
    while (i < len) {
        // A run of plain characters is copied at once.
        size_t run = i;
        while (run < len && s[run] != '\r' && s[run] != '\\') {
            run++;
        }
        if (run > i) {
            vstr_add_strn(out, (const char *)s + i, run - i);
            i = run;
            continue;
        }
        byte c = s[i];
        if (c == '\r') {
            // newlines inside literals are always "\n"
            vstr_add_byte(out, '\n');
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '\\' || is_raw || i + 1 == len) {
            if (c == '\\' && !is_raw && !warned) {
                // only an f-string part ends in a backslash: the one before "{"
                escape_warning(lex, "", (const byte *)"{", 1);
            }
            vstr_add_byte(out, c);
            i += 1;
            continue;
        }
        size_t esc = i;
        byte n = s[i + 1];
        i += 2;
        switch (n) {
            case '\r':
                if (i < len && s[i] == '\n') {
                    i += 1;
                }
                break;
            case '\n':
                break;
            case '\\':
            case '\'':
            case '"':
                vstr_add_byte(out, n);
                break;
            case 'a':
                vstr_add_byte(out, 0x07);
                break;
            case 'b':
                vstr_add_byte(out, 0x08);
                break;
            case 'f':
                vstr_add_byte(out, 0x0c);
                break;
            case 'n':
                vstr_add_byte(out, 0x0a);
                break;
            case 'r':
                vstr_add_byte(out, 0x0d);
                break;
            case 't':
                vstr_add_byte(out, 0x09);
                break;
            case 'v':
                vstr_add_byte(out, 0x0b);
                break;
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7': {
                unichar v = n - '0';
                for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; ++k) {
                    v = v * 8 + (s[i] - '0');
                    i += 1;
                }
                if (v > 0377 && !warned) {
                    warned = true;
                    escape_warning(lex, "octal ", s + esc + 1, i - esc - 1);
                }
                if (is_bytes) {
                    vstr_add_byte(out, (byte)(v & 0xff));
                } else {
                    vstr_add_char(out, v);
                }
                break;
            }
            case 'x':
            case 'u':
            case 'U': {
                if (is_bytes && n != 'x') {
                    // \u and \U are not escapes in bytes literals
                    goto unknown;
                }
                size_t digits = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                bool ok = len - i >= digits;
                size_t v = ok ? hex_value(s + i, digits, &ok) : 0;
                if (!ok) {
                    size_t end = i;
                    while (end < len && end < i + digits && unichar_isxdigit(s[end])) {
                        end += 1;
                    }
                    const char *what = n == 'x'   ? "truncated \\xXX escape"
                                       : n == 'u' ? "truncated \\uXXXX escape"
                                                  : "truncated \\UXXXXXXXX escape";
                    escape_error(lex, is_bytes, esc, end - 1, what);
                    return;
                }
                i += digits;
                if (is_bytes) {
                    vstr_add_byte(out, (byte)v);
                } else if (v > 0x10ffff) {
                    escape_error(lex, false, esc, i - 1, "illegal Unicode character");
                    return;
                } else {
                    vstr_add_char(out, (unichar)v);
                }
                break;
            }
            case 'N':
                if (!is_bytes) {
                    // \N{NAME}: the names known are those of py/unicode_names.h.
                    if (i >= len || s[i] != '{') {
                        escape_error(lex, false, esc, i - 1, "malformed \\N character escape");
                        return;
                    }
                    size_t close = i + 1;
                    while (close < len && s[close] != '}') {
                        close += 1;
                    }
                    if (close == len || close == i + 1) {
                        escape_error(lex, false, esc, close == len ? len - 1 : i,
                            "malformed \\N character escape");
                        return;
                    }
                    int32_t v = unichar_lookup_name((const char *)s + i + 1, close - i - 1);
                    if (v < 0) {
                        escape_error(lex, false, esc, close, "unknown Unicode character name");
                        return;
                    }
                    vstr_add_char(out, (unichar)v);
                    i = close + 1;
                    break;
                }
                // fall through
            default:
            unknown:
                // An unknown escape keeps its backslash (CPython warns for
                // an ASCII character only).
                if (!warned && n < 0x80) {
                    warned = true;
                    escape_warning(lex, "", s + i - 1, 1);
                }
                vstr_add_byte(out, '\\');
                i -= 1;
                break;
        }
    }
}

// STRING, BYTES, FSTRING: the prefix (if any) has been read already.
static void lex_string(mp_lexer_t *lex, bool is_bytes, bool is_raw, bool is_f) {
    size_t start_line = lex->tok_line;
    size_t start_col = lex->tok_col;
    byte quote = *lex->p;
    bool triple = peek(lex, 1) == quote && peek(lex, 2) == quote;
    lex->p += triple ? 3 : 1;
    const byte *body = lex->p;
    size_t body_line = lex->line;
    size_t body_col = (size_t)(body - lex->line_start);
    for (;;) {
        if (at_end(lex, 0)) {
            // A final newline does not start a line of its own.
            size_t last_line = lex->line;
            if (last_line > start_line && lex->p > body && is_newline_char(lex->p[-1])) {
                last_line -= 1;
            }
            if (triple) {
                lex->incomplete = true;
            }
            mp_lexer_error_at(lex, start_line, start_col, false,
                mp_lexer_msg(MP_ERROR_TEXT("unterminated %sstring literal (detected at line %u)"),
                    triple ? "triple-quoted " : "", (unsigned)last_line));
        }
        byte c = *lex->p;
        if (c == '\\') {
            lex->p += 1;
            if (!at_end(lex, 0)) {
                if (is_newline_char(*lex->p)) {
                    consume_newline(lex);
                } else {
                    lex->p += 1;
                }
            }
            continue;
        }
        if (is_newline_char(c)) {
            if (!triple) {
                mp_lexer_error_at(lex, start_line, start_col, false,
                    mp_lexer_msg(MP_ERROR_TEXT("unterminated %sstring literal (detected at line %u)"), "",
                        (unsigned)lex->line));
            }
            consume_newline(lex);
            continue;
        }
        if (c == quote && (!triple || (peek(lex, 1) == quote && peek(lex, 2) == quote))) {
            break;
        }
        lex->p += 1;
    }
    const byte *body_end = lex->p;
    lex->p += triple ? 3 : 1;
    size_t body_len = (size_t)(body_end - body);

    if (is_f) {
        // The parser splits the body; it gets it with newlines normalised.
        for (size_t i = 0; i < body_len; ++i) {
            byte c = body[i];
            if (c == '\r') {
                if (i + 1 < body_len && body[i + 1] == '\n') {
                    i += 1;
                }
                c = '\n';
            }
            vstr_add_byte(&lex->vstr, c);
        }
        lex->tok_raw = is_raw;
        lex->tok_kind = MP_TOKEN_FSTRING;
        return;
    }
    if (is_bytes) {
        for (size_t i = 0; i < body_len; ++i) {
            if (body[i] >= 0x80) {
                mp_lexer_error_at(lex, start_line, start_col, false,
                    MP_ERROR_TEXT("bytes can only contain ASCII literal characters"));
            }
        }
    }
    mp_lexer_decode_string(lex, &lex->vstr, body, body_len, is_bytes, is_raw, body_line, body_col);
    lex->tok_kind = is_bytes ? MP_TOKEN_BYTES : MP_TOKEN_STRING;
}

// NAME or keyword, or a string prefix followed by its string.
static void lex_name(mp_lexer_t *lex) {
    const byte *beg = lex->p;
    // ASCII letters, digits and '_' without a call per character; the rest
    // (non-ASCII) one code point at a time.
    bool ascii = true;
    for (;;) {
        byte c = lex->p < lex->src_end ? *lex->p : 0;
        if ((byte)((c | 0x20) - 'a') < 26 || (byte)(c - '0') < 10 || c == '_') {
            lex->p += 1;
        } else if (c >= 0x80 && is_ident_char_at(lex, 0)) {
            size_t n;
            peek_char(lex, 0, &n);
            lex->p += n;
            ascii = false;
        } else {
            break;
        }
    }
    size_t len = (size_t)(lex->p - beg);
    byte q = peek(lex, 0);
    if ((q == '\'' || q == '"') && len <= 2) {
        // A string prefix: any case, each of b/r/f/u at most once, u alone,
        // and b together with f is not allowed.
        bool b = false;
        bool r = false;
        bool f = false;
        bool ok = true;
        for (size_t i = 0; i < len; ++i) {
            switch (beg[i] | 0x20) {
                case 'b':
                    ok = ok && !b;
                    b = true;
                    break;
                case 'r':
                    ok = ok && !r;
                    r = true;
                    break;
                case 'f':
                    ok = ok && !f;
                    f = true;
                    break;
                case 'u':
                    ok = ok && len == 1;
                    break;
                default:
                    ok = false;
                    break;
            }
        }
        if (ok && !(b && f)) {
            lex_string(lex, b, r, f);
            return;
        }
    }
    size_t first = 0, last = 3; // False, None, True
    if (beg[0] >= 'a' && beg[0] <= 'z') {
        first = keyword_start[beg[0] - 'a'];
        last = keyword_start[beg[0] - 'a' + 1];
    }
    for (size_t i = first; i < last && len < sizeof(keyword_table[0]); ++i) {
        const char *kw = keyword_table[i];
        if (kw[len] == 0 && memcmp(kw, beg, len) == 0) {
            lex->tok_kind = (mp_token_kind_t)(MP_TOKEN_KW_FALSE + i);
            return;
        }
    }
    // Non-ASCII names are normalised (NFKC, for the blocks the tables
    // cover): the micro sign and mu, or a mathematical bold A and A, are the
    // same name.
    if (ascii) {
        vstr_add_strn(&lex->vstr, (const char *)beg, len);
    } else {
        // Stepping stays within the name: it may end the buffer, which the
        // REPL's completeness scan does not terminate.
        const byte *end = beg + len;
        for (const byte *c = beg; c < end;) {
            unichar single;
            const char *text = unichar_nfkc_ident(utf8_get_char(c), &single);
            do {
                c++;
            } while (c < end && utf8_is_continuation(*c));
            if (text != NULL) {
                vstr_add_str(&lex->vstr, text);
            } else {
                vstr_add_char(&lex->vstr, single);
            }
        }
    }
    lex->tok_qstr = qstr_from_strn(lex->vstr.buf, lex->vstr.len);
    lex->tok_kind = MP_TOKEN_NAME;
}

static void open_bracket(mp_lexer_t *lex, byte c) {
    if (lex->nest >= MP_LEXER_MAX_NEST) {
        mp_lexer_error(lex, MP_ERROR_TEXT("too many nested parentheses"));
    }
    lex->nest_char[lex->nest] = c;
    lex->nest_line[lex->nest] = (uint32_t)lex->tok_line;
    lex->nest_col[lex->nest] = (uint32_t)lex->tok_col;
    lex->nest += 1;
}

static void close_bracket(mp_lexer_t *lex, byte c) {
    if (lex->nest == lex->base_nest) {
        mp_lexer_error(lex, mp_lexer_msg(MP_ERROR_TEXT("unmatched '%c'"), c));
    }
    byte open = lex->nest_char[lex->nest - 1];
    byte want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != want) {
        // (the opening line is named when it is another one)
        size_t open_line = lex->nest_line[lex->nest - 1];
        const char *msg = mp_lexer_msg(
            MP_ERROR_TEXT("closing parenthesis '%c' does not match opening parenthesis '%c'%s"), c, open,
            open_line != lex->tok_line ? mp_lexer_msg(" on line %u", (unsigned)open_line) : "");
        mp_lexer_error(lex, msg);
    }
    lex->nest -= 1;
}

// Any token that starts at lex->p (not a newline, not EOF).
static void lex_token(mp_lexer_t *lex) {
    byte c = *lex->p;
    if (unichar_isdigit(c) || (c == '.' && unichar_isdigit(peek(lex, 1)))) {
        lex_number(lex);
        return;
    }
    if (c == '\'' || c == '"') {
        lex_string(lex, false, false, false);
        return;
    }
    if (is_ident_start_at(lex, 0)) {
        lex_name(lex);
        return;
    }
    // Only the group of operators that start with c is tried.
    const char *g = memchr(op_first, c, sizeof(op_first) - 1);
    size_t group = g != NULL ? (size_t)(g - op_first) : sizeof(op_first) - 1;
    for (size_t i = op_start[group]; i < op_start[group + 1]; ++i) {
        const char *t = op_table[i].text;
        size_t n = 1;
        // (peek gives 0 at the end, and the source holds no NUL bytes)
        while (t[n] != 0 && peek(lex, n) == (byte)t[n]) {
            n++;
        }
        if (t[n] == 0) {
            lex->p += n;
            lex->tok_kind = (mp_token_kind_t)op_table[i].kind;
            switch (lex->tok_kind) {
                case MP_TOKEN_DEL_PAREN_OPEN:
                case MP_TOKEN_DEL_BRACKET_OPEN:
                case MP_TOKEN_DEL_BRACE_OPEN:
                    open_bracket(lex, c);
                    break;
                case MP_TOKEN_DEL_PAREN_CLOSE:
                case MP_TOKEN_DEL_BRACKET_CLOSE:
                case MP_TOKEN_DEL_BRACE_CLOSE:
                    close_bracket(lex, c);
                    break;
                default:
                    break;
            }
            return;
        }
    }
    size_t n;
    unichar u = peek_char(lex, 0, &n);
    if (!unichar_isprint(u)) {
        // control characters, NBSP, zero-width marks: shown by code only
        mp_lexer_error(lex, mp_lexer_msg(MP_ERROR_TEXT("invalid non-printable character U+%04X"), (unsigned)u));
    } else if (c < 0x80) {
        // '$', '?', '`' and a lone '!' (CPython's parser meets a bad escape
        // before it)
        mp_lexer_error(lex, lex->escape_msg != NULL ? lex->escape_msg : MP_ERROR_TEXT("invalid syntax"));
    }
    mp_lexer_error(lex, mp_lexer_msg(MP_ERROR_TEXT("invalid character '%.*s' (U+%04X)"), (int)n,
        (const char *)lex->p, (unsigned)u));
}

static void lexer_next(mp_lexer_t *lex);

void mp_lexer_next(mp_lexer_t *lex) {
    // (The lexer stops right after a token, even one spanning lines.)
    if (lex->tok_kind > MP_TOKEN_DEDENT) {
        lex->prev_line = lex->line;
        lex->prev_col = (size_t)(lex->p - lex->line_start);
    }
    lexer_next(lex);
    if (lex->escape_msg != NULL && (lex->tok_kind < MP_TOKEN_STRING || lex->tok_kind > MP_TOKEN_FSTRING)) {
        mp_lexer_error(lex, lex->escape_msg);
    }
}

static void lexer_next(mp_lexer_t *lex) {
    vstr_reset(&lex->vstr);
    lex->tok_qstr = MP_QSTRnull;
    lex->tok_raw = false;
    for (;;) {
        size_t col = (size_t)(lex->p - lex->line_start);
        if (lex->pending < 0) {
            lex->pending += 1;
            set_token(lex, MP_TOKEN_DEDENT, lex->p, lex->line, col);
            return;
        }
        if (lex->pending > 0) {
            lex->pending -= 1;
            set_token(lex, MP_TOKEN_INDENT, lex->p, lex->line, col);
            return;
        }
        if (lex->at_line_start && lex->nest == 0) {
            lex->at_line_start = false;
            read_indentation(lex);
            if (lex->pending != 0) {
                continue;
            }
        }
        col = (size_t)(skip_inline_space(lex) - lex->line_start);
        if (at_end(lex, 0)) {
            if (lex->nest > lex->base_nest) {
                eof_error(lex);
            }
            if (lex->eof_top < lex->indent_top) {
                lex->eof_top = lex->indent_top;
            }
            if (lex->line_has_token && lex->base_nest == 0) {
                lex->line_has_token = false;
                lex->eof_code = true;
                set_token(lex, MP_TOKEN_NEWLINE, lex->p, lex->line, col);
                return;
            }
            // CPython places the closing DEDENTs and the end at the source's
            // last newline, the end of the last line (not after a "\r\n").
            size_t line = lex->line;
            const byte *e = lex->p - 1; // the newline
            if (col == 0 && line > 1 && lex->p > lex->src_beg + 1 && e[-1] != '\r') {
                const byte *q = e;
                while (q > lex->src_beg && !is_newline_char(q[-1])) {
                    q--;
                }
                line -= 1;
                col = (size_t)(e - q);
            }
            mp_token_kind_t kind = MP_TOKEN_END;
            if (lex->indent_top > 0) {
                lex->indent_top -= 1;
                kind = MP_TOKEN_DEDENT;
            }
            set_token(lex, kind, lex->p, line, col);
            return;
        }
        if (is_newline_char(*lex->p)) {
            size_t line = lex->line;
            const byte *beg = lex->p;
            consume_newline(lex);
            if (lex->nest > 0) {
                continue;
            }
            lex->at_line_start = true;
            if (!lex->line_has_token) {
                continue;
            }
            lex->line_has_token = false;
            lex->tok_kind = MP_TOKEN_NEWLINE;
            lex->tok_beg = beg;
            lex->tok_end = beg;
            lex->tok_line = line;
            lex->tok_col = col;
            return;
        }
        const byte *beg = lex->p;
        lex->tok_line = lex->line;
        lex->tok_col = col;
        lex->tok_beg = beg;
        lex_token(lex);
        lex->tok_end = lex->p;
        lex->line_has_token = true;
        return;
    }
}
