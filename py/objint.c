// The int type: arbitrary precision with Python semantics.
//
// A value that fits in a small int (MP_SMALL_INT_FITS) is always a small int
// in the object word; only larger values are heap objects holding an mpz
// (py/mpz.h). Every operation normalises its result that way, so two equal
// ints have the same representation, equality of small ints is word
// equality and a heap int is never "small". Heap ints are immutable.
//
// Operations on two small ints take C fast paths and promote on overflow;
// anything involving a heap int runs on mpz, with small operands placed in
// stack buffers (mpz_init_fixed_from_int) so they cost no allocation.
// bool and user subclasses of int are accepted wherever an int operand is.
// A negative int to a fractional float power is complex: the float path
// (mp_obj_float_binary_op) makes it. Left out: the CPython limit on digits
// in int<->str conversion (MicroPython has none).
#include "py/mpconfig.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/mpz.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"
#include "py/lexer.h"

typedef struct _mp_obj_int_t {
    mp_obj_base_t base;
    mpz_t mpz;
} mp_obj_int_t;

// CPython hashes ints modulo this prime (2**61 - 1 on 64-bit hosts, 2**31 - 1
// on 32-bit ones); objfloat.c uses the same modulus for integral floats.
#define INT_HASH_MODULUS ((mp_int_t)(((mp_uint_t)1 << (sizeof(mp_uint_t) >= 8 ? 61 : 31)) - 1))

/******************************************************************************/
// Representation helpers.

// MP_SMALL_INT_FITS shifts a negative value left (undefined behaviour that
// UBSan reports); a range test says the same.
static inline bool small_int_fits(mp_int_t v) {
    return v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX;
}

static bool is_int_obj(mp_const_obj_t o) {
    return mp_obj_is_small_int(o) || mp_obj_is_exact_type(o, &mp_type_int);
}

// The int value of o (a small int or heap int) if o is an int, a bool or an
// instance of a user subclass of int; MP_OBJ_NULL if it is none of these.
static mp_obj_t int_value(mp_obj_t o) {
    if (is_int_obj(o)) {
        return o;
    }
    if (o == mp_const_false) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (o == mp_const_true) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    if (mp_obj_is_obj(o) &&
        (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_t native = mp_obj_cast_to_native_base(o, &mp_type_int);
        if (native != o && is_int_obj(native)) {
            return native;
        }
    }
    return MP_OBJ_NULL;
}

// The value of the int o as an mpz: a heap int's own (read only), or a small
// int written into the caller's stack buffer.
static const mpz_t *int_mpz(mp_obj_t o, mpz_t *tmp, mpz_dig_t *dig) {
    if (mp_obj_is_small_int(o)) {
        mpz_init_fixed_from_int(tmp, dig, MPZ_NUM_DIG_FOR_INT, MP_OBJ_SMALL_INT_VALUE(o));
        return tmp;
    }
    return &((mp_obj_int_t *)MP_OBJ_TO_PTR(o))->mpz;
}

// Turns a computed mpz into an int object, taking over its digits.
static mp_obj_t int_from_mpz(mpz_t *z) {
    mp_int_t v;
    if (mpz_as_int_checked(z, &v) && small_int_fits(v)) {
        mpz_deinit(z);
        return MP_OBJ_NEW_SMALL_INT(v);
    }
    mp_obj_int_t *o = m_new_obj(mp_obj_int_t);
    o->base.type = &mp_type_int;
    if (z->fixed_dig) {
        mpz_init_copy(&o->mpz, z);
    } else {
        o->mpz = *z;
    }
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_int(mp_int_t value) {
    if (small_int_fits(value)) {
        return MP_OBJ_NEW_SMALL_INT(value);
    }
    mpz_t z;
    mpz_init_from_int(&z, value);
    return int_from_mpz(&z);
}

mp_obj_t mp_obj_new_int_from_ll(long long val) {
    if (val >= MP_SMALL_INT_MIN && val <= MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)val);
    }
    mpz_t z;
    mpz_init_from_ll(&z, val);
    return int_from_mpz(&z);
}

mp_obj_t mp_obj_new_int_from_ull(unsigned long long val) {
    if (val <= (unsigned long long)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)val);
    }
    mpz_t z;
    mpz_init_from_ull(&z, val);
    return int_from_mpz(&z);
}

mp_obj_t mp_obj_new_int_from_float(mp_float_t val) {
    if (isnan(val)) {
        mp_raise_ValueError(MP_ERROR_TEXT("cannot convert float NaN to integer"));
    }
    if (isinf(val)) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("cannot convert float infinity to integer"));
    }
    mp_float_t t = trunc(val);
    // Both bounds are powers of two, so the comparison is exact.
    if (t >= (mp_float_t)MP_SMALL_INT_MIN && t < -(mp_float_t)MP_SMALL_INT_MIN) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)t);
    }
    mpz_t z;
    mpz_init_from_double(&z, t);
    return int_from_mpz(&z);
}

bool mp_obj_int_is_big(mp_const_obj_t o) {
    return mp_obj_is_exact_type(o, &mp_type_int);
}

int mp_obj_int_sign(mp_obj_t self_in) {
    mp_obj_t v = int_value(self_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    if (mp_obj_is_small_int(v)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(v);
        return x < 0 ? -1 : (x > 0);
    }
    return mpz_sign(&((mp_obj_int_t *)MP_OBJ_TO_PTR(v))->mpz);
}

size_t mp_obj_int_bit_length(mp_obj_t i) {
    mp_obj_t dest[2];
    mp_load_method(i, MP_QSTR_bit_length, dest);
    return (size_t)mp_obj_get_int(mp_call_method_n_kw(0, 0, dest));
}

// An int's hash as CPython computes it: the value modulo INT_HASH_MODULUS
// with its sign, and -1 (the C-level error marker there) replaced by -2.
static mp_int_t small_int_hash(mp_int_t v) {
    if (v > -INT_HASH_MODULUS && v < INT_HASH_MODULUS) {
        return v == -1 ? -2 : v;
    }
    mpz_t tmp;
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    mpz_init_fixed_from_int(&tmp, dig, MPZ_NUM_DIG_FOR_INT, v);
    return mpz_hash(&tmp);
}

static mp_float_t int_to_float(mp_obj_t v) {
    if (mp_obj_is_small_int(v)) {
        return (mp_float_t)MP_OBJ_SMALL_INT_VALUE(v);
    }
    double d = mpz_as_double(&((mp_obj_int_t *)MP_OBJ_TO_PTR(v))->mpz);
    if (isinf(d)) {
        mp_raise_OverflowError(MP_ERROR_TEXT("int too large to convert to float"));
    }
    return d;
}

mp_float_t mp_obj_int_as_float(mp_obj_t self_in) {
    mp_obj_t v = int_value(self_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    return int_to_float(v);
}

// Compares the int v with a double that is not nan: -1, 0 or 1, exactly
// (2**53 + 1 > 2.0**53 even though both convert to the same double).
static int int_cmp_float(mp_obj_t v, mp_float_t d) {
    if (mp_obj_is_small_int(v)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(v);
        if (x > -((mp_int_t)1 << 53) && x < ((mp_int_t)1 << 53)) {
            mp_float_t f = (mp_float_t)x;
            return f < d ? -1 : (f > d);
        }
    }
    mpz_t tmp;
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    return mpz_cmp_double(int_mpz(v, &tmp, dig), d);
}

// objfloat.c needs exact mixed comparisons too.
int mp_obj_int_cmp_float(mp_obj_t int_in, mp_float_t d) {
    mp_obj_t v = int_value(int_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    return int_cmp_float(v, d);
}

mp_obj_t mp_obj_int_from_mpz(mpz_t *z) {
    return int_from_mpz(z);
}

/******************************************************************************/
// Conversions to C integers.

mp_int_t mp_obj_int_get_truncated(mp_const_obj_t self_in) {
    mp_obj_t v = int_value((mp_obj_t)self_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    if (mp_obj_is_small_int(v)) {
        return MP_OBJ_SMALL_INT_VALUE(v);
    }
    return mpz_as_int_truncated(&((mp_obj_int_t *)MP_OBJ_TO_PTR(v))->mpz);
}

mp_int_t mp_obj_int_get_checked(mp_const_obj_t self_in) {
    mp_obj_t v = int_value((mp_obj_t)self_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    if (mp_obj_is_small_int(v)) {
        return MP_OBJ_SMALL_INT_VALUE(v);
    }
    mp_int_t x;
    if (!mpz_as_int_checked(&((mp_obj_int_t *)MP_OBJ_TO_PTR(v))->mpz, &x)) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    return x;
}

// A DeprecationWarning through the warnings module, blamed on the Python
// code that made the call (the filters decide whether it shows or raises).
void mp_warn_deprecated(const char *msg) {
    mp_obj_t warnings = mp_import_name(MP_QSTR_warnings, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t args[3] = {
        mp_obj_new_str(msg, strlen(msg)),
        MP_OBJ_FROM_PTR(&mp_type_DeprecationWarning),
        MP_OBJ_NEW_SMALL_INT(1),
    };
    mp_call_function_n_kw(mp_load_attr(warnings, MP_QSTR_warn), 3, 0, args);
}

// CPython 3.11 still accepts a strict subclass of int, float or complex
// (kind) from __int__/__index__, __float__ or __complex__ (then uses its
// plain value), with a DeprecationWarning. method may name the class
// ("F.__float__").
MP_COLD void mp_warn_result_subclass(const char *method, qstr kind, mp_obj_t r) {
    mp_warn_deprecated(mp_lexer_msg(
        MP_ERROR_TEXT("%s returned non-%s (type %s).  The ability to return an instance of a "
                      "strict subclass of %s is deprecated, and may be removed in a future version "
                      "of Python."),
        method, qstr_str(kind), mp_obj_get_type_str(r), qstr_str(kind)));
}

void mp_obj_int_check_exact_result(qstr method, mp_obj_t r) {
    if (mp_obj_is_small_int(r) || mp_obj_is_exact_type(r, &mp_type_int)) {
        return;
    }
    mp_warn_result_subclass(qstr_str(method), MP_QSTR_int, r);
}

// The int behind arg for the getters: ints, bools, int subclasses, then
// anything with __index__; MP_OBJ_NULL if none applies.
static mp_obj_t index_value(mp_const_obj_t arg) {
    mp_obj_t v = int_value((mp_obj_t)arg);
    if (v != MP_OBJ_NULL) {
        return v;
    }
    if (mp_obj_is_float(arg)) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *type = mp_obj_get_type(arg);
    if (MP_OBJ_TYPE_HAS_SLOT(type, unary_op) && (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_t r = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_INDEX, (mp_obj_t)arg);
        if (r != MP_OBJ_NULL) {
            v = int_value(r);
            if (v == MP_OBJ_NULL) {
                mp_raise_TypeError_obj_unsupported(
                    r, MP_ERROR_TEXT("__index__ returned non-int (type %s)"));
            }
            mp_obj_int_check_exact_result(MP_QSTR___index__, r);
            return v;
        }
    }
    return MP_OBJ_NULL;
}

// The int behind arg, as index_value, or the TypeError of a non-integer.
mp_obj_t mp_obj_get_index(mp_const_obj_t arg) {
    mp_obj_t v = index_value(arg);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            arg, MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"));
    }
    return v;
}

mp_int_t mp_obj_get_int(mp_const_obj_t arg) {
    if (mp_obj_is_small_int(arg)) {
        return MP_OBJ_SMALL_INT_VALUE(arg);
    }
    return mp_obj_int_get_checked(mp_obj_get_index(arg));
}

MP_COLD int mp_obj_get_c_int(mp_const_obj_t arg) {
    mp_obj_t v = mp_obj_get_index(arg);
    mp_int_t i;
    if (!mp_obj_get_int_maybe(v, &i) || i < INT_MIN || i > INT_MAX) {
        mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C int"));
    }
    return (int)i;
}

mp_int_t mp_obj_get_int_truncated(mp_const_obj_t arg) {
    if (mp_obj_is_small_int(arg)) {
        return MP_OBJ_SMALL_INT_VALUE(arg);
    }
    return mp_obj_int_get_truncated(mp_obj_get_index(arg));
}

// An index clamped to +-2**60, for where only the sign of a huge value matters
// (round's ndigits); the bound keeps -i defined.
mp_int_t mp_obj_get_int_clamped(mp_const_obj_t arg) {
    mp_obj_t v = mp_obj_get_index(arg);
    const mp_int_t lim = (mp_int_t)1 << 60;
    mp_int_t i;
    if (!mp_obj_get_int_maybe(v, &i) || i > lim || i < -lim) {
        i = mp_obj_int_sign(v) * lim;
    }
    return i;
}

bool mp_obj_get_int_maybe(mp_const_obj_t arg, mp_int_t *value) {
    if (mp_obj_is_small_int(arg)) {
        *value = MP_OBJ_SMALL_INT_VALUE(arg);
        return true;
    }
    mp_obj_t v = int_value((mp_obj_t)arg);
    if (v == MP_OBJ_NULL) {
        return false;
    }
    if (mp_obj_is_small_int(v)) {
        *value = MP_OBJ_SMALL_INT_VALUE(v);
        return true;
    }
    return mpz_as_int_checked(&((mp_obj_int_t *)MP_OBJ_TO_PTR(v))->mpz, value);
}

/******************************************************************************/
// Text.

static size_t small_int_to_str(mp_int_t x, char *buf) {
    char tmp[24];
    size_t n = 0;
    mp_uint_t u = x < 0 ? (mp_uint_t)0 - (mp_uint_t)x : (mp_uint_t)x;
    do {
        tmp[n++] = '0' + u % 10;
        u /= 10;
    } while (u != 0);
    size_t len = 0;
    if (x < 0) {
        buf[len++] = '-';
    }
    while (n > 0) {
        buf[len++] = tmp[--n];
    }
    buf[len] = 0;
    return len;
}

// CPython 3.11's limit on decimal conversions of big ints (a guard against
// quadratic time): sys.get_int_max_str_digits/set_int_max_str_digits, 0
// for none.
// The limit is MP_STATE_CTX(int_max_str_digits), set by mp_init.
size_t mp_obj_int_get_max_str_digits(void) {
    return MP_STATE_CTX(int_max_str_digits);
}

void mp_obj_int_set_max_str_digits(size_t n) {
    MP_STATE_CTX(int_max_str_digits) = n;
}

// n_digits decimal digits (sign excluded) are too many to print.
static void check_str_digits_out(size_t n_digits) {
    size_t int_max_str_digits = MP_STATE_CTX(int_max_str_digits);
    if (int_max_str_digits != 0 && n_digits > int_max_str_digits) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("Exceeds the limit (%u digits) for integer string conversion; "
                "use sys.set_int_max_str_digits() to increase the limit"), (unsigned)int_max_str_digits);
    }
}

// Refuses before converting when z surely has too many decimal digits, so
// that an over-long int fails fast (as CPython does).
static void check_str_digits_early(const mpz_t *z) {
    size_t limit = MP_STATE_CTX(int_max_str_digits);
    if (limit == 0 || z->len < 2) {
        return;
    }
    // |z| >= 2**bits, so it has at least bits * log10(2) + 1 digits
    // (30102 / 100000 is just under log10(2)).
    uint64_t bits = (uint64_t)(z->len - 1) * MPZ_DIG_BITS;
    if (bits / 100000 * 30102 + (bits % 100000) * 30102 / 100000 + 1 > limit) {
        check_str_digits_out(SIZE_MAX);
    }
}

void mp_obj_int_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_t v = int_value(self_in);
    if (v == MP_OBJ_NULL) {
        v = self_in;
    }
    if (mp_obj_is_small_int(v)) {
        char buf[24];
        size_t n = small_int_to_str(MP_OBJ_SMALL_INT_VALUE(v), buf);
        print->print_strn(print->data, buf, n);
        return;
    }
    const mpz_t *z = &((mp_obj_int_t *)MP_OBJ_TO_PTR(v))->mpz;
    check_str_digits_early(z);
    size_t size = mpz_as_str_size(z, 10);
    char *buf = m_new(char, size);
    size_t n = mpz_as_str_inpl(z, 10, false, buf);
    check_str_digits_out(n - (buf[0] == '-'));
    print->print_strn(print->data, buf, n);
    m_del(char, buf, size);
}

mp_obj_t mp_obj_int_format(mp_obj_t self_in, int base, bool with_prefix, bool uppercase) {
    mp_obj_t v = int_value(self_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    mpz_t tmp;
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    const mpz_t *z = int_mpz(v, &tmp, dig);
    if (base == 10) {
        check_str_digits_early(z);
    }
    // Digits first, then the sign and prefix are slid in front of them.
    vstr_t vstr;
    size_t size = mpz_as_str_size(z, base);
    vstr_init(&vstr, size + 3);
    char *buf = vstr_add_len(&vstr, size + 2);
    size_t n = mpz_as_str_inpl(z, base, uppercase, buf + 2);
    const char *digits = buf + 2;
    bool neg = digits[0] == '-';
    if (base == 10) {
        check_str_digits_out(n - neg);
    }
    char prefix = 0;
    if (with_prefix) {
        prefix = base == 16 ? 'x' : base == 8 ? 'o' : base == 2 ? 'b' : 0;
        if (prefix != 0 && uppercase) {
            prefix -= 'a' - 'A';
        }
    }
    size_t pos = 0;
    if (neg) {
        buf[pos++] = '-';
        digits++;
        n--;
    }
    if (prefix != 0) {
        buf[pos++] = '0';
        buf[pos++] = prefix;
    }
    memmove(buf + pos, digits, n);
    vstr.len = pos + n;
    return mp_obj_new_str_from_vstr(&vstr);
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static unsigned int digit_value(char c) {
    unsigned char u = (unsigned char)c;
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    u |= 0x20;
    if (u >= 'a' && u <= 'z') {
        return u - 'a' + 10;
    }
    return 99;
}

// Parses int() text: surrounding whitespace, a sign, a prefix matching the
// base (or choosing it when base is 0), digits with single '_' between them
// (and one right after a prefix). Returns MP_OBJ_NULL if the text is invalid.
static mp_obj_t int_parse(const char *str, size_t len, unsigned int base) {
    const char *s = str, *e = str + len;
    while (s < e && is_space(*s)) {
        s++;
    }
    while (e > s && is_space(e[-1])) {
        e--;
    }
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    bool prefixed = false;
    if (e - s >= 2 && s[0] == '0') {
        char c = s[1] | 0x20;
        unsigned int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            s += 2;
            prefixed = true;
        }
    }
    // Base 0 without a prefix is decimal, where a leading zero is only
    // allowed for zero itself (old octal literals are errors).
    bool no_leading_zero = base == 0;
    if (base == 0) {
        base = 10;
    }
    if (prefixed && s < e && *s == '_') {
        s++;
    }
    // Copy the digits without underscores.
    char stack_buf[64];
    size_t cap = e - s;
    char *buf = cap <= sizeof(stack_buf) ? stack_buf : m_new(char, cap);
    size_t n = 0;
    bool prev_digit = false;
    for (const char *p = s; p < e; p++) {
        if (*p == '_') {
            if (!prev_digit) {
                return MP_OBJ_NULL;
            }
            prev_digit = false;
            continue;
        }
        if (digit_value(*p) >= base) {
            return MP_OBJ_NULL;
        }
        buf[n++] = *p;
        prev_digit = true;
    }
    if (!prev_digit) {
        return MP_OBJ_NULL;
    }
    // The limit is for bases other than powers of two (quadratic to convert).
    size_t int_max_str_digits = MP_STATE_CTX(int_max_str_digits);
    if ((base & (base - 1)) != 0 && int_max_str_digits != 0 && n > int_max_str_digits) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("Exceeds the limit (%u digits) for integer string conversion: "
                "value has %u digits; use sys.set_int_max_str_digits() to increase the limit"),
            (unsigned)int_max_str_digits, (unsigned)n);
    }
    if (no_leading_zero && buf[0] == '0') {
        for (size_t i = 0; i < n; i++) {
            if (buf[i] != '0') {
                return MP_OBJ_NULL;
            }
        }
    }
    mp_obj_t result;
    if (n <= 12) {
        // At most 36**12 < 2**63: no overflow.
        mp_int_t v = 0;
        for (size_t i = 0; i < n; i++) {
            v = v * base + digit_value(buf[i]);
        }
        result = mp_obj_new_int(neg ? -v : v);
    } else {
        mpz_t z;
        mpz_init_zero(&z);
        mpz_set_from_str(&z, buf, n, neg, base);
        result = int_from_mpz(&z);
    }
    if (buf != stack_buf) {
        m_del(char, buf, cap);
    }
    return result;
}

static MP_NORETURN void raise_invalid_literal(unsigned int base, mp_obj_t text) {
    mp_raise_ValueError_varg(
        MP_ERROR_TEXT("invalid literal for int() with base %d: %r"), (int)base, text);
}

mp_obj_t mp_obj_new_int_from_str_len(const char **str, size_t len, bool neg, unsigned int base) {
    mp_obj_t v = int_parse(*str, len, base);
    if (v == MP_OBJ_NULL) {
        raise_invalid_literal(base, mp_obj_new_str(*str, len));
    }
    *str += len;
    if (neg) {
        v = mp_obj_int_unary_op(MP_UNARY_OP_NEGATIVE, v);
    }
    return v;
}

/******************************************************************************/
// Operators.

mp_obj_t mp_obj_int_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    mp_obj_t v = int_value(o_in);
    if (v == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    if (mp_obj_is_small_int(v)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(v);
        switch (op) {
            case MP_UNARY_OP_BOOL:
                return mp_obj_new_bool(x != 0);
            case MP_UNARY_OP_HASH:
                return MP_OBJ_NEW_SMALL_INT(small_int_hash(x));
            case MP_UNARY_OP_POSITIVE:
            case MP_UNARY_OP_INT:
            case MP_UNARY_OP_INDEX:
                return v;
            case MP_UNARY_OP_NEGATIVE:
                return mp_obj_new_int(-x);
            case MP_UNARY_OP_INVERT:
                return MP_OBJ_NEW_SMALL_INT(~x);
            case MP_UNARY_OP_ABS:
                return mp_obj_new_int(x < 0 ? -x : x);
            case MP_UNARY_OP_FLOAT:
                return mp_obj_new_float((mp_float_t)x);
            default:
                return MP_OBJ_NULL;
        }
    }
    const mpz_t *z = &((mp_obj_int_t *)MP_OBJ_TO_PTR(v))->mpz;
    mpz_t r;
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_const_true; // a heap int is never zero
        case MP_UNARY_OP_HASH:
            return MP_OBJ_NEW_SMALL_INT(mpz_hash(z));
        case MP_UNARY_OP_POSITIVE:
        case MP_UNARY_OP_INT:
        case MP_UNARY_OP_INDEX:
            return v;
        case MP_UNARY_OP_NEGATIVE:
            mpz_init_zero(&r);
            mpz_neg_inpl(&r, z);
            return int_from_mpz(&r);
        case MP_UNARY_OP_INVERT:
            mpz_init_zero(&r);
            mpz_not_inpl(&r, z);
            return int_from_mpz(&r);
        case MP_UNARY_OP_ABS:
            if (!mpz_is_neg(z)) {
                return v;
            }
            mpz_init_zero(&r);
            mpz_abs_inpl(&r, z);
            return int_from_mpz(&r);
        case MP_UNARY_OP_FLOAT:
            return mp_obj_new_float(int_to_float(v));
        default:
            return MP_OBJ_NULL;
    }
}

static bool small_pow(mp_int_t base, mp_int_t exp, mp_int_t *result) {
    mp_int_t r = 1;
    for (;;) {
        if ((exp & 1) && __builtin_mul_overflow(r, base, &r)) {
            return false;
        }
        exp >>= 1;
        if (exp == 0) {
            break;
        }
        if (__builtin_mul_overflow(base, base, &base)) {
            return false;
        }
    }
    *result = r;
    return true;
}

static mp_obj_t compare_result(mp_binary_op_t op, int c) {
    return mp_obj_new_bool(mp_cmp_result(op, c));
}

static bool is_compare_op(mp_binary_op_t op) {
    return op <= MP_BINARY_OP_NOT_EQUAL;
}

static MP_NORETURN void raise_zero_division(mp_binary_op_t op) {
    if (op == MP_BINARY_OP_MODULO) {
        mp_raise_ZeroDivisionError(MP_ERROR_TEXT("integer modulo by zero"));
    }
    mp_raise_ZeroDivisionError(MP_ERROR_TEXT("integer division or modulo by zero"));
}

// Operations where both operands are small ints; MP_OBJ_NULL means the
// result may not fit and the mpz path must do it.
static mp_obj_t small_binary_op(mp_binary_op_t op, mp_int_t a, mp_int_t b) {
    // Small ints have one bit less than mp_int_t, so + and - cannot overflow.
    mp_int_t r;
    switch (op) {
        case MP_BINARY_OP_ADD:
            return mp_obj_new_int(a + b);
        case MP_BINARY_OP_SUBTRACT:
            return mp_obj_new_int(a - b);
        case MP_BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_int(r);
        case MP_BINARY_OP_AND:
            return MP_OBJ_NEW_SMALL_INT(a & b);
        case MP_BINARY_OP_OR:
            return MP_OBJ_NEW_SMALL_INT(a | b);
        case MP_BINARY_OP_XOR:
            return MP_OBJ_NEW_SMALL_INT(a ^ b);
        case MP_BINARY_OP_FLOOR_DIVIDE:
        case MP_BINARY_OP_MODULO:
        case MP_BINARY_OP_DIVMOD: {
            if (b == 0) {
                raise_zero_division(op);
            }
            mp_int_t q = a / b, m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                q--;
                m += b;
            }
            if (op == MP_BINARY_OP_FLOOR_DIVIDE) {
                return mp_obj_new_int(q);
            } else if (op == MP_BINARY_OP_MODULO) {
                return MP_OBJ_NEW_SMALL_INT(m);
            }
            mp_obj_t items[2] = { mp_obj_new_int(q), MP_OBJ_NEW_SMALL_INT(m) };
            return mp_obj_new_tuple(2, items);
        }
        case MP_BINARY_OP_TRUE_DIVIDE: {
            if (b == 0) {
                mp_raise_ZeroDivisionError(MP_ERROR_TEXT("division by zero"));
            }
            const mp_int_t exact = (mp_int_t)1 << 53;
            if (a > -exact && a < exact && b > -exact && b < exact) {
                return mp_obj_new_float((mp_float_t)a / (mp_float_t)b);
            }
            return MP_OBJ_NULL;
        }
        case MP_BINARY_OP_POWER:
            if (b < 0) {
                return mp_obj_float_binary_op(op, (mp_float_t)a, mp_obj_new_float((mp_float_t)b));
            }
            if (!small_pow(a, b, &r)) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_int(r);
        case MP_BINARY_OP_LSHIFT:
            if (b < 0) {
                mp_raise_ValueError(MP_ERROR_TEXT("negative shift count"));
            }
            if (a == 0) {
                return MP_OBJ_NEW_SMALL_INT(0);
            }
            if (b < (mp_int_t)(8 * sizeof(mp_int_t) - 1)) {
                r = (mp_int_t)((mp_uint_t)a << b);
                if ((r >> b) == a) {
                    return mp_obj_new_int(r);
                }
            }
            return MP_OBJ_NULL;
        case MP_BINARY_OP_RSHIFT:
            if (b < 0) {
                mp_raise_ValueError(MP_ERROR_TEXT("negative shift count"));
            }
            if (b >= (mp_int_t)(8 * sizeof(mp_int_t))) {
                return MP_OBJ_NEW_SMALL_INT(a < 0 ? -1 : 0);
            }
            return MP_OBJ_NEW_SMALL_INT(a >> b);
        default:
            if (is_compare_op(op)) {
                return compare_result(op, a < b ? -1 : (a > b));
            }
            return MP_OBJ_NULL;
    }
}

// Operations on ints where at least one is big (or a small result overflowed).
static mp_obj_t big_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mpz_t ta, tb, r, m;
    mpz_dig_t da[MPZ_NUM_DIG_FOR_INT], db[MPZ_NUM_DIG_FOR_INT];
    const mpz_t *a = int_mpz(lhs, &ta, da);
    const mpz_t *b = int_mpz(rhs, &tb, db);
    if (is_compare_op(op)) {
        return compare_result(op, mpz_cmp(a, b));
    }
    mpz_init_zero(&r);
    switch (op) {
        case MP_BINARY_OP_ADD:
            mpz_add_inpl(&r, a, b);
            break;
        case MP_BINARY_OP_SUBTRACT:
            mpz_sub_inpl(&r, a, b);
            break;
        case MP_BINARY_OP_MULTIPLY:
            mpz_mul_inpl(&r, a, b);
            break;
        case MP_BINARY_OP_AND:
            mpz_and_inpl(&r, a, b);
            break;
        case MP_BINARY_OP_OR:
            mpz_or_inpl(&r, a, b);
            break;
        case MP_BINARY_OP_XOR:
            mpz_xor_inpl(&r, a, b);
            break;
        case MP_BINARY_OP_FLOOR_DIVIDE:
        case MP_BINARY_OP_MODULO:
        case MP_BINARY_OP_DIVMOD: {
            mpz_init_zero(&m);
            if (!mpz_divmod_inpl(&r, &m, a, b)) {
                raise_zero_division(op);
            }
            if (op == MP_BINARY_OP_FLOOR_DIVIDE) {
                mpz_deinit(&m);
                break;
            } else if (op == MP_BINARY_OP_MODULO) {
                mpz_deinit(&r);
                return int_from_mpz(&m);
            }
            mp_obj_t items[2];
            items[0] = int_from_mpz(&r);
            items[1] = int_from_mpz(&m);
            return mp_obj_new_tuple(2, items);
        }
        case MP_BINARY_OP_TRUE_DIVIDE: {
            double d;
            mpz_status_t st = mpz_true_div(a, b, &d);
            if (st == MPZ_ERR_ZERO_DIV) {
                mp_raise_ZeroDivisionError(MP_ERROR_TEXT("division by zero"));
            } else if (st == MPZ_ERR_OVERFLOW) {
                mp_raise_OverflowError(
                    MP_ERROR_TEXT("integer division result too large for a float"));
            }
            return mp_obj_new_float(d);
        }
        case MP_BINARY_OP_POWER:
            if (mpz_is_neg(b)) {
                mp_float_t fa = int_to_float(lhs);
                return mp_obj_float_binary_op(op, fa, mp_obj_new_float(int_to_float(rhs)));
            }
            mpz_pow_inpl(&r, a, b);
            break;
        case MP_BINARY_OP_LSHIFT:
        case MP_BINARY_OP_RSHIFT: {
            if (mpz_is_neg(b)) {
                mp_raise_ValueError(MP_ERROR_TEXT("negative shift count"));
            }
            mp_uint_t n;
            if (!mpz_as_uint_checked(b, &n)) {
                // A shift count beyond a machine word: everything goes for
                // >>, and << cannot be represented (CPython: OverflowError).
                if (mpz_is_zero(a)) {
                    return MP_OBJ_NEW_SMALL_INT(0);
                }
                if (op == MP_BINARY_OP_RSHIFT) {
                    return MP_OBJ_NEW_SMALL_INT(mpz_is_neg(a) ? -1 : 0);
                }
                mp_raise_OverflowError(MP_ERROR_TEXT("too many digits in integer"));
            }
            if (op == MP_BINARY_OP_LSHIFT) {
                mpz_shl_inpl(&r, a, n);
            } else {
                mpz_shr_inpl(&r, a, n);
            }
            break;
        }
        default:
            return MP_OBJ_NULL;
    }
    return int_from_mpz(&r);
}

mp_obj_t mp_obj_int_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        // self is the right operand: only another int-like left operand is
        // ours to handle (float and others implement their own ops).
        mp_obj_t other = int_value(rhs_in);
        if (other == MP_OBJ_NULL) {
            return MP_OBJ_NULL;
        }
        op += MP_BINARY_OP_OR - MP_BINARY_OP_REVERSE_OR;
        rhs_in = lhs_in;
        lhs_in = other;
    }
    bool arith =
        op >= MP_BINARY_OP_OR && op <= MP_BINARY_OP_DIVMOD && op != MP_BINARY_OP_MAT_MULTIPLY;
    if (!arith && !is_compare_op(op)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t lhs = int_value(lhs_in);
    if (lhs == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t rhs = int_value(rhs_in);
    if (rhs == MP_OBJ_NULL) {
        if (!mp_obj_is_float(rhs_in)) {
            return MP_OBJ_NULL;
        }
        mp_float_t d = mp_obj_float_get(rhs_in);
        if (is_compare_op(op)) {
            if (isnan(d)) {
                return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
            }
            return compare_result(op, int_cmp_float(lhs, d));
        }
        switch (op) {
            case MP_BINARY_OP_ADD:
            case MP_BINARY_OP_SUBTRACT:
            case MP_BINARY_OP_MULTIPLY:
            case MP_BINARY_OP_TRUE_DIVIDE:
            case MP_BINARY_OP_FLOOR_DIVIDE:
            case MP_BINARY_OP_MODULO:
            case MP_BINARY_OP_DIVMOD:
            case MP_BINARY_OP_POWER:
                return mp_obj_float_binary_op(op, int_to_float(lhs), rhs_in);
            default:
                return MP_OBJ_NULL; // int << float and the like
        }
    }
    if (mp_obj_is_small_int(lhs) && mp_obj_is_small_int(rhs)) {
        mp_obj_t res =
            small_binary_op(op, MP_OBJ_SMALL_INT_VALUE(lhs), MP_OBJ_SMALL_INT_VALUE(rhs));
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    return big_binary_op(op, lhs, rhs);
}

mp_obj_t mp_obj_int_pow3(mp_obj_t base, mp_obj_t exponent, mp_obj_t modulus) {
    mp_obj_t b = int_value(base), e = int_value(exponent), m = int_value(modulus);
    if (b == MP_OBJ_NULL || e == MP_OBJ_NULL || m == MP_OBJ_NULL) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    mpz_t tb, te, tm, r;
    mpz_dig_t db[MPZ_NUM_DIG_FOR_INT], de[MPZ_NUM_DIG_FOR_INT], dm[MPZ_NUM_DIG_FOR_INT];
    mpz_init_zero(&r);
    mpz_status_t st =
        mpz_pow3_inpl(&r, int_mpz(b, &tb, db), int_mpz(e, &te, de), int_mpz(m, &tm, dm));
    if (st == MPZ_ERR_ZERO_DIV) {
        mp_raise_ValueError(MP_ERROR_TEXT("pow() 3rd argument cannot be 0"));
    } else if (st == MPZ_ERR_NOT_INVERTIBLE) {
        mp_raise_ValueError(MP_ERROR_TEXT("base is not invertible for the given modulus"));
    }
    return int_from_mpz(&r);
}

/******************************************************************************/
// Bytes.

mp_obj_t mp_obj_int_from_bytes_impl(bool big_endian, size_t len, const byte *buf, bool is_signed) {
    if (len < sizeof(mp_int_t)) {
        // Always a small int: built without the heap, so it also works
        // under micropython.heap_lock().
        mp_int_t v = 0;
        for (size_t i = 0; i < len; i++) {
            v = (v << 8) | buf[big_endian ? i : len - 1 - i];
        }
        if (is_signed && len > 0 && (buf[big_endian ? 0 : len - 1] & 0x80)) {
            v -= (mp_int_t)1 << (8 * len);
        }
        return MP_OBJ_NEW_SMALL_INT(v);
    }
    mpz_t z;
    mpz_init_zero(&z);
    mpz_set_from_bytes(&z, buf, len, big_endian, is_signed);
    return int_from_mpz(&z);
}

void mp_obj_int_to_bytes_impl(
    mp_obj_t self_in, bool big_endian, size_t len, byte *buf, bool is_signed) {
    mp_obj_t v = int_value(self_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    mpz_t tmp;
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    const mpz_t *z = int_mpz(v, &tmp, dig);
    if (!mpz_as_bytes(z, big_endian, is_signed, len, buf)) {
        if (!is_signed && mpz_is_neg(z)) {
            mp_raise_OverflowError(
                MP_ERROR_TEXT("can't convert negative int to unsigned"));
        }
        mp_raise_OverflowError(MP_ERROR_TEXT("int too big to convert"));
    }
}

static bool parse_byteorder(mp_obj_t arg, const char *fun) {
    // The literals 'big' and 'little' are qstrs: no text compared.
    if (arg == MP_OBJ_NEW_QSTR(MP_QSTR_big)) {
        return true;
    }
    if (arg == MP_OBJ_NEW_QSTR(MP_QSTR_little)) {
        return false;
    }
    if (mp_obj_str_cast(arg) == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() argument 'byteorder' must be str, not %s"),
            fun, mp_obj_get_arg_type_str(arg));
    }
    size_t len;
    const char *s = mp_obj_str_get_data(arg, &len);
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return true;
    } else if (len != 6 || memcmp(s, "little", 6) != 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("byteorder must be either 'little' or 'big'"));
    }
    return false;
}

/******************************************************************************/
// The int type.

// The text that int() and float() parse from x (a str, bytes or other
// buffer, not a subclass instance): digits and spaces of any script count
// in a str, as in CPython; NULL (len untouched) for anything else.
const char *mp_obj_int_number_text(mp_obj_t x, size_t *len) {
    if (mp_obj_is_str(x)) {
        const char *data = mp_obj_str_get_data(x, len);
        return unichar_number_to_ascii(data, len);
    }
    if (mp_obj_is_str_or_bytes(x)) {
        return mp_obj_str_get_data(x, len);
    }
    mp_buffer_info_t bi;
    if (mp_get_buffer(x, &bi, MP_BUFFER_READ)) {
        *len = bi.len;
        return bi.buf;
    }
    return NULL;
}

static mp_obj_t int_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    enum { ARG_x, ARG_base };
    static const mp_arg_t allowed[] = {
        // x is positional-only: the empty name cannot be passed by keyword.
        { MP_QSTR_, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_base, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_int, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t x = vals[ARG_x].u_obj;
    if (x == MP_OBJ_NULL) {
        if (vals[ARG_base].u_obj != MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("int() missing string argument"));
        }
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    // Text: str, bytes, bytearray.
    size_t len = 0;
    // Instances of str/bytes/bytearray subclasses parse as their text.
    mp_obj_t text = mp_obj_cast_to_native_base(x, MP_OBJ_NULL);
    const char *data = mp_obj_int_number_text(text, &len);
    // Only str, bytes and bytearray take an explicit base.
    bool text_like = mp_obj_is_str_or_bytes(text) || mp_obj_is_type(text, &mp_type_bytearray);
    // Errors show a buffer's text as bytes, as CPython does.
    if (data != NULL && !mp_obj_is_str(text) && !mp_obj_is_type(text, &mp_type_bytes)) {
        x = mp_obj_new_bytes((const byte *)data, len);
    }
    if (vals[ARG_base].u_obj != MP_OBJ_NULL) {
        // A huge base is out of range like any other, not an overflow.
        mp_obj_t base_obj = mp_obj_get_type(vals[ARG_base].u_obj) == &mp_type_int
            && !mp_obj_is_small_int(vals[ARG_base].u_obj) ? MP_OBJ_NEW_SMALL_INT(-1) : vals[ARG_base].u_obj;
        mp_int_t base = mp_obj_get_int(base_obj);
        // The base is checked first, as CPython does: int(1.5, 1) is a ValueError.
        if (base != 0 && (base < 2 || base > 36)) {
            mp_raise_ValueError(MP_ERROR_TEXT("int() base must be >= 2 and <= 36, or 0"));
        }
        if (data == NULL || !text_like) {
            mp_raise_TypeError(MP_ERROR_TEXT("int() can't convert non-string with explicit base"));
        }
        mp_obj_t v = int_parse(data, len, (unsigned int)base);
        if (v == MP_OBJ_NULL) {
            raise_invalid_literal((unsigned int)base, x);
        }
        return v;
    }
    if (data != NULL) {
        mp_obj_t v = int_parse(data, len, 10);
        if (v == MP_OBJ_NULL) {
            raise_invalid_literal(10, x);
        }
        return v;
    }
    mp_obj_t v = int_value(x);
    if (v != MP_OBJ_NULL && mp_obj_is_instance_type(mp_obj_get_type(x))) {
        // An int subclass with its own __int__: int() asks it, as CPython.
        const mp_obj_type_t *owner;
        mp_obj_t fn = mp_obj_type_mro_find(mp_obj_get_type(x), MP_QSTR___int__,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
        if (fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            mp_obj_t r = mp_obj_type_call_member(x, owner, fn, 0, NULL);
            v = int_value(r);
            if (v == MP_OBJ_NULL) {
                mp_raise_TypeError_obj_unsupported(
                    r, MP_ERROR_TEXT("__int__ returned non-int (type %s)"));
            }
            mp_obj_int_check_exact_result(MP_QSTR___int__, r);
        }
    }
    if (v != MP_OBJ_NULL) {
        return v;
    }
    if (mp_obj_is_float(x)) {
        return mp_obj_new_int_from_float(mp_obj_float_get(x));
    }
    // __int__, then __index__, then the deprecated __trunc__ (still used by
    // CPython 3.11, with a warning).
    const mp_obj_type_t *xt = mp_obj_get_type(x);
    if (MP_OBJ_TYPE_HAS_SLOT(xt, unary_op)) {
        qstr method = MP_QSTR___int__;
        mp_obj_t r = MP_OBJ_TYPE_GET_SLOT(xt, unary_op)(MP_UNARY_OP_INT, x);
        if (r == MP_OBJ_NULL) {
            method = MP_QSTR___index__;
            r = MP_OBJ_TYPE_GET_SLOT(xt, unary_op)(MP_UNARY_OP_INDEX, x);
        }
        if (r == MP_OBJ_NULL && mp_obj_is_instance_type(xt)) {
            mp_obj_t dest[2];
            mp_load_method_maybe(x, MP_QSTR___trunc__, dest);
            if (dest[0] != MP_OBJ_NULL) {
                mp_warn_deprecated("The delegation of int() to __trunc__ is deprecated.");
                method = MP_QSTRnull; // the result was checked below
                r = mp_call_method_n_kw(0, 0, dest);
                // __trunc__ may return any object with __index__.
                if (int_value(r) == MP_OBJ_NULL) {
                    mp_obj_t i = mp_seq_index_as_int(r);
                    if (i == MP_OBJ_NULL) {
                        mp_raise_TypeError_obj_unsupported(
                            r, MP_ERROR_TEXT("__trunc__ returned non-Integral (type %s)"));
                    }
                    r = i;
                }
            }
        }
        if (r != MP_OBJ_NULL) {
            v = int_value(r);
            if (v == MP_OBJ_NULL) {
                mp_raise_TypeError_obj_unsupported(
                    r, MP_ERROR_TEXT("__int__ returned non-int (type %s)"));
            }
            if (method != MP_QSTRnull) {
                mp_obj_int_check_exact_result(method, r);
            }
            return v;
        }
    }
    mp_raise_TypeError_varg(
        MP_ERROR_TEXT(
            "int() argument must be a string, a bytes-like object or a real number, not '%s'"),
        mp_obj_get_type_str(x));
}

static mp_obj_t self_int(mp_obj_t self_in) {
    mp_obj_t v = int_value(self_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor requires an 'int' object"));
    }
    return v;
}

// int.bit_length()
static mp_obj_t int_bit_length(mp_obj_t self_in) {
    mpz_t tmp;
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    return mp_obj_new_int_from_uint(mpz_bit_length(int_mpz(self_int(self_in), &tmp, dig)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_length_obj, int_bit_length);

// int.bit_count()
static mp_obj_t int_bit_count(mp_obj_t self_in) {
    mpz_t tmp;
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    return mp_obj_new_int_from_uint(mpz_popcount(int_mpz(self_int(self_in), &tmp, dig)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_count_obj, int_bit_count);

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static mp_obj_t int_to_bytes(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_length, ARG_byteorder, ARG_signed };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_length, MP_ARG_INT, { .u_int = 1 } },
        { MP_QSTR_byteorder, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_QSTR(MP_QSTR_big) } },
        { MP_QSTR_signed, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_to_bytes, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    // The byteorder's type is checked before the length's value (CPython order).
    bool big = parse_byteorder(vals[ARG_byteorder].u_obj, "to_bytes");
    mp_int_t len = vals[ARG_length].u_int;
    if (len < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("length argument must be non-negative"));
    }
    vstr_t vstr;
    vstr_init_len(&vstr, len);
    mp_obj_int_to_bytes_impl(
        self_int(args[0]), big, len, (byte *)vstr.buf, vals[ARG_signed].u_bool);
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(int_to_bytes_obj, 1, int_to_bytes);

// The int of the bytes given as an iterable of ints in range(256).
static mp_obj_t int_from_iterable_bytes(mp_obj_t src, bool big, bool is_signed) {
    mp_obj_t iter = mp_seq_getiter_maybe(src);
    if (iter == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(src, MP_ERROR_TEXT("cannot convert '%s' object to bytes"));
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_int_t b = mp_obj_get_int(item);
        if (b < 0 || b > 255) {
            mp_raise_ValueError(MP_ERROR_TEXT("bytes must be in range(0, 256)"));
        }
        vstr_add_byte(&vstr, (byte)b);
    }
    mp_obj_t r = mp_obj_int_from_bytes_impl(big, vstr.len, (const byte *)vstr.buf, is_signed);
    vstr_clear(&vstr);
    return r;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False)  (classmethod)
static mp_obj_t int_from_bytes(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_bytes, ARG_byteorder, ARG_signed };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_bytes, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_byteorder, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_QSTR(MP_QSTR_big) } },
        { MP_QSTR_signed, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    if (n_args == 3 && kw_args->used == 0) {
        // from_bytes(b, order), the usual call, skips the parser.
        vals[ARG_bytes].u_obj = args[1];
        vals[ARG_byteorder].u_obj = args[2];
        vals[ARG_signed].u_bool = false;
    } else {
        mp_arg_parse_named(MP_QSTR_from_bytes, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    }
    bool big = parse_byteorder(vals[ARG_byteorder].u_obj, "from_bytes");
    mp_obj_t src = vals[ARG_bytes].u_obj;
    if (mp_obj_is_obj(src) && mp_obj_is_instance_type(mp_obj_get_type(src))) {
        // bytes(src) semantics: a class's own __bytes__ comes first.
        const mp_obj_type_t *owner;
        mp_obj_t fn = mp_obj_type_mro_find(mp_obj_get_type(src), MP_QSTR___bytes__,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
        if (fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            mp_obj_t b = mp_obj_type_call_member(src, owner, fn, 0, NULL);
            if (!mp_obj_is_type(b, &mp_type_bytes) && !mp_obj_is_instance_of(b, &mp_type_bytes)) {
                mp_raise_TypeError_obj_unsupported(
                    b, MP_ERROR_TEXT("__bytes__ returned non-bytes (type %s)"));
            }
            src = b;
        }
    }
    if (!mp_obj_is_exact_type(src, &mp_type_bytes) &&
        (mp_obj_is_str(src) || mp_obj_is_instance_of(src, &mp_type_str))) {
        // str has a buffer here, but it is text, not bytes.
        mp_raise_TypeError_obj_unsupported(src, MP_ERROR_TEXT("cannot convert '%s' object to bytes"));
    }
    mp_buffer_info_t bi;
    mp_obj_t r;
    if (mp_get_buffer(src, &bi, MP_BUFFER_READ)) {
        r = mp_obj_int_from_bytes_impl(big, bi.len, bi.buf, vals[ARG_signed].u_bool);
    } else {
        r = int_from_iterable_bytes(src, big, vals[ARG_signed].u_bool);
    }
    // A subclass (bool included) gets an instance of itself: cls(value).
    return args[0] == MP_OBJ_FROM_PTR(&mp_type_int) ? r : mp_call_function_1(args[0], r);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(int_from_bytes_fun_obj, 1, int_from_bytes);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(int_from_bytes_obj, MP_ROM_PTR(&int_from_bytes_fun_obj));

// int.conjugate(), int.__trunc__(), int.__floor__(), int.__ceil__(): the
// int itself. One function object each, as their name is looked up by the
// object (errors, __name__); __int__ and __index__ are the unary slot's.
static mp_obj_t int_self(mp_obj_t self_in) {
    return self_int(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_self_obj, int_self);
static MP_DEFINE_CONST_FUN_OBJ_1(int_trunc_obj, int_self);
static MP_DEFINE_CONST_FUN_OBJ_1(int_floor_obj, int_self);
static MP_DEFINE_CONST_FUN_OBJ_1(int_ceil_obj, int_self);

// int.__format__(format_spec): as format() of the plain int (a subclass
// reaching here through super() must not get its own __format__ again).
static mp_obj_t int___format__(mp_obj_t self_in, mp_obj_t spec) {
    return mp_obj_format_dunder(mp_obj_is_bool(self_in) ? self_in : self_int(self_in), spec);
}
static MP_DEFINE_CONST_FUN_OBJ_2(int___format___obj, int___format__);

// int.as_integer_ratio()
static mp_obj_t int_as_integer_ratio(mp_obj_t self_in) {
    mp_obj_t items[2] = { self_int(self_in), MP_OBJ_NEW_SMALL_INT(1) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_as_integer_ratio_obj, int_as_integer_ratio);

// int.__round__([ndigits])
static mp_obj_t int_round(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = self_int(args[0]);
    if (n_args < 2) {
        return self;
    }
    mp_int_t nd = mp_obj_get_int_clamped(args[1]);
    if (nd >= 0) {
        return self;
    }
    // Round half to even at 10**-nd: q, r = divmod(self, p); bump q when
    // 2r > p, or 2r == p and q is odd; result q * p.
    mpz_t tmp, p, ten, e, q, r;
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    const mpz_t *z = int_mpz(self, &tmp, dig);
    if ((mp_uint_t)-nd > 4 * mpz_bit_length(z) + 4) {
        return MP_OBJ_NEW_SMALL_INT(0); // 10**-nd > 2 * |self|
    }
    mpz_init_from_int(&ten, 10);
    mpz_init_from_int(&e, -nd);
    mpz_init_zero(&p);
    mpz_pow_inpl(&p, &ten, &e);
    mpz_init_zero(&q);
    mpz_init_zero(&r);
    mpz_divmod_inpl(&q, &r, z, &p);
    mpz_shl_inpl(&r, &r, 1);
    int c = mpz_cmp(&r, &p);
    if (c > 0 || (c == 0 && mpz_is_odd(&q))) {
        mpz_set_from_int(&e, 1);
        mpz_add_inpl(&q, &q, &e);
    }
    mpz_mul_inpl(&q, &q, &p);
    mpz_deinit(&ten);
    mpz_deinit(&e);
    mpz_deinit(&p);
    mpz_deinit(&r);
    return int_from_mpz(&q);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(int_round_obj, 1, 2, int_round);

static void int_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // ints have no settable attributes
    }
    switch (attr) {
        case MP_QSTR_real:
        case MP_QSTR_numerator:
            dest[0] = self_int(self_in);
            break;
        case MP_QSTR_imag:
            dest[0] = MP_OBJ_NEW_SMALL_INT(0);
            break;
        case MP_QSTR_denominator:
            dest[0] = MP_OBJ_NEW_SMALL_INT(1);
            break;
        default:
            break;
    }
}

static const mp_rom_map_elem_t int_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_bit_length), MP_ROM_PTR(&int_bit_length_obj) },
    { MP_ROM_QSTR(MP_QSTR_bit_count), MP_ROM_PTR(&int_bit_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_to_bytes), MP_ROM_PTR(&int_to_bytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_from_bytes), MP_ROM_PTR(&int_from_bytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&int_self_obj) },
    { MP_ROM_QSTR(MP_QSTR_as_integer_ratio), MP_ROM_PTR(&int_as_integer_ratio_obj) },
    { MP_ROM_QSTR(MP_QSTR___round__), MP_ROM_PTR(&int_round_obj) },
    { MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&int___format___obj) },
    { MP_ROM_QSTR(MP_QSTR___trunc__), MP_ROM_PTR(&int_trunc_obj) },
    { MP_ROM_QSTR(MP_QSTR___floor__), MP_ROM_PTR(&int_floor_obj) },
    { MP_ROM_QSTR(MP_QSTR___ceil__), MP_ROM_PTR(&int_ceil_obj) },
};
static MP_DEFINE_CONST_DICT(int_locals_dict, int_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_int, MP_QSTR_int, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_int_print,
    make_new, int_make_new,
    unary_op, mp_obj_int_unary_op,
    binary_op, mp_obj_int_binary_op,
    attr, int_attr,
    locals_dict, (mp_obj_dict_t *)&int_locals_dict
    );
