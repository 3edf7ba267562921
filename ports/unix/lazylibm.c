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

static void *lazylibm_handle;

// Called at most once per function: a missing libm or symbol cannot be
// recovered from (callers expect a number back), so say so and stop.
// errno is kept: dlopen() may change it, and a caller that cleared errno
// to check the maths call must see only what the function itself set.
static void *lazylibm_resolve(const char *name) {
    int saved_errno = errno;
    if (lazylibm_handle == NULL) {
        lazylibm_handle = dlopen(LAZYLIBM_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (lazylibm_handle == NULL) {
            mp_printf(&mp_stderr_print, "micropython: cannot load %s: %s\n", LAZYLIBM_SONAME, dlerror());
            abort();
        }
    }
    void *fn = dlsym(lazylibm_handle, name);
    if (fn == NULL) {
        mp_printf(&mp_stderr_print, "micropython: %s has no %s\n", LAZYLIBM_SONAME, name);
        abort();
    }
    errno = saved_errno;
    return fn;
}

// One forwarder per function: RET name(PARAMS) { return real(ARGS); }, the
// real pointer resolved on the first call. A race between threads would at
// worst resolve the same pointer twice.
#define LAZYLIBM_FORWARD(ret, name, params, args) \
    ret name params { \
        static ret (*real) params; \
        if (real == NULL) { \
            real = (ret (*) params)lazylibm_resolve(#name); \
        } \
        return real args; \
    }

#define LAZYLIBM_D_D(name) LAZYLIBM_FORWARD(double, name, (double x), (x))
#define LAZYLIBM_D_DD(name) LAZYLIBM_FORWARD(double, name, (double x, double y), (x, y))
#define LAZYLIBM_C_C(name) LAZYLIBM_FORWARD(double complex, name, (double complex z), (z))

LAZYLIBM_D_D(acos)
LAZYLIBM_D_D(acosh)
LAZYLIBM_D_D(asin)
LAZYLIBM_D_D(asinh)
LAZYLIBM_D_D(atan)
LAZYLIBM_D_D(atanh)
LAZYLIBM_D_D(cbrt)
LAZYLIBM_D_D(ceil)
LAZYLIBM_D_D(cos)
LAZYLIBM_D_D(cosh)
LAZYLIBM_D_D(erf)
LAZYLIBM_D_D(erfc)
LAZYLIBM_D_D(exp)
LAZYLIBM_D_D(exp2)
LAZYLIBM_D_D(expm1)
LAZYLIBM_D_D(floor)
LAZYLIBM_D_D(lgamma)
LAZYLIBM_D_D(log)
LAZYLIBM_D_D(log10)
LAZYLIBM_D_D(log1p)
LAZYLIBM_D_D(log2)
LAZYLIBM_D_D(nearbyint)
LAZYLIBM_D_D(rint)
LAZYLIBM_D_D(round)
LAZYLIBM_D_D(sin)
LAZYLIBM_D_D(sinh)
LAZYLIBM_D_D(sqrt)
LAZYLIBM_D_D(tan)
LAZYLIBM_D_D(tanh)
LAZYLIBM_D_D(tgamma)
LAZYLIBM_D_D(trunc)

LAZYLIBM_D_DD(atan2)
LAZYLIBM_D_DD(copysign)
LAZYLIBM_D_DD(fmod)
LAZYLIBM_D_DD(hypot)
LAZYLIBM_D_DD(nextafter)
LAZYLIBM_D_DD(pow)
LAZYLIBM_D_DD(remainder)

LAZYLIBM_FORWARD(double, ldexp, (double x, int e), (x, e))
LAZYLIBM_FORWARD(double, frexp, (double x, int *e), (x, e))
LAZYLIBM_FORWARD(double, modf, (double x, double *ip), (x, ip))
LAZYLIBM_FORWARD(double, cabs, (double complex z), (z))

// sincos has no result: gcc merges sin(x) and cos(x) of one x into it.
void sincos(double x, double *s, double *c) {
    static void (*real)(double, double *, double *);
    if (real == NULL) {
        real = (void (*)(double, double *, double *))lazylibm_resolve("sincos");
    }
    real(x, s, c);
}

LAZYLIBM_C_C(cacos)
LAZYLIBM_C_C(cacosh)
LAZYLIBM_C_C(casin)
LAZYLIBM_C_C(casinh)
LAZYLIBM_C_C(catan)
LAZYLIBM_C_C(catanh)
LAZYLIBM_C_C(ccos)
LAZYLIBM_C_C(ccosh)
LAZYLIBM_C_C(cexp)
LAZYLIBM_C_C(clog)
LAZYLIBM_C_C(csin)
LAZYLIBM_C_C(csinh)
LAZYLIBM_C_C(csqrt)
LAZYLIBM_C_C(ctan)
LAZYLIBM_C_C(ctanh)

#endif // MICROPY_LAZY_LIBM
