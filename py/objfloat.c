// The float type: IEEE double with CPython's text forms and arithmetic rules.
//
// repr() is the shortest text that reads back as the same double (found by
// asking the C library for correctly rounded %.{p}e for growing p, then
// laid out as CPython does); float() parsing validates CPython's syntax
// (including '_' between digits) and leaves the correctly rounded
// conversion to strtod. Hashes agree with CPython (and with int for
// integral values). Mixed int/float comparisons are exact.
// A negative number to a fractional power is a complex (py/objcomplex.c).
#include "py/mpconfig.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/runtime.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/mpz.h"
#include "py/objcomplex.h"
#include "py/objtype_internal.h"

// Same modulus as the int hash (py/objint.c).
#define HASH_BITS (sizeof(mp_uint_t) >= 8 ? 61 : 31)
#define HASH_MODULUS ((((mp_uint_t)1) << HASH_BITS) - 1)
// CPython's hash of +inf (and minus it for -inf).
#define HASH_INF (314159)

/******************************************************************************/
// Objects and getters.

mp_obj_t mp_obj_new_float(mp_float_t value) {
    mp_obj_float_t *o = m_new_obj(mp_obj_float_t);
    o->base.type = &mp_type_float;
    o->value = value;
    return MP_OBJ_FROM_PTR(o);
}

// The float object behind o (o itself, or the native part of an instance of
// a user subclass of float), or MP_OBJ_NULL.
static mp_obj_t float_native(mp_obj_t o) {
    if (mp_obj_is_float(o)) {
        return o;
    }
    if (mp_obj_is_obj(o) &&
        (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_t native = mp_obj_cast_to_native_base(o, &mp_type_float);
        if (native != o && mp_obj_is_float(native)) {
            return native;
        }
    }
    return MP_OBJ_NULL;
}

mp_float_t mp_obj_float_get(mp_obj_t self_in) {
    mp_obj_t f = float_native(self_in);
    if (f == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor requires a 'float' object"));
    }
    return ((mp_obj_float_t *)MP_OBJ_TO_PTR(f))->value;
}

// Whether o is an int for arithmetic: int, bool or an int subclass instance.
static bool is_int_like(mp_obj_t o) {
    if (mp_obj_is_int(o) || mp_obj_is_bool(o)) {
        return true;
    }
    return mp_obj_is_obj(o) &&
           (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) &&
           mp_obj_cast_to_native_base(o, &mp_type_int) != o;
}

bool mp_obj_get_float_ex(mp_obj_t arg, mp_float_t *value, bool float_first) {
    if (mp_obj_is_small_int(arg)) {
        *value = (mp_float_t)MP_OBJ_SMALL_INT_VALUE(arg);
        return true;
    }
    mp_obj_t f = float_first ? float_native(arg) : MP_OBJ_NULL;
    // A user class's __float__ (else its native base's: the value of an int
    // subclass, NULL for others), then __index__.
    const mp_obj_type_t *type = mp_obj_get_type(arg);
    bool user = (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) != 0;
    if (f == MP_OBJ_NULL && user) {
        mp_obj_t r = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_FLOAT, arg);
        if (r != MP_OBJ_NULL) {
            f = float_native(r);
            if (f == MP_OBJ_NULL) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%s.__float__ returned non-float (type %s)"),
                    mp_obj_get_type_str(arg), mp_obj_get_type_str(r));
            }
        }
    }
    if (f == MP_OBJ_NULL) {
        f = float_native(arg);
    }
    if (f != MP_OBJ_NULL) {
        *value = ((mp_obj_float_t *)MP_OBJ_TO_PTR(f))->value;
        return true;
    }
    if (user && !is_int_like(arg)) {
        arg = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_INDEX, arg);
    }
    if (arg != MP_OBJ_NULL && is_int_like(arg)) {
        *value = mp_obj_int_as_float(arg);
        return true;
    }
    return false;
}

mp_float_t mp_obj_get_float(mp_obj_t self_in) {
    mp_float_t v;
    if (!mp_obj_get_float_maybe(self_in, &v)) {
        mp_raise_TypeError_obj_unsupported(self_in, MP_ERROR_TEXT("must be real number, not %s"));
    }
    return v;
}

/******************************************************************************/
// Hashing.

mp_int_t mp_float_hash(mp_float_t val) {
    if (isnan(val)) {
        return 0;
    }
    if (isinf(val)) {
        return val > 0 ? HASH_INF : -HASH_INF;
    }
    // val = mant * 2**e exactly with an integer mant < 2**53. Modulo the
    // Mersenne prime P = 2**B - 1, 2**B == 1, so multiplying by 2**e is a
    // rotation of a B-bit residue by e mod B bits (also for negative e).
    // For integral values this is the int hash (value mod P).
    int e;
    double m = frexp(fabs(val), &e);
    uint64_t mant = (uint64_t)ldexp(m, DBL_MANT_DIG);
    e -= DBL_MANT_DIG;
    const unsigned int b = HASH_BITS;
    const mp_uint_t p = HASH_MODULUS;
    mp_uint_t h;
    if (b >= 61) {
        h = (mp_uint_t)mant; // < 2**53 < P
    } else {
        h = (mp_uint_t)(mant % p);
    }
    int r = e % (int)b;
    if (r < 0) {
        r += b;
    }
    if (r != 0) {
        h = ((h << r) & p) | (h >> (b - r));
    }
    if (h == p) {
        h = 0;
    }
    mp_int_t x = (mp_int_t)h;
    if (val < 0) {
        x = -x;
    }
    return x == -1 ? -2 : x;
}

/******************************************************************************/
// Text out.

// Whether %.{p}e of x reads back as x.
static bool round_trips(double x, int p, char *buf, size_t size) {
    snprintf(buf, size, "%.*e", p - 1, x);
    return strtod(buf, NULL) == x;
}

// The value of a printf exponent ("+05", "-12") in [d, end).
static int exponent_value(const char *d, const char *end) {
    bool neg = d < end && *d == '-';
    d += d < end && (*d == '-' || *d == '+');
    int x = 0;
    for (; d < end && *d >= '0' && *d <= '9'; d++) {
        x = x * 10 + (*d - '0');
    }
    return neg ? -x : x;
}

// The decimal digits of x (> 0, finite) in digits[] (NUL-terminated, no
// trailing zeros), and the decimal point position: x ~ 0.DIGITS * 10**decpt.
static void split_e_format(const char *buf, char *digits, int *decpt) {
    size_t n = 0;
    const char *s = buf;
    for (; *s != 'e'; s++) {
        if (*s != '.') {
            digits[n++] = *s;
        }
    }
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = 0;
    *decpt = exponent_value(s + 1, s + strlen(s)) + 1;
}

// Adds one unit in the last place of the digit string (0.DIGITS * 10**decpt),
// keeping its length: 0.999 becomes 0.100 with decpt one higher.
static void round_up_digits(char *digits, int *decpt) {
    size_t i = strlen(digits);
    while (i > 0 && digits[i - 1] == '9') {
        digits[--i] = '0';
    }
    if (i == 0) {
        digits[0] = '1';
        ++*decpt;
    } else {
        digits[i - 1]++;
    }
}

// Whether 0.DIGITS * 10**decpt reads back as x.
static bool digits_read_back(const char *digits, int decpt, double x) {
    size_t n = strlen(digits);
    // An integer below 2**53 and 10**k up to 10**22 are exact doubles, so
    // one correctly rounded multiplication or division is the reading
    // (most reprs need no library conversion here).
    uint64_t m = 0;
    for (size_t i = 0; i < n; i++) {
        m = m * 10 + (uint64_t)(digits[i] - '0');
    }
    int k = decpt - (int)n;
    if (m < ((uint64_t)1 << 53) && k >= -22 && k <= 22) {
        double scale = 1;
        for (int i = k < 0 ? -k : k; i > 0; i--) {
            scale *= 10;
        }
        return (k < 0 ? (double)m / scale : (double)m * scale) == x;
    }
    char buf[48];
    buf[0] = '.';
    memcpy(buf + 1, digits, n);
    char *s = buf + 1 + n;
    int e = decpt < 0 ? -decpt : decpt;
    *s++ = 'e';
    *s++ = decpt < 0 ? '-' : '+';
    *s++ = '0' + e / 100;
    *s++ = '0' + e / 10 % 10;
    *s++ = '0' + e % 10;
    *s = 0;
    return strtod(buf, NULL) == x;
}

// Values with few decimals (3.0, 0.25, 12.5, 0.1) without the library: the
// first k for which the integer m nearest x * 10**k reads back as x gives the
// shortest digits. Below 2**51, x's spacing scaled by 10**k is under half a
// unit, so no other integer can read back, and a shorter decimal would have
// been found at a smaller k.
static bool short_decimal(double x, char *digits, int *decpt) {
    double scale = 1;
    for (int k = 0; k <= 17; k++, scale *= 10) {
        double p = x * scale;
        if (p >= 2251799813685248.0) {
            return false;
        }
        uint64_t m = (uint64_t)(p + 0.5);
        if ((double)m / scale == x) {
            char rev[24];
            int n = 0;
            do {
                rev[n++] = (char)('0' + m % 10);
                m /= 10;
            } while (m != 0);
            *decpt = n - k;
            while (rev[0] == '0') {
                memmove(rev, rev + 1, --n);
            }
            for (int i = 0; i < n; i++) {
                digits[i] = rev[n - 1 - i];
            }
            digits[n] = 0;
            return true;
        }
    }
    return false;
}

// Shortest digits that read back as x (> 0, finite): CPython's repr digits.
static void shortest_digits(double x, char *digits, int *decpt) {
    if (short_decimal(x, digits, decpt)) {
        return;
    }
    // Room for "0." + a 40-byte candidate + an exponent (gcc -O1 checks the
    // snprintf below against cand's size, not the <= 18 digits it holds).
    char buf[48];
    // The least p whose p-digit rounding reads back as x. If any p <= 15
    // does, its digits are a prefix of the 15-digit rounding followed by
    // zeros (a double's spacing is under a tenth of a unit in the 15th digit,
    // so the p-digit value padded out is the nearest 15-digit decimal to
    // x): one conversion then gives the answer, its digits without trailing
    // zeros. Otherwise p is 16 or 17.
    // Subnormals have fewer significant bits, so there a binary search over
    // p (if p digits round-trip, so do p + 1) finds it instead.
    int lo;
    if (x < DBL_MIN) {
        lo = 1;
        int hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (round_trips(x, mid, buf, sizeof(buf))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        snprintf(buf, sizeof(buf), "%.*e", lo - 1, x);
        split_e_format(buf, digits, decpt);
    } else {
        // The 15- and 16-digit roundings are made from the 17 digits of one
        // conversion (the library's conversions were most of a repr's cost):
        // re-rounding a rounded decimal gives x's own rounding unless the
        // dropped digits are exactly half a unit, which only the library can
        // settle.
        char all[24];
        int all_decpt;
        snprintf(buf, sizeof(buf), "%.16e", x);
        split_e_format(buf, all, &all_decpt);
        size_t n = strlen(all);
        memset(all + n, '0', 17 - n);
        all[17] = 0;
        for (lo = 15; lo < 17; lo++) {
            const char *cut = all + lo;
            memcpy(digits, all, lo);
            digits[lo] = 0;
            *decpt = all_decpt;
            if (cut[0] == '5' && (lo == 16 || cut[1] == '0')) {
                snprintf(buf, sizeof(buf), "%.*e", lo - 1, x);
                split_e_format(buf, digits, decpt);
            } else if (cut[0] >= '5') {
                round_up_digits(digits, decpt);
            }
            if (digits_read_back(digits, *decpt, x)) {
                break;
            }
        }
        if (lo == 17) {
            memcpy(digits, all, sizeof(all));
            *decpt = all_decpt;
        }
        n = strlen(digits);
        while (n > 1 && digits[n - 1] == '0') {
            n--;
        }
        digits[n] = 0;
        if (lo == 15) {
            lo = (int)n;
        }
    }
    int e;
    if (frexp(x, &e) != 0.5 || lo == 1) {
        return;
    }
    // At a power of two the doubles below are twice as dense as above, so
    // the interval that reads back as x reaches further up than down, and
    // a shorter decimal just above x may work although the nearest one of
    // that length (below x) does not.
    for (int q = lo - 1; q >= 1; q--) {
        char cand[40];
        int cdecpt;
        snprintf(buf, sizeof(buf), "%.*e", q - 1, x);
        split_e_format(buf, cand, &cdecpt);
        size_t n = strlen(cand);
        // Pad to q digits and add one unit in the last place.
        while (n < (size_t)q) {
            cand[n++] = '0';
        }
        cand[n] = 0;
        round_up_digits(cand, &cdecpt);
        if (!digits_read_back(cand, cdecpt, x)) {
            break;
        }
        n = strlen(cand);
        while (n > 1 && cand[n - 1] == '0') {
            n--;
        }
        cand[n] = 0;
        memcpy(digits, cand, n + 1);
        *decpt = cdecpt;
    }
}

size_t mp_float_format_repr(mp_float_t f, char *buf, size_t buf_size) {
    // The longest output is "-1.2345678901234567e-308" (24 chars + NUL).
    MP_ASSERT(buf_size >= 32);
    (void)buf_size;
    char *s = buf;
    if (isnan(f)) {
        memcpy(buf, "nan", sizeof("nan"));
        return 3;
    }
    if (signbit(f)) {
        *s++ = '-';
        f = -f;
    }
    if (isinf(f)) {
        memcpy(s, "inf", sizeof("inf"));
        return s + 3 - buf;
    }
    if (f == 0) {
        memcpy(s, "0.0", sizeof("0.0"));
        return s + 3 - buf;
    }
    char digits[24];
    int decpt;
    shortest_digits(f, digits, &decpt);
    int n = (int)strlen(digits);
    if (decpt > -4 && decpt <= 16) {
        // Positional, always with a fractional part: 0.001, 12.5, 100.0.
        if (decpt <= 0) {
            *s++ = '0';
            *s++ = '.';
            for (int i = 0; i < -decpt; i++) {
                *s++ = '0';
            }
            memcpy(s, digits, n);
            s += n;
        } else if (decpt >= n) {
            memcpy(s, digits, n);
            s += n;
            for (int i = n; i < decpt; i++) {
                *s++ = '0';
            }
            *s++ = '.';
            *s++ = '0';
        } else {
            memcpy(s, digits, decpt);
            s += decpt;
            *s++ = '.';
            memcpy(s, digits + decpt, n - decpt);
            s += n - decpt;
        }
    } else {
        // Scientific: 1e+16, 1.5e-07 (at least two exponent digits).
        *s++ = digits[0];
        if (n > 1) {
            *s++ = '.';
            memcpy(s, digits + 1, n - 1);
            s += n - 1;
        }
        int e = decpt - 1;
        *s++ = 'e';
        *s++ = e < 0 ? '-' : '+';
        if (e < 0) {
            e = -e;
        }
        if (e >= 100) {
            *s++ = '0' + e / 100;
        }
        *s++ = '0' + (e / 10) % 10;
        *s++ = '0' + e % 10;
    }
    *s = 0;
    return s - buf;
}

// Remove trailing zeros of the fraction (and a bare '.') from the mantissa
// of a %e/%f style number in buf[start..]; the exponent part is kept.
static void strip_trailing_zeros(vstr_t *v, size_t start) {
    char *s = v->buf + start;
    size_t n = v->len - start;
    char *dot = memchr(s, '.', n);
    if (dot == NULL) {
        return;
    }
    char *e = memchr(s, 'e', n);
    if (e == NULL) {
        e = memchr(s, 'E', n);
    }
    char *mant_end = e != NULL ? e : s + n;
    char *q = mant_end;
    while (q > dot + 1 && q[-1] == '0') {
        q--;
    }
    if (q == dot + 1) {
        q = dot;
    }
    size_t tail = (size_t)(s + n - mant_end);
    memmove(q, mant_end, tail);
    v->len = (size_t)(q - v->buf) + tail;
}

// The general format ('g') of a finite non-negative f with precision p, built
// from 'e' and 'f' (glibc's "%#g" drops a digit when rounding carries into the
// next power of ten: 99.5 -> "1.e+02"). When add_dot_0 (format()'s no-type
// with a precision) the switch to exponent notation is one digit earlier and
// fixed notation always shows a fractional digit.
static void format_general(vstr_t *v, mp_float_t f, int p, bool alt, bool upper, bool add_dot_0) {
    if (p == 0) {
        p = 1;
    }
    size_t start = v->len;
    mp_float_format_spec(v, f, upper ? 'E' : 'e', p - 1, alt);
    const char *e = memchr(v->buf + start, upper ? 'E' : 'e', v->len - start);
    int x = e != NULL ? exponent_value(e + 1, v->buf + v->len) : 0;
    if (x < -4 || x >= (add_dot_0 ? p - 1 : p)) {
        if (!alt) {
            strip_trailing_zeros(v, start);
        }
        return;
    }
    v->len = start;
    mp_float_format_spec(v, f, 'f', p - 1 - x, alt);
    if (!alt) {
        strip_trailing_zeros(v, start);
    }
    if (add_dot_0 && memchr(v->buf + start, '.', v->len - start) == NULL) {
        vstr_add_str(v, ".0");
    }
}

// fmt is one of format()'s float types ('n' excepted), or 0 for no type with a
// precision.
void mp_float_format_spec(vstr_t *vstr, mp_float_t f, char fmt, int prec, bool alt) {
    bool upper = fmt == 'E' || fmt == 'F' || fmt == 'G';
    bool percent = fmt == '%';
    if (isnan(f) || isinf(f)) {
        // CPython shows no sign on nan.
        if (isinf(f) && f < 0) {
            vstr_add_byte(vstr, '-');
        }
        vstr_add_str(vstr, isnan(f) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (percent) {
            vstr_add_byte(vstr, '%');
        }
        return;
    }
    if (prec < 0) {
        prec = 6;
    }
    if (fmt == 'g' || fmt == 'G' || fmt == 0) {
        format_general(vstr, f, prec, alt, upper, fmt == 0);
        return;
    }
    if (percent) {
        f *= 100;
        fmt = 'f';
    }
    char spec[6] = "%.*e";
    if (alt) {
        memcpy(spec, "%#.*e", sizeof("%#.*e"));
    }
    spec[strlen(spec) - 1] = fmt;
    // glibc's and macOS's printf round correctly from the exact binary value,
    // as CPython's own formatter does. Most results fit the stack buffer
    // (growing the vstr by the worst case sent every '%.3f' through the
    // allocator's slow path). Otherwise the room is the longest result (309
    // integer digits of a %f of DBL_MAX, point, exponent), taken first so that
    // a huge precision fails with MemoryError before printf starts on it.
    char small[48];
    int n = snprintf(small, sizeof(small), spec, prec, f);
    if ((size_t)n < sizeof(small)) {
        vstr_add_strn(vstr, small, (size_t)n);
    } else {
        size_t room = (size_t)prec + 320;
        char *p = vstr_add_len(vstr, room);
        n = snprintf(p, room, spec, prec, f);
        vstr_cut_tail_bytes(vstr, room - (size_t)n);
    }
    if (percent) {
        vstr_add_byte(vstr, '%');
    }
}

static void float_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    (void)kind;
    char buf[32];
    size_t n = mp_float_format_repr(mp_obj_float_get(o_in), buf, sizeof(buf));
    print->print_strn(print->data, buf, n);
}

/******************************************************************************/
// Text in.

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static bool match_nocase(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

// Copies digits with single '_' allowed between two digits into out;
// returns the position after them, or NULL if an underscore is misplaced.
static const char *scan_digits(const char *s, const char *e, char *out, size_t *n) {
    while (s < e) {
        if (is_digit(*s)) {
            out[(*n)++] = *s++;
        } else if (*s == '_' && *n > 0 && is_digit(out[*n - 1]) && s + 1 < e && is_digit(s[1])) {
            s++;
        } else {
            break;
        }
    }
    return s;
}

// float() syntax: [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits],
// or [sign] inf | infinity | nan, with whitespace around. false if invalid.
static bool float_parse(const char *str, size_t len, double *out) {
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
    if (match_nocase(s, e - s, "inf") || match_nocase(s, e - s, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (match_nocase(s, e - s, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    char stack_buf[80];
    size_t cap = (e - s) + 2;
    char *buf = cap <= sizeof(stack_buf) ? stack_buf : m_new(char, cap);
    size_t n = 0;
    buf[n++] = neg ? '-' : '+';
    size_t start = n;
    s = scan_digits(s, e, buf, &n);
    size_t int_digits = n - start;
    size_t frac_digits = 0;
    if (s < e && *s == '.') {
        buf[n++] = *s++;
        size_t before = n;
        if (s < e && *s == '_') {
            return false;
        }
        s = scan_digits(s, e, buf, &n);
        frac_digits = n - before;
    }
    if (int_digits + frac_digits == 0) {
        return false;
    }
    if (s < e && (*s == 'e' || *s == 'E')) {
        buf[n++] = *s++;
        if (s < e && (*s == '+' || *s == '-')) {
            buf[n++] = *s++;
        }
        size_t before = n;
        s = scan_digits(s, e, buf, &n);
        if (n == before) {
            return false;
        }
    }
    if (s != e) {
        return false;
    }
    buf[n] = 0;
    *out = strtod(buf, NULL);
    if (buf != stack_buf) {
        m_del(char, buf, cap);
    }
    return true;
}

mp_obj_t mp_obj_new_float_from_str(const char *str, size_t len) {
    // Imaginary literals reach us as FLOAT constants ending in 'j' (see the
    // MP_TOKEN_IMAG case in py/parse_expr.c): they become complex(0, value).
    if (len > 0 && (str[len - 1] | 0x20) == 'j') {
        double im;
        if (float_parse(str, len - 1, &im)) {
            return mp_obj_new_complex(0.0, im);
        }
    }
    double d;
    if (!float_parse(str, len, &d)) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("could not convert string to float: %s"),
            mp_obj_str_get_str(mp_obj_repr(mp_obj_new_str(str, len))));
    }
    return mp_obj_new_float(d);
}

/******************************************************************************/
// Arithmetic.

// Python's float floor division and modulo: the remainder takes the sign of
// y, and the quotient is floor((x - mod) / y) corrected for rounding.
static void float_divmod(double x, double y, double *q, double *r) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fdiv;
    if (div != 0) {
        fdiv = floor(div);
        if (div - fdiv > 0.5) {
            fdiv += 1.0;
        }
    } else {
        fdiv = copysign(0.0, x / y);
    }
    *q = fdiv;
    *r = mod;
}

static double float_pow(double x, double y) {
    if (y == 0) {
        return 1.0;
    }
    // An infinite exponent is no division: 0.0 ** -inf is inf (C99 pow).
    if (x == 0 && y < 0 && !isinf(y)) {
        mp_raise_ZeroDivisionError(MP_ERROR_TEXT("0.0 cannot be raised to a negative power"));
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        // OverflowError(ERANGE, its C library text), as CPython: the text
        // differs between glibc and macOS.
        const char *text = strerror(MP_ERANGE);
        mp_obj_t args[2] = { MP_OBJ_NEW_SMALL_INT(MP_ERANGE), mp_obj_new_str(text, strlen(text)) };
        nlr_raise(mp_obj_new_exception_args(&mp_type_OverflowError, 2, args));
    }
    return r;
}

static mp_obj_t compare_result(mp_binary_op_t op, int c) {
    return mp_obj_new_bool(mp_cmp_result(op, c));
}

mp_obj_t mp_obj_float_binary_op(mp_binary_op_t op, mp_float_t lhs_val, mp_obj_t rhs_in) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    bool compare = op <= MP_BINARY_OP_NOT_EQUAL;
    mp_float_t rhs_val;
    mp_obj_t rf = float_native(rhs_in);
    if (rf != MP_OBJ_NULL) {
        rhs_val = ((mp_obj_float_t *)MP_OBJ_TO_PTR(rf))->value;
    } else if (is_int_like(rhs_in)) {
        if (compare) {
            // Exact, without converting the int.
            if (isnan(lhs_val)) {
                return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
            }
            mp_obj_t iv =
                mp_obj_is_bool(rhs_in) ? MP_OBJ_NEW_SMALL_INT(rhs_in == mp_const_true) : rhs_in;
            return compare_result(op, -mp_obj_int_cmp_float(iv, lhs_val));
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
                rhs_val = mp_obj_int_as_float(rhs_in);
                break;
            default:
                return MP_OBJ_NULL;
        }
    } else {
        return MP_OBJ_NULL;
    }
    if (compare) {
        if (isnan(lhs_val) || isnan(rhs_val)) {
            return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
        }
        return compare_result(op, lhs_val < rhs_val ? -1 : (lhs_val > rhs_val));
    }
    double q, r;
    switch (op) {
        case MP_BINARY_OP_ADD:
            return mp_obj_new_float(lhs_val + rhs_val);
        case MP_BINARY_OP_SUBTRACT:
            return mp_obj_new_float(lhs_val - rhs_val);
        case MP_BINARY_OP_MULTIPLY:
            return mp_obj_new_float(lhs_val * rhs_val);
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (rhs_val == 0) {
                mp_raise_ZeroDivisionError(MP_ERROR_TEXT("float division by zero"));
            }
            return mp_obj_new_float(lhs_val / rhs_val);
        case MP_BINARY_OP_FLOOR_DIVIDE:
            if (rhs_val == 0) {
                mp_raise_ZeroDivisionError(MP_ERROR_TEXT("float floor division by zero"));
            }
            float_divmod(lhs_val, rhs_val, &q, &r);
            return mp_obj_new_float(q);
        case MP_BINARY_OP_MODULO:
            if (rhs_val == 0) {
                mp_raise_ZeroDivisionError(MP_ERROR_TEXT("float modulo"));
            }
            float_divmod(lhs_val, rhs_val, &q, &r);
            return mp_obj_new_float(r);
        case MP_BINARY_OP_DIVMOD: {
            if (rhs_val == 0) {
                mp_raise_ZeroDivisionError(MP_ERROR_TEXT("float divmod()"));
            }
            float_divmod(lhs_val, rhs_val, &q, &r);
            mp_obj_t items[2] = { mp_obj_new_float(q), mp_obj_new_float(r) };
            return mp_obj_new_tuple(2, items);
        }
        case MP_BINARY_OP_POWER:
            // A negative base to a fractional power is complex, as CPython
            // (float_pow hands the operands to complex power there).
            if (lhs_val < 0 && isfinite(lhs_val) && isfinite(rhs_val) && rhs_val != floor(rhs_val)) {
                return mp_obj_complex_binary_op(MP_BINARY_OP_POWER, lhs_val, 0.0, mp_obj_new_float(rhs_val));
            }
            return mp_obj_new_float(float_pow(lhs_val, rhs_val));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t float_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_float_t self = mp_obj_float_get(lhs_in);
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        // self is the right operand of an int (or bool) on the left.
        if (!is_int_like(rhs_in)) {
            return MP_OBJ_NULL;
        }
        op += MP_BINARY_OP_OR - MP_BINARY_OP_REVERSE_OR;
        switch (op) {
            case MP_BINARY_OP_ADD:
            case MP_BINARY_OP_SUBTRACT:
            case MP_BINARY_OP_MULTIPLY:
            case MP_BINARY_OP_TRUE_DIVIDE:
            case MP_BINARY_OP_FLOOR_DIVIDE:
            case MP_BINARY_OP_MODULO:
            case MP_BINARY_OP_DIVMOD:
            case MP_BINARY_OP_POWER:
                return mp_obj_float_binary_op(op, mp_obj_int_as_float(rhs_in), lhs_in);
            default:
                return MP_OBJ_NULL;
        }
    }
    return mp_obj_float_binary_op(op, self, rhs_in);
}

static mp_obj_t float_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    mp_float_t v = mp_obj_float_get(o_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(v != 0);
        case MP_UNARY_OP_HASH:
            if (isnan(v)) {
                // As in CPython 3.10+, a nan hashes by identity: nans are
                // never equal, so no value-based hash can be consistent.
                return MP_OBJ_NEW_SMALL_INT((mp_int_t)((uintptr_t)o_in >> 4) & MP_SMALL_INT_MAX);
            }
            return MP_OBJ_NEW_SMALL_INT(mp_float_hash(v));
        case MP_UNARY_OP_POSITIVE:
        case MP_UNARY_OP_FLOAT:
            return mp_obj_is_float(o_in) ? o_in : mp_obj_new_float(v);
        case MP_UNARY_OP_NEGATIVE:
            return mp_obj_new_float(-v);
        case MP_UNARY_OP_ABS:
            return mp_obj_new_float(fabs(v));
        case MP_UNARY_OP_INT:
            return mp_obj_new_int_from_float(v);
        default:
            return MP_OBJ_NULL;
    }
}

/******************************************************************************/
// Exact rounding with mpz.

// x = mant * 2**exp with an integer mant (|mant| < 2**53), x finite.
static void float_decompose(double x, mpz_t *mant, long *exp) {
    int e;
    double m = frexp(x, &e);
    mpz_init_from_double(mant, ldexp(m, DBL_MANT_DIG));
    *exp = (long)e - DBL_MANT_DIG;
}

// round(x, nd) for finite x: the exact value rounded half to even at
// 10**-nd, then converted back with correct rounding.
static double float_round_digits(double x, mp_int_t nd) {
    // Beyond these no double changes (all have fewer than 324 significant
    // decimals after the point) or all round to zero (|x| < 10**309).
    if (x == 0 || nd > 323) {
        return x;
    }
    if (nd < -308) {
        return copysign(0.0, x);
    }
    mpz_t mant, num, den, p10, tmp, q, r;
    long e;
    float_decompose(fabs(x), &mant, &e);
    mpz_init_from_int(&tmp, 10);
    mpz_init_from_int(&p10, nd < 0 ? -nd : nd);
    mpz_pow_inpl(&p10, &tmp, &p10);
    // x * 10**nd = num / den
    mpz_init_copy(&num, &mant);
    mpz_init_from_int(&den, 1);
    if (nd >= 0) {
        mpz_mul_inpl(&num, &num, &p10);
    } else {
        mpz_mul_inpl(&den, &den, &p10);
    }
    if (e >= 0) {
        mpz_shl_inpl(&num, &num, (size_t)e);
    } else {
        mpz_shl_inpl(&den, &den, (size_t)-e);
    }
    mpz_init_zero(&q);
    mpz_init_zero(&r);
    mpz_divmod_inpl(&q, &r, &num, &den);
    mpz_shl_inpl(&r, &r, 1);
    int c = mpz_cmp(&r, &den);
    if (c > 0 || (c == 0 && mpz_is_odd(&q))) {
        mpz_set_from_int(&tmp, 1);
        mpz_add_inpl(&q, &q, &tmp);
    }
    double result;
    if (nd >= 0) {
        mpz_true_div(&q, &p10, &result);
    } else {
        mpz_mul_inpl(&q, &q, &p10);
        result = mpz_as_double(&q);
    }
    mpz_deinit(&mant);
    mpz_deinit(&num);
    mpz_deinit(&den);
    mpz_deinit(&p10);
    mpz_deinit(&tmp);
    mpz_deinit(&q);
    mpz_deinit(&r);
    if (isinf(result)) {
        mp_raise_OverflowError(MP_ERROR_TEXT("rounded value too large to represent"));
    }
    return copysign(result, x);
}

/******************************************************************************/
// The float type.

static mp_obj_t float_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_named(MP_QSTR_float, n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return mp_obj_new_float(0.0);
    }
    mp_obj_t x = args[0];
    if (mp_obj_is_float(x)) {
        return x;
    }
    // A class's own __float__ wins, even in str or float subclasses.
    mp_float_t v;
    if (mp_obj_get_float_ex(x, &v, false)) {
        return mp_obj_new_float(v);
    }
    size_t len = 0;
    // Instances of str/bytes/bytearray subclasses parse as their text.
    mp_obj_t text = mp_obj_cast_to_native_base(x, MP_OBJ_NULL);
    const char *data = mp_obj_int_number_text(text, &len);
    if (data != NULL) {
        double d;
        if (!float_parse(data, len, &d)) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("could not convert string to float: %s"),
                mp_obj_str_get_str(mp_obj_repr(x)));
        }
        return mp_obj_new_float(d);
    }
    mp_raise_TypeError_obj_unsupported(
        x, MP_ERROR_TEXT("float() argument must be a string or a real number, not '%s'"));
}

// float.is_integer()
static mp_obj_t float_is_integer(mp_obj_t self_in) {
    mp_float_t v = mp_obj_float_get(self_in);
    return mp_obj_new_bool(isfinite(v) && floor(v) == v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_is_integer_obj, float_is_integer);

// float.as_integer_ratio()
static mp_obj_t float_as_integer_ratio(mp_obj_t self_in) {
    mp_float_t v = mp_obj_float_get(self_in);
    if (isinf(v)) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("cannot convert Infinity to integer ratio"));
    }
    if (isnan(v)) {
        mp_raise_ValueError(MP_ERROR_TEXT("cannot convert NaN to integer ratio"));
    }
    mpz_t num, den;
    long e;
    float_decompose(v, &num, &e);
    mpz_init_from_int(&den, 1);
    if (!mpz_is_zero(&num)) {
        // Lowest terms: the denominator is a power of two, so strip common
        // factors of two.
        while (e < 0 && !mpz_is_odd(&num)) {
            mpz_shr_inpl(&num, &num, 1);
            e++;
        }
        if (e >= 0) {
            mpz_shl_inpl(&num, &num, (size_t)e);
        } else {
            mpz_shl_inpl(&den, &den, (size_t)-e);
        }
    }
    mp_obj_t items[2] = { mp_obj_int_from_mpz(&num), mp_obj_int_from_mpz(&den) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_as_integer_ratio_obj, float_as_integer_ratio);

// float.hex()
static mp_obj_t float_hex(mp_obj_t self_in) {
    mp_float_t v = mp_obj_float_get(self_in);
    char buf[40];
    char *s = buf;
    if (isnan(v)) {
        memcpy(buf, "nan", sizeof("nan"));
    } else if (isinf(v)) {
        memcpy(buf, &"-inf"[v >= 0], 5 - (v >= 0));
    } else {
        if (signbit(v)) {
            *s++ = '-';
            v = -v;
        }
        if (v == 0) {
            memcpy(s, "0x0.0p+0", sizeof("0x0.0p+0"));
        } else {
            // Normal: 0x1.<52 bits as 13 hex digits>p<exp>; subnormal:
            // 0x0.<...>p-1022, as CPython writes them.
            int e;
            double m = frexp(v, &e); // v = m * 2**e, 0.5 <= m < 1
            uint64_t bits = (uint64_t)ldexp(m, DBL_MANT_DIG); // 53 bits
            e -= 1;
            int lead = 1;
            if (e < DBL_MIN_EXP - 1) {
                bits >>= (DBL_MIN_EXP - 1) - e;
                e = DBL_MIN_EXP - 1;
                lead = 0;
            }
            uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
            // snprintf: macOS marks sprintf deprecated (an error under -Werror).
            snprintf(s, sizeof(buf) - (size_t)(s - buf), "0x%d.%013llxp%+d", lead,
                (unsigned long long)frac, e);
        }
    }
    return mp_obj_new_str(buf, strlen(buf));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_hex_obj, float_hex);

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static MP_NORETURN void raise_bad_hex(void) {
    mp_raise_ValueError(MP_ERROR_TEXT("invalid hexadecimal floating-point string"));
}

// float.fromhex(string)  (classmethod)
static mp_obj_t parse_hex_float(mp_obj_t str_in) {
    if (mp_obj_str_cast(str_in) == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("bad argument type for built-in operation"));
    }
    size_t len;
    const char *str = mp_obj_str_get_data(str_in, &len);
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
    if (match_nocase(s, e - s, "inf") || match_nocase(s, e - s, "infinity")) {
        return mp_obj_new_float(neg ? -INFINITY : INFINITY);
    }
    if (match_nocase(s, e - s, "nan")) {
        return mp_obj_new_float(NAN);
    }
    if (e - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
        s += 2;
    }
    // Mantissa digits into an mpz, exponent counted in bits.
    mpz_t mant, digit;
    mpz_init_zero(&mant);
    mpz_init_zero(&digit);
    long exp = 0;
    size_t ndig = 0;
    bool seen_point = false;
    for (; s < e; s++) {
        if (*s == '.' && !seen_point) {
            seen_point = true;
            continue;
        }
        int d = hex_value(*s);
        if (d < 0) {
            break;
        }
        mpz_shl_inpl(&mant, &mant, 4);
        mpz_set_from_int(&digit, d);
        mpz_add_inpl(&mant, &mant, &digit);
        if (seen_point) {
            exp -= 4;
        }
        ndig++;
    }
    if (ndig == 0) {
        raise_bad_hex();
    }
    if (s < e && (*s | 0x20) == 'p') {
        s++;
        bool eneg = false;
        if (s < e && (*s == '+' || *s == '-')) {
            eneg = *s == '-';
            s++;
        }
        if (s == e || !is_digit(*s)) {
            raise_bad_hex();
        }
        long pe = 0;
        for (; s < e && is_digit(*s); s++) {
            if (pe < 100000000) {
                pe = pe * 10 + (*s - '0');
            }
        }
        exp += eneg ? -pe : pe;
    }
    if (s != e) {
        raise_bad_hex();
    }
    double result;
    long bits = (long)mpz_bit_length(&mant);
    if (mpz_is_zero(&mant) || bits + exp < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        result = 0.0;
    } else if (bits + exp > DBL_MAX_EXP + 1) {
        result = INFINITY;
    } else if (exp >= 0) {
        mpz_shl_inpl(&mant, &mant, (size_t)exp);
        result = mpz_as_double(&mant);
    } else {
        mpz_set_from_int(&digit, 1);
        mpz_shl_inpl(&digit, &digit, (size_t)-exp);
        mpz_true_div(&mant, &digit, &result);
    }
    mpz_deinit(&mant);
    mpz_deinit(&digit);
    if (isinf(result)) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("hexadecimal value too large to represent as a float"));
    }
    return mp_obj_new_float(neg ? -result : result);
}

static mp_obj_t float_fromhex(mp_obj_t cls_in, mp_obj_t str_in) {
    mp_obj_t f = parse_hex_float(str_in);
    // A subclass gets an instance of itself, built from the float.
    return cls_in == MP_OBJ_FROM_PTR(&mp_type_float) ? f : mp_call_function_1(cls_in, f);
}
static MP_DEFINE_CONST_FUN_OBJ_2(float_fromhex_fun_obj, float_fromhex);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(float_fromhex_obj, MP_ROM_PTR(&float_fromhex_fun_obj));

// float.__round__([ndigits])
static mp_obj_t float_round(size_t n_args, const mp_obj_t *args) {
    mp_float_t v = mp_obj_float_get(args[0]);
    if (n_args < 2 || args[1] == mp_const_none) {
        // Ties to even, as nearbyint in the default rounding mode.
        return mp_obj_new_int_from_float(isfinite(v) ? nearbyint(v) : v);
    }
    mp_int_t nd = mp_obj_get_int_clamped(args[1]);
    if (!isfinite(v)) {
        return mp_obj_new_float(v);
    }
    return mp_obj_new_float(float_round_digits(v, nd));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(float_round_obj, 1, 2, float_round);

// float.__format__(format_spec): as format() of the plain float.
static mp_obj_t float___format__(mp_obj_t self_in, mp_obj_t spec) {
    return mp_obj_format_dunder(mp_obj_new_float(mp_obj_float_get(self_in)), spec);
}
static MP_DEFINE_CONST_FUN_OBJ_2(float___format___obj, float___format__);

// float.__trunc__(), float.__int__()
static mp_obj_t float_trunc(mp_obj_t self_in) {
    return mp_obj_new_int_from_float(mp_obj_float_get(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_trunc_obj, float_trunc);
// (Its own object: a function is named by its object, and this one is a slot.)
static MP_DEFINE_CONST_FUN_OBJ_1(float_int_obj, float_trunc);

// float.__floor__()
static mp_obj_t float_floor(mp_obj_t self_in) {
    return mp_obj_new_int_from_float(floor(mp_obj_float_get(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_floor_obj, float_floor);

// float.__ceil__()
static mp_obj_t float_ceil(mp_obj_t self_in) {
    return mp_obj_new_int_from_float(ceil(mp_obj_float_get(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_ceil_obj, float_ceil);

// float.conjugate(), float.__float__()
static mp_obj_t float_self(mp_obj_t self_in) {
    return mp_obj_new_float(mp_obj_float_get(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_self_obj, float_self);
static MP_DEFINE_CONST_FUN_OBJ_1(float_float_obj, float_self);

static void float_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_real) {
        dest[0] = float_self(self_in);
    } else if (attr == MP_QSTR_imag) {
        dest[0] = mp_obj_new_float(0.0);
    }
}

// float.__getformat__(typestr)  (classmethod): how C doubles/floats are laid
// out; both are IEEE 754 here, in the machine's byte order.
static mp_obj_t float_getformat(mp_obj_t cls_in, mp_obj_t typestr_in) {
    (void)cls_in;
    if (!mp_obj_is_str(typestr_in)) {
        mp_raise_TypeError_arg_unsupported(
            typestr_in, MP_ERROR_TEXT("__getformat__() argument must be str, not %s"));
    }
    const char *t = mp_obj_str_get_str(typestr_in);
    if (strcmp(t, "double") != 0 && strcmp(t, "float") != 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    const uint16_t probe = 1;
    const char *order = *(const uint8_t *)&probe ? "IEEE, little-endian" : "IEEE, big-endian";
    return mp_obj_new_str(order, strlen(order));
}
static MP_DEFINE_CONST_FUN_OBJ_2(float_getformat_fun_obj, float_getformat);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(float_getformat_obj, MP_ROM_PTR(&float_getformat_fun_obj));

static const mp_rom_map_elem_t float_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_is_integer), MP_ROM_PTR(&float_is_integer_obj) },
    { MP_ROM_QSTR(MP_QSTR_as_integer_ratio), MP_ROM_PTR(&float_as_integer_ratio_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&float_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&float_fromhex_obj) },
    { MP_ROM_QSTR(MP_QSTR___getformat__), MP_ROM_PTR(&float_getformat_obj) },
    { MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&float_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___round__), MP_ROM_PTR(&float_round_obj) },
    { MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&float___format___obj) },
    { MP_ROM_QSTR(MP_QSTR___trunc__), MP_ROM_PTR(&float_trunc_obj) },
    { MP_ROM_QSTR(MP_QSTR___int__), MP_ROM_PTR(&float_int_obj) },
    { MP_ROM_QSTR(MP_QSTR___floor__), MP_ROM_PTR(&float_floor_obj) },
    { MP_ROM_QSTR(MP_QSTR___ceil__), MP_ROM_PTR(&float_ceil_obj) },
    { MP_ROM_QSTR(MP_QSTR___float__), MP_ROM_PTR(&float_float_obj) },
};
static MP_DEFINE_CONST_DICT(float_locals_dict, float_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_float, MP_QSTR_float, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_NOT_REFLEXIVE,
    print, float_print,
    make_new, float_make_new,
    unary_op, float_unary_op,
    binary_op, float_binary_op,
    attr, float_attr,
    locals_dict, (mp_obj_dict_t *)&float_locals_dict
    );
