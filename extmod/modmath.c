// The math module: CPython 3.11's functions and constants, with its error
// rules (ValueError "math domain error" for arguments outside a function's
// domain, OverflowError "math range error" for results too big for a
// float), logarithms of ints of any size, and exact integer functions
// (factorial, comb, perm, gcd, lcm, isqrt, prod) on ints of any size.
// Left out: nothing of 3.11's math on purpose; sumprod (3.12) is not here.
#include "py/mpconfig.h"

#if MICROPY_PY_MATH

#include <math.h>
#include <float.h>

#include "py/runtime.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"
#include "extmod/modmath.h"

#define MATH_PI (3.141592653589793)
#define MATH_E (2.718281828459045)
#define MATH_TAU (6.283185307179586)

static const mp_obj_float_t math_const_pi = { { &mp_type_float }, MATH_PI };
static const mp_obj_float_t math_const_e = { { &mp_type_float }, MATH_E };
static const mp_obj_float_t math_const_tau = { { &mp_type_float }, MATH_TAU };
static const mp_obj_float_t math_const_inf = { { &mp_type_float }, INFINITY };
static const mp_obj_float_t math_const_nan = { { &mp_type_float }, NAN };

MP_NORETURN static void math_error_domain(void) {
    mp_raise_ValueError(MP_ERROR_TEXT("math domain error"));
}

MP_NORETURN static void math_error_range(void) {
    mp_raise_OverflowError(MP_ERROR_TEXT("math range error"));
}

// The result of a float function applied to x: a nan from a non-nan
// argument is a domain error; an infinity from a finite argument is a range
// error if the function can overflow there, else a domain error (a pole such
// as log(0)).
static mp_obj_t math_result(mp_float_t x, mp_float_t r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        math_error_domain();
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            math_error_range();
        }
        math_error_domain();
    }
    return mp_obj_new_float(r);
}

static bool int_is_neg(mp_obj_t i) {
    return mp_obj_int_sign(i) < 0;
}

// One-argument float functions. overflow: whether an infinite result from a
// finite argument is an OverflowError (else a ValueError).
#define MATH_FUN_1(py_name, c_name, overflow)                                                      \
    static mp_obj_t math_##py_name(mp_obj_t x_obj) {                                               \
        mp_float_t x = mp_obj_get_float(x_obj);                                                    \
        return math_result(x, c_name(x), overflow);                                                \
    }                                                                                              \
    static MP_DEFINE_CONST_FUN_OBJ_1(math_##py_name##_obj, math_##py_name);

// sqrt(x) ... and the other one-argument functions.
MATH_FUN_1(sqrt, sqrt, false)
MATH_FUN_1(exp, exp, true)
MATH_FUN_1(exp2, exp2, true)
MATH_FUN_1(expm1, expm1, true)
MATH_FUN_1(log1p, log1p, false)
MATH_FUN_1(cbrt, cbrt, false)
MATH_FUN_1(sin, sin, false)
MATH_FUN_1(cos, cos, false)
MATH_FUN_1(tan, tan, false)
MATH_FUN_1(asin, asin, false)
MATH_FUN_1(acos, acos, false)
MATH_FUN_1(atan, atan, false)
MATH_FUN_1(sinh, sinh, true)
MATH_FUN_1(cosh, cosh, true)
MATH_FUN_1(tanh, tanh, false)
MATH_FUN_1(asinh, asinh, false)
MATH_FUN_1(acosh, acosh, false)
MATH_FUN_1(atanh, atanh, false)
MATH_FUN_1(erf, erf, false)
MATH_FUN_1(erfc, erfc, false)
MATH_FUN_1(fabs, fabs, false)

// gamma and lgamma use the Lanczos approximation with the published
// (Boost "lanczos13m53") coefficients g = 6.0246800407767296 and N = 13,
// rather than the C library, so that results agree with CPython to the
// last bit (glibc's tgamma/lgamma differ from it in the last place).
#define MATH_LANCZOS_N (13)
static const double math_lanczos_g = 6.024680040776729583740234375;
static const double math_lanczos_g_minus_half = 5.524680040776729583740234375;
static const double math_lanczos_num[MATH_LANCZOS_N] = {
    23531376880.41075968857200767445163675473,
    42919803642.64909876895789904700198885093,
    35711959237.35566804944018545154716670596,
    17921034426.03720969991975575445893111267,
    6039542586.352028005064291644307297921070,
    1439720407.311721673663223072794912393972,
    248874557.8620541565114603864132294232163,
    31426415.58540019438061423162831820536287,
    2876370.628935372441225409051620849613599,
    186056.2653952234950402949897160456992822,
    8071.672002365816210638002902272250613822,
    210.8242777515793458725097339207133627117,
    2.506628274631000270164908177133837338626,
};
// The denominator is x(x+1)...(x+11) expanded: its coefficients are exact.
static const double math_lanczos_den[MATH_LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

// gamma(n) = (n-1)! for the integers whose factorial is an exact double.
#define MATH_GAMMA_EXACT_MAX (23)

// The Lanczos rational sum at x > 0. Evaluated in powers of x below 5 and
// of 1/x above, so that neither polynomial overflows.
static double math_lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = MATH_LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + math_lanczos_num[i];
            den = den * x + math_lanczos_den[i];
        }
    } else {
        for (int i = 0; i < MATH_LANCZOS_N; i++) {
            num = num / x + math_lanczos_num[i];
            den = den / x + math_lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x) for finite x, accurate near the integers: the argument is
// reduced to [0, 2) and each quarter period mapped onto sin or cos near 0.
static double math_sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    int quarter = (int)round(2.0 * y);
    double r;
    switch (quarter) {
        case 0:
            r = sin(MATH_PI * y);
            break;
        case 1:
            r = cos(MATH_PI * (y - 0.5));
            break;
        case 2:
            r = sin(MATH_PI * (1.0 - y));
            break;
        case 3:
            r = -cos(MATH_PI * (y - 1.5));
            break;
        default:
            r = sin(MATH_PI * (y - 2.0));
            break;
    }
    return copysign(1.0, x) * r;
}

// gamma(x): poles at 0 and the negative integers are domain errors.
static mp_obj_t math_gamma(mp_obj_t x_obj) {
    double x = mp_obj_get_float(x_obj);
    if (!isfinite(x)) {
        if (x == -INFINITY) {
            math_error_domain();
        }
        return mp_obj_new_float(x);
    }
    if (x == floor(x)) {
        if (x <= 0) {
            math_error_domain();
        }
        if (x <= MATH_GAMMA_EXACT_MAX) {
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) {
                f *= i;
            }
            return mp_obj_new_float(f);
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        // gamma(x) ~ 1/x near 0.
        double r = 1.0 / x;
        if (isinf(r)) {
            math_error_range();
        }
        return mp_obj_new_float(r);
    }
    if (ax > 200.0) {
        if (x < 0) {
            // Tiny, with the sign of the reflection formula.
            return mp_obj_new_float(0.0 / math_sin_pi(x));
        }
        math_error_range();
    }
    double y = ax + math_lanczos_g_minus_half;
    // z: the rounding error of y, to correct the power and exponential below.
    double q, z;
    if (ax > math_lanczos_g_minus_half) {
        q = y - ax;
        z = q - math_lanczos_g_minus_half;
    } else {
        q = y - math_lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * math_lanczos_g / y;
    double r;
    if (x < 0) {
        // Reflection: gamma(x) = -pi / (sin(pi x) * |x| * gamma(|x|)).
        r = -MATH_PI / math_sin_pi(ax) / ax * exp(y) / math_lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            // In two halves: y**(ax - 0.5) alone would overflow.
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = math_lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (isinf(r)) {
        math_error_range();
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_gamma_obj, math_gamma);

// lgamma(x): log(abs(gamma(x))).
static mp_obj_t math_lgamma(mp_obj_t x_obj) {
    double x = mp_obj_get_float(x_obj);
    if (!isfinite(x)) {
        // lgamma(-inf) is +inf too.
        return mp_obj_new_float(isnan(x) ? x : INFINITY);
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0) {
            math_error_domain();
        }
        return mp_obj_new_float(0.0);
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return mp_obj_new_float(-log(ax));
    }
    double r = log(math_lanczos_sum(ax)) - math_lanczos_g;
    r += (ax - 0.5) * (log(ax + math_lanczos_g - 0.5) - 1.0);
    if (x < 0) {
        // Reflection; 1.1447... is log(pi).
        r = 1.144729885849400174143427351353058711647 - log(fabs(math_sin_pi(ax))) - log(ax) - r;
    }
    if (isinf(r)) {
        math_error_range();
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_lgamma_obj, math_lgamma);

// A logarithm (fn = log, log2 or log10) of a positive number of any size.
// An int too big for a float is split as m * 2**e first, as CPython does,
// so that log2(2**2000) is exact.
static mp_float_t log_helper(mp_obj_t x_obj, mp_float_t (*fn)(mp_float_t)) {
    if (mp_obj_is_int(x_obj) && mp_obj_int_is_big(x_obj)) {
        if (mp_obj_int_sign(x_obj) <= 0) {
            math_error_domain();
        }
        size_t bits = mp_obj_int_bit_length(x_obj);
        if (bits > 1000) {
            size_t shift = bits - 55;
            mp_obj_t top =
                mp_binary_op(MP_BINARY_OP_RSHIFT, x_obj, mp_obj_new_int_from_uint(shift));
            mp_float_t m = ldexp(mp_obj_get_float(top), -55);
            return fn(m) + fn(2.0) * (mp_float_t)bits;
        }
    }
    mp_float_t x = mp_obj_get_float(x_obj);
    if (isnan(x)) {
        return x;
    }
    if (x <= 0) {
        math_error_domain();
    }
    return fn(x);
}

static mp_float_t float_log(mp_float_t x) {
    return log(x);
}

static mp_float_t float_log2(mp_float_t x) {
    return log2(x);
}

static mp_float_t float_log10(mp_float_t x) {
    return log10(x);
}

// log(x[, base])
static mp_obj_t math_log(size_t n_args, const mp_obj_t *args) {
    mp_float_t num = log_helper(args[0], float_log);
    if (n_args == 1) {
        return mp_obj_new_float(num);
    }
    mp_float_t den = log_helper(args[1], float_log);
    if (den == 0) {
        mp_raise_ZeroDivisionError(MP_ERROR_TEXT("float division by zero"));
    }
    return mp_obj_new_float(num / den);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(math_log_obj, 1, 2, math_log);

// log2(x)
static mp_obj_t math_log2(mp_obj_t x_obj) {
    return mp_obj_new_float(log_helper(x_obj, float_log2));
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_log2_obj, math_log2);

// log10(x)
static mp_obj_t math_log10(mp_obj_t x_obj) {
    return mp_obj_new_float(log_helper(x_obj, float_log10));
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_log10_obj, math_log10);

// pow(x, y): C99's special cases, CPython's errors.
static mp_obj_t math_pow(mp_obj_t x_obj, mp_obj_t y_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    mp_float_t y = mp_obj_get_float(y_obj);
    mp_float_t r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) {
            math_error_domain();
        }
        if (isinf(r)) {
            if (x == 0) {
                math_error_domain();
            }
            math_error_range();
        }
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_pow_obj, math_pow);

// atan2(y, x)
static mp_obj_t math_atan2(mp_obj_t y_obj, mp_obj_t x_obj) {
    // Converted left to right, as CPython does.
    mp_float_t y = mp_obj_get_float(y_obj);
    return mp_obj_new_float(atan2(y, mp_obj_get_float(x_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_atan2_obj, math_atan2);

// fmod(x, y)
static mp_obj_t math_fmod(mp_obj_t x_obj, mp_obj_t y_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    mp_float_t y = mp_obj_get_float(y_obj);
    if (isinf(y) && isfinite(x)) {
        return mp_obj_new_float(x);
    }
    mp_float_t r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        math_error_domain();
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_fmod_obj, math_fmod);

// remainder(x, y)
static mp_obj_t math_remainder(mp_obj_t x_obj, mp_obj_t y_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    mp_float_t y = mp_obj_get_float(y_obj);
    mp_float_t r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        math_error_domain();
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_remainder_obj, math_remainder);

// copysign(x, y)
static mp_obj_t math_copysign(mp_obj_t x_obj, mp_obj_t y_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    return mp_obj_new_float(copysign(x, mp_obj_get_float(y_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_copysign_obj, math_copysign);

// nextafter(x, y)
static mp_obj_t math_nextafter(mp_obj_t x_obj, mp_obj_t y_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    return mp_obj_new_float(nextafter(x, mp_obj_get_float(y_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_nextafter_obj, math_nextafter);

// ulp(x)
static mp_obj_t math_ulp(mp_obj_t x_obj) {
    mp_float_t x = fabs(mp_obj_get_float(x_obj));
    if (isnan(x) || isinf(x)) {
        return mp_obj_new_float(x);
    }
    mp_float_t next = nextafter(x, INFINITY);
    if (isinf(next)) {
        // x is the largest float: the gap below it.
        return mp_obj_new_float(x - nextafter(x, -INFINITY));
    }
    return mp_obj_new_float(next - x);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_ulp_obj, math_ulp);

// degrees(x)
static mp_obj_t math_degrees(mp_obj_t x_obj) {
    return mp_obj_new_float(mp_obj_get_float(x_obj) * (180.0 / MATH_PI));
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_degrees_obj, math_degrees);

// radians(x)
static mp_obj_t math_radians(mp_obj_t x_obj) {
    return mp_obj_new_float(mp_obj_get_float(x_obj) * (MATH_PI / 180.0));
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_radians_obj, math_radians);

// isfinite(x)
static mp_obj_t math_isfinite(mp_obj_t x_obj) {
    // An int too big for a float is an OverflowError, as in CPython.
    return mp_obj_new_bool(isfinite(mp_obj_get_float(x_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_isfinite_obj, math_isfinite);

// isinf(x)
static mp_obj_t math_isinf(mp_obj_t x_obj) {
    // An int too big for a float is an OverflowError, as in CPython.
    return mp_obj_new_bool(isinf(mp_obj_get_float(x_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_isinf_obj, math_isinf);

// isnan(x)
static mp_obj_t math_isnan(mp_obj_t x_obj) {
    // An int too big for a float is an OverflowError, as in CPython.
    return mp_obj_new_bool(isnan(mp_obj_get_float(x_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_isnan_obj, math_isnan);

// The arguments (a, b, *, rel_tol=1e-09, abs_tol=0.0) of math.isclose and
// cmath.isclose, into args[4] (tolerances left NULL when not given).
void mp_math_isclose_args(
    size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, mp_obj_t *args) {
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_rel_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_abs_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    for (size_t i = 0; i < MP_ARRAY_SIZE(allowed_args); i++) {
        args[i] = vals[i].u_obj;
    }
}

// The tolerances of args (as mp_math_isclose_args left them), checked; the
// caller converts a and b first, so that their errors come first.
void mp_math_isclose_tols(const mp_obj_t *args, mp_float_t *tol) {
    tol[0] = args[2] == MP_OBJ_NULL ? 1e-9 : mp_obj_get_float(args[2]);
    tol[1] = args[3] == MP_OBJ_NULL ? 0.0 : mp_obj_get_float(args[3]);
    if (tol[0] < 0 || tol[1] < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("tolerances must be non-negative"));
    }
}

// Whether |a - b| = diff is within the tolerances of |a| = mag_a, |b| = mag_b.
bool mp_math_isclose_within(
    mp_float_t diff, mp_float_t mag_a, mp_float_t mag_b, const mp_float_t *tol) {
    return diff <= tol[0] * mag_b || diff <= tol[0] * mag_a || diff <= tol[1];
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
static mp_obj_t math_isclose(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_obj_t args[4];
    mp_math_isclose_args(n_args, pos_args, kw_args, args);
    mp_float_t a = mp_obj_get_float(args[0]);
    mp_float_t b = mp_obj_get_float(args[1]);
    mp_float_t tol[2];
    mp_math_isclose_tols(args, tol);
    if (a == b) {
        return mp_const_true;
    }
    if (isinf(a) || isinf(b)) {
        return mp_const_false;
    }
    return mp_obj_new_bool(mp_math_isclose_within(fabs(b - a), fabs(a), fabs(b), tol));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(math_isclose_obj, 0, math_isclose);

// frexp(x)
static mp_obj_t math_frexp(mp_obj_t x_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    int e = 0;
    mp_float_t m = x;
    if (isfinite(x)) {
        m = frexp(x, &e);
    }
    mp_obj_t items[2] = { mp_obj_new_float(m), MP_OBJ_NEW_SMALL_INT(e) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_frexp_obj, math_frexp);

// ldexp(x, i)
static mp_obj_t math_ldexp(mp_obj_t x_obj, mp_obj_t i_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    // An int (or subclass) only: CPython does not ask __index__ here.
    if (!mp_obj_is_instance_of(i_obj, &mp_type_int)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Expected an int as second argument to ldexp."));
    }
    mp_obj_t i = mp_seq_index_as_int(i_obj);
    mp_int_t e;
    if (!mp_obj_get_int_maybe(i, &e) || e > 100000 || e < -100000) {
        // Far beyond the float exponent range: the sign of the exponent decides.
        e = int_is_neg(i) ? -100000 : 100000;
    }
    if (x == 0 || !isfinite(x)) {
        return mp_obj_new_float(x);
    }
    mp_float_t r = ldexp(x, (int)e);
    if (isinf(r)) {
        math_error_range();
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_ldexp_obj, math_ldexp);

// modf(x)
static mp_obj_t math_modf(mp_obj_t x_obj) {
    mp_float_t x = mp_obj_get_float(x_obj);
    mp_float_t ip;
    mp_float_t fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    mp_obj_t items[2] = { mp_obj_new_float(fp), mp_obj_new_float(ip) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_modf_obj, math_modf);

// floor/ceil/trunc: ints pass through, objects are asked for their
// __floor__/__ceil__/__trunc__, and everything else goes through float.
static mp_obj_t round_to_int(mp_obj_t x_obj, qstr method, mp_float_t (*fn)(mp_float_t)) {
    if (mp_obj_is_int(x_obj)) {
        return x_obj;
    }
    if (mp_obj_is_bool(x_obj)) {
        return MP_OBJ_NEW_SMALL_INT(x_obj == mp_const_true);
    }
    if (!mp_obj_is_float(x_obj)) {
        const mp_obj_type_t *t = mp_obj_get_type(x_obj);
        if (mp_obj_is_instance_type(t)) {
            // A special method: looked up on the class, not the instance.
            const mp_obj_type_t *owner;
            mp_obj_t fn = mp_obj_type_mro_find(t, method, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT,
                NULL, MP_OBJ_NULL, &owner);
            if (fn != MP_OBJ_NULL) {
                return mp_obj_type_call_member(x_obj, owner, fn, 0, NULL);
            }
        } else {
            mp_obj_t dest[2];
            mp_load_special_method_maybe(x_obj, method, dest);
            if (dest[0] != MP_OBJ_NULL) {
                return mp_call_method_n_kw(0, 0, dest);
            }
        }
        if (method == MP_QSTR___trunc__) {
            mp_raise_TypeError_obj_unsupported(
                x_obj, MP_ERROR_TEXT("type %s doesn't define __trunc__ method"));
        }
    }
    return mp_obj_new_int_from_float(fn(mp_obj_get_float(x_obj)));
}

static mp_float_t float_floor(mp_float_t x) {
    return floor(x);
}

static mp_float_t float_ceil(mp_float_t x) {
    return ceil(x);
}

static mp_float_t float_trunc(mp_float_t x) {
    return trunc(x);
}

// floor(x)
static mp_obj_t math_floor(mp_obj_t x_obj) {
    return round_to_int(x_obj, MP_QSTR___floor__, float_floor);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_floor_obj, math_floor);

// ceil(x)
static mp_obj_t math_ceil(mp_obj_t x_obj) {
    return round_to_int(x_obj, MP_QSTR___ceil__, float_ceil);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_ceil_obj, math_ceil);

// trunc(x)
static mp_obj_t math_trunc(mp_obj_t x_obj) {
    return round_to_int(x_obj, MP_QSTR___trunc__, float_trunc);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_trunc_obj, math_trunc);

// ---------------------------------------------------------------------------
// Sums and distances.

// Exact products and sums of doubles, as an unevaluated pair hi + lo.
// The product splits each factor into two 26-bit halves (Dekker), so no
// fused multiply-add is needed.
static void dd_split(mp_float_t a, mp_float_t *hi, mp_float_t *lo) {
    mp_float_t c = 134217729.0 * a; // 2**27 + 1
    *hi = c - (c - a);
    *lo = a - *hi;
}

static void dd_mul(mp_float_t a, mp_float_t b, mp_float_t *p, mp_float_t *e) {
    mp_float_t ah, al, bh, bl;
    *p = a * b;
    dd_split(a, &ah, &al);
    dd_split(b, &bh, &bl);
    *e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

static void dd_add(mp_float_t a, mp_float_t b, mp_float_t *s, mp_float_t *e) {
    *s = a + b;
    mp_float_t bb = *s - a;
    *e = (a - (*s - bb)) + (b - bb);
}

// sqrt of the sum of squares, correctly rounded in all but rare cases (as
// CPython's): the values are scaled by a power of two near the largest
// (exact, and no overflow or underflow), the squares summed in double-double
// precision, and the square root corrected by one Newton step computed
// from the exact residual.
static mp_float_t vector_norm(const mp_float_t *v, size_t n) {
    mp_float_t max = 0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        mp_float_t a = fabs(v[i]);
        if (isnan(a)) {
            found_nan = true;
        } else if (a > max) {
            max = a;
        }
    }
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0 || n <= 1) {
        return max;
    }
    int exp;
    frexp(max, &exp);
    mp_float_t hi = 0, lo = 0;
    for (size_t i = 0; i < n; i++) {
        mp_float_t x = ldexp(fabs(v[i]), -exp);
        mp_float_t p, pe, s, se;
        dd_mul(x, x, &p, &pe);
        dd_add(hi, p, &s, &se);
        hi = s;
        lo += se + pe;
    }
    dd_add(hi, lo, &hi, &lo);
    mp_float_t h = sqrt(hi);
    // residual = (hi + lo) - h*h, exactly enough for the correction.
    mp_float_t hh, hl;
    dd_mul(h, h, &hh, &hl);
    mp_float_t residual = ((hi - hh) - hl) + lo;
    h += residual / (2.0 * h);
    return ldexp(h, exp);
}

// hypot(*coordinates)
static mp_obj_t math_hypot(size_t n_args, const mp_obj_t *args) {
    mp_float_t *v = m_new_atomic(mp_float_t, n_args == 0 ? 1 : n_args);
    for (size_t i = 0; i < n_args; i++) {
        v[i] = mp_obj_get_float(args[i]);
    }
    return mp_obj_new_float(vector_norm(v, n_args));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(math_hypot_obj, 0, math_hypot);

// dist(p, q)
static mp_obj_t math_dist(mp_obj_t p_obj, mp_obj_t q_obj) {
    // As in CPython, both points are read whole and their sizes compared
    // before any coordinate is converted.
    size_t np, nq;
    mp_obj_t *p, *q;
    mp_obj_get_array(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), p_obj), &np, &p);
    mp_obj_get_array(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), q_obj), &nq, &q);
    if (np != nq) {
        mp_raise_ValueError(MP_ERROR_TEXT("both points must have the same number of dimensions"));
    }
    mp_float_t *d = m_new_atomic(mp_float_t, np);
    for (size_t i = 0; i < np; i++) {
        d[i] = mp_obj_get_float(p[i]);
        d[i] -= mp_obj_get_float(q[i]);
    }
    return mp_obj_new_float(vector_norm(d, np));
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_dist_obj, math_dist);

// fsum(iterable): the correctly rounded sum, kept as a list of
// non-overlapping partial sums (Shewchuk's method), rounded half to even at
// the end.
static mp_obj_t math_fsum(mp_obj_t iterable) {
    size_t alloc = 16;
    size_t n = 0;
    mp_float_t *partials = m_new_atomic(mp_float_t, alloc);
    mp_float_t special = 0; // sum of the infinities and nans seen
    mp_float_t inf_sum = 0; // sum of the infinities: nan if +inf and -inf met
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_float_t x = mp_obj_get_float(item);
        mp_float_t xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            mp_float_t y = partials[j];
            if (fabs(x) < fabs(y)) {
                mp_float_t t = x;
                x = y;
                y = t;
            }
            mp_float_t hi = x + y;
            mp_float_t lo = y - (hi - x);
            if (lo != 0) {
                partials[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (!isfinite(x)) {
            if (isfinite(xsave)) {
                mp_raise_OverflowError(
                    MP_ERROR_TEXT("intermediate overflow in fsum"));
            }
            if (isinf(xsave)) {
                inf_sum += xsave;
            }
            special += xsave;
            n = 0;
        } else if (x != 0) { // a zero is not kept: fsum([-0.0]) is 0.0 in CPython 3.11
            if (n == alloc) {
                alloc *= 2;
                partials = m_renew(mp_float_t, partials, n, alloc);
            }
            partials[n++] = x;
        }
    }
    if (special != 0) {
        if (isnan(inf_sum)) {
            mp_raise_ValueError(MP_ERROR_TEXT("-inf + inf in fsum"));
        }
        return mp_obj_new_float(special);
    }
    mp_float_t hi = 0;
    if (n > 0) {
        hi = partials[--n];
        mp_float_t lo = 0;
        while (n > 0) {
            mp_float_t x = hi;
            mp_float_t y = partials[--n];
            hi = x + y;
            mp_float_t yr = hi - x;
            lo = y - yr;
            if (lo != 0) {
                break;
            }
        }
        // Half-way between two floats: round toward the side the remaining partials lean.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            mp_float_t y = lo * 2;
            mp_float_t x = hi + y;
            mp_float_t yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    return mp_obj_new_float(hi);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_fsum_obj, math_fsum);

// prod(iterable, *, start=1)
static mp_obj_t math_prod(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_iterable, ARG_start };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_start, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(1) } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    mp_obj_t acc = args[ARG_start].u_obj;
    mp_obj_t it = mp_getiter(args[ARG_iterable].u_obj);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        acc = mp_binary_op(MP_BINARY_OP_MULTIPLY, acc, x);
    }
    return acc;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(math_prod_obj, 1, math_prod);

// ---------------------------------------------------------------------------
// Integer functions.

// The product of the ints lo..hi (inclusive), splitting the range in halves
// so that the big multiplications are between numbers of similar size.
static mp_obj_t range_product(mp_int_t lo, mp_int_t hi) {
    if (hi - lo < 8) {
        mp_obj_t acc = MP_OBJ_NEW_SMALL_INT(1);
        // Multiply into a machine word while it cannot overflow.
        uint64_t word = 1;
        for (mp_int_t i = lo; i <= hi; i++) {
            if (word > UINT64_MAX / (uint64_t)i || word > (uint64_t)MP_SMALL_INT_MAX) {
                acc = mp_binary_op(MP_BINARY_OP_MULTIPLY, acc, mp_obj_new_int_from_ull(word));
                word = 1;
            }
            word *= (uint64_t)i;
        }
        return mp_binary_op(MP_BINARY_OP_MULTIPLY, acc, mp_obj_new_int_from_ull(word));
    }
    mp_int_t mid = lo + (hi - lo) / 2;
    return mp_binary_op(MP_BINARY_OP_MULTIPLY, range_product(lo, mid), range_product(mid + 1, hi));
}

// factorial(n)
static mp_obj_t math_factorial(mp_obj_t n_obj) {
    mp_obj_t n_int = mp_seq_index_as_int_raise(n_obj);
    if (int_is_neg(n_int)) {
        mp_raise_ValueError(MP_ERROR_TEXT("factorial() not defined for negative values"));
    }
    mp_int_t n;
    if (!mp_obj_get_int_maybe(n_int, &n) || n > 100000000) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("factorial() argument should not exceed 9223372036854775807"));
    }
    if (n < 2) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    return range_product(2, n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_factorial_obj, math_factorial);

static mp_obj_t int_gcd(mp_obj_t a, mp_obj_t b) {
    mp_int_t x, y;
    if (mp_obj_get_int_maybe(a, &x) && mp_obj_get_int_maybe(b, &y) && x != MP_INT_MIN &&
        y != MP_INT_MIN) {
        x = x < 0 ? -x : x;
        y = y < 0 ? -y : y;
        while (y != 0) {
            mp_int_t t = x % y;
            x = y;
            y = t;
        }
        return mp_obj_new_int(x);
    }
    if (int_is_neg(a)) {
        a = mp_unary_op(MP_UNARY_OP_NEGATIVE, a);
    }
    if (int_is_neg(b)) {
        b = mp_unary_op(MP_UNARY_OP_NEGATIVE, b);
    }
    while (mp_obj_int_sign(b) != 0) {
        mp_obj_t t = mp_binary_op(MP_BINARY_OP_MODULO, a, b);
        a = b;
        b = t;
    }
    return a;
}

// gcd(*integers)
static mp_obj_t math_gcd(size_t n_args, const mp_obj_t *args) {
    mp_obj_t g = MP_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_args; i++) {
        g = int_gcd(g, mp_seq_index_as_int_raise(args[i]));
    }
    return g;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(math_gcd_obj, 0, math_gcd);

// lcm(*integers)
static mp_obj_t math_lcm(size_t n_args, const mp_obj_t *args) {
    mp_obj_t l = MP_OBJ_NEW_SMALL_INT(1);
    for (size_t i = 0; i < n_args; i++) {
        mp_obj_t a = mp_seq_index_as_int_raise(args[i]);
        if (mp_obj_int_sign(a) == 0 || mp_obj_int_sign(l) == 0) {
            l = MP_OBJ_NEW_SMALL_INT(0);
            continue;
        }
        mp_obj_t g = int_gcd(l, a);
        l = mp_binary_op(MP_BINARY_OP_MULTIPLY, mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, l, g), a);
        if (int_is_neg(l)) {
            l = mp_unary_op(MP_UNARY_OP_NEGATIVE, l);
        }
    }
    return l;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(math_lcm_obj, 0, math_lcm);

static void check_nk(mp_obj_t n, mp_obj_t k) {
    if (int_is_neg(n)) {
        mp_raise_ValueError(MP_ERROR_TEXT("n must be a non-negative integer"));
    }
    if (int_is_neg(k)) {
        mp_raise_ValueError(MP_ERROR_TEXT("k must be a non-negative integer"));
    }
}

// perm(n, k=None)
static mp_obj_t math_perm(size_t n_args, const mp_obj_t *args) {
    mp_obj_t n = mp_seq_index_as_int_raise(args[0]);
    if (n_args == 1 || args[1] == mp_const_none) {
        return math_factorial(n);
    }
    mp_obj_t k = mp_seq_index_as_int_raise(args[1]);
    check_nk(n, k);
    if (mp_obj_less(n, k)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_int_t kk;
    if (!mp_obj_get_int_maybe(k, &kk)) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("k must not exceed 9223372036854775807"));
    }
    mp_obj_t acc = MP_OBJ_NEW_SMALL_INT(1);
    for (mp_int_t i = 0; i < kk; i++) {
        acc = mp_binary_op(MP_BINARY_OP_MULTIPLY, acc,
            mp_binary_op(MP_BINARY_OP_SUBTRACT, n, MP_OBJ_NEW_SMALL_INT(i)));
    }
    return acc;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(math_perm_obj, 1, 2, math_perm);

// comb(n, k)
static mp_obj_t math_comb(mp_obj_t n_obj, mp_obj_t k_obj) {
    mp_obj_t n = mp_seq_index_as_int_raise(n_obj);
    mp_obj_t k = mp_seq_index_as_int_raise(k_obj);
    check_nk(n, k);
    if (mp_obj_less(n, k)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    // Use the smaller of k and n - k.
    mp_obj_t nk = mp_binary_op(MP_BINARY_OP_SUBTRACT, n, k);
    if (mp_obj_less(nk, k)) {
        k = nk;
    }
    mp_int_t kk;
    if (!mp_obj_get_int_maybe(k, &kk)) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("min(n - k, k) must not exceed 9223372036854775807"));
    }
    // acc stays an exact binomial coefficient at every step.
    mp_obj_t acc = MP_OBJ_NEW_SMALL_INT(1);
    mp_obj_t base = mp_binary_op(MP_BINARY_OP_SUBTRACT, n, k);
    for (mp_int_t i = 1; i <= kk; i++) {
        acc = mp_binary_op(MP_BINARY_OP_MULTIPLY, acc,
            mp_binary_op(MP_BINARY_OP_ADD, base, MP_OBJ_NEW_SMALL_INT(i)));
        acc = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, acc, MP_OBJ_NEW_SMALL_INT(i));
    }
    return acc;
}
static MP_DEFINE_CONST_FUN_OBJ_2(math_comb_obj, math_comb);

// isqrt(n): floor of the exact square root.
static mp_obj_t math_isqrt(mp_obj_t n_obj) {
    mp_obj_t n = mp_seq_index_as_int_raise(n_obj);
    if (int_is_neg(n)) {
        mp_raise_ValueError(MP_ERROR_TEXT("isqrt() argument must be nonnegative"));
    }
    mp_int_t small;
    if (mp_obj_get_int_maybe(n, &small)) {
        // The float estimate is within one of the answer for 63-bit values.
        mp_int_t r = (mp_int_t)sqrt((double)small);
        while (r > 0 && r > small / r) {
            r--;
        }
        while ((r + 1) <= small / (r + 1)) {
            r++;
        }
        return mp_obj_new_int(r);
    }
    // Newton's iteration from an estimate above the root: it decreases
    // monotonically to the floor of the root.
    size_t bits = mp_obj_int_bit_length(n);
    mp_obj_t x = mp_binary_op(
        MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(1), mp_obj_new_int_from_uint((bits + 1) / 2));
    for (;;) {
        mp_obj_t y = mp_binary_op(MP_BINARY_OP_RSHIFT,
            mp_binary_op(MP_BINARY_OP_ADD, x, mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, n, x)),
            MP_OBJ_NEW_SMALL_INT(1));
        if (!mp_obj_less(y, x)) {
            return x;
        }
        x = y;
    }
}
static MP_DEFINE_CONST_FUN_OBJ_1(math_isqrt_obj, math_isqrt);

// ---------------------------------------------------------------------------

static const mp_rom_map_elem_t mp_module_math_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_math) },
    { MP_ROM_QSTR(MP_QSTR_e), MP_ROM_PTR(&math_const_e) },
    { MP_ROM_QSTR(MP_QSTR_pi), MP_ROM_PTR(&math_const_pi) },
    { MP_ROM_QSTR(MP_QSTR_tau), MP_ROM_PTR(&math_const_tau) },
    { MP_ROM_QSTR(MP_QSTR_inf), MP_ROM_PTR(&math_const_inf) },
    { MP_ROM_QSTR(MP_QSTR_nan), MP_ROM_PTR(&math_const_nan) },
    { MP_ROM_QSTR(MP_QSTR_acos), MP_ROM_PTR(&math_acos_obj) },
    { MP_ROM_QSTR(MP_QSTR_acosh), MP_ROM_PTR(&math_acosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_asin), MP_ROM_PTR(&math_asin_obj) },
    { MP_ROM_QSTR(MP_QSTR_asinh), MP_ROM_PTR(&math_asinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_atan), MP_ROM_PTR(&math_atan_obj) },
    { MP_ROM_QSTR(MP_QSTR_atan2), MP_ROM_PTR(&math_atan2_obj) },
    { MP_ROM_QSTR(MP_QSTR_atanh), MP_ROM_PTR(&math_atanh_obj) },
    { MP_ROM_QSTR(MP_QSTR_cbrt), MP_ROM_PTR(&math_cbrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_ceil), MP_ROM_PTR(&math_ceil_obj) },
    { MP_ROM_QSTR(MP_QSTR_comb), MP_ROM_PTR(&math_comb_obj) },
    { MP_ROM_QSTR(MP_QSTR_copysign), MP_ROM_PTR(&math_copysign_obj) },
    { MP_ROM_QSTR(MP_QSTR_cos), MP_ROM_PTR(&math_cos_obj) },
    { MP_ROM_QSTR(MP_QSTR_cosh), MP_ROM_PTR(&math_cosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_degrees), MP_ROM_PTR(&math_degrees_obj) },
    { MP_ROM_QSTR(MP_QSTR_dist), MP_ROM_PTR(&math_dist_obj) },
    { MP_ROM_QSTR(MP_QSTR_erf), MP_ROM_PTR(&math_erf_obj) },
    { MP_ROM_QSTR(MP_QSTR_erfc), MP_ROM_PTR(&math_erfc_obj) },
    { MP_ROM_QSTR(MP_QSTR_exp), MP_ROM_PTR(&math_exp_obj) },
    { MP_ROM_QSTR(MP_QSTR_exp2), MP_ROM_PTR(&math_exp2_obj) },
    { MP_ROM_QSTR(MP_QSTR_expm1), MP_ROM_PTR(&math_expm1_obj) },
    { MP_ROM_QSTR(MP_QSTR_fabs), MP_ROM_PTR(&math_fabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_factorial), MP_ROM_PTR(&math_factorial_obj) },
    { MP_ROM_QSTR(MP_QSTR_floor), MP_ROM_PTR(&math_floor_obj) },
    { MP_ROM_QSTR(MP_QSTR_fmod), MP_ROM_PTR(&math_fmod_obj) },
    { MP_ROM_QSTR(MP_QSTR_frexp), MP_ROM_PTR(&math_frexp_obj) },
    { MP_ROM_QSTR(MP_QSTR_fsum), MP_ROM_PTR(&math_fsum_obj) },
    { MP_ROM_QSTR(MP_QSTR_gamma), MP_ROM_PTR(&math_gamma_obj) },
    { MP_ROM_QSTR(MP_QSTR_gcd), MP_ROM_PTR(&math_gcd_obj) },
    { MP_ROM_QSTR(MP_QSTR_hypot), MP_ROM_PTR(&math_hypot_obj) },
    { MP_ROM_QSTR(MP_QSTR_isclose), MP_ROM_PTR(&math_isclose_obj) },
    { MP_ROM_QSTR(MP_QSTR_isfinite), MP_ROM_PTR(&math_isfinite_obj) },
    { MP_ROM_QSTR(MP_QSTR_isinf), MP_ROM_PTR(&math_isinf_obj) },
    { MP_ROM_QSTR(MP_QSTR_isnan), MP_ROM_PTR(&math_isnan_obj) },
    { MP_ROM_QSTR(MP_QSTR_isqrt), MP_ROM_PTR(&math_isqrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_lcm), MP_ROM_PTR(&math_lcm_obj) },
    { MP_ROM_QSTR(MP_QSTR_ldexp), MP_ROM_PTR(&math_ldexp_obj) },
    { MP_ROM_QSTR(MP_QSTR_lgamma), MP_ROM_PTR(&math_lgamma_obj) },
    { MP_ROM_QSTR(MP_QSTR_log), MP_ROM_PTR(&math_log_obj) },
    { MP_ROM_QSTR(MP_QSTR_log10), MP_ROM_PTR(&math_log10_obj) },
    { MP_ROM_QSTR(MP_QSTR_log1p), MP_ROM_PTR(&math_log1p_obj) },
    { MP_ROM_QSTR(MP_QSTR_log2), MP_ROM_PTR(&math_log2_obj) },
    { MP_ROM_QSTR(MP_QSTR_modf), MP_ROM_PTR(&math_modf_obj) },
    { MP_ROM_QSTR(MP_QSTR_nextafter), MP_ROM_PTR(&math_nextafter_obj) },
    { MP_ROM_QSTR(MP_QSTR_perm), MP_ROM_PTR(&math_perm_obj) },
    { MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_PTR(&math_pow_obj) },
    { MP_ROM_QSTR(MP_QSTR_prod), MP_ROM_PTR(&math_prod_obj) },
    { MP_ROM_QSTR(MP_QSTR_radians), MP_ROM_PTR(&math_radians_obj) },
    { MP_ROM_QSTR(MP_QSTR_remainder), MP_ROM_PTR(&math_remainder_obj) },
    { MP_ROM_QSTR(MP_QSTR_sin), MP_ROM_PTR(&math_sin_obj) },
    { MP_ROM_QSTR(MP_QSTR_sinh), MP_ROM_PTR(&math_sinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_sqrt), MP_ROM_PTR(&math_sqrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_tan), MP_ROM_PTR(&math_tan_obj) },
    { MP_ROM_QSTR(MP_QSTR_tanh), MP_ROM_PTR(&math_tanh_obj) },
    { MP_ROM_QSTR(MP_QSTR_trunc), MP_ROM_PTR(&math_trunc_obj) },
    { MP_ROM_QSTR(MP_QSTR_ulp), MP_ROM_PTR(&math_ulp_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_math_globals, mp_module_math_globals_table);

const mp_obj_module_t mp_module_math = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_math_globals,
};

MP_REGISTER_MODULE(MP_QSTR_math, mp_module_math);

#endif // MICROPY_PY_MATH
