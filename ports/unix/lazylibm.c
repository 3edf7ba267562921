// The maths library, loaded on first use (glibc on Linux only).
//
// Linking libm.so directly costs every process ~0.3-0.4 MiB of resident
// memory before main() runs: the dynamic loader maps it, runs its IFUNC
// resolvers and the kernel's fault-around brings in whole 64 KiB windows of
// its text. Most scripts (and `-c pass`) never call a maths function, so the
// executable defines the libm functions it uses itself, as thin forwarders
// that dlopen() the real libm.so.6 the first time any of them is called. The
// results are bit-for-bit the system libm's, exactly as when linked directly.
//
// Nothing here is exported from the executable's dynamic symbol table, so
// the real library, once loaded, binds to its own definitions. The Makefile
// builds this file with MICROPY_LAZY_LIBM=1 and drops -lm; elsewhere (macOS,
// where libm is part of libSystem, or other C libraries) it compiles to
// nothing and -lm is linked as usual.

#include "py/mpconfig.h"

#if MICROPY_LAZY_LIBM

#include <complex.h>
#include <dlfcn.h>
#include <errno.h>
#include "py/obj.h"
#include <stdlib.h>

#define LAZYLIBM_SONAME "libm.so.6"

// The functions forwarded, by signature: double(double), double(double,
// double), double complex(double complex), and the ones alone in theirs.
#define LAZYLIBM_D_D(X) \
    X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atanh) X(cbrt) X(ceil) X(cos) \
    X(cosh) X(erf) X(erfc) X(exp) X(exp2) X(expm1) X(floor) X(log) \
    X(log10) X(log1p) X(log2) X(nearbyint) X(rint) X(round) X(sin) X(sinh) \
    X(sqrt) X(tan) X(tanh) X(trunc)
#define LAZYLIBM_D_DD(X) \
    X(atan2) X(copysign) X(fmod) X(hypot) X(nextafter) X(pow) X(remainder)
#define LAZYLIBM_C_C(X) \
    X(cacos) X(cacosh) X(casinh) X(catanh) X(ccosh) X(cexp) X(clog) X(csinh) \
    X(csqrt) X(ctanh)
#define LAZYLIBM_OTHER(X) X(ldexp) X(frexp) X(modf) X(sincos)
#define LAZYLIBM_ALL(X) LAZYLIBM_D_D(X) LAZYLIBM_D_DD(X) LAZYLIBM_C_C(X) LAZYLIBM_OTHER(X)

#define LAZYLIBM_ENUM(name) LAZYLIBM_##name,
enum { LAZYLIBM_ALL(LAZYLIBM_ENUM) LAZYLIBM_COUNT };

// The names in enum order, each ended by its NUL.
#define LAZYLIBM_NAME(name) #name "\0"
static const char lazylibm_names[] = LAZYLIBM_ALL(LAZYLIBM_NAME);

static void *lazylibm_handle;
static void *lazylibm_real[LAZYLIBM_COUNT];

// Called at most once per function (a race between threads would at worst
// resolve the same pointer twice): a missing libm or symbol cannot be
// recovered from (callers expect a number back), so say so and stop.
// errno is kept: dlopen() may change it, and a caller that cleared errno
// to check the maths call must see only what the function itself set.
static void *lazylibm_resolve(unsigned idx) {
    int saved_errno = errno;
    const char *name = lazylibm_names;
    for (unsigned i = idx; i > 0; name++) {
        i -= *name == '\0';
    }
    if (lazylibm_handle == NULL) {
        lazylibm_handle = dlopen(LAZYLIBM_SONAME, RTLD_NOW | RTLD_LOCAL);
    }
    void *fn = lazylibm_handle ? dlsym(lazylibm_handle, name) : NULL;
    if (fn == NULL) {
        // dlerror() names the library, and the symbol where that is missing.
        mp_printf(&mp_stderr_print, "micropython: %s\n", dlerror());
        abort();
    }
    errno = saved_errno;
    lazylibm_real[idx] = fn;
    return fn;
}

// The first call of a function of a shared signature goes through one of
// these (resolve, then call), so that each forwarder is only a test and a
// jump: its arguments stay in their registers.
static double lazylibm_first_d_d(double x, unsigned idx) {
    return ((double (*)(double))lazylibm_resolve(idx))(x);
}
static double lazylibm_first_d_dd(double x, double y, unsigned idx) {
    return ((double (*)(double, double))lazylibm_resolve(idx))(x, y);
}
static double complex lazylibm_first_c_c(double complex z, unsigned idx) {
    return ((double complex (*)(double complex))lazylibm_resolve(idx))(z);
}

// RET name(PARAMS) { return real(ARGS); }, FIRST(ARGS, idx) until resolved.
#define LAZYLIBM_FORWARD(ret, name, params, args, first) \
    ret name params { \
        ret (*real) params = (ret (*) params)lazylibm_real[LAZYLIBM_##name]; \
        if (real == NULL) { \
            return first; \
        } \
        return real args; \
    }

#define LAZYLIBM_FWD_D_D(name) \
    LAZYLIBM_FORWARD(double, name, (double x), (x), lazylibm_first_d_d(x, LAZYLIBM_##name))
#define LAZYLIBM_FWD_D_DD(name) \
    LAZYLIBM_FORWARD(double, name, (double x, double y), (x, y), \
    lazylibm_first_d_dd(x, y, LAZYLIBM_##name))
#define LAZYLIBM_FWD_C_C(name) \
    LAZYLIBM_FORWARD(double complex, name, (double complex z), (z), \
    lazylibm_first_c_c(z, LAZYLIBM_##name))
// A function alone in its signature resolves in place on its first call.
#define LAZYLIBM_FORWARD_ONE(ret, name, params, args) \
    ret name params { \
        if (lazylibm_real[LAZYLIBM_##name] == NULL) { \
            lazylibm_resolve(LAZYLIBM_##name); \
        } \
        return ((ret (*) params)lazylibm_real[LAZYLIBM_##name]) args; \
    }

LAZYLIBM_D_D(LAZYLIBM_FWD_D_D)
LAZYLIBM_D_DD(LAZYLIBM_FWD_D_DD)
LAZYLIBM_C_C(LAZYLIBM_FWD_C_C)

LAZYLIBM_FORWARD_ONE(double, ldexp, (double x, int e), (x, e))
LAZYLIBM_FORWARD_ONE(double, frexp, (double x, int *e), (x, e))
LAZYLIBM_FORWARD_ONE(double, modf, (double x, double *ip), (x, ip))
// |z| is hypot of its parts (as glibc computes it): the arguments are
// already where hypot takes them.
double cabs(double complex z) {
    return hypot(creal(z), cimag(z));
}
// sincos has no result: gcc merges sin(x) and cos(x) of one x into it.
LAZYLIBM_FORWARD_ONE(void, sincos, (double x, double *s, double *c), (x, s, c))

#endif // MICROPY_LAZY_LIBM
