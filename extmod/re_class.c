// Character categories (\d \w \s, case folding) and character classes
// ([a-z\d]) of the regular expression engine.
#include "py/mpconfig.h"

#if MICROPY_PY_RE

#include "py/runtime.h"
#include "extmod/re_prog.h"

/******************************************************************************/
// Character categories.

bool re_class_ascii_alnum(uint32_t c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// The zeros of the runs of ten decimal digits (Unicode category Nd) other
// than ASCII's, for \d in str patterns.
// clang-format off
static const uint32_t unicode_digit_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
    0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0,
    0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
    0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};
// clang-format on

static bool cat_digit(uint32_t c, bool ascii) {
    if (c < 0x80 || ascii) {
        return c >= '0' && c <= '9';
    }
    if (c >= 0x1d7ce && c <= 0x1d7ff) {
        return true; // mathematical digits: five runs of ten
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(unicode_digit_zeros); i++) {
        if (c >= unicode_digit_zeros[i] && c < unicode_digit_zeros[i] + 10) {
            return true;
        }
    }
    return false;
}

bool re_class_cat_word(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return re_class_ascii_alnum(c) || c == '_';
    }
    return !ascii && (unichar_isalpha(c) || cat_digit(c, false));
}

static bool cat_space(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f);
    }
    return !ascii && unichar_isspace(c);
}

uint32_t re_class_fold_lower(uint32_t c, bool ascii) {
    if (c < 0x80 || ascii) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return unichar_tolower(c);
}

static uint32_t fold_upper(uint32_t c, bool ascii) {
    if (c < 0x80 || ascii) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    return unichar_toupper(c);
}


static bool class_test_one(const re_class_t *cl, uint32_t c, bool ascii) {
    for (size_t i = 0; i < cl->n_ranges; i++) {
        if (c >= cl->ranges[2 * i] && c <= cl->ranges[2 * i + 1]) {
            return true;
        }
    }
    byte cats = cl->cats;
    if (cats) {
        if (((cats & RE_CLASS_CAT_DIGIT) && cat_digit(c, ascii)) ||
            ((cats & RE_CLASS_CAT_NOT_DIGIT) && !cat_digit(c, ascii)) ||
            ((cats & RE_CLASS_CAT_WORD) && re_class_cat_word(c, ascii)) ||
            ((cats & RE_CLASS_CAT_NOT_WORD) && !re_class_cat_word(c, ascii)) ||
            ((cats & RE_CLASS_CAT_SPACE) && cat_space(c, ascii)) ||
            ((cats & RE_CLASS_CAT_NOT_SPACE) && !cat_space(c, ascii))) {
            return true;
        }
    }
    return false;
}

bool re_class_match(const re_class_t *cl, uint32_t c, bool ascii) {
    ascii = ascii || cl->ascii;
    bool in = class_test_one(cl, c, ascii);
    if (!in && cl->icase) {
        in = class_test_one(cl, re_class_fold_lower(c, ascii), ascii) ||
             class_test_one(cl, fold_upper(c, ascii), ascii);
    }
    return in != cl->negated;
}

#endif // MICROPY_PY_RE
