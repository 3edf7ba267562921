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

// Letters that Python's re takes as one under IGNORECASE although their
// simple lowercase forms differ (long s, dotless i, the Greek symbol forms,
// the Cyrillic small rounded letters...). Each row is one such set, padded
// with zeros; its first entry is the form the folding maps the others to.
// clang-format off
static const uint16_t fold_sets[][4] = {
    { 0x69, 0x131 }, { 0x73, 0x17f }, { 0x3bc, 0xb5 }, { 0x3b9, 0x345, 0x1fbe },
    { 0x3b2, 0x3d0 }, { 0x3b5, 0x3f5 }, { 0x3b8, 0x3d1 }, { 0x3ba, 0x3f0 }, { 0x3c0, 0x3d6 },
    { 0x3c1, 0x3f1 }, { 0x3c3, 0x3c2 }, { 0x3c6, 0x3d5 }, { 0x390, 0x1fd3 }, { 0x3b0, 0x1fe3 },
    { 0x432, 0x1c80 }, { 0x434, 0x1c81 }, { 0x43e, 0x1c82 }, { 0x441, 0x1c83 },
    { 0x442, 0x1c84, 0x1c85 }, { 0x44a, 0x1c86 }, { 0x463, 0x1c87 }, { 0xa64b, 0x1c88 },
    { 0x1e61, 0x1e9b }, { 0xfb05, 0xfb06 },
};

// Characters whose lowercase form is the first entry but which are not
// that letter's uppercase form (Kelvin and Angstrom signs, capital I with
// dot, the titlecase digraphs...): a class holding one of them must match
// the lowercase letter too.
static const uint16_t fold_other_upper[][2] = {
    { 0x69, 0x130 }, { 0x6b, 0x212a }, { 0xe5, 0x212b }, { 0xdf, 0x1e9e }, { 0x3b8, 0x3f4 },
    { 0x3c9, 0x2126 }, { 0x1c6, 0x1c4 }, { 0x1c6, 0x1c5 }, { 0x1c9, 0x1c7 }, { 0x1c9, 0x1c8 },
    { 0x1cc, 0x1ca }, { 0x1cc, 0x1cb }, { 0x1f3, 0x1f1 }, { 0x1f3, 0x1f2 },
};
// clang-format on

// The plain lowercase form: backreferences compare this way under
// IGNORECASE (so long s does not match a captured 'S', as in CPython).
uint32_t re_class_lower(uint32_t c, bool ascii) {
    if (c < 0x80 || ascii) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return unichar_tolower(c);
}

// The case-insensitive key of c: its lowercase form, then the first entry
// of its set in fold_sets. Two characters match under IGNORECASE exactly
// when their keys are equal.
uint32_t re_class_fold_lower(uint32_t c, bool ascii) {
    uint32_t l = re_class_lower(c, ascii);
    if (c < 0x80 || ascii || l < 0xb5 || l > 0xfb06) {
        return l;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(fold_sets); i++) {
        for (size_t j = 1; j < 4 && fold_sets[i][j] != 0; j++) {
            if (fold_sets[i][j] == l) {
                return fold_sets[i][0];
            }
        }
    }
    return l;
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

// Under IGNORECASE a class matches c when it holds any character with the
// same key: the key itself, its uppercase form, and the other members of
// its fold set and their uppercase forms.
static bool class_test_folded(const re_class_t *cl, uint32_t c, bool ascii) {
    uint32_t key = re_class_fold_lower(c, ascii);
    if (class_test_one(cl, key, ascii) || class_test_one(cl, fold_upper(key, ascii), ascii)) {
        return true;
    }
    if (ascii || key < 0x69) {
        return false;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(fold_sets); i++) {
        if (fold_sets[i][0] == key) {
            for (size_t j = 1; j < 4 && fold_sets[i][j] != 0; j++) {
                uint32_t m = fold_sets[i][j];
                if (class_test_one(cl, m, ascii) || class_test_one(cl, fold_upper(m, ascii), ascii)) {
                    return true;
                }
            }
        }
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(fold_other_upper); i++) {
        if (fold_other_upper[i][0] == key && class_test_one(cl, fold_other_upper[i][1], ascii)) {
            return true;
        }
    }
    return false;
}

// A class knows its own rule (the flags in force where it was written, so
// (?u:\w) stays Unicode inside re.ASCII); the program's is not consulted.
bool re_class_match(const re_class_t *cl, uint32_t c, bool ascii) {
    (void)ascii;
    ascii = cl->ascii;
    bool in = class_test_one(cl, c, ascii);
    if (!in && cl->icase) {
        in = class_test_folded(cl, c, ascii);
    }
    return in != cl->negated;
}

#endif // MICROPY_PY_RE
