// Text formatting: the format-spec mini-language for str, int and float
// (format(), f-strings, str.format and str.format_map, and bytes.format as
// MicroPython has it) and printf-style % formatting of str and bytes.
// Locale-dependent 'n' behaves as in the C locale.
#include "py/mpconfig.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"

// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
typedef struct _fmt_spec_t {
    unichar fill;
    bool fill_given;
    char align; // 0 (type default) or one of < > = ^
    char sign; // 0, '+', '-' or ' '
    bool z; // coerce negative zero to zero (floats)
    bool alt; // '#'
    bool zero; // '0' before the width
    mp_int_t width; // -1: none
    char grouping; // 0, ',' or '_'
    mp_int_t prec; // -1: none
    unichar type; // 0: none (a code point: CPython names a non-ASCII one)
} fmt_spec_t;

static bool is_align(byte c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static mp_int_t parse_digits(const byte **pp, const byte *end) {
    const byte *p = *pp;
    mp_int_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        int d = *p++ - '0';
        if (v > (MP_INT_MAX - d) / 10) { // CPython's limit: a ssize_t
            mp_raise_ValueError(MP_ERROR_TEXT("Too many decimal digits in format string"));
        }
        v = v * 10 + d;
    }
    *pp = p;
    return v;
}

static void parse_spec(const byte *s, size_t n, fmt_spec_t *spec, mp_obj_t value, char default_type) {
    memset(spec, 0, sizeof(*spec));
    spec->fill = ' ';
    spec->width = -1;
    spec->prec = -1;
    const byte *p = s;
    const byte *end = s + n;
    if (p < end) {
        const byte *q = p;
        unichar c = mp_obj_str_next_char(&q, end);
        if (q < end && is_align(*q)) {
            spec->fill = c;
            spec->fill_given = true;
            spec->align = (char)*q;
            p = q + 1;
        } else if (is_align(*p)) {
            spec->align = (char)*p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        spec->sign = (char)*p++;
    }
    if (p < end && *p == 'z') {
        spec->z = true;
        p++;
    }
    if (p < end && *p == '#') {
        spec->alt = true;
        p++;
    }
    if (p < end && *p == '0') {
        spec->zero = true;
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        spec->width = parse_digits(&p, end);
    }
    if (p < end && (*p == ',' || *p == '_')) {
        spec->grouping = (char)*p++;
        if (p < end && *p == spec->grouping) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("Cannot specify '%c' with '%c'."),
                *p, *p);
        }
        if (p < end && (*p == ',' || *p == '_')) {
            mp_raise_ValueError(MP_ERROR_TEXT("Cannot specify both ',' and '_'."));
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9') {
            mp_raise_ValueError(MP_ERROR_TEXT("Format specifier missing precision"));
        }
        spec->prec = parse_digits(&p, end);
    }
    if (p < end) {
        spec->type = mp_obj_str_next_char(&p, end);
    }
    if (p < end) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("Invalid format specifier '%.*s' for object of type '%s'"), (int)n,
            (const char *)s, mp_obj_get_type_str(value));
    }
    // Grouping is checked against the type code before anything that
    // depends on the value's type (as CPython does): '_' also suits b/o/x/X.
    // No type code means default_type here ('s' for str).
    unichar type = spec->type ? spec->type : (byte)default_type;
    if (spec->grouping && (type >= 0x80 || !strchr("defgEFG%", type))
        && !(spec->grouping == '_' && type < 0x80 && strchr("boxX", type))) {
        mp_raise_ValueError_varg(type > 32 && type < 128
            ? MP_ERROR_TEXT("Cannot specify '%c' with '%c'.")
            : MP_ERROR_TEXT("Cannot specify '%c' with '\\x%x'."), spec->grouping, (int)type);
    }
}

static MP_NORETURN void raise_unknown_code(const fmt_spec_t *spec, mp_obj_t value) {
    unichar t = spec->type;
    mp_raise_ValueError_varg(t > 32 && t < 128
        ? MP_ERROR_TEXT("Unknown format code '%c' for object of type '%s'")
        : MP_ERROR_TEXT("Unknown format code '\\x%x' for object of type '%s'"), (int)t,
        mp_obj_get_type_str(value));
}

static void add_fill(vstr_t *out, const byte *fill, size_t fill_len, size_t n) {
    if (fill_len == 1) {
        memset(vstr_add_len(out, n), fill[0], n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        vstr_add_strn(out, (const char *)fill, fill_len);
    }
}

// Append prefix (ASCII: sign, 0x) and body (n bytes, n_chars code points),
// padded to the spec's width with its fill; '=' pads between the two.
static void pad_append(vstr_t *out, const fmt_spec_t *spec, char align, const char *prefix,
    size_t prefix_len, const byte *body, size_t n, size_t n_chars) {
    size_t total = prefix_len + n_chars;
    size_t pad = spec->width > (mp_int_t)total ? (size_t)spec->width - total : 0;
    byte fill[4];
    size_t fill_len = utf8_encode(spec->fill, fill);
    size_t left = 0, mid = 0, right = 0;
    switch (align) {
        case '<':
            right = pad;
            break;
        case '^':
            left = pad / 2;
            right = pad - left;
            break;
        case '=':
            mid = pad;
            break;
        default:
            left = pad;
            break;
    }
    add_fill(out, fill, fill_len, left);
    vstr_add_strn(out, prefix, prefix_len);
    add_fill(out, fill, fill_len, mid);
    vstr_add_strn(out, (const char *)body, n);
    add_fill(out, fill, fill_len, right);
}

// ---------------------------------------------------------------------------
// str

static void format_str(
    vstr_t *out, const byte *data, size_t len, fmt_spec_t *spec, mp_obj_t value) {
    if (spec->type != 0 && spec->type != 's') {
        raise_unknown_code(spec, value);
    }
    if (spec->sign) {
        mp_raise_ValueError(spec->sign == ' ' ? MP_ERROR_TEXT("Space not allowed in string format specifier")
            : MP_ERROR_TEXT("Sign not allowed in string format specifier"));
    }
    if (spec->z) {
        mp_raise_ValueError(MP_ERROR_TEXT("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if (spec->alt) {
        mp_raise_ValueError(
            MP_ERROR_TEXT("Alternate form (#) not allowed in string format specifier"));
    }
    if (spec->grouping) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("Cannot specify '%c' with 's'."), spec->grouping);
    }
    if (spec->align == '=') {
        mp_raise_ValueError(MP_ERROR_TEXT("'=' alignment not allowed in string format specifier"));
    }
    if (spec->zero && !spec->fill_given) {
        spec->fill = '0';
    }
    size_t chars = mp_obj_str_bytes_are_ascii(data, len) ? len : utf8_charlen(data, len);
    if (spec->prec >= 0 && (size_t)spec->prec < chars) {
        len = chars == len ? (size_t)spec->prec
                           : mp_obj_str_char_to_byte(data, len, (size_t)spec->prec);
        chars = (size_t)spec->prec;
    }
    pad_append(out, spec, spec->align ? spec->align : '<', "", 0, data, len, chars);
}

// ---------------------------------------------------------------------------
// int

// The digits of |v| in base into out; *neg tells the sign.
static void int_digits(vstr_t *out, mp_obj_t v, int base, bool upper, bool *neg) {
    if (mp_obj_is_small_int(v)) {
        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(v);
        *neg = i < 0;
        mp_uint_t u = *neg ? -(mp_uint_t)i : (mp_uint_t)i;
        char buf[sizeof(mp_uint_t) * 8];
        char *end = buf + sizeof(buf);
        char *p = end;
        do {
            int d = (int)(u % (mp_uint_t)base);
            *--p = (char)(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
            u /= (mp_uint_t)base;
        } while (u != 0);
        vstr_add_strn(out, p, (size_t)(end - p));
        return;
    }
    mp_obj_t s = mp_obj_int_format(v, base, false, upper);
    GET_STR_DATA_LEN(s, d, l);
    *neg = l > 0 && d[0] == '-';
    vstr_add_strn(out, (const char *)d + *neg, l - *neg);
}

// Append n digits with a separator every `interval` digits from the right,
// first widening with leading zeros until the result is at least min_width
// long (zero padding of a grouped number is grouped too).
static void add_grouped(
    vstr_t *out, const char *d, size_t n, char sep, size_t interval, size_t min_width) {
    size_t k = n;
    while (k + (k - 1) / interval < min_width) {
        k++;
    }
    size_t zeros = k - n;
    for (size_t i = 0; i < k; i++) {
        if (i > 0 && (k - i) % interval == 0) {
            vstr_add_byte(out, (byte)sep);
        }
        vstr_add_byte(out, i < zeros ? '0' : (byte)d[i - zeros]);
    }
}

static void format_float(vstr_t *out, mp_float_t f, fmt_spec_t *spec, mp_obj_t value);

// Resolve the '0' flag for numbers: zero fill after the sign.
static void numeric_zero_flag(fmt_spec_t *spec) {
    if (spec->zero) {
        if (!spec->fill_given) {
            spec->fill = '0';
        }
        if (spec->align == 0) {
            spec->align = '=';
        }
    }
}

// Sign, optional alternate-form prefix and the (grouped) digits, padded.
static void emit_number(vstr_t *out, fmt_spec_t *spec, bool neg, const char *alt_prefix,
    const char *digits, size_t n_digits, const char *tail, size_t tail_len, size_t interval) {
    char prefix[4];
    size_t prefix_len = 0;
    if (neg) {
        prefix[prefix_len++] = '-';
    } else if (spec->sign == '+' || spec->sign == ' ') {
        prefix[prefix_len++] = spec->sign;
    }
    if (alt_prefix != NULL) {
        prefix[prefix_len++] = alt_prefix[0];
        prefix[prefix_len++] = alt_prefix[1];
    }
    char body_buf[64];
    vstr_t body;
    vstr_init_spill(&body, sizeof(body_buf), body_buf);
    if (spec->grouping && n_digits > 0) {
        size_t min_width = 0;
        if (spec->fill == '0' && spec->align == '=' &&
            spec->width > (mp_int_t)(prefix_len + tail_len)) {
            min_width = (size_t)spec->width - prefix_len - tail_len;
        }
        add_grouped(&body, digits, n_digits, spec->grouping, interval, min_width);
    } else {
        vstr_add_strn(&body, digits, n_digits);
    }
    vstr_add_strn(&body, tail, tail_len);
    pad_append(out, spec, spec->align ? spec->align : '>', prefix, prefix_len,
        (const byte *)body.buf, body.len, body.len);
    vstr_clear(&body);
}

static void format_int(vstr_t *out, mp_obj_t v, fmt_spec_t *spec, mp_obj_t value) {
    int base = 10;
    unichar type = spec->type;
    switch (type) {
        case 0:
        case 'd':
        case 'n':
            break;
        case 'b':
            base = 2;
            break;
        case 'o':
            base = 8;
            break;
        case 'x':
        case 'X':
            base = 16;
            break;
        case 'c':
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%': {
            // float(value): an int subclass's own __float__ counts.
            mp_float_t f;
            mp_obj_get_float_ex(value, &f, false);
            format_float(out, f, spec, value);
            return;
        }
        default:
            raise_unknown_code(spec, value);
    }
    if (spec->prec >= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Precision not allowed in integer format specifier"));
    }
    if (spec->z) {
        mp_raise_ValueError(MP_ERROR_TEXT("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if (spec->grouping && (type == 'n' || type == 'c' || (base != 10 && spec->grouping == ','))) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("Cannot specify '%c' with '%c'."),
            spec->grouping, (int)type);
    }
    numeric_zero_flag(spec);
    if (type == 'c') {
        if (spec->sign) {
            mp_raise_ValueError(
                MP_ERROR_TEXT("Sign not allowed with integer format specifier 'c'"));
        }
        if (spec->alt) {
            mp_raise_ValueError(
                MP_ERROR_TEXT("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        mp_int_t c;
        if (!mp_obj_get_int_maybe(v, &c)) {
            mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C long"));
        }
        if (c < 0 || c > 0x10ffff) {
            mp_raise_OverflowError(MP_ERROR_TEXT("%c arg not in range(0x110000)"));
        }
        byte buf[4];
        size_t n = utf8_encode((unichar)c, buf);
        pad_append(out, spec, spec->align ? spec->align : '>', "", 0, buf, n, 1);
        return;
    }
    char digits_buf[32];
    vstr_t digits;
    vstr_init_spill(&digits, sizeof(digits_buf), digits_buf);
    bool neg;
    int_digits(&digits, v, base, type == 'X', &neg);
    const char *alt_prefix = NULL;
    if (spec->alt && base != 10) {
        alt_prefix = base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : "0x";
    }
    emit_number(out, spec, neg, alt_prefix, digits.buf, digits.len, "", 0, base == 10 ? 3 : 4);
    vstr_clear(&digits);
}

// ---------------------------------------------------------------------------
// float

// The precision of a float format (6 when none). Any size is formatted in
// full (a huge one fails with MemoryError); CPython keeps it in a C int (a
// few below INT_MAX here, so that the general format's p - 1 - x cannot
// overflow).
static int float_prec(mp_int_t prec) {
    if (prec > INT_MAX - 8) {
        mp_raise_ValueError(MP_ERROR_TEXT("precision too big"));
    }
    return prec < 0 ? 6 : (int)prec;
}

static void format_float(vstr_t *out, mp_float_t f, fmt_spec_t *spec, mp_obj_t value) {
    unichar type = spec->type;
    switch (type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'n':
        case '%':
            break;
        default:
            raise_unknown_code(spec, value);
    }
    if (spec->grouping && type == 'n') {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("Cannot specify '%c' with 'n'."), spec->grouping);
    }
    numeric_zero_flag(spec);
    bool neg = signbit(f) && !isnan(f);
    mp_float_t af = fabs(f);
    char body_buf[48];
    vstr_t body;
    vstr_init_spill(&body, sizeof(body_buf), body_buf);
    if (isinf(af) || isnan(af)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        vstr_add_str(&body, isnan(af) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%') {
            vstr_add_byte(&body, '%');
        }
    } else if (type == 0 && spec->prec < 0) {
        char buf[32];
        size_t n = mp_float_format_repr(af, buf, sizeof(buf));
        const char *e = memchr(buf, 'e', n);
        if (spec->alt && e != NULL && memchr(buf, '.', n) == NULL) {
            // '#' keeps the point: 1e+16 -> 1.e+16.
            vstr_add_strn(&body, buf, (size_t)(e - buf));
            vstr_add_byte(&body, '.');
            vstr_add_strn(&body, e, n - (size_t)(e - buf));
        } else {
            vstr_add_strn(&body, buf, n);
        }
    } else {
        mp_float_format_spec(
            &body, af, type == 'n' ? 'g' : type, float_prec(spec->prec), spec->alt);
    }
    if (neg && spec->z) {
        // 'z': a result that rounded to zero loses its sign.
        bool all_zero = !isinf(af);
        for (size_t i = 0; i < body.len && body.buf[i] != 'e' && body.buf[i] != 'E'; i++) {
            if (body.buf[i] >= '1' && body.buf[i] <= '9') {
                all_zero = false;
                break;
            }
        }
        neg = !all_zero;
    }
    // The integer digits get the grouping; the rest (fraction, exponent) follows.
    size_t n_int = 0;
    while (n_int < body.len && body.buf[n_int] >= '0' && body.buf[n_int] <= '9') {
        n_int++;
    }
    emit_number(out, spec, neg, NULL, body.buf, n_int, body.buf + n_int, body.len - n_int, 3);
    vstr_clear(&body);
}

// ---------------------------------------------------------------------------
// format(value, spec)

static bool is_builtin_fun(mp_obj_t f) {
    const mp_obj_type_t *t = mp_obj_get_type(f);
    return t == &mp_type_fun_builtin_0 || t == &mp_type_fun_builtin_1 ||
           t == &mp_type_fun_builtin_2 || t == &mp_type_fun_builtin_3 ||
           t == &mp_type_fun_builtin_var;
}

// Format value per spec (n bytes at s) into out.
static void format_value_into(vstr_t *out, mp_obj_t value, const byte *s, size_t n) {
    mp_obj_t native = value;
    if (mp_obj_is_obj(value) && mp_obj_is_instance_type(mp_obj_get_type(value))) {
        // A user class: its own __format__ wins; else that of a built-in base.
        // It is looked up on the type, never in the instance's dict.
        const mp_obj_type_t *owner;
        mp_obj_t fn = mp_obj_type_mro_find(mp_obj_get_type(value), MP_QSTR___format__,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
        if (fn != MP_OBJ_NULL && !is_builtin_fun(fn)) {
            mp_obj_t spec_obj = mp_obj_new_str((const char *)s, n);
            mp_obj_t r = mp_obj_type_call_member(value, owner, fn, 1, &spec_obj);
            mp_obj_t rs = mp_obj_str_cast(r);
            if (rs == MP_OBJ_NULL) {
                mp_raise_TypeError_obj_unsupported(
                    r, MP_ERROR_TEXT("__format__ must return a str, not %s"));
            }
            GET_STR_DATA_LEN(rs, d, l);
            vstr_add_strn(out, (const char *)d, l);
            return;
        }
        native = mp_obj_cast_to_native_base(value, MP_OBJ_NULL);
    }
    if (n == 0) {
        mp_obj_t str = mp_obj_str(value);
        GET_STR_DATA_LEN(str, d, l);
        vstr_add_strn(out, (const char *)d, l);
        return;
    }
    fmt_spec_t spec;
    if (mp_obj_is_str(native)) {
        parse_spec(s, n, &spec, value, 's');
        GET_STR_DATA_LEN(native, d, l);
        format_str(out, d, l, &spec, value);
    } else if (mp_obj_is_int(native) || mp_obj_is_bool(native)) {
        parse_spec(s, n, &spec, value, 0);
        if (mp_obj_is_bool(native)) {
            native = MP_OBJ_NEW_SMALL_INT(native == mp_const_true);
        }
        format_int(out, native, &spec, value);
    } else if (mp_obj_is_float(native)) {
        parse_spec(s, n, &spec, value, 0);
        format_float(out, mp_obj_float_get(native), &spec, value);
    } else {
        // A class is formatted by its metaclass (object.__format__ here),
        // never by the __format__ it defines for its instances.
        mp_obj_t dest[3] = { MP_OBJ_NULL };
        if (!mp_obj_is_type_obj(value)) {
            mp_load_method_maybe(value, MP_QSTR___format__, dest);
        }
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_TypeError_obj_unsupported(
                value, MP_ERROR_TEXT("unsupported format string passed to %s.__format__"));
        }
        dest[2] = mp_obj_new_str((const char *)s, n);
        mp_obj_t r = mp_obj_str_cast(mp_call_method_n_kw(1, 0, dest));
        if (r == MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("__format__ must return a str"));
        }
        GET_STR_DATA_LEN(r, d, l);
        vstr_add_strn(out, (const char *)d, l);
    }
}

// __format__(spec) of the built-in types: spec must be a str.
mp_obj_t mp_obj_format_dunder(mp_obj_t value, mp_obj_t format_spec) {
    if (mp_obj_str_cast(format_spec) == MP_OBJ_NULL) {
        mp_raise_TypeError_arg_unsupported(
            format_spec, MP_ERROR_TEXT("__format__() argument must be str, not %s"));
    }
    return mp_obj_format_value(value, format_spec);
}

mp_obj_t mp_obj_format_value(mp_obj_t value, mp_obj_t format_spec) {
    mp_obj_t spec = mp_obj_str_cast(format_spec);
    if (spec == MP_OBJ_NULL) {
        mp_raise_TypeError_arg_unsupported(
            format_spec, MP_ERROR_TEXT("format() argument 2 must be str, not %s"));
    }
    GET_STR_DATA_LEN(spec, s, n);
    if (n == 0 && mp_obj_is_str(value)) {
        return value;
    }
    vstr_t out;
    vstr_init(&out, 16);
    format_value_into(&out, value, s, n);
    return mp_obj_new_str_from_vstr(&out);
}

// str.__format__(format_spec)
static mp_obj_t str___format__(mp_obj_t self_in, mp_obj_t spec) {
    mp_obj_t self = mp_obj_str_cast(self_in);
    if (self == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor '__format__' requires a 'str' object"));
    }
    return mp_obj_format_dunder(self, spec);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str___format___obj, str___format__);

// ---------------------------------------------------------------------------
// str.format, str.format_map, bytes.format

typedef struct _fmt_args_t {
    size_t n_pos;
    const mp_obj_t *pos;
    mp_map_t *kw; // keyword arguments, or NULL
    mp_obj_t mapping; // format_map's mapping, or MP_OBJ_NULL
    size_t auto_next; // next automatic field number
    bool auto_used;
    bool manual_used;
} fmt_args_t;

static bool all_digits(const byte *p, size_t n) {
    if (n == 0) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return false;
        }
    }
    return true;
}

static size_t digits_value(const byte *p, size_t n) {
    const byte *q = p;
    mp_int_t v = parse_digits(&q, p + n);
    return (size_t)v;
}

// The object a field name ("0", "name", "0.attr", "k[1][x]") refers to.
static mp_obj_t field_value(const byte *name, size_t n, fmt_args_t *a) {
    const byte *end = name + n;
    const byte *p = name;
    while (p < end && *p != '.' && *p != '[') {
        p++;
    }
    size_t first_len = (size_t)(p - name);
    mp_obj_t value;
    if (first_len == 0 || all_digits(name, first_len)) {
        size_t index;
        if (a->mapping != MP_OBJ_NULL) {
            mp_raise_ValueError(MP_ERROR_TEXT("Format string contains positional fields"));
        }
        if (first_len == 0) {
            if (a->manual_used) {
                mp_raise_ValueError(MP_ERROR_TEXT(
                    "cannot switch from manual field specification to automatic field numbering"));
            }
            a->auto_used = true;
            index = a->auto_next++;
        } else {
            if (a->auto_used) {
                mp_raise_ValueError(MP_ERROR_TEXT(
                    "cannot switch from automatic field numbering to manual field specification"));
            }
            a->manual_used = true;
            index = digits_value(name, first_len);
        }
        if (index >= a->n_pos) {
            mp_raise_msg_varg(&mp_type_IndexError,
                MP_ERROR_TEXT("Replacement index %zu out of range for positional args tuple"),
                index);
        }
        value = a->pos[index];
    } else {
        mp_obj_t key = mp_obj_new_str((const char *)name, first_len);
        if (a->mapping != MP_OBJ_NULL) {
            value = mp_obj_subscr(a->mapping, key, MP_OBJ_SENTINEL);
        } else {
            mp_map_elem_t *e = a->kw == NULL ? NULL : mp_map_lookup(a->kw, key, MP_MAP_LOOKUP);
            if (e == NULL) {
                mp_raise_KeyError(key);
            }
            value = e->value;
        }
    }
    while (p < end) {
        if (*p == '.') {
            const byte *q = ++p;
            while (q < end && *q != '.' && *q != '[') {
                q++;
            }
            if (q == p) {
                mp_raise_ValueError(MP_ERROR_TEXT("Empty attribute in format string"));
            }
            value = mp_load_attr(value, qstr_from_strn((const char *)p, (size_t)(q - p)));
            p = q;
        } else if (*p == '[') {
            const byte *q = ++p;
            while (q < end && *q != ']') {
                q++;
            }
            if (q == end) {
                mp_raise_ValueError(MP_ERROR_TEXT("Missing ']' in format string"));
            }
            if (q == p) {
                mp_raise_ValueError(MP_ERROR_TEXT("Empty attribute in format string"));
            }
            size_t kl = (size_t)(q - p);
            mp_obj_t key = all_digits(p, kl) ? mp_obj_new_int((mp_int_t)digits_value(p, kl))
                                             : mp_obj_new_str((const char *)p, kl);
            value = mp_obj_subscr(value, key, MP_OBJ_SENTINEL);
            p = q + 1;
        } else {
            mp_raise_ValueError(
                MP_ERROR_TEXT("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    return value;
}

static void vformat(vstr_t *out, const byte *fmt, size_t len, fmt_args_t *a, int depth);

// One replacement field (the text between its braces).
static void format_field(vstr_t *out, const byte *f, size_t n, fmt_args_t *a, int depth) {
    const byte *end = f + n;
    const byte *p = f;
    while (p < end && *p != '!' && *p != ':') {
        if (*p == '[') {
            while (p < end && *p != ']') {
                p++;
            }
            if (p == end) {
                break;
            }
        }
        p++;
    }
    // The whole field is checked before any argument is looked up, so that
    // "{!}".format() reports the bad conversion, not a missing argument.
    const byte *name_end = p;
    byte conv = 0;
    if (p < end && *p == '!') {
        if (p + 1 >= end) {
            mp_raise_ValueError(MP_ERROR_TEXT("unmatched '{' in format spec"));
        }
        conv = p[1];
        p += 2;
        if (p < end && *p != ':') {
            mp_raise_ValueError(MP_ERROR_TEXT("expected ':' after conversion specifier"));
        }
    }
    mp_obj_t value = field_value(f, (size_t)(name_end - f), a);
    if (conv != 0) {
        if (conv == 'r') {
            value = mp_obj_repr(value);
        } else if (conv == 's') {
            value = mp_obj_str(value);
        } else if (conv == 'a') {
            value = mp_obj_str_ascii(value);
        } else {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("Unknown conversion specifier %c"), conv);
        }
    }
    const byte *spec = p < end ? p + 1 : end;
    size_t spec_len = (size_t)(end - spec);
    if (spec_len == 0 && mp_obj_is_str(value)) {
        GET_STR_DATA_LEN(value, d, l);
        vstr_add_strn(out, (const char *)d, l);
        return;
    }
    if (memchr(spec, '{', spec_len) != NULL) {
        if (depth >= 1) {
            mp_raise_ValueError(MP_ERROR_TEXT("Max string recursion exceeded"));
        }
        vstr_t expanded;
        vstr_init(&expanded, spec_len + 8);
        vformat(&expanded, spec, spec_len, a, depth + 1);
        format_value_into(out, value, (const byte *)expanded.buf, expanded.len);
        vstr_clear(&expanded);
        return;
    }
    format_value_into(out, value, spec, spec_len);
}

static void vformat(vstr_t *out, const byte *fmt, size_t len, fmt_args_t *a, int depth) {
    const byte *p = fmt;
    const byte *end = fmt + len;
    while (p < end) {
        const byte *q = p;
        while (q < end && *q != '{' && *q != '}') {
            q++;
        }
        vstr_add_strn(out, (const char *)p, (size_t)(q - p));
        if (q == end) {
            break;
        }
        if (*q == '}') {
            if (q + 1 < end && q[1] == '}') {
                vstr_add_byte(out, '}');
                p = q + 2;
                continue;
            }
            mp_raise_ValueError(MP_ERROR_TEXT("Single '}' encountered in format string"));
        }
        if (q + 1 < end && q[1] == '{') {
            vstr_add_byte(out, '{');
            p = q + 2;
            continue;
        }
        if (q + 1 == end) {
            mp_raise_ValueError(MP_ERROR_TEXT("Single '{' encountered in format string"));
        }
        // Find the matching '}' (the spec may hold nested fields).
        const byte *f = q + 1;
        const byte *r = f;
        int level = 1;
        bool in_name = true;
        while (r < end) {
            if (in_name && *r == '[') {
                // An index in the field name is literal up to its ']':
                // "{0[}]}" looks up the key "}".
                while (r < end && *r != ']') {
                    r++;
                }
                if (r == end) {
                    break;
                }
            } else if (in_name && (*r == ':' || *r == '!')) {
                in_name = false;
            } else if (in_name && *r == '{') {
                mp_raise_ValueError(MP_ERROR_TEXT("unexpected '{' in field name"));
            } else if (*r == '{') {
                level++;
            } else if (*r == '}' && --level == 0) {
                break;
            }
            r++;
        }
        if (r == end) {
            // CPython's wording depends on whether the name was finished.
            mp_raise_ValueError(in_name ? MP_ERROR_TEXT("expected '}' before end of string")
                                        : MP_ERROR_TEXT("unmatched '{' in format spec"));
        }
        format_field(out, f, (size_t)(r - f), a, depth);
        p = r + 1;
    }
}

static mp_obj_t format_impl(mp_obj_t self_in, fmt_args_t *a) {
    mp_obj_t self;
    const byte *data;
    size_t len;
    const mp_obj_type_t *kind = mp_obj_str_get_self(self_in, &self, &data, &len);
    vstr_t out;
    vstr_init(&out, len + 16);
    vformat(&out, data, len, a, 0);
    if (kind != &mp_type_str) {
        return mp_obj_str_new_from_vstr_kind(kind, &out, 0);
    }
    return mp_obj_new_str_from_vstr(&out);
}

mp_obj_t mp_obj_str_format(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    fmt_args_t a = { n_args - 1, args + 1, kwargs, MP_OBJ_NULL, 0, false, false };
    return format_impl(args[0], &a);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_format_obj, 1, mp_obj_str_format);

// format_map(mapping)
static mp_obj_t str_format_map(mp_obj_t self_in, mp_obj_t mapping) {
    fmt_args_t a = { 0, NULL, NULL, mapping, 0, false, false };
    return format_impl(self_in, &a);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str_format_map_obj, str_format_map);

// ---------------------------------------------------------------------------
// printf-style formatting: str % args, bytes % args

// Does o count as a mapping for %(name)s (CPython: has __getitem__ and is
// not a tuple or string)? For bytes % o, bytes and bytearray are not
// mappings either; for str % o, they are (so "a" % b"x" is "a").
static bool is_mapping(mp_obj_t o, bool is_bytes) {
    if (mp_obj_is_type(o, &mp_type_tuple) || mp_obj_str_cast(o) != MP_OBJ_NULL) {
        return false;
    }
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (is_bytes) {
        mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_NULL);
        if (mp_obj_is_type(native, &mp_type_bytes) || mp_obj_is_type(native, &mp_type_bytearray)) {
            return false;
        }
    }
    if (mp_obj_is_instance_type(type)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___getitem__, dest);
        return dest[0] != MP_OBJ_NULL;
    }
    // A class's subscript (list[int]) does not make it a mapping: "x" % str
    // is "not all arguments converted", as in CPython.
    return type != &mp_type_type && MP_OBJ_TYPE_HAS_SLOT(type, subscr);
}

// An int for %d/%x...: ints and bools as they are, floats truncated for
// %d/%i/%u only, and objects with __index__.
static mp_obj_t printf_int_arg(mp_obj_t arg, char conv) {
    if (mp_obj_is_int(arg)) {
        return arg;
    }
    if (mp_obj_is_bool(arg)) {
        return MP_OBJ_NEW_SMALL_INT(arg == mp_const_true);
    }
    bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
    if (decimal && mp_obj_is_float(arg)) {
        return mp_obj_new_int_from_float(trunc(mp_obj_float_get(arg)));
    }
    if (decimal && mp_obj_is_instance_type(mp_obj_get_type(arg)) &&
        !mp_obj_is_instance_of(arg, &mp_type_int)) {
        // %d takes an object as int() does (CPython's PyNumber_Long):
        // __int__ first, then __index__; one with only __float__ is refused.
        // An int subclass is taken as its int value.
        mp_obj_t dest[2];
        mp_load_method_maybe(arg, MP_QSTR___int__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_int), arg);
        }
    }
    mp_obj_t v = mp_seq_index_as_int(arg);
    if (v == MP_OBJ_NULL) {
        if (decimal) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%%%c format: a real number is required, not %s"), conv,
                mp_obj_get_type_str(arg));
        }
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%%%c format: an integer is required, not %s"), conv,
            mp_obj_get_type_str(arg));
    }
    return v;
}

typedef struct _printf_spec_t {
    bool left; // '-'
    char sign; // 0, '+' or ' '
    bool alt; // '#'
    bool zero; // '0'
    mp_int_t width; // -1: none
    mp_int_t prec; // -1: none
} printf_spec_t;

// Pad prefix+body to the width: spaces on the left or right, or zeros
// between prefix and body.
static void printf_pad(vstr_t *out, const printf_spec_t *ps, bool allow_zero, const char *prefix,
    size_t prefix_len, const byte *body, size_t n, size_t n_chars) {
    fmt_spec_t spec;
    memset(&spec, 0, sizeof(spec));
    spec.width = ps->width;
    spec.fill = ' ';
    spec.align = ps->left ? '<' : '>';
    if (ps->zero && !ps->left && allow_zero) {
        spec.fill = '0';
        spec.align = '=';
    }
    pad_append(out, &spec, spec.align, prefix, prefix_len, body, n, n_chars);
}

static void printf_int(vstr_t *out, mp_obj_t v, char conv, const printf_spec_t *ps) {
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    char digits_buf[32];
    vstr_t digits;
    vstr_init_spill(&digits, sizeof(digits_buf), digits_buf);
    bool neg;
    int_digits(&digits, v, base, conv == 'X', &neg);
    char prefix[4];
    size_t prefix_len = 0;
    if (neg) {
        prefix[prefix_len++] = '-';
    } else if (ps->sign) {
        prefix[prefix_len++] = ps->sign;
    }
    if (ps->alt && base != 10) {
        prefix[prefix_len++] = '0';
        prefix[prefix_len++] = (char)(base == 8 ? 'o' : conv);
    }
    // A precision is a minimum number of digits.
    if (ps->prec > (mp_int_t)digits.len) {
        size_t extra = (size_t)ps->prec - digits.len;
        vstr_t padded;
        vstr_init(&padded, (size_t)ps->prec + 1);
        memset(vstr_add_len(&padded, extra), '0', extra);
        vstr_add_strn(&padded, digits.buf, digits.len);
        vstr_clear(&digits);
        digits = padded;
    }
    printf_pad(out, ps, true, prefix, prefix_len, (const byte *)digits.buf, digits.len, digits.len);
    vstr_clear(&digits);
}

static void printf_float(vstr_t *out, mp_obj_t arg, char conv, const printf_spec_t *ps, bool is_bytes) {
    mp_float_t f;
    if (!mp_obj_get_float_maybe(arg, &f)) {
        mp_raise_TypeError_varg(is_bytes ? MP_ERROR_TEXT("float argument required, not %s")
            : MP_ERROR_TEXT("must be real number, not %s"), mp_obj_get_type_str(arg));
    }
    bool neg = signbit(f) && !isnan(f);
    char prefix[2];
    size_t prefix_len = 0;
    if (neg) {
        prefix[prefix_len++] = '-';
    } else if (ps->sign) {
        prefix[prefix_len++] = ps->sign;
    }
    char body_buf[48];
    vstr_t body;
    vstr_init_spill(&body, sizeof(body_buf), body_buf);
    mp_float_format_spec(&body, fabs(f), conv, float_prec(ps->prec), ps->alt);
    printf_pad(out, ps, true, prefix, prefix_len, (const byte *)body.buf, body.len, body.len);
    vstr_clear(&body);
}

// %s/%r/%a/%c of str formatting, and %s/%b/%r/%a/%c of bytes formatting:
// the text to insert (before padding).
static void printf_text(
    vstr_t *out, mp_obj_t arg, char conv, const printf_spec_t *ps, bool is_bytes) {
    const byte *d;
    size_t l;
    mp_obj_t text = MP_OBJ_NULL;
    byte c_buf[4];
    if (conv == 'c') {
        // Anything with __index__ (int subclasses too) is a code point;
        // a one-character string is taken as it is.
        mp_obj_t code = MP_OBJ_NULL;
        if (is_bytes || mp_obj_str_cast(arg) == MP_OBJ_NULL) {
            code = mp_seq_index_as_int(arg);
        }
        if (code != MP_OBJ_NULL) {
            mp_int_t c = mp_obj_is_small_int(code) ? MP_OBJ_SMALL_INT_VALUE(code) : -1;
            if (c < 0 || c > (is_bytes ? 255 : 0x10ffff)) {
                mp_raise_OverflowError(
                    is_bytes ? MP_ERROR_TEXT("%c arg not in range(256)")
                             : MP_ERROR_TEXT("%c arg not in range(0x110000)"));
            }
            if (is_bytes) {
                c_buf[0] = (byte)c;
                l = 1;
            } else {
                l = utf8_encode((unichar)c, c_buf);
            }
            d = c_buf;
        } else if (is_bytes) {
            if (!mp_obj_str_get_bytes_like(arg, &d, &l) || l != 1) {
                mp_raise_TypeError(
                    MP_ERROR_TEXT("%c requires an integer in range(256) or a single byte"));
            }
        } else {
            text = mp_obj_str_cast(arg);
            if (text == MP_OBJ_NULL || mp_obj_str_charlen(text) != 1) {
                mp_raise_TypeError(MP_ERROR_TEXT("%c requires int or char"));
            }
        }
    } else if (conv == 'r' || conv == 'a') {
        text = conv == 'a' || is_bytes ? mp_obj_str_ascii(arg) : mp_obj_repr(arg);
    } else if (!is_bytes) {
        text = mp_obj_str(arg);
    } else if (!mp_obj_str_get_bytes_like(arg, &d, &l)) {
        // MicroPython also takes a str for %s in bytes formatting (its UTF-8).
        text = mp_obj_str_cast(arg);
        if (text == MP_OBJ_NULL) {
            mp_obj_t dest[2];
            mp_load_method_maybe(arg, MP_QSTR___bytes__, dest);
            if (dest[0] == MP_OBJ_NULL) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%%b requires a bytes-like object, or an object that implements "
                                  "__bytes__, not '%s'"),
                    mp_obj_get_type_str(arg));
            }
            text = mp_call_method_n_kw(0, 0, dest);
            if (!mp_obj_str_get_bytes_like(text, &d, &l)) {
                mp_raise_TypeError(MP_ERROR_TEXT("__bytes__ returned non-bytes"));
            }
            text = MP_OBJ_NULL;
        }
    }
    if (text != MP_OBJ_NULL) {
        GET_STR_DATA_LEN(text, td, tl);
        d = td;
        l = tl;
    }
    size_t chars = is_bytes || mp_obj_str_bytes_are_ascii(d, l) ? l : utf8_charlen(d, l);
    if (ps->prec >= 0 && (size_t)ps->prec < chars && conv != 'c') {
        l = chars == l ? (size_t)ps->prec : mp_obj_str_char_to_byte(d, l, (size_t)ps->prec);
        chars = (size_t)ps->prec;
    }
    printf_pad(out, ps, false, "", 0, d, l, chars);
}

mp_obj_t mp_obj_str_mod_format(mp_obj_t pattern, mp_obj_t args_in, bool is_bytes) {
    mp_obj_t self;
    const byte *data;
    size_t len;
    const mp_obj_type_t *kind = mp_obj_str_get_self(pattern, &self, &data, &len);
    size_t n_args;
    mp_obj_t *args;
    mp_obj_t mapping = MP_OBJ_NULL;
    if (mp_obj_is_type(args_in, &mp_type_tuple) ||
        (mp_obj_is_obj(args_in) && mp_obj_is_instance_of(args_in, &mp_type_tuple))) {
        mp_obj_tuple_get(args_in, &n_args, &args);
    } else {
        n_args = 1;
        args = &args_in;
        if (is_mapping(args_in, is_bytes)) {
            mapping = args_in;
        }
    }
    size_t arg_i = 0;
    vstr_t out;
    vstr_init(&out, len + 16);
    const byte *p = data;
    const byte *end = data + len;
    while (p < end) {
        const byte *q = memchr(p, '%', (size_t)(end - p));
        if (q == NULL) {
            vstr_add_strn(&out, (const char *)p, (size_t)(end - p));
            break;
        }
        vstr_add_strn(&out, (const char *)p, (size_t)(q - p));
        q++;
        if (q == end) {
            mp_raise_ValueError(MP_ERROR_TEXT("incomplete format"));
        }
        if (*q == '%') {
            vstr_add_byte(&out, '%');
            p = q + 1;
            continue;
        }
        mp_obj_t arg = MP_OBJ_NULL;
        if (*q == '(') {
            if (mapping == MP_OBJ_NULL) {
                mp_raise_TypeError(MP_ERROR_TEXT("format requires a mapping"));
            }
            const byte *k = ++q;
            int level = 1;
            while (q < end) {
                if (*q == '(') {
                    level++;
                } else if (*q == ')' && --level == 0) {
                    break;
                }
                q++;
            }
            if (q == end) {
                mp_raise_ValueError(MP_ERROR_TEXT("incomplete format key"));
            }
            mp_obj_t key = is_bytes ? mp_obj_new_bytes(k, (size_t)(q - k))
                                    : mp_obj_new_str((const char *)k, (size_t)(q - k));
            arg = mp_obj_subscr(mapping, key, MP_OBJ_SENTINEL);
            // As in CPython, a keyed conversion ends the positional ones:
            // "%(a)s %s" % d has too few arguments.
            arg_i = n_args;
            q++;
        }
        printf_spec_t ps = { false, 0, false, false, -1, -1 };
        for (; q < end; q++) {
            if (*q == '-') {
                ps.left = true;
            } else if (*q == '+') {
                ps.sign = '+';
            } else if (*q == ' ') {
                if (ps.sign == 0) {
                    ps.sign = ' ';
                }
            } else if (*q == '#') {
                ps.alt = true;
            } else if (*q == '0') {
                ps.zero = true;
            } else {
                break;
            }
        }
        for (int part = 0; part < 2; part++) {
            // part 0: width; part 1: precision (after a '.')
            if (part == 1) {
                if (q >= end || *q != '.') {
                    break;
                }
                q++;
                ps.prec = 0;
            }
            mp_int_t v = -1;
            if (q < end && *q == '*') {
                q++;
                mp_obj_t w = arg;
                if (w != MP_OBJ_NULL) {
                    // As in CPython, after "%(key)" a '*' takes the looked-up
                    // value, and the conversion then finds no argument left.
                    arg = MP_OBJ_NULL;
                } else if (arg_i >= n_args) {
                    mp_raise_TypeError(MP_ERROR_TEXT("not enough arguments for format string"));
                } else {
                    w = args[arg_i++];
                }
                if (!mp_obj_is_instance_of(w, &mp_type_int)) {
                    mp_raise_TypeError(MP_ERROR_TEXT("* wants int"));
                }
                // CPython keeps the precision in a C int.
                v = part ? mp_obj_get_c_int(w) : mp_obj_get_int(w);
                if (part == 0 && v < 0) {
                    ps.left = true;
                    v = v < -MP_INT_MAX ? 0 : -v; // -(-2**63) pads nothing in CPython
                }
                if (part == 1 && v < 0) {
                    v = 0;
                }
            } else if (q < end && *q >= '0' && *q <= '9') {
                // CPython keeps the width in a ssize_t, the precision in a C int.
                mp_int_t max = part ? INT_MAX : MP_INT_MAX;
                v = 0;
                do {
                    int d = *q - '0';
                    if (v > (max - d) / 10) {
                        mp_raise_ValueError(part == 0 ? MP_ERROR_TEXT("width too big")
                            : is_bytes ? MP_ERROR_TEXT("prec too big")
                            : MP_ERROR_TEXT("precision too big"));
                    }
                    v = v * 10 + d;
                } while (++q < end && *q >= '0' && *q <= '9');
            }
            if (part == 0) {
                ps.width = v;
            } else if (v >= 0) {
                ps.prec = v;
            }
        }
        // One length modifier is skipped (CPython: a second is no conversion).
        if (q < end && (*q == 'h' || *q == 'l' || *q == 'L')) {
            q++;
        }
        if (q == end) {
            mp_raise_ValueError(MP_ERROR_TEXT("incomplete format"));
        }
        char conv = (char)*q++;
        if (arg == MP_OBJ_NULL) {
            if (arg_i >= n_args) {
                mp_raise_TypeError(MP_ERROR_TEXT("not enough arguments for format string"));
            }
            arg = args[arg_i++];
        }
        switch (conv) {
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o':
                // bytes formatting names %i as %d in its errors.
                printf_int(&out, printf_int_arg(arg, is_bytes && conv == 'i' ? 'd' : conv), conv, &ps);
                break;
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                printf_float(&out, arg, conv, &ps, is_bytes);
                break;
            case 'b':
                if (!is_bytes) {
                    goto unsupported;
                }
                printf_text(&out, arg, 's', &ps, is_bytes);
                break;
            case 's':
            case 'r':
            case 'a':
            case 'c':
                printf_text(&out, arg, conv, &ps, is_bytes);
                break;
            default:
            unsupported : {
                size_t index = (size_t)(q - 1 - data);
                unichar c = (byte)conv;
                if (!is_bytes) {
                    index = utf8_charlen(data, index);
                    c = utf8_get_char(q - 1);
                }
                mp_raise_ValueError_varg(
                    MP_ERROR_TEXT("unsupported format character '%c' (0x%x) at index %d"),
                    c >= 31 && c <= 126 ? (int)c : '?', (unsigned int)c, (int)index);
            }
        }
        p = q;
    }
    if (mapping == MP_OBJ_NULL && arg_i < n_args) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("not all arguments converted during %s formatting"),
            is_bytes ? "bytes" : "string");
    }
    if (kind != &mp_type_str) {
        return mp_obj_str_new_from_vstr_kind(kind, &out, 0);
    }
    return mp_obj_new_str_from_vstr(&out);
}
