// The complex type: a pair of IEEE doubles with CPython 3.11's arithmetic,
// text forms and hashing.
//
// Mixed arithmetic follows 3.11, where an int or float operand is first made
// complex(x, 0.0); so (1+2j) * 2.0 computes 2.0*0.0 terms too and inf*0 can
// give nan as there. Division is Smith's method (scale by the larger part of
// the divisor) and integral powers up to 100 use repeated squaring, as
// CPython does, so results agree to the last bit in ordinary cases.
// repr() prints the parts as shortest round-trip floats without ".0" and
// leaves out a +0.0 real part ("1j", "(-0-1j)", "(nan+infj)").
// format() follows CPython's complex.__format__ (no '0' padding or '='
// alignment, the whole number padded as one).
// hash() is CPython's formula in full-word arithmetic (a big int when it does
// not fit a small int).
// Left out: pow() with a modulus (CPython only raises).
#include "py/mpconfig.h"

#include <math.h>
#include <string.h>

#include "py/frozen.h"
#include "py/runtime.h"
#include "py/objcomplex.h"

// Same modulus and multiplier as CPython's complex hash (Python/pyhash).
#define COMPLEX_HASH_IMAG (1000003)

mp_obj_t mp_obj_new_complex(mp_float_t real, mp_float_t imag) {
    mp_obj_complex_t *o = m_new_obj(mp_obj_complex_t);
    o->base.type = &mp_type_complex;
    o->real = real;
    o->imag = imag;
    return MP_OBJ_FROM_PTR(o);
}

// The complex object behind o (o itself, or the native part of an instance
// of a user subclass of complex), or MP_OBJ_NULL.
static mp_obj_complex_t *complex_native(mp_obj_t o) {
    if (mp_obj_is_type(o, &mp_type_complex)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (mp_obj_is_obj(o) &&
        (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_t native = mp_obj_cast_to_native_base(o, &mp_type_complex);
        if (native != o && mp_obj_is_type(native, &mp_type_complex)) {
            return MP_OBJ_TO_PTR(native);
        }
    }
    return NULL;
}

void mp_obj_complex_get(mp_obj_t self_in, mp_float_t *real, mp_float_t *imag) {
    mp_obj_complex_t *self = complex_native(self_in);
    if (self == NULL) {
        mp_raise_TypeError_obj_unsupported(
            self_in, MP_ERROR_TEXT("descriptor requires a 'complex' object but received a '%s'"));
    }
    *real = self->real;
    *imag = self->imag;
}

// Whether o is a real number for complex arithmetic: int, bool, float or an
// instance of a subclass of int or float (CPython's to_complex accepts
// exactly these; objects that merely have __float__ are not converted).
static bool real_operand(mp_obj_t o, mp_float_t *value) {
    if (mp_obj_is_small_int(o)) {
        *value = (mp_float_t)MP_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (mp_obj_is_float(o) || mp_obj_is_int(o) || mp_obj_is_bool(o)) {
        *value = mp_obj_get_float(o);
        return true;
    }
    if (mp_obj_is_obj(o) &&
        (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_t native = mp_obj_cast_to_native_base(o, &mp_type_float);
        if (native == o) {
            native = mp_obj_cast_to_native_base(o, &mp_type_int);
        }
        if (native != o) {
            *value = mp_obj_get_float(native);
            return true;
        }
    }
    return false;
}

// A complex operand of an arithmetic op: complex or real; false otherwise.
static bool complex_operand(mp_obj_t o, mp_float_t *real, mp_float_t *imag) {
    mp_obj_complex_t *c = complex_native(o);
    if (c != NULL) {
        *real = c->real;
        *imag = c->imag;
        return true;
    }
    if (real_operand(o, real)) {
        *imag = 0.0;
        return true;
    }
    return false;
}

// The parts of o as a number; *is_complex tells whether o was a complex (or
// had __complex__) rather than a real number.
static bool number_parts(mp_obj_t o, mp_float_t *real, mp_float_t *imag, bool *is_complex) {
    *is_complex = true;
    if (mp_obj_is_type(o, &mp_type_complex)) {
        return complex_operand(o, real, imag);
    }
    // __complex__ of user classes comes first (also in complex subclasses),
    // then __float__ / __index__.
    if (mp_obj_is_obj(o) && mp_obj_is_instance_type(mp_obj_get_type(o))) {
        mp_obj_t dest[2];
        mp_load_special_method_maybe(o, MP_QSTR___complex__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
            mp_obj_complex_t *c = complex_native(r);
            if (c == NULL) {
                mp_raise_TypeError_obj_unsupported(
                    r, MP_ERROR_TEXT("__complex__ returned non-complex (type %s)"));
            }
            if (!mp_obj_is_exact_type(r, &mp_type_complex)) {
                mp_warn_result_subclass("__complex__", MP_QSTR_complex, r);
            }
            *real = c->real;
            *imag = c->imag;
            return true;
        }
    }
    if (complex_native(o) != NULL) {
        return complex_operand(o, real, imag);
    }
    *is_complex = false;
    *imag = 0.0;
    return mp_obj_get_float_ex(o, real, false);
}

bool mp_obj_complex_get_maybe(mp_obj_t o, mp_float_t *real, mp_float_t *imag) {
    bool is_complex;
    return number_parts(o, real, imag, &is_complex);
}

/******************************************************************************/
// Text out.

// One part as CPython's complex repr writes it: the float's shortest repr
// without a trailing ".0"; with_sign adds '+' to non-negative values (nan is
// always "+nan": its sign bit is not shown).
static void print_part(const mp_print_t *print, mp_float_t v, bool with_sign) {
    char buf[40];
    size_t n;
    if (isnan(v)) {
        memcpy(buf, "nan", sizeof("nan"));
        n = 3;
    } else {
        n = mp_float_format_repr(v, buf, sizeof(buf));
        if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
            n -= 2;
        }
    }
    if (with_sign && buf[0] != '-') {
        print->print_strn(print->data, "+", 1);
    }
    print->print_strn(print->data, buf, n);
}

static void complex_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    (void)kind;
    mp_float_t re, im;
    mp_obj_complex_get(o_in, &re, &im);
    if (re == 0 && !signbit(re)) {
        print_part(print, im, false);
        print->print_strn(print->data, "j", 1);
        return;
    }
    print->print_strn(print->data, "(", 1);
    print_part(print, re, false);
    print_part(print, im, true);
    print->print_strn(print->data, "j)", 2);
}

/******************************************************************************/
// Text in.

static bool is_space(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(byte c) {
    return c >= '0' && c <= '9';
}

static bool match_word(const byte *s, const byte *e, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(e - s) < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

// A run of digits: returns its end; *count gets its length.
static const byte *scan_digits(const byte *s, const byte *e, size_t *count) {
    *count = 0;
    while (s < e && is_digit(*s)) {
        (*count)++;
        s++;
    }
    return s;
}

// An unsigned real number at s: digits [. digits] [e [sign] digits], or
// inf / infinity / nan. Returns its end (s itself if there is none) and the
// value; NULL if the text is malformed.
static const byte *scan_unsigned_real(const byte *s, const byte *e, mp_float_t *value) {
    if (match_word(s, e, "infinity")) {
        *value = INFINITY;
        return s + 8;
    }
    if (match_word(s, e, "inf")) {
        *value = INFINITY;
        return s + 3;
    }
    if (match_word(s, e, "nan")) {
        *value = NAN;
        return s + 3;
    }
    const byte *start = s;
    size_t n_int, n_frac = 0, n_exp;
    s = scan_digits(s, e, &n_int);
    if (s < e && *s == '.') {
        s = scan_digits(s + 1, e, &n_frac);
    }
    if (n_int + n_frac == 0) {
        return start;
    }
    if (s < e && (*s == 'e' || *s == 'E')) {
        const byte *p = s + 1;
        if (p < e && (*p == '+' || *p == '-')) {
            p++;
        }
        p = scan_digits(p, e, &n_exp);
        if (n_exp == 0) {
            return NULL;
        }
        s = p;
    }
    *value = mp_obj_get_float(mp_obj_new_float_from_str((const char *)start, s - start));
    return s;
}

MP_NORETURN static void raise_malformed(void) {
    mp_raise_ValueError(MP_ERROR_TEXT("complex() arg is a malformed string"));
}

// complex(str): [ws] ['('] [ws] (real | imag | real (+|-) imag) [ws] [')'] [ws]
// where imag is [sign] [unsigned real] ('j'|'J').
// Whether o is a str or an instance of a str subclass (then its text counts).
static bool is_text(mp_obj_t o) {
    return o != MP_OBJ_NULL && mp_obj_is_str(mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_str)));
}

static mp_obj_t complex_from_str(mp_obj_t str_in) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(
        mp_obj_cast_to_native_base(str_in, MP_OBJ_FROM_PTR(&mp_type_str)), &len);
    // Digits and spaces of any script count, as for int() and float().
    s = (const byte *)unichar_number_to_ascii((const char *)s, &len);
    if (memchr(s, '_', len) != NULL) {
        // As CPython: underscores are dropped first, each must sit between
        // two digits, and a misplaced one gets its own message.
        byte *copy = m_new_atomic(byte, len);
        size_t n = 0;
        for (size_t k = 0; k < len; k++) {
            if (s[k] != '_') {
                copy[n++] = s[k];
            } else if (k == 0 || k + 1 == len || !is_digit(s[k - 1]) || !is_digit(s[k + 1])) {
                mp_raise_ValueError_varg(
                    MP_ERROR_TEXT("could not convert string to complex: %s"),
                    mp_obj_str_get_str(mp_obj_repr(str_in)));
            }
        }
        s = copy;
        len = n;
    }
    const byte *e = s + len;
    while (s < e && is_space(*s)) {
        s++;
    }
    while (e > s && is_space(e[-1])) {
        e--;
    }
    if (s < e && *s == '(') {
        if (e[-1] != ')' || e - s < 2) {
            raise_malformed();
        }
        s++;
        e--;
        while (s < e && is_space(*s)) {
            s++;
        }
        while (e > s && is_space(e[-1])) {
            e--;
        }
    }
    mp_float_t re = 0.0, im = 0.0, x;
    // First number: signed, its digits optional only for a bare "j".
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    const byte *p = scan_unsigned_real(s, e, &x);
    if (p == NULL) {
        raise_malformed();
    }
    bool have_digits = p != s;
    if (!have_digits) {
        x = 1.0;
    }
    s = p;
    if (neg) {
        x = -x;
    }
    if (s < e && (*s == 'j' || *s == 'J')) {
        im = x;
        s++;
    } else if (!have_digits) {
        raise_malformed();
    } else {
        re = x;
        if (s < e && (*s == '+' || *s == '-')) {
            neg = *s == '-';
            s++;
            p = scan_unsigned_real(s, e, &x);
            if (p == NULL) {
                raise_malformed();
            }
            if (p == s) {
                x = 1.0;
            }
            s = p;
            if (s >= e || (*s != 'j' && *s != 'J')) {
                raise_malformed();
            }
            s++;
            im = neg ? -x : x;
        }
    }
    if (s != e) {
        raise_malformed();
    }
    return mp_obj_new_complex(re, im);
}

/******************************************************************************/
// Arithmetic.

static void complex_mul(
    mp_float_t ar, mp_float_t ai, mp_float_t br, mp_float_t bi, mp_float_t *rr, mp_float_t *ri) {
    *rr = ar * br - ai * bi;
    *ri = ar * bi + ai * br;
}

// Smith's division: divide through by the larger part of the divisor so the
// intermediate products cannot overflow needlessly. false if b is zero.
static bool complex_div(
    mp_float_t ar, mp_float_t ai, mp_float_t br, mp_float_t bi, mp_float_t *rr, mp_float_t *ri) {
    mp_float_t abs_br = fabs(br), abs_bi = fabs(bi);
    if (abs_br >= abs_bi) {
        if (abs_br == 0) {
            return false;
        }
        mp_float_t ratio = bi / br;
        mp_float_t denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        mp_float_t ratio = br / bi;
        mp_float_t denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else {
        // A nan in the divisor: neither comparison holds.
        *rr = NAN;
        *ri = NAN;
    }
    return true;
}

MP_NORETURN static void raise_zero_power(void) {
    mp_raise_ZeroDivisionError(MP_ERROR_TEXT("0.0 to a negative or complex power"));
}

// a ** b through polar form: |a|**b.real * e**(-arg(a)*b.imag) at angle
// arg(a)*b.real + b.imag*log|a|.
static void complex_pow_polar(
    mp_float_t ar, mp_float_t ai, mp_float_t br, mp_float_t bi, mp_float_t *rr, mp_float_t *ri) {
    if (br == 0 && bi == 0) {
        *rr = 1.0;
        *ri = 0.0;
        return;
    }
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0) {
            raise_zero_power();
        }
        *rr = 0.0;
        *ri = 0.0;
        return;
    }
    mp_float_t mod = hypot(ar, ai);
    mp_float_t len = pow(mod, br);
    mp_float_t angle = atan2(ai, ar);
    mp_float_t phase = angle * br;
    if (bi != 0) {
        len /= exp(angle * bi);
        phase += bi * log(mod);
    }
    if (isinf(phase)) {
        // cos/sin of an infinity is a domain error (EDOM), which CPython
        // reports with the zero-power message.
        raise_zero_power();
    }
    *rr = len * cos(phase);
    *ri = len * sin(phase);
}

// a ** n for an integral n with |n| <= 100: binary powering (fewer rounding
// steps than the polar form, and exact for small Gaussian integers).
static void complex_pow_int(mp_float_t ar, mp_float_t ai, long n, mp_float_t *rr, mp_float_t *ri) {
    unsigned long u = n < 0 ? (unsigned long)-n : (unsigned long)n;
    mp_float_t xr = 1.0, xi = 0.0, pr = ar, pi = ai;
    for (unsigned long mask = 1; mask > 0 && u >= mask; mask <<= 1) {
        if (u & mask) {
            complex_mul(xr, xi, pr, pi, &xr, &xi);
        }
        complex_mul(pr, pi, pr, pi, &pr, &pi);
    }
    if (n < 0) {
        if (!complex_div(1.0, 0.0, xr, xi, &xr, &xi)) {
            raise_zero_power();
        }
    }
    *rr = xr;
    *ri = xi;
}

static mp_obj_t complex_power(mp_float_t ar, mp_float_t ai, mp_float_t br, mp_float_t bi) {
    mp_float_t rr, ri;
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        complex_pow_int(ar, ai, (long)br, &rr, &ri);
    } else {
        complex_pow_polar(ar, ai, br, bi, &rr, &ri);
    }
    if (isinf(rr) || isinf(ri)) {
        mp_raise_OverflowError(MP_ERROR_TEXT("complex exponentiation"));
    }
    return mp_obj_new_complex(rr, ri);
}

// Exact equality of a complex with an int-like rhs: the real part must equal
// the int without rounding the int to a float.
static bool equal_int(mp_float_t re, mp_float_t im, mp_obj_t i) {
    if (im != 0 || isnan(re) || isinf(re)) {
        return false;
    }
    if (mp_obj_is_bool(i)) {
        i = MP_OBJ_NEW_SMALL_INT(i == mp_const_true);
    }
    if (!mp_obj_is_int(i)) {
        // A subclass instance: its native int.
        i = mp_obj_cast_to_native_base(i, &mp_type_int);
    }
    return mp_obj_int_cmp_float(i, re) == 0;
}

// Ordering, //, %, divmod and bit ops: the runtime raises TypeError, and must
// do so before the other operand is converted (2**1024 would overflow first).
static bool complex_op_defined(mp_binary_op_t op) {
    return op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL
           || op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_SUBTRACT
           || op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_TRUE_DIVIDE
           || op == MP_BINARY_OP_POWER;
}

mp_obj_t mp_obj_complex_binary_op(
    mp_binary_op_t op, mp_float_t ar, mp_float_t ai, mp_obj_t rhs_in) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    if (!complex_op_defined(op)) {
        return MP_OBJ_NULL;
    }
    // An int is compared exactly (it may be too large for a float).
    if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL)
        && complex_native(rhs_in) == NULL && !mp_obj_is_float(rhs_in)
        && (mp_obj_is_int(rhs_in) || mp_obj_is_bool(rhs_in)
            || mp_obj_cast_to_native_base(rhs_in, &mp_type_int) != rhs_in)) {
        bool eq = equal_int(ar, ai, rhs_in);
        return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
    }
    mp_float_t br, bi;
    if (!complex_operand(rhs_in, &br, &bi)) {
        return MP_OBJ_NULL;
    }
    mp_float_t rr, ri;
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            bool eq = ar == br && ai == bi;
            return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
        }
        case MP_BINARY_OP_ADD:
            return mp_obj_new_complex(ar + br, ai + bi);
        case MP_BINARY_OP_SUBTRACT:
            return mp_obj_new_complex(ar - br, ai - bi);
        case MP_BINARY_OP_MULTIPLY:
            complex_mul(ar, ai, br, bi, &rr, &ri);
            return mp_obj_new_complex(rr, ri);
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (!complex_div(ar, ai, br, bi, &rr, &ri)) {
                mp_raise_ZeroDivisionError(MP_ERROR_TEXT("complex division by zero"));
            }
            return mp_obj_new_complex(rr, ri);
        case MP_BINARY_OP_POWER:
            return complex_power(ar, ai, br, bi);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t complex_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_float_t re, im;
    mp_obj_complex_get(lhs_in, &re, &im);
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        // self is the right operand of a real number on the left.
        mp_float_t lr;
        op += MP_BINARY_OP_OR - MP_BINARY_OP_REVERSE_OR;
        if (!complex_op_defined(op) || !real_operand(rhs_in, &lr)) {
            return MP_OBJ_NULL;
        }
        return mp_obj_complex_binary_op(op, lr, 0.0, lhs_in);
    }
    return mp_obj_complex_binary_op(op, re, im, rhs_in);
}

static mp_obj_t complex_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    mp_float_t re, im;
    mp_obj_complex_get(o_in, &re, &im);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(re != 0 || im != 0);
        case MP_UNARY_OP_HASH: {
            // CPython: hash(re) + 1000003 * hash(im) in unsigned word
            // arithmetic, -1 mapped to -2 (the full word, as a big int when
            // it does not fit a small one).
            mp_uint_t h = (mp_uint_t)mp_float_hash(re) +
                          (mp_uint_t)COMPLEX_HASH_IMAG * (mp_uint_t)mp_float_hash(im);
            mp_int_t hs = (mp_int_t)h;
            if (hs == -1) {
                hs = -2;
            }
            return mp_obj_new_int(hs);
        }
        case MP_UNARY_OP_POSITIVE:
            return mp_obj_is_type(o_in, &mp_type_complex) ? o_in : mp_obj_new_complex(re, im);
        case MP_UNARY_OP_NEGATIVE:
            return mp_obj_new_complex(-re, -im);
        case MP_UNARY_OP_ABS: {
            mp_float_t r = hypot(re, im);
            if (isinf(r) && isfinite(re) && isfinite(im)) {
                mp_raise_OverflowError(MP_ERROR_TEXT("absolute value too large"));
            }
            return mp_obj_new_float(r);
        }
        default:
            return MP_OBJ_NULL;
    }
}

/******************************************************************************/
// The complex type.

// complex(real=0, imag=0), or complex(str)
static mp_obj_t complex_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    enum { ARG_real, ARG_imag };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_real, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_imag, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named_kw_array(MP_QSTR_complex, n_args, n_kw, args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    mp_obj_t r = vals[ARG_real].u_obj;
    mp_obj_t i = vals[ARG_imag].u_obj;
    if (r == MP_OBJ_NULL && i == MP_OBJ_NULL) {
        return mp_obj_new_complex(0.0, 0.0);
    }
    if (is_text(r)) {
        if (i != MP_OBJ_NULL) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("complex() can't take second arg if first is a string"));
        }
        return complex_from_str(r);
    }
    if (is_text(i)) {
        mp_raise_TypeError(MP_ERROR_TEXT("complex() second arg can't be a string"));
    }
    // complex(a, b) is a + b*1j, worked out as CPython does so that signed
    // zeros come out the same: only complex parts are added in.
    mp_float_t rr = 0.0, ri = 0.0, ir = 0.0, ii = 0.0;
    bool r_complex = false, i_complex = false;
    if (r != MP_OBJ_NULL) {
        if (i == MP_OBJ_NULL && mp_obj_is_type(r, &mp_type_complex)) {
            return r;
        }
        if (!number_parts(r, &rr, &ri, &r_complex)) {
            mp_raise_TypeError_obj_unsupported(
                r, MP_ERROR_TEXT("complex() first argument must be a string or a number, not '%s'"));
        }
    }
    if (i == MP_OBJ_NULL) {
        return mp_obj_new_complex(rr, ri);
    }
    if (!number_parts(i, &ir, &ii, &i_complex)) {
        mp_raise_TypeError_obj_unsupported(
            i, MP_ERROR_TEXT("complex() second argument must be a number, not '%s'"));
    }
    if (i_complex) {
        rr -= ii;
    }
    if (r_complex) {
        ir += ri;
    }
    return mp_obj_new_complex(rr, ir);
}

/******************************************************************************/
// format(complex, spec)

// A format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// complex.__format__(format_spec): written in Python (lib/_complexformat.py),
// imported on its first call.
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    complex___format___obj, MP_QSTR__complexformat, MP_QSTR___format__);

// complex.conjugate()
static mp_obj_t complex_conjugate(mp_obj_t self_in) {
    mp_float_t re, im;
    mp_obj_complex_get(self_in, &re, &im);
    return mp_obj_new_complex(re, -im);
}
static MP_DEFINE_CONST_FUN_OBJ_1(complex_conjugate_obj, complex_conjugate);

// complex.__complex__()
static mp_obj_t complex_complex(mp_obj_t self_in) {
    mp_float_t re, im;
    mp_obj_complex_get(self_in, &re, &im);
    return mp_obj_is_type(self_in, &mp_type_complex) ? self_in : mp_obj_new_complex(re, im);
}
static MP_DEFINE_CONST_FUN_OBJ_1(complex_complex_obj, complex_complex);

static void complex_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only attributes
    }
    if (attr == MP_QSTR_real || attr == MP_QSTR_imag) {
        mp_float_t re, im;
        mp_obj_complex_get(self_in, &re, &im);
        dest[0] = mp_obj_new_float(attr == MP_QSTR_real ? re : im);
    }
}

static const mp_rom_map_elem_t complex_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&complex_conjugate_obj) },
    { MP_ROM_QSTR(MP_QSTR___complex__), MP_ROM_PTR(&complex_complex_obj) },
    { MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&complex___format___obj) },
};
static MP_DEFINE_CONST_DICT(complex_locals_dict, complex_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_complex, MP_QSTR_complex, MP_TYPE_FLAG_EQ_NOT_REFLEXIVE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE | MP_TYPE_FLAG_BASETYPE,
    print, complex_print,
    make_new, complex_make_new,
    unary_op, complex_unary_op,
    binary_op, complex_binary_op,
    attr, complex_attr,
    locals_dict, (mp_obj_dict_t *)&complex_locals_dict
    );
