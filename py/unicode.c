// UTF-8 encoding helpers and character classes (declared in py/misc.h).
#include "py/mpconfig.h"

#include "py/misc.h"
#include "py/unicode_tables.h"
#include "py/inflate.h"
#include "py/unicode_names.h"

// Character classes. ASCII is answered from a table; beyond it from the
// Unicode tables generated from CPython (py/unicode_tables.h, made by
// tools/gen_unicode_tables.py; about 22 KB): properties as runs of code
// points sharing one property set, case mappings as runs of code points
// sharing one offset, and the mappings to several code points (ß -> SS) as
// a list of specials.

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

size_t utf8_charlen(const byte *str, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; ++i) {
        if (!utf8_is_continuation(str[i])) {
            ++n;
        }
    }
    return n;
}

// Strict check: no overlong forms, no surrogates, nothing above U+10FFFF
// (the same rules as CPython's decoder).
bool utf8_check(const byte *p, size_t len) {
    const byte *end = p + len;
    while (p < end) {
        byte c = *p++;
        if (c < 0x80) {
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
            return false;
        }
        if ((size_t)(end - p) < need) {
            return false;
        }
        for (size_t i = 0; i < need; ++i) {
            if (!utf8_is_continuation(p[i])) {
                return false;
            }
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        p += need;
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return false;
        }
    }
    return true;
}

// Surrogates are encoded like any other code point (CPython would refuse them
// at encode time; literals such as '\ud800' must still round-trip here).
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

// The property bits (UPROP_*) of c.
static unsigned props(unichar c) {
    if (c < 256) {
        return unicode_prop_palette[unicode_prop_latin1[c]];
    }
    if (c >= 0x110000) {
        return 0;
    }
    // The last run starting at or before c: among the runs that start in c's
    // plane, or else the last run of an earlier plane (run 0 starts at 0).
    unsigned plane = c >> 16;
    unsigned low = c & 0xffff;
    size_t lo = unicode_prop_plane[plane], hi = unicode_prop_plane[plane + 1];
    if (lo == hi || unicode_prop_starts[lo] > low) {
        return unicode_prop_palette[unicode_prop_kinds[lo - 1]];
    }
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (unicode_prop_starts[mid] <= low) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return unicode_prop_palette[unicode_prop_kinds[lo]];
}

static inline bool has_prop(unichar c, unsigned bits) {
    return (props(c) & bits) != 0;
}

// c mapped by a table of case runs (see tools/gen_unicode_tables.py), or
// -1 if c is in none of its runs.
static int32_t case_run_lookup(const int32_t (*runs)[2], size_t n, unichar c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t head = (uint32_t)runs[mid][0];
        unichar start = head & 0x1fffff;
        if (c < start) {
            hi = mid;
            continue;
        }
        uint32_t step = (head >> 31) ? 2 : 1;
        uint32_t count = ((head >> 21) & 0x3ff) + 1;
        unichar last = start + (count - 1) * step;
        if (c > last) {
            lo = mid + 1;
            continue;
        }
        return (c - start) % step == 0 ? (int32_t)c + runs[mid][1] : -1;
    }
    return -1;
}

#define CASE_LOOKUP(table, c) case_run_lookup(table, MP_ARRAY_SIZE(table), c)

// A mapping of c to several code points (or that differs from the simple
// one); returns how many it wrote to out, 0 if c has no special mapping.
static size_t special_lookup(unsigned kind, unichar c, unichar out[3]) {
    if (c < UNICODE_SPECIAL_MIN) {
        return 0;
    }
    uint32_t key = (kind << 21) | c;
    size_t lo = 0, hi = MP_ARRAY_SIZE(unicode_specials);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (unicode_specials[mid].key < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == MP_ARRAY_SIZE(unicode_specials) || unicode_specials[lo].key != key) {
        return 0;
    }
    size_t n = 0;
    while (n < 3 && unicode_specials[lo].out[n] != 0) {
        out[n] = unicode_specials[lo].out[n];
        n++;
    }
    return n;
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
    int32_t r = CASE_LOOKUP(unicode_case_lower, c);
    return r < 0 ? c : (unichar)r;
}

unichar unichar_toupper(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_LOWER) ? c - 32 : c;
    }
    int32_t r = CASE_LOOKUP(unicode_case_upper, c);
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
    int32_t r = c < 0x80 ? -1 : CASE_LOOKUP(unicode_case_title, c);
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
    int32_t r = c < 0x80 ? -1 : CASE_LOOKUP(unicode_case_fold, c);
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
// stored DEFLATE-compressed: only a \N escape reads them). In .bss, so they
// cost no memory until then.
static byte unicode_name_tables[UNICODE_NAME_RAW_LEN];
static bool unicode_name_tables_ready;

static const byte *name_tables(void) {
    if (!unicode_name_tables_ready) {
        vstr_t raw;
        vstr_init(&raw, UNICODE_NAME_RAW_LEN);
        size_t used;
        mp_inflate_result_t r = mp_inflate((const byte *)unicode_name_packed, sizeof(unicode_name_packed) - 1,
            &used, &raw, UNICODE_NAME_RAW_LEN);
        if (r == MP_INFLATE_OK && raw.len == UNICODE_NAME_RAW_LEN) {
            memcpy(unicode_name_tables, raw.buf, UNICODE_NAME_RAW_LEN);
            unicode_name_tables_ready = true;
        }
        vstr_clear(&raw);
        if (!unicode_name_tables_ready) {
            return NULL;
        }
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
    const char *words = (const char *)tables + UNICODE_NAME_WORDS_AT;
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
                size_t offset = tables[2 * word] | (size_t)tables[2 * word + 1] << 8;
                size_t m = pos < len ? name_word_match(words + offset, name + pos, len - pos) : 0;
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
// py/unicode_names.h: a single code point in *out (c itself when it has no
// other form) and NULL, or the UTF-8 text of a longer form.
const char *unichar_nfkc_ident(unichar c, unichar *out) {
    *out = c;
    if (c < 0xa0) {
        return NULL;
    }
    size_t lo = 0;
    size_t hi = MP_ARRAY_SIZE(unicode_nfkc_runs);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((int32_t)c < unicode_nfkc_runs[mid][0]) {
            hi = mid;
        } else if ((int32_t)c >= unicode_nfkc_runs[mid][0] + unicode_nfkc_runs[mid][1]) {
            lo = mid + 1;
        } else {
            *out = (unichar)((int32_t)c + unicode_nfkc_runs[mid][2]);
            return NULL;
        }
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(unicode_nfkc_multi); i++) {
        if (unicode_nfkc_multi[i].cp == c) {
            return unicode_nfkc_multi[i].text;
        }
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
            out[n++] = '?';
        }
    }
    *len = n;
    return out;
}
