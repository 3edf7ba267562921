// The resource module as CPython has it on Unix: getrlimit/setrlimit with
// the RLIMIT_* numbers of the host (a server raises RLIMIT_NOFILE before
// it accepts thousands of connections), getrusage as a struct_rusage, and
// getpagesize. An unlimited value is RLIM_INFINITY both ways: -1 on Linux,
// 2**63-1 on macOS, as in CPython (-1 is taken for it everywhere).
// resource.error is OSError itself, as in CPython.
#include "py/mpconfig.h"

#ifndef MICROPY_PY_RESOURCE
#define MICROPY_PY_RESOURCE (1)
#endif

#if MICROPY_PY_RESOURCE

#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "py/runtime.h"
#include "py/objstructseq.h"

extern const mp_obj_module_t mp_module_resource;

static int resource_arg(mp_obj_t arg) {
    mp_int_t r = mp_obj_get_int(arg);
    if (r < 0 || r >= RLIM_NLIMITS) {
        mp_raise_ValueError(MP_ERROR_TEXT("invalid resource specified"));
    }
    return (int)r;
}

// A limit as CPython shows it: the rlim_t read as a signed 64-bit number,
// so RLIM_INFINITY is -1 on Linux (all ones) and 2**63-1 on macOS.
static mp_obj_t limit_to_obj(rlim_t v) {
    return mp_obj_new_int_from_ll((long long)v);
}

// A limit from Python: -1 is RLIM_INFINITY; other values are cast as
// CPython casts them (a value beyond a machine int raises OverflowError).
static rlim_t limit_from_obj(mp_obj_t o) {
    mp_int_t v = mp_obj_get_int(o);
    return v == -1 ? RLIM_INFINITY : (rlim_t)v;
}

// getrlimit(resource) -> (soft, hard)
static mp_obj_t resource_getrlimit(mp_obj_t which) {
    struct rlimit rl;
    if (getrlimit(resource_arg(which), &rl) != 0) {
        mp_raise_OSError_errno();
    }
    mp_obj_t items[2] = { limit_to_obj(rl.rlim_cur), limit_to_obj(rl.rlim_max) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(resource_getrlimit_obj, resource_getrlimit);

// setrlimit(resource, (soft, hard))
static mp_obj_t resource_setrlimit(mp_obj_t which, mp_obj_t limits) {
    int r = resource_arg(which);
    size_t n;
    mp_obj_t *items;
    // Any iterable of two, as CPython takes.
    mp_obj_get_array(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), limits), &n, &items);
    if (n != 2) {
        mp_raise_ValueError(MP_ERROR_TEXT("expected a tuple of 2 integers"));
    }
    struct rlimit rl = { limit_from_obj(items[0]), limit_from_obj(items[1]) };
    if (setrlimit(r, &rl) != 0) {
        if (errno == EINVAL) {
            mp_raise_ValueError(MP_ERROR_TEXT("current limit exceeds maximum limit"));
        }
        if (errno == EPERM) {
            mp_raise_ValueError(MP_ERROR_TEXT("not allowed to raise maximum limit"));
        }
        mp_raise_OSError_errno();
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(resource_setrlimit_obj, resource_setrlimit);

static const uint16_t rusage_fields[] = {
    MP_QSTR_ru_utime, MP_QSTR_ru_stime, MP_QSTR_ru_maxrss, MP_QSTR_ru_ixrss, MP_QSTR_ru_idrss,
    MP_QSTR_ru_isrss, MP_QSTR_ru_minflt, MP_QSTR_ru_majflt, MP_QSTR_ru_nswap, MP_QSTR_ru_inblock,
    MP_QSTR_ru_oublock, MP_QSTR_ru_msgsnd, MP_QSTR_ru_msgrcv, MP_QSTR_ru_nsignals, MP_QSTR_ru_nvcsw,
    MP_QSTR_ru_nivcsw,
};
static const mp_obj_structseq_type_t resource_struct_rusage_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_struct_rusage, "resource.struct_rusage", 16, rusage_fields, true);

static mp_obj_t seconds_obj(const struct timeval *tv) {
    return mp_obj_new_float((mp_float_t)tv->tv_sec + (mp_float_t)tv->tv_usec * (mp_float_t)1e-6);
}

// getrusage(who) -> struct_rusage
static mp_obj_t resource_getrusage(mp_obj_t who) {
    struct rusage ru;
    if (getrusage(mp_obj_get_c_int(who), &ru) != 0) {
        if (errno == EINVAL) {
            mp_raise_ValueError(MP_ERROR_TEXT("invalid who parameter"));
        }
        mp_raise_OSError_errno();
    }
    const long counts[14] = {
        ru.ru_maxrss, ru.ru_ixrss, ru.ru_idrss, ru.ru_isrss, ru.ru_minflt, ru.ru_majflt, ru.ru_nswap,
        ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw,
        ru.ru_nivcsw,
    };
    mp_obj_t v[16];
    v[0] = seconds_obj(&ru.ru_utime);
    v[1] = seconds_obj(&ru.ru_stime);
    for (size_t i = 0; i < 14; i++) {
        v[2 + i] = mp_obj_new_int(counts[i]);
    }
    return mp_obj_structseq_new(&resource_struct_rusage_type, v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(resource_getrusage_obj, resource_getrusage);

static mp_obj_t resource_getpagesize(void) {
    return MP_OBJ_NEW_SMALL_INT(sysconf(_SC_PAGESIZE));
}
static MP_DEFINE_CONST_FUN_OBJ_0(resource_getpagesize_obj, resource_getpagesize);

#if defined(__APPLE__)
// macOS's RLIM_INFINITY (2**63-1) is no small int: made when asked for.
static mp_obj_t resource_getattr(mp_obj_t name) {
    if (name == MP_OBJ_NEW_QSTR(MP_QSTR_RLIM_INFINITY)) {
        return limit_to_obj(RLIM_INFINITY);
    }
    mp_raise_attribute_error(MP_OBJ_FROM_PTR(&mp_module_resource), mp_obj_str_get_qstr(name));
}
static MP_DEFINE_CONST_FUN_OBJ_1(resource_getattr_obj, resource_getattr);
#endif

// clang-format off
// The integer constants packed (py/obj.h: 6 bytes each, not 16).
#define C(q, value) MP_ROM_INT_CONST(q, value)
static const mp_rom_int_const_t resource_consts[] MP_COLD_DATA = {
    C(MP_QSTR_RLIMIT_CPU, RLIMIT_CPU), C(MP_QSTR_RLIMIT_FSIZE, RLIMIT_FSIZE),
    C(MP_QSTR_RLIMIT_DATA, RLIMIT_DATA), C(MP_QSTR_RLIMIT_STACK, RLIMIT_STACK),
    C(MP_QSTR_RLIMIT_CORE, RLIMIT_CORE), C(MP_QSTR_RLIMIT_NOFILE, RLIMIT_NOFILE),
    C(MP_QSTR_RLIMIT_AS, RLIMIT_AS),
#ifdef RLIMIT_RSS
    C(MP_QSTR_RLIMIT_RSS, RLIMIT_RSS),
#endif
#ifdef RLIMIT_NPROC
    C(MP_QSTR_RLIMIT_NPROC, RLIMIT_NPROC),
#endif
#ifdef RLIMIT_MEMLOCK
    C(MP_QSTR_RLIMIT_MEMLOCK, RLIMIT_MEMLOCK),
#endif
#if defined(__linux__)
    C(MP_QSTR_RLIMIT_SIGPENDING, RLIMIT_SIGPENDING),
    C(MP_QSTR_RLIMIT_MSGQUEUE, RLIMIT_MSGQUEUE), C(MP_QSTR_RLIMIT_NICE, RLIMIT_NICE),
    C(MP_QSTR_RLIMIT_RTPRIO, RLIMIT_RTPRIO), C(MP_QSTR_RLIMIT_RTTIME, RLIMIT_RTTIME),
#endif
#ifdef RLIMIT_OFILE
    C(MP_QSTR_RLIMIT_OFILE, RLIMIT_OFILE),
#endif
#ifdef RUSAGE_THREAD
    C(MP_QSTR_RUSAGE_THREAD, RUSAGE_THREAD),
#endif
    C(MP_QSTR_RUSAGE_SELF, RUSAGE_SELF),
    { 0 },
};
#undef C
static const mp_rom_map_elem_t resource_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_resource) },
    { MP_ROM_QSTR(MP_QSTR_getrlimit), MP_ROM_PTR(&resource_getrlimit_obj) },
    { MP_ROM_QSTR(MP_QSTR_setrlimit), MP_ROM_PTR(&resource_setrlimit_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrusage), MP_ROM_PTR(&resource_getrusage_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpagesize), MP_ROM_PTR(&resource_getpagesize_obj) },
    { MP_ROM_QSTR(MP_QSTR_struct_rusage), MP_ROM_PTR(MP_OBJ_STRUCTSEQ_TYPE_OF(&resource_struct_rusage_type)) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_OSError) },
#if defined(__APPLE__)
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&resource_getattr_obj) },
#else
    { MP_ROM_QSTR(MP_QSTR_RLIM_INFINITY), MP_ROM_INT(-1) },
#endif
    // Negative (Linux, macOS): not packed.
    { MP_ROM_QSTR(MP_QSTR_RUSAGE_CHILDREN), MP_ROM_INT(RUSAGE_CHILDREN) },
    MP_ROM_INT_CONSTS(resource_consts),
};
// clang-format on
static MP_DEFINE_CONST_DICT(resource_globals, resource_globals_table);

const mp_obj_module_t mp_module_resource = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&resource_globals,
};

MP_REGISTER_MODULE(MP_QSTR_resource, mp_module_resource);

#endif // MICROPY_PY_RESOURCE
