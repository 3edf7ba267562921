// UTF-8 encoding helpers and character classes (declared in py/misc.h).
#include "py/mpconfig.h"

#include <string.h>

#include "py/misc.h"
#include "py/unicode_tables.h"
#include "py/inflate.h"
#include "py/unicode_names.h"

// Character classes. ASCII is answered from a table; beyond it from the
// Unicode tables generated from CPython (py/unicode_tables.h, made by
// tools/gen_unicode_tables.py): properties as runs of code points sharing
// one property set, case mappings as runs of code points sharing one
// offset, and the mappings to several code points (ß -> SS) as a list of
// specials. Those beyond Latin-1 are unpacked on first need.

// clang-format off
#define C_SPACE (0x01)
#define C_DIGIT (0x02)
#define C_UPPER (0x04)
#define C_LOWER (0x08)
#define C_XDIGIT (0x10)
#define C_PRINT (0x20)
#define C_UNDER (0x40)

#define SP (C_SPACE)
#define PR (C_PRINT)
#define DG (C_PRINT | C_DIGIT | C_XDIGIT)
#define UX (C_PRINT | C_UPPER | C_XDIGIT)
#define LX (C_PRINT | C_LOWER | C_XDIGIT)
#define UP (C_PRINT | C_UPPER)
#define LO (C_PRINT | C_LOWER)

static const byte ascii_class[128] = {
    // 0x00..0x1f: controls; \t \n \v \f \r and the separators 0x1c..0x1f are
    // whitespace (as str.isspace() says).
    0, 0, 0, 0, 0, 0, 0, 0, 0, SP, SP, SP, SP, SP, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, SP, SP, SP, SP,
    // ' ' is space and printable
    SP | PR, PR, PR, PR, PR, PR, PR, PR, PR, PR, PR, PR, PR, PR, PR, PR,
    DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PR, PR, PR, PR, PR, PR,
    PR, UX, UX, UX, UX, UX, UX, UP, UP, UP, UP, UP, UP, UP, UP, UP,
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, PR, PR, PR, PR, PR | C_UNDER,
    PR, LX, LX, LX, LX, LX, LX, LO, LO, LO, LO, LO, LO, LO, LO, LO,
    LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, PR, PR, PR, PR, 0,
};
// clang-format on

// ---- encoding

unichar utf8_get_char(const byte *s) {
    unichar c = *s;
    if (c < 0x80) {
        return c;
    }
    int extra;
    if (c >= 0xf0) {
        c &= 0x07;
        extra = 3;
    } else if (c >= 0xe0) {
        c &= 0x0f;
        extra = 2;
    } else {
        c &= 0x1f;
        extra = 1;
    }
    while (extra-- > 0 && utf8_is_continuation(*++s)) {
        c = (c << 6) | (*s & 0x3f);
    }
    return c;
}

const byte *utf8_next_char(const byte *s) {
    ++s;
    while (utf8_is_continuation(*s)) {
        ++s;
    }
    return s;
}

const byte *utf8_prev_char(const byte *s) {
    --s;
    while (utf8_is_continuation(*s)) {
        --s;
    }
    return s;
}

// Bit 7 of each byte of a word, and the number of bytes of a word.
#define HIGH_BITS (0x8080808080808080ULL)
#define WORD_LEN (sizeof(uint64_t))

static inline uint64_t load_word(const byte *p) {
    uint64_t w;
    memcpy(&w, p, WORD_LEN);
    return w;
}

// Code points = bytes - continuation bytes (10xxxxxx), counted a word at a
// time: bit 7 of a continuation byte is set and bit 6 clear; the bits
// gathered to bit 0 of each byte are summed by one multiplication.
size_t utf8_charlen(const byte *str, size_t len) {
    size_t cont = 0;
    size_t i = 0;
    for (; i + WORD_LEN <= len; i += WORD_LEN) {
        uint64_t w = load_word(str + i);
        uint64_t c = (w & ~(w << 1) & HIGH_BITS) >> 7;
        cont += (size_t)((c * 0x0101010101010101ULL) >> 56);
    }
    for (; i < len; ++i) {
        cont += utf8_is_continuation(str[i]);
    }
    return len - cont;
}

// Strict check: no overlong forms, no surrogates, nothing above U+10FFFF
// (the same rules as CPython's decoder). ASCII is skipped a word at a time
// and a word holding a non-ASCII byte jumps straight to it, so the byte
// loop only sees multi-byte sequences (decoding 6 KB of mixed text went
// from 90,000 to 25,000 instructions, with len() of the result free).
size_t utf8_check_charlen(const byte *p, size_t len) {
    const byte *end = p + len;
    size_t cont = 0; // continuation bytes seen
    while (p < end) {
        if ((size_t)(end - p) >= WORD_LEN) {
            uint64_t hi = load_word(p) & HIGH_BITS;
            if (hi == 0) {
                p += WORD_LEN;
                continue;
            }
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            p += __builtin_clzll(hi) / 8;
#else
            p += __builtin_ctzll(hi) / 8;
#endif
        } else if (*p < 0x80) {
            p++;
            continue;
        }
        byte c = *p++;
        // Two-byte sequences (Latin, Greek, Cyrillic...) can be neither
        // overlong nor out of range from a lead byte 0xc2..0xdf.
        if (c >= 0xc2 && c <= 0xdf && p < end && utf8_is_continuation(*p)) {
            p++;
            cont++;
            continue;
        }
        size_t need;
        unichar min;
        unichar cp;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            min = 0x80;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            min = 0x800;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return UTF8_INVALID;
        }
        if ((size_t)(end - p) < need) {
            return UTF8_INVALID;
        }
        for (size_t i = 0; i < need; ++i) {
            if (!utf8_is_continuation(p[i])) {
                return UTF8_INVALID;
            }
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        p += need;
        cont += need;
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return UTF8_INVALID;
        }
    }
    return len - cont;
}

bool utf8_check(const byte *p, size_t len) {
    return utf8_check_charlen(p, len) != UTF8_INVALID;
}

// Surrogates are encoded like any other code point (CPython would refuse them
// at encode time; literals such as '\ud800' must still round-trip here).
bool utf8_has_surrogate(const byte *p, size_t len) {
    const byte *end = p + len;
    while ((p = memchr(p, 0xED, (size_t)(end - p))) != NULL && ++p < end) {
        if (*p >= 0xA0) {
            return true;
        }
    }
    return false;
}

size_t utf8_encode(unichar c, byte *out) {
    if (c < 0x80) {
        out[0] = (byte)c;
        return 1;
    } else if (c < 0x800) {
        out[0] = (byte)(0xc0 | (c >> 6));
        out[1] = (byte)(0x80 | (c & 0x3f));
        return 2;
    } else if (c < 0x10000) {
        out[0] = (byte)(0xe0 | (c >> 12));
        out[1] = (byte)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (byte)(0x80 | (c & 0x3f));
        return 3;
    } else {
        if (c > 0x10ffff) {
            c = 0xfffd;
            return utf8_encode(c, out);
        }
        out[0] = (byte)(0xf0 | (c >> 18));
        out[1] = (byte)(0x80 | ((c >> 12) & 0x3f));
        out[2] = (byte)(0x80 | ((c >> 6) & 0x3f));
        out[3] = (byte)(0x80 | (c & 0x3f));
        return 4;
    }
}

// ---- Unicode properties and case mappings

// The tables of the code points from U+0100 on are stored DEFLATE-compressed
// (unicode_packed) and unpacked on first need into .bss, where they cost no
// memory until then; those of ASCII and Latin-1 are read as they are. Every
// table is columns of little-endian integers stored as byte planes (see
// tools/gen_unicode_tables.py): row i of a column of width w bytes, in a
// table of n rows, is made of the bytes i, i + n, ..., i + (w - 1) n.
static byte unicode_unpacked[UNICODE_PACKED_RAW_LEN];
// The sorted first columns (starts, keys) of the unpacked tables, as 32-bit
// numbers: the bisections read nothing else until they find their row.
static uint32_t unicode_keys[UNICODE_KEYS_N];
static uint8_t unicode_unpacked_state; // 0: not tried yet, 1: ready, 2: failed

static uint32_t col_get(const byte *col, size_t n, unsigned w, size_t i) {
    uint32_t v = 0;
    for (unsigned b = 0; b < w; b++) {
        v |= (uint32_t)col[i + b * n] << (8 * b);
    }
    return v;
}

// The same for the widths the lookups read, inlined: they run in bisections.
static inline __attribute__((always_inline)) uint32_t col_get2(const byte *col, size_t n, size_t i) {
    col += i;
    return col[0] | (uint32_t)col[n] << 8;
}

static inline __attribute__((always_inline)) uint32_t col_get3(const byte *col, size_t n, size_t i) {
    col += i;
    return col[0] | (uint32_t)col[n] << 8 | (uint32_t)col[2 * n] << 16;
}

static inline __attribute__((always_inline)) uint32_t col_get4(const byte *col, size_t n, size_t i) {
    return col_get3(col, n, i) | (uint32_t)col[i + 3 * n] << 24;
}

// Inflates the raw DEFLATE stream in[0..in_len) into out, which it must
// fill exactly; false if it does not. The decoder's state (~1.3 KB) is in
// .bss rather than on the stack, which may be a thread's small one, or on the
// heap, which may be full; the GIL keeps two threads from sharing it.
static bool unpack_into(const byte *in, size_t in_len, byte *out, size_t out_len) {
    static mp_inflate_t d;
    memset(&d, 0, sizeof(d));
    d.in = in;
    d.in_len = in_len;
    d.out = out;
    d.out_size = out_len;
    return mp_inflate_run(&d) == MP_INFLATE_OK && d.out_pos == out_len;
}

// The unpacked tables, or NULL if they cannot be had (corrupt data: never
// expected): every lookup then answers "no property, no mapping" rather than
// fail. The GIL keeps two threads from unpacking at once.
static const byte *unpacked_tables(void) {
    if (unicode_unpacked_state == 0) {
        if (!unpack_into(unicode_packed, sizeof(unicode_packed), unicode_unpacked, UNICODE_PACKED_RAW_LEN)) {
            unicode_unpacked_state = 2;
            return NULL;
        }
        // The sorted columns were stored as differences between rows (modulo
        // their width: 3 bytes).
        for (size_t k = 0; k < MP_ARRAY_SIZE(unicode_delta_columns); k++) {
            const uint16_t *desc = unicode_delta_columns[k];
            byte *col = unicode_unpacked + desc[0];
            size_t n = desc[1];
            unsigned w = desc[2];
            uint32_t v = 0;
            for (size_t i = 0; i < n; i++) {
                v = (v + col_get(col, n, w, i)) & 0xffffff;
                if (desc[3] != 0xffff) {
                    unicode_keys[desc[3] + i] = v;
                    continue;
                }
                for (unsigned b = 0; b < w; b++) {
                    col[i + b * n] = (byte)(v >> (8 * b));
                }
            }
        }
        unicode_unpacked_state = 1;
    }
    return unicode_unpacked_state == 1 ? unicode_unpacked : NULL;
}

// The property bits (UPROP_*) of c.
static unsigned props(unichar c) {
    if (c < 256) {
        return unicode_prop_palette[unicode_prop_latin1[c]];
    }
    const byte *t = c < 0x110000 ? unpacked_tables() : NULL;
    if (t == NULL) {
        return 0;
    }
    // The last run starting at or before c (run 0 starts at 0).
    const uint32_t *starts = unicode_keys + UNICODE_PROP_KEYS;
    size_t lo = 0, hi = UNICODE_PROP_N;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (starts[mid] <= c) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return unicode_prop_palette[t[UNICODE_PROP_AT + 3 * UNICODE_PROP_N + lo]];
}

static inline bool has_prop(unichar c, unsigned bits) {
    return (props(c) & bits) != 0;
}

// A table of n rows at t; its first column, sorted, is read from keys (32-bit
// numbers) by the bisections.
typedef struct _utable_t {
    const byte *t;
    const uint32_t *keys;
    size_t n;
} utable_t;

// The table for c's code point: the Latin-1 one (l1, of n_l1 rows, keys at
// unicode_l1_keys + l1_keys) below U+0100, else the unpacked one at offset
// at, of n rows, keys at unicode_keys + keys (false if it cannot be had).
#define TABLE_FOR(tb, c, name, NAME) table_for(tb, c, unicode_l1_##name, UNICODE_L1_##NAME##_N, UNICODE_L1_##NAME##_KEYS, \
    UNICODE_##NAME##_AT, UNICODE_##NAME##_N, UNICODE_##NAME##_KEYS)
static bool table_for(utable_t *tb, unichar c, const byte *l1, size_t n_l1, size_t l1_keys, size_t at, size_t n,
    size_t keys) {
    if (c < 0x100) {
        tb->t = l1;
        tb->keys = unicode_l1_keys + l1_keys;
        tb->n = n_l1;
        return true;
    }
    const byte *t = unpacked_tables();
    if (t == NULL) {
        return false;
    }
    tb->t = t + at;
    tb->keys = unicode_keys + keys;
    tb->n = n;
    return true;
}

// c mapped by the case runs of kind (UCASE_*), or -1 if c is in none of its
// runs. Columns: start (3 bytes), count - 1 with 0x8000 for a step of 2 (2),
// delta (4).
static int32_t case_run_lookup(unsigned kind, unichar c) {
    utable_t tb;
    if (!TABLE_FOR(&tb, c, case, CASE)) {
        return -1;
    }
    const byte *t = tb.t;
    size_t n = tb.n;
    size_t lo = unicode_case_rows[c >= 0x100][kind], hi = unicode_case_rows[c >= 0x100][kind + 1];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        unichar start = tb.keys[mid];
        if (c < start) {
            hi = mid;
            continue;
        }
        uint32_t info = col_get2(t + 3 * n, n, mid);
        uint32_t step = (info >> 15) + 1;
        unichar last = start + (info & 0x7fff) * step;
        if (c > last) {
            lo = mid + 1;
            continue;
        }
        return (c - start) % step == 0 ? (int32_t)(c + col_get4(t + 5 * n, n, mid)) : -1;
    }
    return -1;
}

#define CASE_LOOKUP(kind, c) case_run_lookup(UCASE_##kind, c)

// A mapping of c to several code points (or that differs from the simple
// one); returns how many it wrote to out, 0 if c has no special mapping.
// Columns: key (3 bytes: kind << 21 | c), then 3 UTF-16 units (2 each).
static size_t special_lookup(unsigned kind, unichar c, unichar out[3]) {
    if (c < UNICODE_SPECIAL_MIN) {
        return 0;
    }
    utable_t tb;
    if (!TABLE_FOR(&tb, c, special, SPECIAL)) {
        return 0;
    }
    uint32_t key = (kind << 21) | c;
    size_t n = tb.n;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tb.keys[mid] < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == n || tb.keys[lo] != key) {
        return 0;
    }
    size_t k = 0;
    while (k < 3 && (out[k] = col_get2(tb.t + (3 + 2 * k) * n, n, lo)) != 0) {
        k++;
    }
    return k;
}

bool unichar_isupper(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_UPPER) != 0;
    }
    return has_prop(c, UPROP_UPPER);
}

bool unichar_islower(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_LOWER) != 0;
    }
    return has_prop(c, UPROP_LOWER);
}

bool unichar_istitle(unichar c) {
    return c >= 0x80 && has_prop(c, UPROP_TITLE);
}

bool unichar_iscased(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & (C_UPPER | C_LOWER)) != 0;
    }
    return has_prop(c, UPROP_UPPER | UPROP_LOWER | UPROP_TITLE);
}

bool unichar_iscaseignorable(unichar c) {
    return has_prop(c, UPROP_CASE_IGNORABLE);
}

// The simple (one code point) mappings.
unichar unichar_tolower(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_UPPER) ? c + 32 : c;
    }
    int32_t r = CASE_LOOKUP(LOWER, c);
    return r < 0 ? c : (unichar)r;
}

unichar unichar_toupper(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_LOWER) ? c - 32 : c;
    }
    int32_t r = CASE_LOOKUP(UPPER, c);
    return r < 0 ? c : (unichar)r;
}

// The full mappings of str.lower() & co. (without the context-dependent
// final sigma, which needs the string): 1 to 3 code points.
size_t unichar_tolower_full(unichar c, unichar out[3]) {
    size_t n = special_lookup(UCASE_LOWER, c, out);
    if (n == 0) {
        out[0] = unichar_tolower(c);
        n = 1;
    }
    return n;
}

size_t unichar_toupper_full(unichar c, unichar out[3]) {
    size_t n = special_lookup(UCASE_UPPER, c, out);
    if (n == 0) {
        out[0] = unichar_toupper(c);
        n = 1;
    }
    return n;
}

size_t unichar_totitle_full(unichar c, unichar out[3]) {
    size_t n = special_lookup(UCASE_TITLE, c, out);
    if (n > 0) {
        return n;
    }
    int32_t r = c < 0x80 ? -1 : CASE_LOOKUP(TITLE, c);
    if (r >= 0) {
        out[0] = (unichar)r;
        return 1;
    }
    return unichar_toupper_full(c, out);
}

size_t unichar_tofold_full(unichar c, unichar out[3]) {
    size_t n = special_lookup(UCASE_FOLD, c, out);
    if (n > 0) {
        return n;
    }
    int32_t r = c < 0x80 ? -1 : CASE_LOOKUP(FOLD, c);
    if (r >= 0) {
        out[0] = (unichar)r;
        return 1;
    }
    return unichar_tolower_full(c, out);
}

bool unichar_isspace(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_SPACE) != 0;
    }
    return has_prop(c, UPROP_SPACE);
}

bool unichar_isalpha(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & (C_UPPER | C_LOWER)) != 0;
    }
    return has_prop(c, UPROP_ALPHA);
}

// ASCII only: the lexer's and number parsers' digits.
bool unichar_isdigit(unichar c) {
    return c < 0x80 && (ascii_class[c] & C_DIGIT) != 0;
}

bool unichar_isxdigit(unichar c) {
    return c < 0x80 && (ascii_class[c] & C_XDIGIT) != 0;
}

// str.isdecimal, str.isdigit and str.isnumeric of one code point.
bool unichar_isdecimal(unichar c) {
    return has_prop(c, UPROP_DECIMAL);
}

bool unichar_isanydigit(unichar c) {
    return has_prop(c, UPROP_DIGIT);
}

bool unichar_isnumeric(unichar c) {
    return has_prop(c, UPROP_NUMERIC);
}

// Identifiers: XID_Start (plus '_') and XID_Continue, as the language says.
bool unichar_isidstart(unichar c) {
    if (c < 0x80) {
        return c == '_' || (ascii_class[c] & (C_UPPER | C_LOWER)) != 0;
    }
    return has_prop(c, UPROP_ID_START);
}

bool unichar_isident(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & (C_UPPER | C_LOWER | C_DIGIT | C_UNDER)) != 0;
    }
    return has_prop(c, UPROP_ID_CONTINUE);
}

// What repr() prints as itself rather than as an escape (str.isprintable).
bool unichar_isprint(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_PRINT) != 0;
    }
    return has_prop(c, UPROP_PRINTABLE);
}

mp_uint_t unichar_xdigit_value(unichar c) {
    // '0'..'9' map to 0..9; letters, after folding to lower case, to 10..15.
    mp_uint_t n = c - '0';
    if (n > 9) {
        n = ((c | 0x20) - 'a') + 10;
    }
    return n;
}

// ---- character names, for \N{...} escapes

// Does the word at w (0-terminated, upper case) start name[0..len) and end
// there or at a space? Names compare without regard to case, as in CPython.
static size_t name_word_match(const char *w, const char *name, size_t len) {
    size_t i = 0;
    for (; w[i] != 0; i++) {
        if (i == len) {
            return 0;
        }
        char c = name[i];
        if (c >= 'a' && c <= 'z') {
            c -= 'a' - 'A';
        }
        if (c != w[i]) {
            return 0;
        }
    }
    return i == len || name[i] == ' ' ? i : 0;
}

// The name tables of py/unicode_names.h, unpacked on first use (they are
// stored DEFLATE-compressed: only a \N escape reads them), and where each
// word starts in them. In .bss, so they cost no memory until then.
static byte unicode_name_tables[UNICODE_NAME_RAW_LEN];
static uint16_t unicode_name_word_at[UNICODE_NAME_N_WORDS];
static bool unicode_name_tables_ready;

static const byte *name_tables(void) {
    if (!unicode_name_tables_ready) {
        if (!unpack_into((const byte *)unicode_name_packed, sizeof(unicode_name_packed) - 1, unicode_name_tables,
            UNICODE_NAME_RAW_LEN)) {
            return NULL;
        }
        size_t at = 0;
        for (size_t k = 0; k < UNICODE_NAME_N_WORDS; k++) {
            unicode_name_word_at[k] = (uint16_t)at;
            at += strlen((const char *)unicode_name_tables + at) + 1;
        }
        unicode_name_tables_ready = true;
    }
    return unicode_name_tables;
}

// The code point named name[0..len) in py/unicode_names.h (a selection of
// blocks, not all of Unicode), or -1. A linear walk: it runs only when the
// compiler meets a \N escape.
int32_t unichar_lookup_name(const char *name, size_t len) {
    const byte *tables = name_tables();
    if (tables == NULL) {
        return -1;
    }
    const char *words = (const char *)tables;
    const byte *e = tables + UNICODE_NAME_ENTRIES_AT;
    int32_t cp = 0;
    while (*e != 0) {
        size_t n_words = *e++;
        byte delta = *e++;
        if (delta == 255) {
            cp = (int32_t)e[0] << 16 | (int32_t)e[1] << 8 | e[2];
            e += 3;
        } else {
            cp += delta;
        }
        size_t pos = 0;
        bool same = true;
        for (size_t k = 0; k < n_words; k++) {
            size_t word = *e++;
            if (word >= 0xc0) {
                word = (word & 0x3f) << 8 | *e++;
            }
            if (same) {
                if (k > 0) {
                    // Past the space that ended the previous word.
                    pos += 1;
                }
                size_t m = pos < len ? name_word_match(words + unicode_name_word_at[word], name + pos, len - pos) : 0;
                same = m != 0;
                pos += m;
            }
        }
        if (same && pos == len) {
            return cp;
        }
    }
    return -1;
}

// ---- identifier normalisation (PEP 3131)

// The NFKC form of identifier character c, for the blocks of
// tools/gen_unicode_tables.py: a single code point in *out (c itself when it has no
// other form) and NULL, or the UTF-8 text of a longer form.
const char *unichar_nfkc_ident(unichar c, unichar *out) {
    *out = c;
    if (c < 0xa0) {
        return NULL;
    }
    // Runs: columns first (3 bytes), count (2), delta (4).
    utable_t tb;
    if (!TABLE_FOR(&tb, c, nfkc, NFKC)) {
        return NULL;
    }
    const byte *t = tb.t;
    size_t n = tb.n;
    size_t lo = 0;
    size_t hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        unichar first = tb.keys[mid];
        if (c < first) {
            hi = mid;
        } else if (c >= first + col_get2(t + 3 * n, n, mid)) {
            lo = mid + 1;
        } else {
            *out = c + col_get4(t + 5 * n, n, mid);
            return NULL;
        }
    }
    if (c < 0x100) {
        return NULL;
    }
    // The code points with longer forms, then their texts in the same order.
    t = unicode_unpacked + UNICODE_NFKC_MULTI_AT;
    const char *text = (const char *)t + 3 * UNICODE_NFKC_MULTI_N;
    for (size_t i = 0; i < UNICODE_NFKC_MULTI_N; i++) {
        if (col_get3(t, UNICODE_NFKC_MULTI_N, i) == c) {
            return text;
        }
        text += strlen(text) + 1;
    }
    return NULL;
}

// ---- numbers written with non-ASCII characters

// The value of a decimal digit (Unicode category Nd). Such digits always come
// in runs of ten consecutive code points from 0 to 9, several runs possibly
// adjacent (the mathematical digits are five), so the value is the number of
// decimal code points just before c, modulo 10.
static unsigned int decimal_value(unichar c) {
    unsigned int n = 0;
    while (n < c && n < 64 && unichar_isdecimal(c - n - 1)) {
        n++;
    }
    return n % 10;
}

// What int() and float() parse when a str holds non-ASCII characters
// (CPython's rule): every decimal digit becomes its ASCII digit, every white
// space character a space, anything else non-ASCII a '?' (so that parsing
// fails). Returns str itself when it is all ASCII, else a new GC-allocated
// buffer, with *len updated.
const char *unichar_number_to_ascii(const char *str, size_t *len) {
    const byte *s = (const byte *)str;
    const byte *end = s + *len;
    const byte *p = s;
    while (p < end && !utf8_is_nonascii(*p)) {
        p++;
    }
    if (p == end) {
        return str;
    }
    // One output byte per code point: never longer than the input.
    char *out = m_new_atomic(char, *len);
    size_t n = (size_t)(p - s);
    memcpy(out, s, n);
    while (p < end) {
        if (!utf8_is_nonascii(*p)) {
            out[n++] = (char)*p++;
            continue;
        }
        unichar c = utf8_get_char(p);
        p = utf8_next_char(p);
        if (unichar_isdecimal(c)) {
            out[n++] = (char)('0' + decimal_value(c));
        } else if (unichar_isspace(c)) {
            out[n++] = ' ';
        } else {
            // As CPython, the text ends at an invalid '?': complex('\xe9_1')
            // is then malformed, not a misplaced '_'.
            out[n++] = '?';
            break;
        }
    }
    *len = n;
    return out;
}

// ---- the name of a code point (unicodedata.name)

// Writes the name of c (NUL-terminated, at most size bytes with the NUL)
// into buf from the table of py/unicode_names.h, the same selection of
// blocks as for \N escapes; false if the table has no name for c. The first
// record of a code point is its name, the ones after it aliases.
bool unichar_name(unichar c, char *buf, size_t size) {
    const byte *tables = name_tables();
    if (tables == NULL) {
        return false;
    }
    const char *words = (const char *)tables;
    const byte *e = tables + UNICODE_NAME_ENTRIES_AT;
    unichar cp = 0;
    while (*e != 0) {
        size_t n_words = *e++;
        byte delta = *e++;
        if (delta == 255) {
            cp = (unichar)e[0] << 16 | (unichar)e[1] << 8 | e[2];
            e += 3;
        } else {
            cp += delta;
        }
        bool found = cp == c && delta != 0;
        size_t pos = 0;
        for (size_t k = 0; k < n_words; k++) {
            size_t word = *e++;
            if (word >= 0xc0) {
                word = (word & 0x3f) << 8 | *e++;
            }
            const char *w = words + unicode_name_word_at[word];
            size_t wl = strlen(w);
            if (found && pos + wl + 1 < size) {
                if (k > 0) {
                    buf[pos++] = ' ';
                }
                memcpy(buf + pos, w, wl);
                pos += wl;
            }
        }
        if (found) {
            buf[pos] = 0;
            return true;
        }
        if (cp > c) {
            return false;
        }
    }
    return false;
}
