// The time module of the Unix port: CPython's clocks (time, time_ns,
// monotonic, perf_counter and their _ns forms, sleep), MicroPython's
// tick counters (ticks_ms/us/cpu, ticks_add, ticks_diff, sleep_ms/us), and
// the calendar functions localtime, gmtime, mktime and strftime.
// As in MicroPython: localtime/gmtime return a plain 9-tuple (year, month,
// mday, hour, minute, second, weekday 0=Monday, yearday 1..366, isdst), not
// a struct_time, and mktime returns an int.
#include "py/mpconfig.h"

#if MICROPY_PY_TIME

#include <math.h>
#include <string.h>
#include <time.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/mperrno.h"

// Tick counters wrap at this period (a power of two: the positive small-int
// range), and differences are taken modulo it, as MicroPython does.
#define TICKS_PERIOD ((mp_uint_t)MP_SMALL_INT_MAX + 1)
#define TICKS_MAX (TICKS_PERIOD - 1)
#define TICKS_HALFPERIOD (TICKS_PERIOD >> 1)

// time()
static mp_obj_t time_time(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_obj, time_time);

// time_ns()
static mp_obj_t time_time_ns(void) {
    return mp_obj_new_int_from_ull(mp_hal_time_ns());
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_ns_obj, time_time_ns);

// monotonic(), perf_counter()
static mp_obj_t time_monotonic(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_monotonic_ns() / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_monotonic_obj, time_monotonic);

// monotonic_ns(), perf_counter_ns()
static mp_obj_t time_monotonic_ns(void) {
    return mp_obj_new_int_from_ull(mp_hal_monotonic_ns());
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_monotonic_ns_obj, time_monotonic_ns);

// process_time()
static mp_obj_t time_process_time(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_float((mp_float_t)ts.tv_sec + (mp_float_t)ts.tv_nsec / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_process_time_obj, time_process_time);

// sleep(secs): ints or floats; Ctrl-C interrupts it.
static mp_obj_t time_sleep(mp_obj_t secs_in) {
    mp_float_t secs = mp_obj_get_float(secs_in);
    if (isnan(secs)) {
        mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
    }
    if (secs < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("sleep length must be non-negative"));
    }
    if (secs > 1e12) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("sleep length is too large"));
    }
    mp_hal_delay_us((mp_uint_t)(secs * 1e6 + 0.5));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_obj, time_sleep);

// sleep_ms(ms): a negative delay does not sleep.
static mp_obj_t time_sleep_ms(mp_obj_t ms_in) {
    mp_int_t ms = mp_obj_get_int(ms_in);
    if (ms > 0) {
        mp_hal_delay_ms((mp_uint_t)ms);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_ms_obj, time_sleep_ms);

// sleep_us(us)
static mp_obj_t time_sleep_us(mp_obj_t us_in) {
    mp_int_t us = mp_obj_get_int(us_in);
    if (us > 0) {
        mp_hal_delay_us((mp_uint_t)us);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_us_obj, time_sleep_us);

// ticks_ms()
static mp_obj_t time_ticks_ms(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_ms() & TICKS_MAX);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_ms_obj, time_ticks_ms);

// ticks_us()
static mp_obj_t time_ticks_us(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_us() & TICKS_MAX);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_us_obj, time_ticks_us);

// ticks_cpu(): the finest counter there is (nanoseconds here).
static mp_obj_t time_ticks_cpu(void) {
    return MP_OBJ_NEW_SMALL_INT((mp_uint_t)mp_hal_monotonic_ns() & TICKS_MAX);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_cpu_obj, time_ticks_cpu);

// ticks_diff(ticks1, ticks2): ticks1 - ticks2 as a signed value in
// [-period/2, period/2).
static mp_obj_t time_ticks_diff(mp_obj_t end_in, mp_obj_t start_in) {
    mp_uint_t end = (mp_uint_t)mp_obj_get_int(end_in);
    mp_uint_t start = (mp_uint_t)mp_obj_get_int(start_in);
    mp_int_t diff =
        (mp_int_t)((end - start + TICKS_HALFPERIOD) & TICKS_MAX) - (mp_int_t)TICKS_HALFPERIOD;
    return MP_OBJ_NEW_SMALL_INT(diff);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_diff_obj, time_ticks_diff);

// ticks_add(ticks, delta)
static mp_obj_t time_ticks_add(mp_obj_t ticks_in, mp_obj_t delta_in) {
    mp_uint_t ticks = (mp_uint_t)mp_obj_get_int(ticks_in);
    mp_int_t delta = mp_obj_get_int(delta_in);
    if (delta < -(mp_int_t)TICKS_HALFPERIOD || delta >= (mp_int_t)TICKS_HALFPERIOD) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("ticks interval overflow"));
    }
    return MP_OBJ_NEW_SMALL_INT((ticks + (mp_uint_t)delta) & TICKS_MAX);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_add_obj, time_ticks_add);

// ---------------------------------------------------------------------------
// Calendar.

static mp_obj_t tm_to_tuple(const struct tm *tm) {
    mp_obj_t items[9] = {
        mp_obj_new_int(tm->tm_year + 1900),
        MP_OBJ_NEW_SMALL_INT(tm->tm_mon + 1),
        MP_OBJ_NEW_SMALL_INT(tm->tm_mday),
        MP_OBJ_NEW_SMALL_INT(tm->tm_hour),
        MP_OBJ_NEW_SMALL_INT(tm->tm_min),
        MP_OBJ_NEW_SMALL_INT(tm->tm_sec),
        MP_OBJ_NEW_SMALL_INT((tm->tm_wday + 6) % 7), // Monday is 0
        MP_OBJ_NEW_SMALL_INT(tm->tm_yday + 1),
        MP_OBJ_NEW_SMALL_INT(tm->tm_isdst > 0   ? 1
                             : tm->tm_isdst < 0 ? -1
                                                : 0),
    };
    return mp_obj_new_tuple(9, items);
}

// A tuple of 8 or 9 items (as localtime gives) to a struct tm.
static void tuple_to_tm(mp_obj_t t, struct tm *tm) {
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(t, &n, &items);
    if (n < 8 || n > 9) {
        mp_raise_TypeError(MP_ERROR_TEXT("time tuple must have 8 or 9 items"));
    }
    memset(tm, 0, sizeof(*tm));
    tm->tm_year = (int)(mp_obj_get_int(items[0]) - 1900);
    tm->tm_mon = (int)mp_obj_get_int(items[1]) - 1;
    tm->tm_mday = (int)mp_obj_get_int(items[2]);
    tm->tm_hour = (int)mp_obj_get_int(items[3]);
    tm->tm_min = (int)mp_obj_get_int(items[4]);
    tm->tm_sec = (int)mp_obj_get_int(items[5]);
    tm->tm_wday = (int)((mp_obj_get_int(items[6]) + 1) % 7);
    tm->tm_yday = (int)mp_obj_get_int(items[7]) - 1;
    tm->tm_isdst = n == 9 ? (int)mp_obj_get_int(items[8]) : -1;
}

// Seconds argument of localtime/gmtime: None means now.
static time_t secs_arg(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0 || args[0] == mp_const_none) {
        return (time_t)(mp_hal_time_ns() / 1000000000ULL);
    }
    if (mp_obj_is_float(args[0])) {
        mp_float_t f = mp_obj_float_get(args[0]);
        if (!isfinite(f)) {
            mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
        return (time_t)floor(f);
    }
    return (time_t)mp_obj_get_int(args[0]);
}

// localtime([secs])
static mp_obj_t time_localtime(size_t n_args, const mp_obj_t *args) {
    time_t t = secs_arg(n_args, args);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL) {
        mp_raise_msg(
            &mp_type_OverflowError, MP_ERROR_TEXT("timestamp out of range for platform time_t"));
    }
    return tm_to_tuple(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_localtime_obj, 0, 1, time_localtime);

// gmtime([secs])
static mp_obj_t time_gmtime(size_t n_args, const mp_obj_t *args) {
    time_t t = secs_arg(n_args, args);
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL) {
        mp_raise_msg(
            &mp_type_OverflowError, MP_ERROR_TEXT("timestamp out of range for platform time_t"));
    }
    return tm_to_tuple(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_gmtime_obj, 0, 1, time_gmtime);

// mktime(tuple): local time to seconds since the epoch.
static mp_obj_t time_mktime(mp_obj_t tuple) {
    struct tm tm;
    tuple_to_tm(tuple, &tm);
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_year != 69) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("mktime argument out of range"));
    }
    return mp_obj_new_int_from_ll((long long)t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_mktime_obj, time_mktime);

// strftime(format[, t])
static mp_obj_t time_strftime(size_t n_args, const mp_obj_t *args) {
    const char *fmt = mp_obj_str_get_str(args[0]);
    struct tm tm;
    if (n_args > 1) {
        tuple_to_tm(args[1], &tm);
        // Let the C library fill in the derived fields consistently.
        struct tm copy = tm;
        time_t t = mktime(&copy);
        if (t != (time_t)-1) {
            tm.tm_wday = copy.tm_wday;
            tm.tm_yday = copy.tm_yday;
#if defined(__GLIBC__) || defined(__APPLE__)
            tm.tm_gmtoff = copy.tm_gmtoff;
            tm.tm_zone = copy.tm_zone;
#endif
        }
    } else {
        time_t t = (time_t)(mp_hal_time_ns() / 1000000000ULL);
        localtime_r(&t, &tm);
    }
    if (fmt[0] == '\0') {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    // strftime gives no way to tell "too small" from "empty": grow until it fits.
    for (size_t size = 256; size <= 65536; size *= 4) {
        char *buf = m_new_atomic(char, size);
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0) {
            return mp_obj_new_str(buf, n);
        }
    }
    return MP_OBJ_NEW_QSTR(MP_QSTR_);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_strftime_obj, 1, 2, time_strftime);

static const mp_rom_map_elem_t mp_module_time_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_time) },
    { MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&time_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_time_ns), MP_ROM_PTR(&time_time_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_monotonic), MP_ROM_PTR(&time_monotonic_obj) },
    { MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&time_monotonic_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_perf_counter), MP_ROM_PTR(&time_monotonic_obj) },
    { MP_ROM_QSTR(MP_QSTR_perf_counter_ns), MP_ROM_PTR(&time_monotonic_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_process_time), MP_ROM_PTR(&time_process_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&time_sleep_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep_ms), MP_ROM_PTR(&time_sleep_ms_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep_us), MP_ROM_PTR(&time_sleep_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_ms), MP_ROM_PTR(&time_ticks_ms_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_us), MP_ROM_PTR(&time_ticks_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_cpu), MP_ROM_PTR(&time_ticks_cpu_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_add), MP_ROM_PTR(&time_ticks_add_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_diff), MP_ROM_PTR(&time_ticks_diff_obj) },
    { MP_ROM_QSTR(MP_QSTR_localtime), MP_ROM_PTR(&time_localtime_obj) },
    { MP_ROM_QSTR(MP_QSTR_gmtime), MP_ROM_PTR(&time_gmtime_obj) },
    { MP_ROM_QSTR(MP_QSTR_mktime), MP_ROM_PTR(&time_mktime_obj) },
    { MP_ROM_QSTR(MP_QSTR_strftime), MP_ROM_PTR(&time_strftime_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_time_globals, mp_module_time_globals_table);

const mp_obj_module_t mp_module_time = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_time_globals,
};

MP_REGISTER_MODULE(MP_QSTR_time, mp_module_time);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_utime, mp_module_time);

#endif // MICROPY_PY_TIME
