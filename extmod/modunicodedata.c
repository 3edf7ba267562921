// The unicodedata module, on the Unicode 14.0.0 data of CPython 3.11:
// category, combining, mirrored, decimal and digit, numeric of decimal and
// digit characters, lookup, and name for the characters py/unicode_names.h
// names plus the CJK unified ideographs and Hangul syllables (whose names are
// made by rule). normalize and is_normalized answer from the quick-check
// flags: text already in the form asked is returned (or said to be) as it
// is. Left out for size: bidirectional, east_asian_width, decomposition,
// ucd_3_2_0, the numeric values of fractions and other non-digit numbers,
// the other names, and normalising text that needs changing; those raise
// NotImplementedError rather than answer wrongly.
#include "py/mpconfig.h"

#if MICROPY_PY_UNICODEDATA

#include <string.h>

#include "py/runtime.h"
#include "py/inflate.h"
#include "extmod/unicodedata_tables.h"

// The record of a code point: see tools/gen_unicode_data.py.
#define REC_CAT (0)
#define REC_CCC (1)
#define REC_QC (2)
#define REC_DIGIT (3)
#define CAT_MIRRORED (0x20)
#define QC_MAYBE (16)

// The unpacked table, in .bss until the first call needs it; the starts of
// the runs are summed up in place. The GIL keeps two threads from unpacking
// at once.
static byte udata_raw[UDATA_RAW_LEN];
static bool udata_ready;

static const byte *udata_table(void) {
    if (!udata_ready) {
        static mp_inflate_t d;
        memset(&d, 0, sizeof(d));
        d.in = udata_packed;
        d.in_len = sizeof(udata_packed);
        d.out = udata_raw;
        d.out_size = UDATA_RAW_LEN;
        if (mp_inflate_run(&d) != MP_INFLATE_OK || d.out_pos != UDATA_RAW_LEN) {
            mp_raise_RuntimeError(MP_ERROR_TEXT("corrupt unicodedata tables"));
        }
        const size_t n = UDATA_RUNS_N;
        uint32_t v = 0;
        for (size_t i = 0; i < n; i++) {
            v += udata_raw[i] | (uint32_t)udata_raw[n + i] << 8 | (uint32_t)udata_raw[2 * n + i] << 16;
            udata_raw[i] = (byte)v;
            udata_raw[n + i] = (byte)(v >> 8);
            udata_raw[2 * n + i] = (byte)(v >> 16);
        }
        udata_ready = true;
    }
    return udata_raw;
}

// The byte `field` of the record of code point c.
static unsigned rec(unichar c, unsigned field) {
    const byte *t = udata_table();
    const size_t n = UDATA_RUNS_N;
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        unichar s = t[mid] | (unichar)t[n + mid] << 8 | (unichar)t[2 * n + mid] << 16;
        if (s <= c) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return t[4 * n + field * UDATA_PALETTE_N + t[3 * n + lo]];
}

// The code point of a one-character str, else TypeError as CPython words it
// (its functions with a default name the argument "argument 1").
static unichar arg_char(mp_obj_t arg, qstr fun, bool numbered) {
    const char *num = numbered ? " 1" : "";
    if (!mp_obj_is_str(arg)) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() argument%s must be a unicode character, not %s"),
            fun, num, arg == mp_const_none ? "None" : mp_obj_get_type_str(arg));
    }
    GET_STR_DATA_LEN(arg, s, len);
    if (len == 0 || utf8_next_char(s) != s + len) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() argument%s must be a unicode character, not str"),
            fun, num);
    }
    return utf8_get_char(s);
}

static const char *category_of(unichar c) {
    return &UDATA_CATEGORIES[2 * (rec(c, REC_CAT) & 0x1f)];
}

// category(chr)
static mp_obj_t unicodedata_category(mp_obj_t ch) {
    return mp_obj_new_str(category_of(arg_char(ch, MP_QSTR_category, false)), 2);
}
static MP_DEFINE_CONST_FUN_OBJ_1(unicodedata_category_obj, unicodedata_category);

// combining(chr)
static mp_obj_t unicodedata_combining(mp_obj_t ch) {
    return MP_OBJ_NEW_SMALL_INT(rec(arg_char(ch, MP_QSTR_combining, false), REC_CCC));
}
static MP_DEFINE_CONST_FUN_OBJ_1(unicodedata_combining_obj, unicodedata_combining);

// mirrored(chr)
static mp_obj_t unicodedata_mirrored(mp_obj_t ch) {
    return MP_OBJ_NEW_SMALL_INT((rec(arg_char(ch, MP_QSTR_mirrored, false), REC_CAT) & CAT_MIRRORED) != 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(unicodedata_mirrored_obj, unicodedata_mirrored);

// decimal, digit and numeric: kind 0, 1, 2. Decimal digits (category Nd)
// have their value as digit value too; the numbers that are not digits
// (fractions, Roman numerals...) have values the table leaves out.
static mp_obj_t number(size_t n_args, const mp_obj_t *args, unsigned kind) {
    static const uint16_t names[3] = { MP_QSTR_decimal, MP_QSTR_digit, MP_QSTR_numeric };
    unichar c = arg_char(args[0], names[kind], true);
    unsigned v = rec(c, REC_DIGIT);
    if (v != 0xff && (kind > 0 || unichar_isdecimal(c))) {
        return kind == 2 ? mp_obj_new_float((mp_float_t)v) : MP_OBJ_NEW_SMALL_INT(v);
    }
    if (kind == 2 && unichar_isnumeric(c)) {
        mp_raise_msg(&mp_type_NotImplementedError, MP_ERROR_TEXT("numeric value not available"));
    }
    if (n_args > 1) {
        return args[1];
    }
    if (kind == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("not a decimal"));
    } else if (kind == 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("not a digit"));
    }
    mp_raise_ValueError(MP_ERROR_TEXT("not a numeric character"));
}

// decimal(chr[, default])
static mp_obj_t unicodedata_decimal(size_t n_args, const mp_obj_t *args) {
    return number(n_args, args, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(unicodedata_decimal_obj, 1, 2, unicodedata_decimal);

// digit(chr[, default])
static mp_obj_t unicodedata_digit(size_t n_args, const mp_obj_t *args) {
    return number(n_args, args, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(unicodedata_digit_obj, 1, 2, unicodedata_digit);

// numeric(chr[, default])
static mp_obj_t unicodedata_numeric(size_t n_args, const mp_obj_t *args) {
    return number(n_args, args, 2);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(unicodedata_numeric_obj, 1, 2, unicodedata_numeric);

// The CJK unified ideographs of Unicode 14.0 (first, last), named by rule.
static const uint32_t cjk_ranges[][2] = {
    { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0x20000, 0x2a6df }, { 0x2a700, 0x2b738 },
    { 0x2b740, 0x2b81d }, { 0x2b820, 0x2cea1 }, { 0x2ceb0, 0x2ebe0 }, { 0x30000, 0x3134a },
};

// The short names of the Hangul jamo that make up the syllable names: the 19
// leading consonants, the 21 vowels and the 27 trailing consonants, each list
// separated by spaces (the first trailing one is the empty name).
static const char jamo_names[] =
    "G GG N D DD R M B BB S SS  J JJ C K T P H|"
    "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I|"
    " G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H|";

// Appends the k-th name of the list at *list and moves *list past it.
static void jamo(vstr_t *out, const char *list, size_t k) {
    while (k-- > 0) {
        list += strcspn(list, " |") + 1;
    }
    vstr_add_strn(out, list, strcspn(list, " |"));
}

// The index of the longest name of the list at list that starts *s (the
// empty name counts), or -1; *s moves past it.
static int jamo_match(const char **s, const char *list) {
    int best = -1;
    size_t best_len = 0;
    for (int k = 0; *list != '|'; k++) {
        size_t n = strcspn(list, " |");
        if ((best < 0 || n > best_len) && strncmp(*s, list, n) == 0) {
            best = k;
            best_len = n;
        }
        list += n + (list[n] == ' ');
    }
    *s += best_len;
    return best;
}

// The code point of a name made by rule (CJK unified ideographs, Hangul
// syllables; upper case only, as in CPython), or -1.
static int32_t rule_name(const char *s, size_t len) {
    if (strlen(s) != len) {
        return -1;
    }
    if (strncmp(s, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        s += 22;
        size_t n = strlen(s);
        uint32_t c = 0;
        for (size_t i = 0; i < n; i++) {
            char d = s[i];
            if (!((d >= '0' && d <= '9') || (d >= 'A' && d <= 'F')) || n < 4 || n > 5) {
                return -1;
            }
            c = c * 16 + (d <= '9' ? d - '0' : d - 'A' + 10);
        }
        for (size_t i = 0; i < MP_ARRAY_SIZE(cjk_ranges); i++) {
            if (c >= cjk_ranges[i][0] && c <= cjk_ranges[i][1]) {
                return c;
            }
        }
    } else if (strncmp(s, "HANGUL SYLLABLE ", 16) == 0) {
        s += 16;
        const char *vw = strchr(jamo_names, '|') + 1;
        int l = jamo_match(&s, jamo_names);
        int v = jamo_match(&s, vw);
        int t = jamo_match(&s, strchr(vw, '|') + 1);
        if (l >= 0 && v >= 0 && t >= 0 && *s == 0) {
            return 0xac00 + (l * 21 + v) * 28 + t;
        }
    }
    return -1;
}

// name(chr[, default])
static mp_obj_t unicodedata_name(size_t n_args, const mp_obj_t *args) {
    unichar c = arg_char(args[0], MP_QSTR_name, true);
    // Unassigned, private use, surrogates and controls have no name.
    const char *cat = category_of(c);
    if (cat[0] == 'C' && cat[1] != 'f') {
        if (n_args > 1) {
            return args[1];
        }
        mp_raise_ValueError(MP_ERROR_TEXT("no such name"));
    }
    char buf[128];
    if (unichar_name(c, buf, sizeof(buf))) {
        return mp_obj_new_str(buf, strlen(buf));
    }
    vstr_t v;
    vstr_init(&v, 40);
    for (size_t i = 0; i < MP_ARRAY_SIZE(cjk_ranges); i++) {
        if (c >= cjk_ranges[i][0] && c <= cjk_ranges[i][1]) {
            vstr_printf(&v, "CJK UNIFIED IDEOGRAPH-%X", (unsigned)c);
            return mp_obj_new_str_from_vstr(&v);
        }
    }
    if (c >= 0xac00 && c < 0xac00 + 11172) {
        unsigned s = c - 0xac00;
        const char *l = jamo_names;
        const char *vw = strchr(l, '|') + 1;
        const char *t = strchr(vw, '|') + 1;
        vstr_add_str(&v, "HANGUL SYLLABLE ");
        jamo(&v, l, s / 588);
        jamo(&v, vw, s / 28 % 21);
        jamo(&v, t, s % 28);
        return mp_obj_new_str_from_vstr(&v);
    }
    vstr_clear(&v);
    mp_raise_msg(&mp_type_NotImplementedError, MP_ERROR_TEXT("character name not available"));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(unicodedata_name_obj, 1, 2, unicodedata_name);

// lookup(name)
static mp_obj_t unicodedata_lookup(mp_obj_t name) {
    size_t len;
    const char *s = mp_obj_str_get_data(name, &len);
    int32_t c = unichar_lookup_name(s, len);
    if (c < 0) {
        c = rule_name(s, len);
    }
    if (c < 0) {
        mp_raise_msg_varg(&mp_type_KeyError, MP_ERROR_TEXT("undefined character name '%s'"), s);
    }
    byte buf[4];
    return mp_obj_new_str((const char *)buf, utf8_encode((unichar)c, buf));
}
static MP_DEFINE_CONST_FUN_OBJ_1(unicodedata_lookup_obj, unicodedata_lookup);

// The quick check of UAX #15 for form (its index in "NFD NFKD NFC NFKC"):
// 0 if s is not in the form, 1 if it is, 2 if it may be.
static int quick_check(mp_obj_t form, mp_obj_t s, size_t *form_out) {
    static const char forms[4][5] = { "NFD", "NFKD", "NFC", "NFKC" };
    if (!mp_obj_is_str(form)) {
        mp_raise_TypeError(MP_ERROR_TEXT("argument 1 must be str"));
    }
    GET_STR_DATA_LEN(form, fs, flen);
    size_t f = 0;
    while (f < 4 && !(flen == strlen(forms[f]) && memcmp(fs, forms[f], flen) == 0)) {
        f++;
    }
    if (f == 4) {
        mp_raise_ValueError(MP_ERROR_TEXT("invalid normalization form"));
    }
    *form_out = f;
    if (!mp_obj_is_str(s)) {
        mp_raise_TypeError(MP_ERROR_TEXT("argument 2 must be str"));
    }
    GET_STR_DATA_LEN(s, p, len);
    const byte *end = p + len;
    unsigned last_ccc = 0;
    int result = 1;
    for (; p < end; p = utf8_next_char(p)) {
        unichar c = utf8_get_char(p);
        if (c < 0xa0) {
            // Below U+00A0 every character is in every form.
            last_ccc = 0;
            continue;
        }
        unsigned ccc = rec(c, REC_CCC);
        unsigned qc = rec(c, REC_QC);
        if ((ccc != 0 && last_ccc > ccc) || (qc & (1 << f))) {
            return 0;
        }
        if (f >= 2 && (qc & QC_MAYBE)) {
            result = 2;
        }
        last_ccc = ccc;
    }
    return result;
}

// normalize(form, unistr)
static mp_obj_t unicodedata_normalize(mp_obj_t form, mp_obj_t s) {
    size_t f;
    if (quick_check(form, s, &f) != 1) {
        mp_raise_msg(&mp_type_NotImplementedError, MP_ERROR_TEXT("normalizing text that is not normalized"));
    }
    return s;
}
static MP_DEFINE_CONST_FUN_OBJ_2(unicodedata_normalize_obj, unicodedata_normalize);

// is_normalized(form, unistr)
static mp_obj_t unicodedata_is_normalized(mp_obj_t form, mp_obj_t s) {
    size_t f;
    int r = quick_check(form, s, &f);
    if (r == 2) {
        mp_raise_msg(&mp_type_NotImplementedError, MP_ERROR_TEXT("normalizing text that is not normalized"));
    }
    return mp_obj_new_bool(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(unicodedata_is_normalized_obj, unicodedata_is_normalized);

static const mp_rom_map_elem_t mp_module_unicodedata_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_unicodedata) },
    { MP_ROM_QSTR(MP_QSTR_category), MP_ROM_PTR(&unicodedata_category_obj) },
    { MP_ROM_QSTR(MP_QSTR_combining), MP_ROM_PTR(&unicodedata_combining_obj) },
    { MP_ROM_QSTR(MP_QSTR_mirrored), MP_ROM_PTR(&unicodedata_mirrored_obj) },
    { MP_ROM_QSTR(MP_QSTR_decimal), MP_ROM_PTR(&unicodedata_decimal_obj) },
    { MP_ROM_QSTR(MP_QSTR_digit), MP_ROM_PTR(&unicodedata_digit_obj) },
    { MP_ROM_QSTR(MP_QSTR_numeric), MP_ROM_PTR(&unicodedata_numeric_obj) },
    { MP_ROM_QSTR(MP_QSTR_name), MP_ROM_PTR(&unicodedata_name_obj) },
    { MP_ROM_QSTR(MP_QSTR_lookup), MP_ROM_PTR(&unicodedata_lookup_obj) },
    { MP_ROM_QSTR(MP_QSTR_normalize), MP_ROM_PTR(&unicodedata_normalize_obj) },
    { MP_ROM_QSTR(MP_QSTR_is_normalized), MP_ROM_PTR(&unicodedata_is_normalized_obj) },
    { MP_ROM_QSTR(MP_QSTR_unidata_version), MP_ROM_QSTR(MP_QSTR_unidata_version_text) },
};
static MP_DEFINE_CONST_DICT(mp_module_unicodedata_globals, mp_module_unicodedata_globals_table);

const mp_obj_module_t mp_module_unicodedata = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_unicodedata_globals,
};

MP_REGISTER_MODULE(MP_QSTR_unicodedata, mp_module_unicodedata);

#endif // MICROPY_PY_UNICODEDATA
