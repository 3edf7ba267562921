// The cmath module: CPython 3.11's complex functions and constants.
//
// Finite arguments use the same numerically careful formulas as CPython
// (see below), so results agree to the last bit. Infinite and nan arguments
// go to the C library's C99 complex functions (csqrt, cexp, ...), which
// follow C99 Annex G as CPython's special-value tables do; where Annex G
// leaves the sign of a zero or infinity open the sign may differ from
// CPython's. Errors are raised as CPython does: an infinity made from finite
// arguments is OverflowError "math range error", except at a pole (log of 0,
// atanh of +-1, atan of +-1j) where it is ValueError "math domain error", as
// is a nan made from non-finite arguments without one.
// Left out: nothing of 3.11's cmath on purpose.
#include "py/mpconfig.h"

#if MICROPY_PY_CMATH

#if !MICROPY_PY_MATH
#error "cmath shares isclose with the math module"
#endif

#include <complex.h>
#include <float.h>
#include <math.h>

#include "py/runtime.h"
#include "py/objcomplex.h"
#include "extmod/modmath.h"

// C11's CMPLX is missing where the C library leaves it to the compiler
// (glibc with clang). x + y*I would turn an infinite y into a nan real part,
// so the value is built through its array layout (C11 6.2.5p13).
#ifndef CMPLX
static inline double complex cmath_cmplx(double x, double y) {
    union {
        double parts[2];
        double complex z;
    } u = { .parts = { x, y } };
    return u.z;
}
#define CMPLX(x, y) cmath_cmplx((x), (y))
#endif

#define CMATH_PI (3.141592653589793)
#define CMATH_E (2.718281828459045)
#define CMATH_TAU (6.283185307179586)
#define CMATH_LN10 (2.302585092994046)

static const mp_obj_float_t cmath_const_pi = { { &mp_type_float }, CMATH_PI };
static const mp_obj_float_t cmath_const_e = { { &mp_type_float }, CMATH_E };
static const mp_obj_float_t cmath_const_tau = { { &mp_type_float }, CMATH_TAU };
static const mp_obj_float_t cmath_const_inf = { { &mp_type_float }, INFINITY };
static const mp_obj_float_t cmath_const_nan = { { &mp_type_float }, NAN };
static const mp_obj_complex_t cmath_const_infj = { { &mp_type_complex }, 0.0, INFINITY };
static const mp_obj_complex_t cmath_const_nanj = { { &mp_type_complex }, 0.0, NAN };

MP_NORETURN static void cmath_error_domain(void) {
    mp_raise_ValueError(MP_ERROR_TEXT("math domain error"));
}

MP_NORETURN static void cmath_error_range(void) {
    mp_raise_OverflowError(MP_ERROR_TEXT("math range error"));
}

// A complex argument: complex, a real number, or an object with
// __complex__ / __float__ / __index__.
static double complex complex_arg(mp_obj_t o) {
    mp_float_t re, im;
    if (!mp_obj_complex_get_maybe(o, &re, &im)) {
        mp_raise_TypeError_obj_unsupported(o, MP_ERROR_TEXT("must be real number, not %s"));
    }
    return CMPLX(re, im);
}

static bool has_nan(double complex z) {
    return isnan(creal(z)) || isnan(cimag(z));
}

static bool has_inf(double complex z) {
    return isinf(creal(z)) || isinf(cimag(z));
}

static bool is_finite(double complex z) {
    return isfinite(creal(z)) && isfinite(cimag(z));
}

// The result r of a function of z, checked as described at the top.
static mp_obj_t cmath_result(double complex z, double complex r, bool pole) {
    if (is_finite(z)) {
        if (has_inf(r)) {
            if (pole) {
                cmath_error_domain();
            }
            cmath_error_range();
        }
    } else if (has_nan(r) && !has_nan(z)) {
        cmath_error_domain();
    }
    return mp_obj_new_complex(creal(r), cimag(r));
}

// Finite arguments are computed with Kahan's formulas ("Branch cuts for
// complex elementary functions", 1987), arranged as CPython arranges them
// so that results agree; their guards keep intermediates in range:
// LARGE is a quarter of the largest double (|z| beyond it is scaled down
// before squaring), LOG_LARGE its logarithm (exp beyond it overflows) and
// SQRT_LARGE its square root. Non-finite arguments go to the C library,
// except where CPython's tables pick another sign or a nan than it does.
#define CM_LARGE (DBL_MAX / 4.0)
#define CM_SQRT_LARGE (sqrt(CM_LARGE))
#define CM_LOG_LARGE (log(CM_LARGE))
#define CM_LN2 (0.6931471805599453)
#define CM_SQRT_DBL_MIN (sqrt(DBL_MIN))

// i*z and -i*z: the circular functions are the hyperbolic ones turned by
// a quarter (sin z = -i sinh(iz) and so on).
static double complex mul_i(double complex z) {
    return CMPLX(-cimag(z), creal(z));
}

static double complex mul_minus_i(double complex z) {
    return CMPLX(cimag(z), -creal(z));
}

static double complex cm_sqrt(double complex z) {
    if (!is_finite(z)) {
        return csqrt(z);
    }
    double x = creal(z), y = cimag(z);
    if (x == 0 && y == 0) {
        return CMPLX(0.0, y);
    }
    double ax = fabs(x), ay = fabs(y), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // Subnormal parts: scale up by 2**53 first, back by 2**-27 after
        // the square root.
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        // sqrt((|x| + |z|) / 2) computed at an eighth of the size.
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (x >= 0) {
        return CMPLX(s, copysign(d, y));
    }
    return CMPLX(d, copysign(s, y));
}

static double complex cm_exp(double complex z) {
    if (!is_finite(z)) {
        if (creal(z) == -INFINITY && isinf(cimag(z))) {
            return CMPLX(0.0, 0.0);
        }
        return cexp(z);
    }
    double x = creal(z), y = cimag(z), l;
    if (x > CM_LOG_LARGE) {
        l = exp(x - 1.0);
        return CMPLX(l * cos(y) * M_E, l * sin(y) * M_E);
    }
    l = exp(x);
    return CMPLX(l * cos(y), l * sin(y));
}

static double complex cm_log(double complex z) {
    if (!is_finite(z)) {
        return clog(z);
    }
    double x = creal(z), y = cimag(z), ax = fabs(x), ay = fabs(y), re;
    if (ax > CM_LARGE || ay > CM_LARGE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + CM_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0 || ay > 0) {
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
                 DBL_MANT_DIG * CM_LN2;
        } else {
            re = -INFINITY; // the pole: the caller raises
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // Near |z| = 1 log(h) loses digits: log1p(|z|**2 - 1) / 2.
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return CMPLX(re, atan2(y, x));
}

static double complex cm_sinh(double complex z) {
    if (!is_finite(z)) {
        if (creal(z) == 0 && isnan(cimag(z))) {
            return CMPLX(0.0, NAN);
        }
        return csinh(z);
    }
    double x = creal(z), y = cimag(z);
    if (fabs(x) > CM_LOG_LARGE) {
        double x1 = x - copysign(1.0, x);
        return CMPLX(cos(y) * sinh(x1) * M_E, sin(y) * cosh(x1) * M_E);
    }
    return CMPLX(cos(y) * sinh(x), sin(y) * cosh(x));
}

static double complex cm_cosh(double complex z) {
    if (!is_finite(z)) {
        if (isnan(creal(z)) && cimag(z) == 0) {
            return CMPLX(NAN, 0.0);
        }
        return ccosh(z);
    }
    double x = creal(z), y = cimag(z);
    if (fabs(x) > CM_LOG_LARGE) {
        double x1 = x - copysign(1.0, x);
        return CMPLX(cos(y) * cosh(x1) * M_E, sin(y) * sinh(x1) * M_E);
    }
    return CMPLX(cos(y) * cosh(x), sin(y) * sinh(x));
}

static double complex cm_tanh(double complex z) {
    if (!is_finite(z)) {
        if (isinf(creal(z)) && isinf(cimag(z))) {
            return CMPLX(copysign(1.0, creal(z)), 0.0);
        }
        if (creal(z) == 0 && isnan(cimag(z))) {
            return CMPLX(NAN, NAN);
        }
        return ctanh(z);
    }
    double x = creal(z), y = cimag(z);
    if (fabs(x) > CM_LOG_LARGE) {
        return CMPLX(copysign(1.0, x), 4.0 * sin(y) * cos(y) * exp(-2.0 * fabs(x)));
    }
    // Kahan: with t = tanh x, u = tan y, c = 1/cosh x,
    // tanh z = (t (1 + u**2) + i u c**2) / (1 + t**2 u**2).
    double t = tanh(x), u = tan(y), c = 1.0 / cosh(x);
    double tu = t * u;
    double denom = 1.0 + tu * tu;
    return CMPLX(t * (1.0 + u * u) / denom, ((u / denom) * c) * c);
}

static double complex cm_asinh(double complex z) {
    if (!is_finite(z)) {
        if (isnan(creal(z)) && isinf(cimag(z))) {
            return CMPLX(INFINITY, NAN);
        }
        return casinh(z);
    }
    double x = creal(z), y = cimag(z);
    if (fabs(x) > CM_LARGE || fabs(y) > CM_LARGE) {
        double l = log(hypot(x / 2.0, y / 2.0)) + 2.0 * CM_LN2;
        double re = y >= 0 ? copysign(l, x) : -copysign(l, -x);
        return CMPLX(re, atan2(y, fabs(x)));
    }
    double complex s1 = cm_sqrt(CMPLX(1.0 + y, -x));
    double complex s2 = cm_sqrt(CMPLX(1.0 - y, x));
    return CMPLX(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
        atan2(y, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex cm_acos(double complex z) {
    if (!is_finite(z)) {
        if (isinf(creal(z)) && isnan(cimag(z))) {
            return CMPLX(NAN, INFINITY);
        }
        return cacos(z);
    }
    double x = creal(z), y = cimag(z);
    if (fabs(x) > CM_LARGE || fabs(y) > CM_LARGE) {
        double l = log(hypot(x / 2.0, y / 2.0)) + 2.0 * CM_LN2;
        double im = x < 0 ? -copysign(l, y) : copysign(l, -y);
        return CMPLX(atan2(fabs(y), x), im);
    }
    double complex s1 = cm_sqrt(CMPLX(1.0 - x, -y));
    double complex s2 = cm_sqrt(CMPLX(1.0 + x, y));
    return CMPLX(
        2.0 * atan2(creal(s1), creal(s2)), asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex cm_acosh(double complex z) {
    if (!is_finite(z)) {
        if (creal(z) == 0 && isnan(cimag(z))) {
            return CMPLX(NAN, NAN);
        }
        return cacosh(z);
    }
    double x = creal(z), y = cimag(z);
    if (fabs(x) > CM_LARGE || fabs(y) > CM_LARGE) {
        return CMPLX(log(hypot(x / 2.0, y / 2.0)) + 2.0 * CM_LN2, atan2(y, x));
    }
    double complex s1 = cm_sqrt(CMPLX(x - 1.0, y));
    double complex s2 = cm_sqrt(CMPLX(x + 1.0, y));
    return CMPLX(
        asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)), 2.0 * atan2(cimag(s1), creal(s2)));
}

static double complex cm_atanh(double complex z) {
    if (!is_finite(z)) {
        if (isnan(creal(z)) && isinf(cimag(z))) {
            return CMPLX(0.0, copysign(M_PI / 2.0, cimag(z)));
        }
        return catanh(z);
    }
    double x = creal(z), y = cimag(z);
    if (x < 0) {
        // atanh is odd: work in the right half-plane.
        return -cm_atanh(-z);
    }
    double ay = fabs(y);
    if (x > CM_SQRT_LARGE || ay > CM_SQRT_LARGE) {
        // Far out atanh z ~ 1/z +- i pi/2.
        double h = hypot(x / 2.0, y / 2.0);
        return CMPLX(x / 4.0 / h / h, -copysign(M_PI / 2.0, -y));
    }
    if (x == 1.0 && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0) {
            return CMPLX(INFINITY, y); // the pole: the caller raises
        }
        return CMPLX(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, y));
    }
    return CMPLX(log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
        -atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
}

static double complex cm_sin(double complex z) {
    return mul_minus_i(cm_sinh(mul_i(z)));
}

static double complex cm_cos(double complex z) {
    return cm_cosh(mul_i(z));
}

static double complex cm_tan(double complex z) {
    return mul_minus_i(cm_tanh(mul_i(z)));
}

static double complex cm_asin(double complex z) {
    return mul_minus_i(cm_asinh(mul_i(z)));
}

static double complex cm_atan(double complex z) {
    return mul_minus_i(cm_atanh(mul_i(z)));
}

#define CMATH_FUN_1(py_name)                                                                       \
    static mp_obj_t cmath_##py_name(mp_obj_t z_obj) {                                              \
        double complex z = complex_arg(z_obj);                                                     \
        return cmath_result(z, cm_##py_name(z), false);                                            \
    }                                                                                              \
    static MP_DEFINE_CONST_FUN_OBJ_1(cmath_##py_name##_obj, cmath_##py_name);

// sqrt(z), exp(z), sin(z), cos(z), tan(z), asin(z), acos(z), sinh(z),
// cosh(z), tanh(z), asinh(z), acosh(z)
CMATH_FUN_1(sqrt)
CMATH_FUN_1(exp)
CMATH_FUN_1(sin)
CMATH_FUN_1(cos)
CMATH_FUN_1(tan)
CMATH_FUN_1(asin)
CMATH_FUN_1(acos)
CMATH_FUN_1(sinh)
CMATH_FUN_1(cosh)
CMATH_FUN_1(tanh)
CMATH_FUN_1(asinh)
CMATH_FUN_1(acosh)

// atan(z): poles at +-1j.
static mp_obj_t cmath_atan(mp_obj_t z_obj) {
    double complex z = complex_arg(z_obj);
    return cmath_result(z, cm_atan(z), creal(z) == 0 && fabs(cimag(z)) == 1);
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_atan_obj, cmath_atan);

// atanh(z): poles at +-1.
static mp_obj_t cmath_atanh(mp_obj_t z_obj) {
    double complex z = complex_arg(z_obj);
    return cmath_result(z, cm_atanh(z), cimag(z) == 0 && fabs(creal(z)) == 1);
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_atanh_obj, cmath_atanh);

static bool is_zero(double complex z) {
    return creal(z) == 0 && cimag(z) == 0;
}

// log(z[, base])
static mp_obj_t cmath_log(size_t n_args, const mp_obj_t *args) {
    double complex z = complex_arg(args[0]);
    double complex r = cm_log(z);
    if (n_args == 1) {
        return cmath_result(z, r, is_zero(z));
    }
    // As CPython: only the base's logarithm and the division are checked
    // (log(0, 2) is (-inf+nanj)); a zero divisor is a domain error.
    double complex b = complex_arg(args[1]);
    double complex lb = cm_log(b);
    cmath_result(b, lb, is_zero(b));
    if (is_zero(lb)) {
        cmath_error_domain();
    }
    return mp_obj_complex_binary_op(
        MP_BINARY_OP_TRUE_DIVIDE, creal(r), cimag(r), mp_obj_new_complex(creal(lb), cimag(lb)));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(cmath_log_obj, 1, 2, cmath_log);

// log10(z)
static mp_obj_t cmath_log10(mp_obj_t z_obj) {
    double complex z = complex_arg(z_obj);
    double complex r = cm_log(z);
    r = CMPLX(creal(r) / CMATH_LN10, cimag(r) / CMATH_LN10);
    return cmath_result(z, r, is_zero(z));
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_log10_obj, cmath_log10);

// phase(z)
static mp_obj_t cmath_phase(mp_obj_t z_obj) {
    double complex z = complex_arg(z_obj);
    return mp_obj_new_float(atan2(cimag(z), creal(z)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_phase_obj, cmath_phase);

// polar(z)
static mp_obj_t cmath_polar(mp_obj_t z_obj) {
    double complex z = complex_arg(z_obj);
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && !has_inf(z) && !has_nan(z)) {
        cmath_error_range();
    }
    mp_obj_t items[2] = { mp_obj_new_float(r), mp_obj_new_float(atan2(cimag(z), creal(z))) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_polar_obj, cmath_polar);

// rect(r, phi)
static mp_obj_t cmath_rect(mp_obj_t r_obj, mp_obj_t phi_obj) {
    mp_float_t r = mp_obj_get_float(r_obj);
    mp_float_t phi = mp_obj_get_float(phi_obj);
    mp_float_t re, im;
    if (isnan(r)) {
        // Only a zero angle keeps a known (zero) imaginary part.
        re = NAN;
        im = phi == 0 ? 0.0 : NAN;
    } else if (isinf(phi)) {
        if (r != 0) {
            cmath_error_domain();
        }
        re = 0.0;
        im = 0.0;
    } else if (isnan(phi)) {
        if (r == 0) {
            re = 0.0;
            im = 0.0;
        } else {
            re = isinf(r) ? INFINITY : NAN;
            im = NAN;
        }
    } else if (phi == 0) {
        // r * e**(+-0j): the imaginary part is a zero with the product's sign.
        re = r;
        im = copysign(0.0, phi) * (signbit(r) ? -1.0 : 1.0);
    } else {
        re = r * cos(phi);
        im = r * sin(phi);
    }
    return mp_obj_new_complex(re, im);
}
static MP_DEFINE_CONST_FUN_OBJ_2(cmath_rect_obj, cmath_rect);

// isfinite(z)
static mp_obj_t cmath_isfinite(mp_obj_t z_obj) {
    double complex z = complex_arg(z_obj);
    return mp_obj_new_bool(isfinite(creal(z)) && isfinite(cimag(z)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_isfinite_obj, cmath_isfinite);

// isinf(z)
static mp_obj_t cmath_isinf(mp_obj_t z_obj) {
    return mp_obj_new_bool(has_inf(complex_arg(z_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_isinf_obj, cmath_isinf);

// isnan(z)
static mp_obj_t cmath_isnan(mp_obj_t z_obj) {
    return mp_obj_new_bool(has_nan(complex_arg(z_obj)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(cmath_isnan_obj, cmath_isnan);

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
static mp_obj_t cmath_isclose(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_obj_t args[4];
    mp_math_isclose_args(n_args, pos_args, kw_args, args);
    double complex a = complex_arg(args[0]);
    double complex b = complex_arg(args[1]);
    mp_float_t tol[2];
    mp_math_isclose_tols(args, tol);
    if (a == b) {
        return mp_const_true;
    }
    // Infinities of the same sign were caught above; any other infinity is
    // far from everything.
    if (has_inf(a) || has_inf(b)) {
        return mp_const_false;
    }
    return mp_obj_new_bool(mp_math_isclose_within(cabs(a - b), cabs(a), cabs(b), tol));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(cmath_isclose_obj, 0, cmath_isclose);

static const mp_rom_map_elem_t mp_module_cmath_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_cmath) },
    { MP_ROM_QSTR(MP_QSTR_sqrt), MP_ROM_PTR(&cmath_sqrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_exp), MP_ROM_PTR(&cmath_exp_obj) },
    { MP_ROM_QSTR(MP_QSTR_log), MP_ROM_PTR(&cmath_log_obj) },
    { MP_ROM_QSTR(MP_QSTR_log10), MP_ROM_PTR(&cmath_log10_obj) },
    { MP_ROM_QSTR(MP_QSTR_phase), MP_ROM_PTR(&cmath_phase_obj) },
    { MP_ROM_QSTR(MP_QSTR_polar), MP_ROM_PTR(&cmath_polar_obj) },
    { MP_ROM_QSTR(MP_QSTR_rect), MP_ROM_PTR(&cmath_rect_obj) },
    { MP_ROM_QSTR(MP_QSTR_sin), MP_ROM_PTR(&cmath_sin_obj) },
    { MP_ROM_QSTR(MP_QSTR_cos), MP_ROM_PTR(&cmath_cos_obj) },
    { MP_ROM_QSTR(MP_QSTR_tan), MP_ROM_PTR(&cmath_tan_obj) },
    { MP_ROM_QSTR(MP_QSTR_asin), MP_ROM_PTR(&cmath_asin_obj) },
    { MP_ROM_QSTR(MP_QSTR_acos), MP_ROM_PTR(&cmath_acos_obj) },
    { MP_ROM_QSTR(MP_QSTR_atan), MP_ROM_PTR(&cmath_atan_obj) },
    { MP_ROM_QSTR(MP_QSTR_sinh), MP_ROM_PTR(&cmath_sinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_cosh), MP_ROM_PTR(&cmath_cosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_tanh), MP_ROM_PTR(&cmath_tanh_obj) },
    { MP_ROM_QSTR(MP_QSTR_asinh), MP_ROM_PTR(&cmath_asinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_acosh), MP_ROM_PTR(&cmath_acosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_atanh), MP_ROM_PTR(&cmath_atanh_obj) },
    { MP_ROM_QSTR(MP_QSTR_isfinite), MP_ROM_PTR(&cmath_isfinite_obj) },
    { MP_ROM_QSTR(MP_QSTR_isinf), MP_ROM_PTR(&cmath_isinf_obj) },
    { MP_ROM_QSTR(MP_QSTR_isnan), MP_ROM_PTR(&cmath_isnan_obj) },
    { MP_ROM_QSTR(MP_QSTR_isclose), MP_ROM_PTR(&cmath_isclose_obj) },
    { MP_ROM_QSTR(MP_QSTR_pi), MP_ROM_PTR(&cmath_const_pi) },
    { MP_ROM_QSTR(MP_QSTR_e), MP_ROM_PTR(&cmath_const_e) },
    { MP_ROM_QSTR(MP_QSTR_tau), MP_ROM_PTR(&cmath_const_tau) },
    { MP_ROM_QSTR(MP_QSTR_inf), MP_ROM_PTR(&cmath_const_inf) },
    { MP_ROM_QSTR(MP_QSTR_nan), MP_ROM_PTR(&cmath_const_nan) },
    { MP_ROM_QSTR(MP_QSTR_infj), MP_ROM_PTR(&cmath_const_infj) },
    { MP_ROM_QSTR(MP_QSTR_nanj), MP_ROM_PTR(&cmath_const_nanj) },
};
static MP_DEFINE_CONST_DICT(mp_module_cmath_globals, mp_module_cmath_globals_table);

const mp_obj_module_t mp_module_cmath = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_cmath_globals,
};

MP_REGISTER_MODULE(MP_QSTR_cmath, mp_module_cmath);

#endif // MICROPY_PY_CMATH
