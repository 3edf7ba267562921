// The regular expression compiler: CPython's pattern syntax compiled to
// the small instruction set of extmod/re_prog.h (run by extmod/re_engine.c).
//
// Compiling is two passes: a recursive-descent parser builds a tree of
// nodes (so that widths can be measured for lookbehind and repeated
// sub-patterns known to match the empty string), then the tree is emitted
// as code.
//
// Supported: literals and escapes, . ^ $ \A \Z \b \B, classes with ranges
// and \d \w \s (Unicode-aware for str patterns unless re.ASCII), groups
// (capturing, (?:), (?P<name>), (?P=name), backreferences \1), lookahead
// and fixed-width lookbehind, atomic groups (?>) and possessive
// quantifiers, conditionals (?(1)yes|no), greedy and lazy * + ? {m,n},
// flags i m s x a (global at the start, or scoped (?i:...)).
// Left out: \N{name}, re.LOCALE, full Unicode case folding (simple
// lowercasing is used).
#include "py/mpconfig.h"

#if MICROPY_PY_RE

#include <string.h>

#include "py/runtime.h"
#include "extmod/re_engine.h"
#include "extmod/re_prog.h"

// Nesting of groups the parser accepts (it recurses per level).
#define RE_MAX_DEPTH (200)
// Repeat counts must stay below this (CPython's MAXREPEAT is 2**32 - 1).
#define RE_MAX_REPEAT (0x7fffffff)

/******************************************************************************/
// re.error

// A re.error made by the program (re.error('text')) has not had the
// attributes stored that the parser stores: msg is its first argument, the
// others None (CPython's defaults for error(msg, pattern=None, pos=None)).
static void re_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    bool load = dest[0] == MP_OBJ_NULL;
    MP_OBJ_TYPE_GET_SLOT(&mp_type_Exception, attr)(self_in, attr, dest);
    if (!load || dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_msg) {
        mp_obj_t args = mp_load_attr(self_in, MP_QSTR_args);
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(args, &n, &items);
        dest[0] = n > 0 ? items[0] : mp_const_none;
    } else if (attr == MP_QSTR_pattern || attr == MP_QSTR_pos || attr == MP_QSTR_lineno ||
               attr == MP_QSTR_colno) {
        dest[0] = mp_const_none;
    }
}

MP_DEFINE_CONST_OBJ_TYPE(
    re_engine_error_type, MP_QSTR_error, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, re_error_attr,
    parent, &mp_type_Exception
    );

// The exception carries CPython's msg and pos attributes (pos None when the
// error has no position), and pattern, lineno and colno (None without a
// pattern). pat: the pattern as code points, or NULL.
MP_NORETURN void re_engine_raise_error_in(
    const char *msg, mp_int_t pos, const uint32_t *pat, size_t len, bool is_bytes) {
    vstr_t vstr;
    vstr_init(&vstr, 48);
    // A bytes pattern's text shows in the message with \xNN escapes (its
    // code points are below 256: two UTF-8 bytes when not ASCII).
    for (const byte *m = (const byte *)msg; *m; m++) {
        if (is_bytes && *m >= 0xc0 && m[1]) {
            vstr_printf(&vstr, "\\x%02x", ((*m & 0x1f) << 6) | (m[1] & 0x3f));
            m++;
        } else {
            vstr_add_byte(&vstr, *m);
        }
    }
    mp_obj_t msg_obj = mp_obj_new_str(vstr.buf, vstr.len);
    mp_obj_t pattern = mp_const_none, lineno = mp_const_none, colno = mp_const_none;
    if (pos >= 0) {
        vstr_printf(&vstr, " at position %d", (int)pos);
    }
    if (pat != NULL) {
        vstr_t src;
        vstr_init(&src, len + 1);
        bool multiline = false;
        for (size_t i = 0; i < len; i++) {
            if (is_bytes) {
                vstr_add_byte(&src, (byte)pat[i]);
            } else {
                vstr_add_char(&src, pat[i]);
            }
            multiline = multiline || pat[i] == '\n';
        }
        pattern = is_bytes ? mp_obj_new_bytes_from_vstr(&src) : mp_obj_new_str_from_vstr(&src);
        if (pos >= 0) {
            size_t line = 1, line_start = 0;
            for (size_t i = 0; i < (size_t)pos && i < len; i++) {
                if (pat[i] == '\n') {
                    line++;
                    line_start = i + 1;
                }
            }
            size_t col = (size_t)pos - line_start + 1;
            lineno = MP_OBJ_NEW_SMALL_INT(line);
            colno = MP_OBJ_NEW_SMALL_INT(col);
            if (multiline) {
                vstr_printf(&vstr, " (line %u, column %u)", (unsigned)line, (unsigned)col);
            }
        }
    }
    mp_obj_t text = mp_obj_new_str_from_vstr(&vstr);
    mp_obj_t exc = mp_obj_new_exception_args(&re_engine_error_type, 1, &text);
    mp_store_attr(exc, MP_QSTR_msg, msg_obj);
    mp_store_attr(exc, MP_QSTR_pattern, pattern);
    mp_store_attr(exc, MP_QSTR_pos, pos < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(pos));
    mp_store_attr(exc, MP_QSTR_lineno, lineno);
    mp_store_attr(exc, MP_QSTR_colno, colno);
    nlr_raise(exc);
}

MP_NORETURN void re_engine_raise_error(mp_rom_error_text_t msg, mp_int_t pos) {
    char buf[MP_ERRTEXT_BUF_SIZE];
    re_engine_raise_error_in(mp_errtext_expand(msg, buf), pos, NULL, 0, false);
}

/******************************************************************************/
// The parse tree.

typedef enum {
    N_EMPTY,
    N_CHAR, // c; flag: ignore case (c is folded to lower case)
    N_ANY, // flag: DOTALL
    N_CLASS, // index: class
    N_ASSERT, // flag: RE_AS_*
    N_GROUP, // index: group number, -1 for (?:); child
    N_CONCAT, // child: first element, linked by next
    N_ALT, // child: first alternative, linked by next
    N_REPEAT, // child; min, max (RE_INF); flag: REP_*
    N_BACKREF, // index: group; flag: ignore case
    N_LOOK, // child; flag: RE_LOOK_*
    N_ATOMIC, // child
    N_COND, // index: group; child: yes branch; child2: no branch
} node_kind_t;

#define REP_GREEDY (1)
#define REP_POSSESSIVE (2)

typedef struct _node_t {
    byte kind;
    byte flag;
    int32_t index;
    uint32_t c;
    mp_int_t min, max;
    struct _node_t *child;
    struct _node_t *child2;
    struct _node_t *next;
} node_t;

/******************************************************************************/
// Parser.

typedef struct _parser_t {
    const uint32_t *pat;
    size_t len;
    size_t i;
    mp_int_t flags; // flags in force here (scoped flags change them)
    mp_int_t global_flags; // flags of the whole pattern
    bool is_bytes;
    int depth;
    bool items_seen; // something other than global flags and comments was parsed
    size_t *cond_refs; // (group, position) pairs of conditionals referring ahead
    size_t n_cond_refs;
    size_t cond_refs_alloc;
    size_t n_groups;
    mp_obj_t names; // dict name -> group
    uint32_t *open; // bitset-ish list of groups still open
    size_t n_open;
    size_t open_alloc;
    // Inside a lookbehind: the number of groups opened before it (groups
    // after that are its own, which it may not refer to); -1 outside.
    mp_int_t behind_base;
    // The fixed width of each closed group (-1: varies), for backreferences
    // inside a lookbehind; indexed by group number.
    mp_int_t *group_width;
    size_t group_width_alloc;
    re_engine_prog_t *prog;
    mp_rom_error_text_t behind_error; // the first lookbehind of no fixed width
} parser_t;

// msg: an MP_ERROR_TEXT or a plain text (built with vstr_printf).
MP_NORETURN static void parse_error(parser_t *p, mp_rom_error_text_t msg, size_t pos) {
    // CPython's tokenizer reads one token ahead: a lone backslash ending the
    // pattern is an error as soon as the token before it has been read.
    size_t n = 0;
    while (n < p->len && p->pat[p->len - 1 - n] == '\\') {
        n++;
    }
    if ((n & 1) && p->i + 1 >= p->len) {
        msg = MP_ERROR_TEXT("bad escape (end of pattern)");
        pos = p->len - 1;
    }
    char buf[MP_ERRTEXT_BUF_SIZE];
    re_engine_raise_error_in(
        mp_errtext_expand(msg, buf), (mp_int_t)pos, p->pat, p->len, p->is_bytes);
}

// One token as CPython's tokenizer reads it (an escape is two characters),
// added to an error message; returns its length.
static size_t add_token(vstr_t *msg, parser_t *p, size_t pos) {
    size_t n = p->pat[pos] == '\\' ? 2 : 1;
    if (pos + n > p->len) {
        parse_error(p, MP_ERROR_TEXT("bad escape (end of pattern)"), pos);
    }
    for (size_t k = 0; k < n; k++) {
        vstr_add_char(msg, p->pat[pos + k]);
    }
    return n;
}

static node_t *node_new(byte kind) {
    node_t *n = m_new0(node_t, 1);
    n->kind = kind;
    n->index = -1;
    return n;
}

static bool at_end(parser_t *p) {
    return p->i >= p->len;
}

static uint32_t peek(parser_t *p) {
    return p->i < p->len ? p->pat[p->i] : 0;
}

static bool accept(parser_t *p, uint32_t c) {
    if (p->i < p->len && p->pat[p->i] == c) {
        p->i++;
        return true;
    }
    return false;
}

// After inline flags, a letter that is not one is an unknown flag; any
// other character is a missing separator.
static bool next_is_letter(parser_t *p) {
    if (at_end(p)) {
        return false;
    }
    uint32_t c = peek(p);
    return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : unichar_isalpha(c);
}

static bool is_ascii_ident_char(uint32_t c, bool first) {
    return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (!first && c >= '0' && c <= '9');
}

// In VERBOSE mode whitespace and #-comments between items are ignored.
static void skip_verbose(parser_t *p) {
    if (!(p->flags & RE_ENGINE_FLAG_VERBOSE)) {
        return;
    }
    while (!at_end(p)) {
        uint32_t c = peek(p);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            p->i++;
        } else if (c == '#') {
            while (!at_end(p) && peek(p) != '\n') {
                // CPython reads a comment as tokens: an escaped newline
                // does not end it.
                if (peek(p) == '\\' && ++p->i == p->len) {
                    parse_error(p, MP_ERROR_TEXT("bad escape (end of pattern)"), p->i - 1);
                }
                p->i++;
            }
        } else {
            break;
        }
    }
}

static bool flag_ascii(parser_t *p) {
    return p->is_bytes || (p->flags & RE_ENGINE_FLAG_ASCII);
}

static size_t class_new(parser_t *p, bool negated) {
    re_engine_prog_t *prog = p->prog;
    prog->classes = m_renew(re_class_t, prog->classes, prog->n_classes, prog->n_classes + 1);
    re_class_t *cl = &prog->classes[prog->n_classes];
    memset(cl, 0, sizeof(*cl));
    cl->negated = negated;
    cl->icase = (p->flags & RE_ENGINE_FLAG_IGNORECASE) != 0;
    cl->ascii = flag_ascii(p);
    return prog->n_classes++;
}

static void class_add_range(parser_t *p, size_t idx, uint32_t lo, uint32_t hi) {
    re_class_t *cl = &p->prog->classes[idx];
    if (cl->n_ranges == cl->alloc) {
        size_t alloc = cl->alloc ? cl->alloc * 2 : 4;
        // Raw numbers: an atomic block the collector need not scan (a
        // reallocation keeps that property).
        cl->ranges = cl->ranges == NULL ? m_new_atomic(uint32_t, alloc * 2)
                                        : m_renew(uint32_t, cl->ranges, cl->alloc * 2, alloc * 2);
        cl->alloc = alloc;
    }
    cl->ranges[2 * cl->n_ranges] = lo;
    cl->ranges[2 * cl->n_ranges + 1] = hi;
    cl->n_ranges++;
}

static int hex_digit(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Exactly n hex digits after an escape letter.
static uint32_t parse_hex(parser_t *p, size_t n, size_t esc_pos) {
    uint32_t v = 0;
    for (size_t k = 0; k < n; k++) {
        int d = at_end(p) ? -1 : hex_digit(peek(p));
        if (d < 0) {
            vstr_t msg;
            vstr_init(&msg, 16);
            vstr_add_strn(&msg, "incomplete escape \\", 19);
            for (size_t j = esc_pos + 1; j < p->i; j++) {
                vstr_add_char(&msg, p->pat[j]);
            }
            parse_error(p, vstr_null_terminated_str(&msg), esc_pos);
        }
        v = v * 16 + d;
        p->i++;
    }
    return v;
}

MP_NORETURN static void bad_escape(parser_t *p, uint32_t c, size_t pos) {
    vstr_t msg;
    vstr_init(&msg, 16);
    vstr_add_str(&msg, "bad escape \\");
    vstr_add_char(&msg, c);
    parse_error(p, vstr_null_terminated_str(&msg), pos);
}

// The character escapes shared by classes and the rest of a pattern
// (p->i is just past the letter c). Returns false if c is not one.
static bool char_escape(parser_t *p, uint32_t c, size_t esc_pos, uint32_t *out) {
    switch (c) {
        case 'a':
            *out = 7;
            return true;
        case 'f':
            *out = 12;
            return true;
        case 'n':
            *out = 10;
            return true;
        case 'r':
            *out = 13;
            return true;
        case 't':
            *out = 9;
            return true;
        case 'v':
            *out = 11;
            return true;
        case '\\':
            *out = '\\';
            return true;
        case 'x':
            *out = parse_hex(p, 2, esc_pos);
            return true;
        case 'u':
        case 'U':
            if (p->is_bytes) {
                bad_escape(p, c, esc_pos);
            }
            *out = parse_hex(p, c == 'u' ? 4 : 8, esc_pos);
            if (*out > 0x10ffff) {
                vstr_t msg;
                vstr_init(&msg, 16);
                vstr_add_str(&msg, "bad escape \\");
                for (size_t j = esc_pos + 1; j < p->i; j++) {
                    vstr_add_char(&msg, p->pat[j]);
                }
                parse_error(p, vstr_null_terminated_str(&msg), esc_pos);
            }
            return true;
        case 'N': {
            // \N{NAME} in str patterns, with the names the lexer knows.
            if (p->is_bytes) {
                bad_escape(p, c, esc_pos);
            }
            if (!accept(p, '{')) {
                parse_error(p, MP_ERROR_TEXT("missing {"), p->i);
            }
            size_t start = p->i;
            vstr_t name;
            vstr_init(&name, 32);
            while (!at_end(p) && peek(p) != '}') {
                vstr_add_char(&name, p->pat[p->i++]);
            }
            if (name.len == 0 || at_end(p)) {
                parse_error(p,
                    name.len == 0 ? MP_ERROR_TEXT("missing character name")
                                  : MP_ERROR_TEXT("missing }, unterminated name"),
                    start);
            }
            p->i++;
            int32_t v = unichar_lookup_name(name.buf, name.len);
            if (v < 0) {
                vstr_t msg;
                vstr_init(&msg, 48);
                vstr_printf(&msg, "undefined character name %s",
                    mp_obj_str_get_str(mp_obj_repr(mp_obj_new_str_from_vstr(&name))));
                parse_error(p, vstr_null_terminated_str(&msg), esc_pos);
            }
            *out = (uint32_t)v;
            return true;
        }
        default:
            return false;
    }
}

// Octal escapes: \0, \0o, \0oo, and \ooo with three digits.
static uint32_t parse_octal(parser_t *p, uint32_t first, size_t max_more, size_t esc_pos) {
    uint32_t v = first - '0';
    for (size_t k = 0; k < max_more && !at_end(p) && peek(p) >= '0' && peek(p) <= '7'; k++) {
        v = v * 8 + (peek(p) - '0');
        p->i++;
    }
    if (v > 0377) {
        vstr_t msg;
        vstr_init(&msg, 16);
        vstr_add_str(&msg, "octal escape value \\");
        for (size_t j = esc_pos + 1; j < p->i; j++) {
            vstr_add_char(&msg, p->pat[j]);
        }
        vstr_add_str(&msg, " outside of range 0-0o377");
        parse_error(p, vstr_null_terminated_str(&msg), esc_pos);
    }
    return v;
}

static byte class_escape_cat(uint32_t c) {
    switch (c) {
        case 'd':
            return RE_CLASS_CAT_DIGIT;
        case 'D':
            return RE_CLASS_CAT_NOT_DIGIT;
        case 'w':
            return RE_CLASS_CAT_WORD;
        case 'W':
            return RE_CLASS_CAT_NOT_WORD;
        case 's':
            return RE_CLASS_CAT_SPACE;
        case 'S':
            return RE_CLASS_CAT_NOT_SPACE;
        default:
            return 0;
    }
}

// One item of a class after the backslash: a character (returns true) or a
// category added to the class (returns false).
static bool class_escape(parser_t *p, size_t idx, size_t esc_pos, uint32_t *out) {
    if (at_end(p)) {
        parse_error(p, MP_ERROR_TEXT("bad escape (end of pattern)"), esc_pos);
    }
    uint32_t c = p->pat[p->i++];
    byte cat = class_escape_cat(c);
    if (cat) {
        p->prog->classes[idx].cats |= cat;
        return false;
    }
    if (char_escape(p, c, esc_pos, out)) {
        return true;
    }
    if (c == 'b') {
        *out = 8;
        return true;
    }
    if (c >= '0' && c <= '7') {
        *out = parse_octal(p, c, 2, esc_pos);
        return true;
    }
    if (c < 0x80 && re_class_ascii_alnum(c)) {
        bad_escape(p, c, esc_pos);
    }
    *out = c;
    return true;
}

// CPython names a bad range by its two tokens (an escape by its first two
// characters) and places the error that many characters before the end of
// the range as read.
MP_NORETURN static void bad_range(parser_t *p, size_t lo_pos, size_t hi_pos) {
    vstr_t msg;
    vstr_init(&msg, 24);
    vstr_add_str(&msg, "bad character range ");
    size_t n = add_token(&msg, p, lo_pos);
    vstr_add_char(&msg, '-');
    n += 1 + add_token(&msg, p, hi_pos);
    parse_error(p, vstr_null_terminated_str(&msg), p->i - n);
}

// [...] after the '['.
static node_t *parse_class(parser_t *p, size_t start) {
    bool negated = accept(p, '^');
    size_t idx = class_new(p, negated);
    bool first = true;
    for (;;) {
        if (at_end(p)) {
            parse_error(p, MP_ERROR_TEXT("unterminated character set"), start);
        }
        size_t item_pos = p->i;
        uint32_t c = p->pat[p->i++];
        if (c == ']' && !first) {
            break;
        }
        first = false;
        uint32_t lo = c;
        bool cat = c == '\\' && !class_escape(p, idx, item_pos, &lo);
        // A range lo-hi, unless the '-' ends the class.
        if (peek(p) == '-' && p->i + 1 < p->len && p->pat[p->i + 1] != ']') {
            p->i++;
            size_t hi_pos = p->i;
            uint32_t hi = p->pat[p->i++];
            if ((hi == '\\' && !class_escape(p, idx, hi_pos, &hi)) || cat || hi < lo) {
                bad_range(p, item_pos, hi_pos);
            }
            class_add_range(p, idx, lo, hi);
        } else if (!cat) {
            class_add_range(p, idx, lo, lo);
        }
    }
    node_t *n = node_new(N_CLASS);
    n->index = (int32_t)idx;
    return n;
}

// Whether only a scoped (?a:...) makes this part ASCII-only (the program as
// a whole matches with Unicode rules).
static bool scoped_ascii(parser_t *p) {
    return flag_ascii(p) && !p->is_bytes && !(p->global_flags & RE_ENGINE_FLAG_ASCII);
}

static node_t *char_node(parser_t *p, uint32_t c) {
    if ((p->flags & RE_ENGINE_FLAG_IGNORECASE) && scoped_ascii(p)) {
        // Case-insensitive with ASCII folding: a one-character class
        // carries that rule (the CHAR_I op folds as the program does).
        size_t idx = class_new(p, false);
        class_add_range(p, idx, c, c);
        node_t *n = node_new(N_CLASS);
        n->index = (int32_t)idx;
        return n;
    }
    node_t *n = node_new(N_CHAR);
    if (p->flags & RE_ENGINE_FLAG_IGNORECASE) {
        n->flag = 1;
        c = re_class_fold_lower(c, flag_ascii(p));
    }
    n->c = c;
    return n;
}

static node_t *assert_node(byte which) {
    node_t *n = node_new(N_ASSERT);
    n->flag = which;
    return n;
}

static node_t *category_node(parser_t *p, byte cat) {
    size_t idx = class_new(p, false);
    p->prog->classes[idx].cats = cat;
    p->prog->classes[idx].icase = false;
    node_t *n = node_new(N_CLASS);
    n->index = (int32_t)idx;
    return n;
}

static mp_int_t node_width(const parser_t *p, const node_t *n);

// Notes the width of a group just closed (see parser_t.group_width).
static void record_group_width(parser_t *p, const node_t *group) {
    size_t g = (size_t)group->index;
    if (g >= p->group_width_alloc) {
        size_t alloc = g + 8;
        p->group_width = p->group_width == NULL
            ? m_new_atomic(mp_int_t, alloc)
            : m_renew(mp_int_t, p->group_width, p->group_width_alloc, alloc);
        for (size_t i = p->group_width_alloc; i < alloc; i++) {
            p->group_width[i] = -1;
        }
        p->group_width_alloc = alloc;
    }
    p->group_width[g] = node_width(p, group->child);
}

static bool group_is_open(parser_t *p, size_t g) {
    for (size_t k = 0; k < p->n_open; k++) {
        if (p->open[k] == g) {
            return true;
        }
    }
    return false;
}

// Reported just past the reference, as CPython does.
MP_NORETURN static void behind_ref_error(parser_t *p) {
    parse_error(
        p, MP_ERROR_TEXT("cannot refer to group defined in the same lookbehind subpattern"), p->i);
}

static node_t *backref_node(parser_t *p, size_t g, size_t pos) {
    if (g > p->n_groups || group_is_open(p, g)) {
        if (g <= p->n_groups) {
            parse_error(p, MP_ERROR_TEXT("cannot refer to an open group"), pos);
        }
        vstr_t msg;
        vstr_init(&msg, 24);
        vstr_printf(&msg, "invalid group reference %u", (unsigned)g);
        parse_error(p, vstr_null_terminated_str(&msg), pos + 1);
    }
    if (p->behind_base >= 0 && g > (size_t)p->behind_base) {
        behind_ref_error(p);
    }
    node_t *n = node_new(N_BACKREF);
    n->index = (int32_t)g;
    n->flag = (p->flags & RE_ENGINE_FLAG_IGNORECASE) != 0;
    return n;
}

// An escape outside a class (p->i is at the letter after the backslash).
static node_t *parse_escape(parser_t *p, size_t esc_pos) {
    if (at_end(p)) {
        parse_error(p, MP_ERROR_TEXT("bad escape (end of pattern)"), esc_pos);
    }
    uint32_t c = p->pat[p->i++];
    switch (c) {
        case 'A':
            return assert_node(RE_AS_BOS);
        case 'Z':
            return assert_node(RE_AS_EOS);
        case 'b':
            return assert_node(scoped_ascii(p) ? RE_AS_WORDB_ASCII : RE_AS_WORDB);
        case 'B':
            return assert_node(scoped_ascii(p) ? RE_AS_NWORDB_ASCII : RE_AS_NWORDB);
        default:
            break;
    }
    byte cat = class_escape_cat(c);
    if (cat) {
        return category_node(p, cat);
    }
    uint32_t v;
    if (char_escape(p, c, esc_pos, &v)) {
        return char_node(p, v);
    }
    if (c == '0') {
        return char_node(p, parse_octal(p, c, 2, esc_pos));
    }
    if (c >= '1' && c <= '9') {
        // Three octal digits make a character; else one or two digits are
        // a group reference.
        if (p->i + 1 < p->len && c <= '7' && p->pat[p->i] >= '0' && p->pat[p->i] <= '7' &&
            p->pat[p->i + 1] >= '0' && p->pat[p->i + 1] <= '7') {
            return char_node(p, parse_octal(p, c, 2, esc_pos));
        }
        size_t g = c - '0';
        if (!at_end(p) && peek(p) >= '0' && peek(p) <= '9') {
            g = g * 10 + (p->pat[p->i++] - '0');
        }
        return backref_node(p, g, esc_pos);
    }
    if (c < 0x80 && re_class_ascii_alnum(c)) {
        bad_escape(p, c, esc_pos);
    }
    return char_node(p, c);
}

static node_t *parse_alt(parser_t *p);
static node_t *parse_concat(parser_t *p);

// A group name after "(?P<" or "(?P=" up to the terminator.
static bool group_name_ok(parser_t *p, size_t name_start, size_t name_end) {
    for (size_t j = name_start; j < name_end; j++) {
        uint32_t c = p->pat[j];
        if (c < 0x80 ? !is_ascii_ident_char(c, j == name_start)
                     : (p->is_bytes || !unichar_isalpha(c))) {
            return false;
        }
    }
    return true;
}

static MP_NORETURN void bad_group_name(parser_t *p, mp_obj_t name_obj, size_t pos) {
    vstr_t msg;
    vstr_init(&msg, 32);
    vstr_printf(&msg, "bad character in group name %s", mp_obj_str_get_str(mp_obj_repr(name_obj)));
    parse_error(p, vstr_null_terminated_str(&msg), pos);
}

// Up to term, read as CPython's tokens: an escaped terminator does not end
// a group name.
static void skip_to(parser_t *p, uint32_t term) {
    while (!at_end(p) && peek(p) != term) {
        p->i += peek(p) == '\\' && p->i + 1 < p->len ? 2 : 1;
    }
}

static mp_obj_t parse_group_name(parser_t *p, uint32_t term, size_t start) {
    size_t name_start = p->i;
    skip_to(p, term);
    if (at_end(p) && p->i == name_start) {
        parse_error(p, MP_ERROR_TEXT("missing group name"), name_start);
    }
    if (at_end(p)) {
        parse_error(p,
            term == '>' ? MP_ERROR_TEXT("missing >, unterminated name")
                        : MP_ERROR_TEXT("missing ), unterminated name"),
            name_start);
    }
    size_t name_end = p->i;
    p->i++;
    if (name_end == name_start) {
        parse_error(p, MP_ERROR_TEXT("missing group name"), name_start);
    }
    vstr_t name;
    vstr_init(&name, name_end - name_start);
    for (size_t j = name_start; j < name_end; j++) {
        vstr_add_char(&name, p->pat[j]);
    }
    mp_obj_t name_obj = mp_obj_new_str_from_vstr(&name);
    if (!group_name_ok(p, name_start, name_end)) {
        bad_group_name(p, name_obj, name_start);
    }
    (void)start;
    return name_obj;
}

static void open_push(parser_t *p, size_t g) {
    if (p->n_open == p->open_alloc) {
        size_t alloc = p->open_alloc ? p->open_alloc * 2 : 8;
        p->open = m_renew(uint32_t, p->open, p->open_alloc, alloc);
        p->open_alloc = alloc;
    }
    p->open[p->n_open++] = (uint32_t)g;
}

static void cond_ref_push(parser_t *p, size_t g, size_t pos) {
    if (p->n_cond_refs == p->cond_refs_alloc) {
        size_t alloc = p->cond_refs_alloc ? p->cond_refs_alloc * 2 : 4;
        p->cond_refs = m_renew(size_t, p->cond_refs, 2 * p->cond_refs_alloc, 2 * alloc);
        p->cond_refs_alloc = alloc;
    }
    p->cond_refs[2 * p->n_cond_refs] = g;
    p->cond_refs[2 * p->n_cond_refs + 1] = pos;
    p->n_cond_refs++;
}

// Inline flags letters; returns the flag or 0.
static mp_int_t flag_letter(uint32_t c) {
    switch (c) {
        case 'i':
            return RE_ENGINE_FLAG_IGNORECASE;
        case 'm':
            return RE_ENGINE_FLAG_MULTILINE;
        case 's':
            return RE_ENGINE_FLAG_DOTALL;
        case 'x':
            return RE_ENGINE_FLAG_VERBOSE;
        case 'a':
            return RE_ENGINE_FLAG_ASCII;
        case 'u':
            return RE_ENGINE_FLAG_UNICODE;
        case 'L':
            return RE_ENGINE_FLAG_LOCALE;
        default:
            return 0;
    }
}

static node_t *parse_sub_until_paren(parser_t *p, size_t open_pos) {
    node_t *n = parse_alt(p);
    if (!accept(p, ')')) {
        parse_error(p, MP_ERROR_TEXT("missing ), unterminated subpattern"), open_pos);
    }
    return n;
}

// What follows "(?": extensions. p->i is at the character after '?'.
static node_t *parse_extension(parser_t *p, size_t open_pos) {
    if (at_end(p)) {
        parse_error(p, MP_ERROR_TEXT("unexpected end of pattern"), p->i);
    }
    uint32_t c = p->pat[p->i++];
    switch (c) {
        case ':':
            return parse_sub_until_paren(p, open_pos);
        case '>': {
            node_t *n = node_new(N_ATOMIC);
            n->child = parse_sub_until_paren(p, open_pos);
            return n;
        }
        case '#':
            while (!at_end(p) && peek(p) != ')') {
                p->i++;
            }
            if (at_end(p)) {
                parse_error(p, MP_ERROR_TEXT("missing ), unterminated comment"), open_pos);
            }
            p->i++;
            return NULL;
        case '=':
        case '!': {
            node_t *n = node_new(N_LOOK);
            n->flag = c == '!' ? RE_LOOK_NEGATIVE : 0;
            n->child = parse_sub_until_paren(p, open_pos);
            return n;
        }
        case '<': {
            uint32_t d = at_end(p) ? 0 : p->pat[p->i];
            if (d == '=' || d == '!') {
                p->i++;
                node_t *n = node_new(N_LOOK);
                n->flag = RE_LOOK_BEHIND | (d == '!' ? RE_LOOK_NEGATIVE : 0);
                mp_int_t saved_base = p->behind_base;
                if (saved_base < 0) {
                    p->behind_base = (mp_int_t)p->n_groups;
                }
                n->child = parse_sub_until_paren(p, open_pos);
                p->behind_base = saved_base;
                // Measured now, while the widths of the groups it refers
                // to are known; the emitter reads it from min.
                n->min = node_width(p, n->child);
                // Reported once the whole pattern has parsed (CPython finds
                // it when compiling): a syntax error later on wins.
                if (p->behind_error == NULL && (n->min < 0 || n->min == RE_MAX_REPEAT)) {
                    p->behind_error = n->min < 0
                        ? MP_ERROR_TEXT("look-behind requires fixed-width pattern")
                        : MP_ERROR_TEXT("looks too much behind");
                }
                return n;
            }
            if (at_end(p)) {
                parse_error(p, MP_ERROR_TEXT("unexpected end of pattern"), p->i);
            }
            break;
        }
        case 'P': {
            if (accept(p, '<')) {
                mp_obj_t name = parse_group_name(p, '>', open_pos);
                mp_map_elem_t *e =
                    mp_map_lookup(mp_obj_dict_get_map(p->names), name, MP_MAP_LOOKUP);
                size_t g = ++p->n_groups;
                if (e != NULL) {
                    vstr_t msg;
                    vstr_init(&msg, 48);
                    vstr_printf(&msg, "redefinition of group name %s as group %u; was group %d",
                        mp_obj_str_get_str(mp_obj_repr(name)), (unsigned)g,
                        (int)MP_OBJ_SMALL_INT_VALUE(e->value));
                    parse_error(p, vstr_null_terminated_str(&msg), open_pos + 4);
                }
                mp_obj_dict_store(p->names, name, MP_OBJ_NEW_SMALL_INT(g));
                open_push(p, g);
                node_t *n = node_new(N_GROUP);
                n->index = (int32_t)g;
                n->child = parse_sub_until_paren(p, open_pos);
                p->n_open--;
                record_group_width(p, n);
                return n;
            }
            if (accept(p, '=')) {
                size_t name_pos = p->i;
                mp_obj_t name = parse_group_name(p, ')', open_pos);
                mp_map_elem_t *e =
                    mp_map_lookup(mp_obj_dict_get_map(p->names), name, MP_MAP_LOOKUP);
                if (e == NULL) {
                    vstr_t msg;
                    vstr_init(&msg, 32);
                    vstr_printf(
                        &msg, "unknown group name %s", mp_obj_str_get_str(mp_obj_repr(name)));
                    parse_error(p, vstr_null_terminated_str(&msg), name_pos);
                }
                return backref_node(p, MP_OBJ_SMALL_INT_VALUE(e->value), name_pos);
            }
            if (at_end(p)) {
                parse_error(p, MP_ERROR_TEXT("unexpected end of pattern"), p->i);
            }
            vstr_t msg;
            vstr_init(&msg, 24);
            vstr_add_str(&msg, "unknown extension ?P");
            add_token(&msg, p, p->i);
            parse_error(p, vstr_null_terminated_str(&msg), open_pos + 1);
        }
        case '(': {
            // (?(group)yes|no)
            size_t ref_pos = p->i;
            skip_to(p, ')');
            if (at_end(p) || p->i == ref_pos) {
                parse_error(p,
                    p->i == ref_pos ? MP_ERROR_TEXT("missing group name")
                                    : MP_ERROR_TEXT("missing ), unterminated name"),
                    ref_pos);
            }
            size_t ref_end = p->i++;
            size_t g = 0;
            bool numeric = ref_end > ref_pos;
            for (size_t j = ref_pos; j < ref_end; j++) {
                if (p->pat[j] < '0' || p->pat[j] > '9') {
                    numeric = false;
                    break;
                }
                // Past any possible group: kept from wrapping (reported below).
                g = g >= RE_MAX_REPEAT / 10 ? RE_MAX_REPEAT : g * 10 + (p->pat[j] - '0');
            }
            if (!numeric) {
                vstr_t name;
                vstr_init(&name, ref_end - ref_pos);
                for (size_t j = ref_pos; j < ref_end; j++) {
                    vstr_add_char(&name, p->pat[j]);
                }
                mp_obj_t name_obj = mp_obj_new_str_from_vstr(&name);
                if (!group_name_ok(p, ref_pos, ref_end)) {
                    bad_group_name(p, name_obj, ref_pos);
                }
                mp_map_elem_t *e =
                    mp_map_lookup(mp_obj_dict_get_map(p->names), name_obj, MP_MAP_LOOKUP);
                if (e == NULL) {
                    vstr_t msg;
                    vstr_init(&msg, 32);
                    vstr_printf(
                        &msg, "unknown group name %s", mp_obj_str_get_str(mp_obj_repr(name_obj)));
                    parse_error(p, vstr_null_terminated_str(&msg), ref_pos);
                }
                g = MP_OBJ_SMALL_INT_VALUE(e->value);
            } else if (g == 0) {
                parse_error(p, MP_ERROR_TEXT("bad group number"), ref_pos);
            } else if (g > p->n_groups) {
                // A later group may still define it: checked at the end.
                cond_ref_push(p, g, ref_pos);
            }
            // Not inside a lookbehind, which needs the group's width now.
            if (p->behind_base >= 0) {
                if (g > p->n_groups || group_is_open(p, g)) {
                    parse_error(p, MP_ERROR_TEXT("cannot refer to an open group"), p->i);
                }
                if (g > (size_t)p->behind_base) {
                    behind_ref_error(p);
                }
            }
            node_t *n = node_new(N_COND);
            n->index = (int32_t)g;
            // The branches are read here: an alternation inside a group
            // that makes up the whole yes branch is not the conditional's.
            n->child = parse_concat(p);
            n->child2 = NULL;
            if (accept(p, '|')) {
                p->items_seen = true;
                n->child2 = parse_concat(p);
                if (peek(p) == '|') {
                    parse_error(
                        p, MP_ERROR_TEXT("conditional backref with more than two branches"), p->i);
                }
            }
            if (!accept(p, ')')) {
                parse_error(p, MP_ERROR_TEXT("missing ), unterminated subpattern"), open_pos);
            }
            if (n->child2 == NULL) {
                n->child2 = node_new(N_EMPTY);
            }
            return n;
        }
        default:
            break;
    }
    // Flags: (?aiLmsux) global, (?aiLmsux-imsx:...) scoped.
    p->i--;
    size_t flags_pos = p->i;
    mp_int_t add = 0, del = 0;
    const mp_int_t charset_flags = RE_ENGINE_FLAG_ASCII | RE_ENGINE_FLAG_UNICODE | RE_ENGINE_FLAG_LOCALE;
    while (!at_end(p) && flag_letter(peek(p))) {
        mp_int_t f = flag_letter(p->pat[p->i++]);
        // Each letter is checked as it is read (errors point just past it).
        if (p->is_bytes && f == RE_ENGINE_FLAG_UNICODE) {
            parse_error(p, MP_ERROR_TEXT("bad inline flags: cannot use 'u' flag with a bytes pattern"),
                p->i);
        }
        if (!p->is_bytes && f == RE_ENGINE_FLAG_LOCALE) {
            parse_error(p, MP_ERROR_TEXT("bad inline flags: cannot use 'L' flag with a str pattern"),
                p->i);
        }
        if ((f & charset_flags) && (add & charset_flags) && !(add & f)) {
            parse_error(p, MP_ERROR_TEXT("bad inline flags: flags 'a', 'u' and 'L' are incompatible"),
                p->i);
        }
        add |= f;
    }
    if (accept(p, '-')) {
        while (!at_end(p) && flag_letter(peek(p))) {
            mp_int_t f = flag_letter(p->pat[p->i++]);
            if (f & (RE_ENGINE_FLAG_ASCII | RE_ENGINE_FLAG_UNICODE | RE_ENGINE_FLAG_LOCALE)) {
                parse_error(p, MP_ERROR_TEXT("bad inline flags: cannot turn off flags 'a', 'u' and 'L'"),
                    p->i);
            }
            if (f & add) {
                parse_error(p, MP_ERROR_TEXT("bad inline flags: flag turned on and off"), p->i);
            }
            del |= f;
        }
        if (del == 0) {
            parse_error(p,
                next_is_letter(p) ? MP_ERROR_TEXT("unknown flag") : MP_ERROR_TEXT("missing flag"), p->i);
        }
        if (!at_end(p) && peek(p) != ':' && peek(p) != ')') {
            parse_error(p,
                next_is_letter(p) ? MP_ERROR_TEXT("unknown flag") : MP_ERROR_TEXT("missing :"), p->i);
        }
    }
    if (p->i == flags_pos) {
        if (at_end(p)) {
            parse_error(p, MP_ERROR_TEXT("unexpected end of pattern"), p->i);
        }
        vstr_t msg;
        vstr_init(&msg, 24);
        vstr_add_str(&msg, "unknown extension ?");
        size_t next = p->i + add_token(&msg, p, p->i);
        if (p->pat[p->i] == '<' && next < p->len) {
            add_token(&msg, p, next);
        }
        parse_error(p, vstr_null_terminated_str(&msg), open_pos + 1);
    }
    if (p->is_bytes && (add & RE_ENGINE_FLAG_UNICODE)) {
        parse_error(p, MP_ERROR_TEXT("bad inline flags: cannot use 'u' flag with a bytes pattern"),
            p->i - 1);
    }
    if (!p->is_bytes && (add & RE_ENGINE_FLAG_LOCALE)) {
        parse_error(p, MP_ERROR_TEXT("bad inline flags: cannot use 'L' flag with a str pattern"),
            p->i - 1);
    }
    if (accept(p, ')')) {
        if (del != 0) {
            parse_error(p, MP_ERROR_TEXT("missing :"), p->i - 1);
        }
        // 3.11 only allows global flags before anything else.
        if (p->items_seen || p->depth > 1) {
            parse_error(p, MP_ERROR_TEXT("global flags not at the start of the expression"),
                open_pos);
        }
        p->flags |= add;
        p->global_flags |= add;
        return NULL;
    }
    if (!accept(p, ':')) {
        if (del != 0) {
            parse_error(p, MP_ERROR_TEXT("missing :"), p->i);
        }
        parse_error(p,
            next_is_letter(p) ? MP_ERROR_TEXT("unknown flag") : MP_ERROR_TEXT("missing -, : or )"), p->i);
    }
    mp_int_t saved = p->flags;
    if (add & charset_flags) {
        // (?u:...) inside re.ASCII: the scoped letter replaces the outer one.
        p->flags &= ~charset_flags;
    }
    p->flags = (p->flags | add) & ~del;
    node_t *n = parse_sub_until_paren(p, open_pos);
    p->flags = saved;
    return n;
}

// atom: literal | '.' | '^' | '$' | class | group | escape
static node_t *parse_atom(parser_t *p) {
    size_t pos = p->i;
    uint32_t c = p->pat[p->i++];
    switch (c) {
        case '.': {
            node_t *n = node_new(N_ANY);
            n->flag = (p->flags & RE_ENGINE_FLAG_DOTALL) != 0;
            return n;
        }
        case '^':
            return assert_node((p->flags & RE_ENGINE_FLAG_MULTILINE) ? RE_AS_BOL : RE_AS_BOS);
        case '$':
            return assert_node((p->flags & RE_ENGINE_FLAG_MULTILINE) ? RE_AS_MEOL : RE_AS_EOL);
        case '[':
            return parse_class(p, pos);
        case '\\':
            return parse_escape(p, pos);
        case '(': {
            // Each level takes several C frames: the count alone does not
            // keep a thread's small stack (or a deep caller's) from overflowing.
            mp_stack_check();
            if (++p->depth > RE_MAX_DEPTH) {
                mp_raise_recursion_depth();
            }
            node_t *n;
            if (accept(p, '?')) {
                n = parse_extension(p, pos);
                if (n == NULL) {
                    n = node_new(N_EMPTY);
                    n->flag = 1; // marks "nothing here" for the repeat check
                }
            } else {
                size_t g = ++p->n_groups;
                open_push(p, g);
                n = node_new(N_GROUP);
                n->index = (int32_t)g;
                n->child = parse_sub_until_paren(p, pos);
                p->n_open--;
                record_group_width(p, n);
            }
            p->depth--;
            return n;
        }
        default:
            return char_node(p, c);
    }
}

static bool is_digit_cp(uint32_t c) {
    return c >= '0' && c <= '9';
}

// A repeat count: digits, checked against the limit.
static mp_int_t parse_count(parser_t *p, size_t start, size_t end) {
    mp_int_t v = 0;
    for (size_t j = start; j < end; j++) {
        if (v > RE_MAX_REPEAT / 10) {
            mp_raise_OverflowError(
                MP_ERROR_TEXT("the repetition number is too large"));
        }
        v = v * 10 + (p->pat[j] - '0');
    }
    if (v >= RE_MAX_REPEAT) {
        mp_raise_OverflowError(MP_ERROR_TEXT("the repetition number is too large"));
    }
    return v;
}

// Tries to read a {m,n} quantifier at p->i ('{'); false (position kept)
// if the text there is not one, in which case '{' is a literal.
static bool parse_braces(parser_t *p, mp_int_t *min, mp_int_t *max) {
    size_t save = p->i;
    p->i++;
    size_t lo_start = p->i;
    while (!at_end(p) && is_digit_cp(peek(p))) {
        p->i++;
    }
    size_t lo_end = p->i;
    size_t hi_start = 0, hi_end = 0;
    bool comma = accept(p, ',');
    if (comma) {
        hi_start = p->i;
        while (!at_end(p) && is_digit_cp(peek(p))) {
            p->i++;
        }
        hi_end = p->i;
    }
    if (!accept(p, '}') || (!comma && lo_end == lo_start)) {
        p->i = save;
        return false;
    }
    *min = lo_end > lo_start ? parse_count(p, lo_start, lo_end) : 0;
    if (comma) {
        *max = hi_end > hi_start ? parse_count(p, hi_start, hi_end) : RE_INF;
    } else {
        *max = *min;
    }
    if (*max != RE_INF && *max < *min) {
        parse_error(p, MP_ERROR_TEXT("min repeat greater than max repeat"), lo_start);
    }
    return true;
}

// repeat: atom quantifier*
static node_t *parse_repeat(parser_t *p) {
    // A group holding only an anchor may repeat; a bare anchor may not.
    bool group = peek(p) == '(';
    node_t *atom = parse_atom(p);
    bool repeated = false;
    for (;;) {
        skip_verbose(p);
        if (at_end(p)) {
            break;
        }
        size_t q_pos = p->i;
        uint32_t c = peek(p);
        mp_int_t min, max;
        if (c == '*') {
            min = 0;
            max = RE_INF;
            p->i++;
        } else if (c == '+') {
            min = 1;
            max = RE_INF;
            p->i++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            p->i++;
        } else if (c == '{') {
            if (!parse_braces(p, &min, &max)) {
                break;
            }
        } else {
            break;
        }
        if ((atom->kind == N_EMPTY && atom->flag) || (atom->kind == N_ASSERT && !group)) {
            parse_error(p, MP_ERROR_TEXT("nothing to repeat"), q_pos);
        }
        if (repeated) {
            parse_error(p, MP_ERROR_TEXT("multiple repeat"), q_pos);
        }
        node_t *n = node_new(N_REPEAT);
        n->child = atom;
        n->min = min;
        n->max = max;
        n->flag = REP_GREEDY;
        if (accept(p, '?')) {
            n->flag = 0;
        } else if (accept(p, '+')) {
            n->flag = REP_GREEDY | REP_POSSESSIVE;
        }
        atom = n;
        repeated = true;
    }
    return atom;
}

// concat: repeat*
static node_t *parse_concat(parser_t *p) {
    node_t *head = NULL, *tail = NULL;
    size_t count = 0;
    for (;;) {
        skip_verbose(p);
        if (at_end(p) || peek(p) == '|' || peek(p) == ')') {
            break;
        }
        uint32_t c = peek(p);
        if (c == '*' || c == '+' || c == '?') {
            parse_error(p, MP_ERROR_TEXT("nothing to repeat"), p->i);
        }
        if (c == '{') {
            mp_int_t mn, mx;
            size_t save = p->i;
            if (parse_braces(p, &mn, &mx)) {
                parse_error(p, MP_ERROR_TEXT("nothing to repeat"), save);
            }
        }
        node_t *n = parse_repeat(p);
        if (n->kind == N_EMPTY) {
            if (!n->flag) {
                p->items_seen = true;
            }
            continue;
        }
        p->items_seen = true;
        if (tail == NULL) {
            head = n;
        } else {
            tail->next = n;
        }
        tail = n;
        count++;
    }
    if (count == 0) {
        return node_new(N_EMPTY);
    }
    if (count == 1) {
        return head;
    }
    node_t *n = node_new(N_CONCAT);
    n->child = head;
    return n;
}

// Alternatives that are all single characters or plain classes with the
// same case rule (a|b|[0-9]) become one class: a loop over it then needs no
// choice point per iteration. NULL if they are not all of that kind.
static node_t *merge_single_alternatives(parser_t *p, node_t *first) {
    bool icase = first->kind == N_CHAR ? first->flag : false;
    if (first->kind == N_CLASS) {
        icase = p->prog->classes[first->index].icase;
    }
    for (node_t *c = first; c != NULL; c = c->next) {
        if (c->kind == N_CHAR) {
            if ((bool)c->flag != icase) {
                return NULL;
            }
        } else if (c->kind == N_CLASS) {
            const re_class_t *cl = &p->prog->classes[c->index];
            if (cl->negated || cl->icase != icase || cl->ascii != flag_ascii(p)) {
                return NULL;
            }
        } else {
            return NULL;
        }
    }
    size_t idx = class_new(p, false);
    p->prog->classes[idx].icase = icase;
    for (node_t *c = first; c != NULL; c = c->next) {
        if (c->kind == N_CHAR) {
            class_add_range(p, idx, c->c, c->c);
        } else {
            // Copy: the array may move while ranges are added.
            re_class_t src = p->prog->classes[c->index];
            p->prog->classes[idx].cats |= src.cats;
            for (size_t k = 0; k < src.n_ranges; k++) {
                class_add_range(p, idx, src.ranges[2 * k], src.ranges[2 * k + 1]);
            }
        }
    }
    node_t *n = node_new(N_CLASS);
    n->index = (int32_t)idx;
    return n;
}

// alt: concat ('|' concat)*
static node_t *parse_alt(parser_t *p) {
    node_t *first = parse_concat(p);
    if (!accept(p, '|')) {
        return first;
    }
    p->items_seen = true;
    node_t *n = node_new(N_ALT);
    n->child = first;
    node_t *tail = first;
    do {
        node_t *next = parse_concat(p);
        tail->next = next;
        tail = next;
    } while (accept(p, '|'));
    node_t *merged = merge_single_alternatives(p, first);
    return merged != NULL ? merged : n;
}

/******************************************************************************/
// Measuring and emitting.

// Widths add and multiply saturating at RE_MAX_REPEAT ("too wide"), so
// that nested repeats cannot overflow (both operands are 0..RE_MAX_REPEAT).
static mp_int_t width_add(mp_int_t a, mp_int_t b) {
    return b >= RE_MAX_REPEAT - a ? RE_MAX_REPEAT : a + b;
}

static mp_int_t width_mul(mp_int_t w, mp_int_t times) {
    return w == 0 ? 0 : times >= RE_MAX_REPEAT / w ? RE_MAX_REPEAT : w * times;
}

// The fixed width of what node matches, or -1 if it varies; saturates at
// RE_MAX_REPEAT ("too wide"). A backreference has its group's width (p's
// table of closed groups).
static mp_int_t node_width(const parser_t *p, const node_t *n) {
    switch (n->kind) {
        case N_EMPTY:
        case N_ASSERT:
        case N_LOOK:
            return 0;
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            return 1;
        case N_GROUP:
        case N_ATOMIC:
            return node_width(p, n->child);
        case N_CONCAT: {
            mp_int_t w = 0;
            for (const node_t *c = n->child; c != NULL; c = c->next) {
                mp_int_t cw = node_width(p, c);
                if (cw < 0) {
                    return -1;
                }
                w = width_add(w, cw);
            }
            return w;
        }
        case N_ALT: {
            mp_int_t w = node_width(p, n->child);
            for (const node_t *c = n->child->next; c != NULL; c = c->next) {
                if (node_width(p, c) != w) {
                    return -1;
                }
            }
            return w;
        }
        case N_COND: {
            mp_int_t w = node_width(p, n->child);
            return node_width(p, n->child2) == w ? w : -1;
        }
        case N_REPEAT: {
            if (n->min != n->max) {
                return -1;
            }
            mp_int_t cw = node_width(p, n->child);
            if (cw <= 0) {
                return cw;
            }
            return width_mul(cw, n->min);
        }
        case N_BACKREF:
            return (size_t)n->index < p->group_width_alloc ? p->group_width[n->index] : -1;
        default:
            return -1;
    }
}

// The fewest characters a match of node takes, saturating at RE_MAX_REPEAT
// (a backreference counts none): where fewer remain, no match can start,
// which spares trying one (as CPython does).
MP_COLD static mp_int_t node_min_width(const node_t *n) {
    switch (n->kind) {
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            return 1;
        case N_GROUP:
        case N_ATOMIC:
            return node_min_width(n->child);
        case N_CONCAT:
        case N_ALT: {
            bool alt = n->kind == N_ALT;
            mp_int_t w = alt ? RE_MAX_REPEAT : 0;
            for (const node_t *c = n->child; c != NULL; c = c->next) {
                mp_int_t cw = node_min_width(c);
                w = alt ? (cw < w ? cw : w) : width_add(w, cw);
            }
            return w;
        }
        case N_COND: {
            mp_int_t a = node_min_width(n->child), b = node_min_width(n->child2);
            return a < b ? a : b;
        }
        case N_REPEAT: {
            return width_mul(node_min_width(n->child), n->min);
        }
        default:
            return 0;
    }
}

// Whether node can match without consuming anything.
static bool node_nullable(const node_t *n) {
    switch (n->kind) {
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            return false;
        case N_GROUP:
        case N_ATOMIC:
            return node_nullable(n->child);
        case N_CONCAT:
            for (const node_t *c = n->child; c != NULL; c = c->next) {
                if (!node_nullable(c)) {
                    return false;
                }
            }
            return true;
        case N_ALT:
            for (const node_t *c = n->child; c != NULL; c = c->next) {
                if (node_nullable(c)) {
                    return true;
                }
            }
            return false;
        case N_REPEAT:
            return n->min == 0 || node_nullable(n->child);
        default:
            return true;
    }
}

typedef struct _emitter_t {
    re_engine_prog_t *prog;
    size_t alloc;
} emitter_t;

static size_t emit(emitter_t *e, int32_t v) {
    re_engine_prog_t *prog = e->prog;
    if (prog->code_len == e->alloc) {
        if (e->alloc >= ((size_t)1 << 27)) {
            re_engine_raise_error(MP_ERROR_TEXT("pattern too large"), -1);
        }
        size_t alloc = e->alloc ? e->alloc * 2 : 64;
        prog->code = prog->code == NULL ? m_new_atomic(int32_t, alloc)
                                        : m_renew(int32_t, prog->code, e->alloc, alloc);
        e->alloc = alloc;
    }
    prog->code[prog->code_len] = v;
    return prog->code_len++;
}

static size_t here(emitter_t *e) {
    return e->prog->code_len;
}

static void patch(emitter_t *e, size_t at, size_t target) {
    e->prog->code[at] = (int32_t)target;
}

static size_t new_reg(emitter_t *e) {
    return e->prog->n_regs++;
}

static bool is_single_char(const node_t *n) {
    return n->kind == N_CHAR || n->kind == N_ANY || n->kind == N_CLASS;
}

static void emit_node(emitter_t *e, const node_t *n);

static void emit_single(emitter_t *e, const node_t *n) {
    switch (n->kind) {
        case N_CHAR:
            emit(e, n->flag ? RE_OP_CHAR_I : RE_OP_CHAR);
            emit(e, (int32_t)n->c);
            break;
        case N_ANY:
            emit(e, n->flag ? RE_OP_ANY_ALL : RE_OP_ANY);
            break;
        default:
            emit(e, RE_OP_CLASS);
            emit(e, n->index);
            break;
    }
}

static void emit_sub(
    emitter_t *e, int32_t op, const node_t *child, int32_t arg1, int32_t arg2, bool two_args) {
    emit(e, op);
    if (two_args) {
        emit(e, arg1);
        emit(e, arg2);
    }
    size_t len_at = emit(e, 0);
    size_t start = here(e);
    emit_node(e, child);
    emit(e, RE_OP_SUCCEED);
    patch(e, len_at, here(e) - start);
}

static void emit_repeat(emitter_t *e, const node_t *n) {
    bool greedy = n->flag & REP_GREEDY;
    if (n->flag & REP_POSSESSIVE) {
        node_t inner = *n;
        inner.flag = REP_GREEDY;
        emit_sub(e, RE_OP_ATOMIC, &inner, 0, 0, false);
        return;
    }
    const node_t *child = n->child;
    if (is_single_char(child)) {
        emit(e, RE_OP_REPEAT_CHAR);
        emit(e, (int32_t)n->min);
        emit(e, (int32_t)n->max);
        emit(e, greedy);
        emit_single(e, child);
        return;
    }
    bool nullable = node_nullable(child);
    if (n->min == 0 && n->max == 1) {
        // x? : SPLIT body, end  (lazy: SPLIT end, body)
        size_t split = emit(e, RE_OP_SPLIT);
        size_t a = emit(e, 0);
        size_t b = emit(e, 0);
        size_t body = here(e);
        emit_node(e, child);
        patch(e, greedy ? a : b, body);
        patch(e, greedy ? b : a, here(e));
        (void)split;
        return;
    }
    if ((n->min == 0 || (n->min == 1 && !nullable)) && n->max == RE_INF) {
        // x* : L: SPLIT body, end; body: [MARK r] x [PROGRESS r end]; JMP L
        // x+ : body first, then the same loop back. As in CPython an
        // iteration that matched nothing counts (its captures stay) but ends
        // the loop.
        size_t reg = nullable ? new_reg(e) : 0;
        size_t loop = here(e);
        size_t a = 0, b = 0;
        if (n->min == 0) {
            emit(e, RE_OP_SPLIT);
            a = emit(e, 0);
            b = emit(e, 0);
        }
        size_t body = here(e);
        if (nullable) {
            emit(e, RE_OP_MARK);
            emit(e, (int32_t)reg);
        }
        emit_node(e, child);
        size_t progress_exit = 0;
        if (nullable) {
            emit(e, RE_OP_PROGRESS);
            emit(e, (int32_t)reg);
            progress_exit = emit(e, 0);
        }
        if (n->min == 0) {
            emit(e, RE_OP_JMP);
            emit(e, (int32_t)loop);
            patch(e, greedy ? a : b, body);
            patch(e, greedy ? b : a, here(e));
            if (nullable) {
                patch(e, progress_exit, here(e));
            }
        } else {
            emit(e, RE_OP_SPLIT);
            size_t a2 = emit(e, 0);
            size_t b2 = emit(e, 0);
            patch(e, greedy ? a2 : b2, body);
            patch(e, greedy ? b2 : a2, here(e));
        }
        return;
    }
    // General counted loop:
    //   CINIT c; L: CLOOP c min max greedy exit; [MARK m] x; CINC c m min exit; JMP L; exit:
    size_t counter = new_reg(e);
    size_t mark = nullable ? new_reg(e) : 0;
    emit(e, RE_OP_CINIT);
    emit(e, (int32_t)counter);
    size_t loop = here(e);
    emit(e, RE_OP_CLOOP);
    emit(e, (int32_t)counter);
    emit(e, (int32_t)n->min);
    emit(e, (int32_t)n->max);
    emit(e, greedy);
    size_t exit_at = emit(e, 0);
    if (nullable) {
        emit(e, RE_OP_MARK);
        emit(e, (int32_t)mark);
    }
    emit_node(e, child);
    emit(e, RE_OP_CINC);
    emit(e, (int32_t)counter);
    emit(e, nullable ? (int32_t)mark : -1);
    emit(e, (int32_t)n->min);
    size_t cinc_exit = emit(e, 0);
    emit(e, RE_OP_JMP);
    emit(e, (int32_t)loop);
    patch(e, exit_at, here(e));
    patch(e, cinc_exit, here(e));
}

static void emit_node(emitter_t *e, const node_t *n) {
    switch (n->kind) {
        case N_EMPTY:
            break;
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            emit_single(e, n);
            break;
        case N_ASSERT:
            emit(e, RE_OP_ASSERT);
            emit(e, n->flag);
            break;
        case N_GROUP:
            if (n->index >= 0) {
                emit(e, RE_OP_SAVE);
                emit(e, 2 * n->index);
            }
            emit_node(e, n->child);
            if (n->index >= 0) {
                emit(e, RE_OP_SAVE);
                emit(e, 2 * n->index + 1);
            }
            break;
        case N_CONCAT:
            for (const node_t *c = n->child; c != NULL; c = c->next) {
                emit_node(e, c);
            }
            break;
        case N_ALT: {
            // SPLIT a1, next; a1; JMP end; next: SPLIT a2, next2; ... an; end:
            size_t jumps[64];
            size_t n_jumps = 0;
            size_t *jump_list = jumps;
            size_t jump_alloc = MP_ARRAY_SIZE(jumps);
            for (const node_t *c = n->child; c != NULL; c = c->next) {
                if (c->next != NULL) {
                    emit(e, RE_OP_SPLIT);
                    size_t a = emit(e, 0);
                    size_t b = emit(e, 0);
                    patch(e, a, here(e));
                    emit_node(e, c);
                    emit(e, RE_OP_JMP);
                    if (n_jumps == jump_alloc) {
                        size_t *bigger = m_new(size_t, jump_alloc * 2);
                        memcpy(bigger, jump_list, n_jumps * sizeof(size_t));
                        jump_list = bigger;
                        jump_alloc *= 2;
                    }
                    jump_list[n_jumps++] = emit(e, 0);
                    patch(e, b, here(e));
                } else {
                    emit_node(e, c);
                }
            }
            for (size_t k = 0; k < n_jumps; k++) {
                patch(e, jump_list[k], here(e));
            }
            break;
        }
        case N_REPEAT:
            emit_repeat(e, n);
            break;
        case N_BACKREF:
            emit(e, RE_OP_BACKREF);
            emit(e, n->index);
            emit(e, n->flag);
            break;
        case N_LOOK: {
            mp_int_t width = (n->flag & RE_LOOK_BEHIND) ? n->min : 0;
            emit_sub(e, RE_OP_LOOK, n->child, n->flag, (int32_t)width, true);
            break;
        }
        case N_ATOMIC:
            emit_sub(e, RE_OP_ATOMIC, n->child, 0, 0, false);
            break;
        case N_COND: {
            emit(e, RE_OP_COND);
            emit(e, n->index);
            size_t no_at = emit(e, 0);
            emit_node(e, n->child);
            emit(e, RE_OP_JMP);
            size_t end_at = emit(e, 0);
            patch(e, no_at, here(e));
            emit_node(e, n->child2);
            patch(e, end_at, here(e));
            break;
        }
    }
}

// The first node that must match at the start, for the search hints.
static const node_t *leading_node(const node_t *n) {
    while (n != NULL) {
        if (n->kind == N_CONCAT) {
            n = n->child;
        } else if (n->kind == N_GROUP || n->kind == N_ATOMIC) {
            n = n->child;
        } else if (n->kind == N_REPEAT && n->min > 0) {
            n = n->child;
        } else {
            return n;
        }
    }
    return NULL;
}

re_engine_prog_t *re_engine_compile(
    const uint32_t *pat, size_t len, bool is_bytes, mp_int_t *flags) {
    re_engine_prog_t *prog = m_new0(re_engine_prog_t, 1);
    parser_t p;
    memset(&p, 0, sizeof(p));
    p.behind_base = -1;
    p.pat = pat;
    p.len = len;
    p.flags = *flags;
    p.global_flags = *flags;
    p.is_bytes = is_bytes;
    p.names = mp_obj_new_dict(0);
    p.prog = prog;
    node_t *root = parse_alt(&p);
    // The flags are checked against the pattern's type after parsing (as
    // CPython does: a syntax error wins), inline ones included.
    mp_int_t f = p.global_flags;
    if (is_bytes ? (f & RE_ENGINE_FLAG_UNICODE) : (f & RE_ENGINE_FLAG_LOCALE)) {
        mp_raise_ValueError(is_bytes
            ? MP_ERROR_TEXT("cannot use UNICODE flag with a bytes pattern")
            : MP_ERROR_TEXT("cannot use LOCALE flag with a str pattern"));
    }
    if ((f & RE_ENGINE_FLAG_ASCII) && (f & (RE_ENGINE_FLAG_UNICODE | RE_ENGINE_FLAG_LOCALE))) {
        mp_raise_ValueError((f & RE_ENGINE_FLAG_LOCALE)
            ? MP_ERROR_TEXT("ASCII and LOCALE flags are incompatible")
            : MP_ERROR_TEXT("ASCII and UNICODE flags are incompatible"));
    }
    if (!at_end(&p)) {
        // Only a ')' stops parse_alt early.
        parse_error(&p, MP_ERROR_TEXT("unbalanced parenthesis"), p.i);
    }
    for (size_t k = 0; k < p.n_cond_refs; k++) {
        if (p.cond_refs[2 * k] > p.n_groups) {
            // The number as written (it may not fit a size_t), without
            // leading zeros.
            size_t j = p.cond_refs[2 * k + 1];
            while (pat[j] == '0') {
                j++;
            }
            vstr_t msg;
            vstr_init(&msg, 32);
            vstr_add_str(&msg, "invalid group reference ");
            for (; pat[j] != ')'; j++) {
                vstr_add_char(&msg, pat[j]);
            }
            parse_error(&p, vstr_null_terminated_str(&msg), p.cond_refs[2 * k + 1]);
        }
    }
    if (p.behind_error != NULL) {
        re_engine_raise_error(p.behind_error, -1);
    }
    // Global inline flags apply to the whole pattern: parse again with them
    // set from the start when the first pass found any new ones.
    if (p.global_flags != *flags) {
        *flags = p.global_flags;
        return re_engine_compile(pat, len, is_bytes, flags);
    }
    prog->n_groups = p.n_groups;
    prog->groupindex = p.names;
    prog->ascii = is_bytes || (*flags & RE_ENGINE_FLAG_ASCII);
    emitter_t e = { prog, 0 };
    emit_node(&e, root);
    emit(&e, RE_OP_MATCH);
    prog->min_width = node_min_width(root);
    const node_t *lead = leading_node(root);
    prog->first_char = -1;
    if (lead != NULL) {
        if (lead->kind == N_ASSERT && lead->flag == RE_AS_BOS) {
            prog->anchored = true;
        } else if (lead->kind == N_CHAR && !lead->flag) {
            prog->first_char = (int32_t)lead->c;
        }
    }
    return prog;
}

size_t re_engine_num_groups(const re_engine_prog_t *prog) {
    return prog->n_groups;
}

mp_obj_t re_engine_groupindex(const re_engine_prog_t *prog) {
    return mp_obj_dict_copy(prog->groupindex);
}

#endif // MICROPY_PY_RE
