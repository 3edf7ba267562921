// UTF-8 encoding helpers and character classes (declared in py/misc.h).
#include "py/mpconfig.h"

#include "py/misc.h"

// Character classes. ASCII is answered exactly from a table. Beyond ASCII we
// carry no Unicode database (it would be larger than the interpreter); the
// answers cover Latin-1, Latin Extended, Greek and Cyrillic exactly for
// case, and treat other scripts' letters as letters without case. That is
// what identifiers and the common str methods need.

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

// ---- classes beyond ASCII

// Cased ranges: each entry is a run [lo, hi] where upper and lower case
// letters alternate (stride 1: U+0100 Ā, U+0101 ā, ...) or form two parallel
// blocks (stride = distance from the upper to the lower block).
typedef struct _case_range_t {
    uint16_t lo;
    uint16_t hi;
    uint16_t delta; // lower = upper + delta; 1 means alternating pairs
} case_range_t;

// clang-format off
static const case_range_t upper_ranges[] = {
    { 0x00c0, 0x00d6, 32 },  // Latin-1 capitals
    { 0x00d8, 0x00de, 32 },
    { 0x0100, 0x012f, 1 },   // Latin Extended-A, pairs
    { 0x0132, 0x0137, 1 },
    { 0x0139, 0x0148, 1 },   // odd upper, even lower
    { 0x014a, 0x0177, 1 },
    { 0x0179, 0x017e, 1 },   // odd upper
    { 0x0391, 0x03a1, 32 },  // Greek capitals
    { 0x03a3, 0x03ab, 32 },
    { 0x0410, 0x042f, 32 },  // Cyrillic capitals
    { 0x0400, 0x040f, 80 },
    { 0x0460, 0x0481, 1 },
    { 0x048a, 0x04bf, 1 },
    { 0x04d0, 0x052f, 1 },
};
// clang-format on

// For pair ranges, which member of a pair is the upper-case one depends on
// the parity of the range start.
static bool in_upper_range(unichar c, const case_range_t *r) {
    if (c < r->lo || c > r->hi) {
        return false;
    }
    if (r->delta == 1) {
        return ((c - r->lo) & 1) == 0;
    }
    return true;
}

static bool in_lower_range(unichar c, const case_range_t *r) {
    if (r->delta == 1) {
        return c >= r->lo && c <= r->hi && ((c - r->lo) & 1) == 1;
    }
    return c >= (unichar)(r->lo + r->delta) && c <= (unichar)(r->hi + r->delta);
}

bool unichar_isupper(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_UPPER) != 0;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(upper_ranges); ++i) {
        if (in_upper_range(c, &upper_ranges[i])) {
            return true;
        }
    }
    return false;
}

bool unichar_islower(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_LOWER) != 0;
    }
    if (c == 0xb5 || c == 0xdf || c == 0xff || c == 0x3c2) {
        // micro sign, sharp s, y with diaeresis, final sigma: lower with no
        // simple counterpart in the tables below
        return true;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(upper_ranges); ++i) {
        if (in_lower_range(c, &upper_ranges[i])) {
            return true;
        }
    }
    return false;
}

unichar unichar_tolower(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_UPPER) ? c + 32 : c;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(upper_ranges); ++i) {
        if (in_upper_range(c, &upper_ranges[i])) {
            return c + upper_ranges[i].delta;
        }
    }
    return c;
}

unichar unichar_toupper(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_LOWER) ? c - 32 : c;
    }
    if (c == 0xff) {
        return 0x178;
    }
    if (c == 0xb5) {
        return 0x39c;
    }
    if (c == 0x3c2) {
        return 0x3a3;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(upper_ranges); ++i) {
        if (in_lower_range(c, &upper_ranges[i])) {
            return c - upper_ranges[i].delta;
        }
    }
    return c;
}

bool unichar_isspace(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_SPACE) != 0;
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// Non-ASCII code points that are not letters: Latin-1 symbols and
// punctuation, general punctuation, symbols and arrows, the CJK punctuation
// block, surrogates and private use. Everything else that is assigned in the
// common scripts is a letter (or a letter-like mark) for our purposes.
static bool nonascii_is_nonletter(unichar c) {
    if (c < 0xc0) {
        return !(c == 0xaa || c == 0xb5 || c == 0xba);
    }
    if (c == 0xd7 || c == 0xf7) {
        return true;
    }
    return (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x3004) ||
           (c >= 0x3008 && c <= 0x3020) || (c >= 0xd800 && c <= 0xf8ff) ||
           (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) ||
           (c >= 0xfff0 && c <= 0xffff) || c > 0x10ffff;
}

bool unichar_isalpha(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & (C_UPPER | C_LOWER)) != 0;
    }
    return !unichar_isspace(c) && !nonascii_is_nonletter(c);
}

bool unichar_isdigit(unichar c) {
    return c < 0x80 && (ascii_class[c] & C_DIGIT) != 0;
}

bool unichar_isxdigit(unichar c) {
    return c < 0x80 && (ascii_class[c] & C_XDIGIT) != 0;
}

bool unichar_isident(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & (C_UPPER | C_LOWER | C_DIGIT | C_UNDER)) != 0;
    }
    return unichar_isalpha(c);
}

// What repr() prints as itself rather than as an escape: controls, the C1
// range, soft hyphen, the non-ASCII spaces, format characters, line/paragraph
// separators, surrogates, private use and noncharacters are escaped.
bool unichar_isprint(unichar c) {
    if (c < 0x80) {
        return (ascii_class[c] & C_PRINT) != 0;
    }
    if (c <= 0xa0 || c == 0xad || c == 0x1680) {
        return false;
    }
    if ((c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
        (c >= 0x205f && c <= 0x206f) || c == 0x3000 || c == 0xfeff) {
        return false;
    }
    if ((c >= 0xd800 && c <= 0xf8ff) || (c >= 0xfff0 && c <= 0xfffb) || c == 0xfffe ||
        c == 0xffff || c >= 0xe0000) {
        return false;
    }
    return true;
}

mp_uint_t unichar_xdigit_value(unichar c) {
    // '0'..'9' map to 0..9; letters, after folding to lower case, to 10..15.
    mp_uint_t n = c - '0';
    if (n > 9) {
        n = ((c | 0x20) - 'a') + 10;
    }
    return n;
}
