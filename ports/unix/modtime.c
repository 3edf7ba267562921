// The time module of the Unix port: CPython's clocks (time, time_ns,
// monotonic, perf_counter, process_time, thread_time and their _ns forms,
// sleep), MicroPython's tick counters (ticks_ms/us/cpu, ticks_add,
// ticks_diff, sleep_ms/us), and CPython's calendar functions: struct_time,
// localtime, gmtime, mktime, strftime, strptime, asctime, ctime and the zone
// facts (timezone, altzone, daylight, tzname, tzset). A struct_time is a
// tuple, so MicroPython code indexing localtime() keeps working; also
// get_clock_info, clock_gettime(_ns) and clock_getres with the CLOCK_*
// ids (strptime is Python: lib/_timestrptime.py). Left out: clock_settime.
#include "py/mpconfig.h"

#if MICROPY_PY_TIME

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "py/frozen.h"
#include "py/runtime.h"
#include "py/mphal.h"
#include "py/mperrno.h"
#include "py/objstructseq.h"

extern const mp_obj_module_t mp_module_time;

// Tick counters wrap at this period (a power of two: the positive small-int
// range), and differences are taken modulo it, as MicroPython does.
// struct tm carries tm_zone and tm_gmtoff on Linux (glibc and musl), macOS
// and the BSDs; elsewhere the zone comes from tzname/timezone only.
#if defined(__linux__) || defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__)
#define TM_HAS_ZONE (1)
#else
#define TM_HAS_ZONE (0)
#endif

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

// A clock's reading (or its resolution) in seconds, or in nanoseconds.
static mp_obj_t clock_read(clockid_t clock, bool ns, bool resolution) {
    struct timespec ts;
    if ((resolution ? clock_getres(clock, &ts) : clock_gettime(clock, &ts)) != 0) {
        mp_raise_OSError_errno();
    }
    if (ns) {
        return mp_obj_new_int_from_ll((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    }
    return mp_obj_new_float((mp_float_t)ts.tv_sec + (mp_float_t)ts.tv_nsec / 1e9);
}

static mp_obj_t cpu_clock_ns(clockid_t clock) {
    return clock_read(clock, true, false);
}

// process_time()
static mp_obj_t time_process_time(void) {
    return clock_read(CLOCK_PROCESS_CPUTIME_ID, false, false);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_process_time_obj, time_process_time);

// clock_gettime(clk_id), clock_gettime_ns(clk_id), clock_getres(clk_id)
static mp_obj_t time_clock_gettime(mp_obj_t id) {
    return clock_read((clockid_t)mp_obj_get_int(id), false, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_clock_gettime_obj, time_clock_gettime);

static mp_obj_t time_clock_gettime_ns(mp_obj_t id) {
    return clock_read((clockid_t)mp_obj_get_int(id), true, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_clock_gettime_ns_obj, time_clock_gettime_ns);

static mp_obj_t time_clock_getres(mp_obj_t id) {
    return clock_read((clockid_t)mp_obj_get_int(id), false, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_clock_getres_obj, time_clock_getres);

// process_time_ns()
static mp_obj_t time_process_time_ns(void) {
    return cpu_clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_process_time_ns_obj, time_process_time_ns);

// thread_time()
static mp_obj_t time_thread_time(void) {
    return clock_read(CLOCK_THREAD_CPUTIME_ID, false, false);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_thread_time_obj, time_thread_time);

// thread_time_ns()
static mp_obj_t time_thread_time_ns(void) {
    return cpu_clock_ns(CLOCK_THREAD_CPUTIME_ID);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_thread_time_ns_obj, time_thread_time_ns);

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
        mp_raise_OverflowError(MP_ERROR_TEXT("sleep length is too large"));
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
    // -period/2 is refused too, so that ticks_diff(t, ticks_add(t, d)) == -d always holds.
    if (delta <= -(mp_int_t)TICKS_HALFPERIOD || delta >= (mp_int_t)TICKS_HALFPERIOD) {
        mp_raise_OverflowError(MP_ERROR_TEXT("ticks interval overflow"));
    }
    return MP_OBJ_NEW_SMALL_INT((ticks + (mp_uint_t)delta) & TICKS_MAX);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_add_obj, time_ticks_add);

// ---------------------------------------------------------------------------
// Calendar.

// struct_time: nine visible fields and the zone name and UTC offset.
static const uint16_t struct_time_fields[] = {
    MP_QSTR_tm_year, MP_QSTR_tm_mon, MP_QSTR_tm_mday, MP_QSTR_tm_hour, MP_QSTR_tm_min,
    MP_QSTR_tm_sec, MP_QSTR_tm_wday, MP_QSTR_tm_yday, MP_QSTR_tm_isdst,
    MP_QSTR_tm_zone, MP_QSTR_tm_gmtoff,
};
static const mp_obj_structseq_type_t time_struct_time_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_struct_time, "time.struct_time", 9, struct_time_fields,
        true);

static const char *const weekday_names[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char *const month_names[12] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
static mp_obj_t struct_time_new(const struct tm *tm, mp_obj_t zone, mp_obj_t gmtoff) {
    mp_obj_t items[11] = {
        mp_obj_new_int(tm->tm_year + 1900),
        MP_OBJ_NEW_SMALL_INT(tm->tm_mon + 1),
        MP_OBJ_NEW_SMALL_INT(tm->tm_mday),
        MP_OBJ_NEW_SMALL_INT(tm->tm_hour),
        MP_OBJ_NEW_SMALL_INT(tm->tm_min),
        MP_OBJ_NEW_SMALL_INT(tm->tm_sec),
        MP_OBJ_NEW_SMALL_INT((tm->tm_wday + 6) % 7), // Monday is 0
        MP_OBJ_NEW_SMALL_INT(tm->tm_yday + 1),
        MP_OBJ_NEW_SMALL_INT(tm->tm_isdst > 0 ? 1 : tm->tm_isdst < 0 ? -1 : 0),
        zone,
        gmtoff,
    };
    return mp_obj_structseq_new(&time_struct_time_type, items);
}

// A struct tm from the C library (localtime_r, gmtime_r): with its zone.
static mp_obj_t struct_time_from_libc(const struct tm *tm) {
#if TM_HAS_ZONE
    mp_obj_t zone = tm->tm_zone != NULL ? mp_obj_new_str(tm->tm_zone, strlen(tm->tm_zone)) : mp_const_none;
    return struct_time_new(tm, zone, mp_obj_new_int((mp_int_t)tm->tm_gmtoff));
#else
    return struct_time_new(tm, mp_const_none, mp_const_none);
#endif
}

// One field of a time tuple as a C int, with CPython's overflow messages.
static int time_field_int(mp_obj_t o) {
    mp_int_t v = mp_obj_get_int(o);
    if (v > INT_MAX) {
        mp_raise_OverflowError(MP_ERROR_TEXT("signed integer is greater than maximum"));
    }
    if (v < INT_MIN) {
        mp_raise_OverflowError(MP_ERROR_TEXT("signed integer is less than minimum"));
    }
    return (int)v;
}

// A struct_time or a 9-item tuple to a struct tm, as CPython reads it: the
// weekday and yearday are taken as given. A struct_time's zone and offset
// are kept (for %Z and %z); a tuple has none. `func` names the caller in
// the TypeError for a wrong length.
static void time_tuple_to_tm(mp_obj_t t, struct tm *tm, const char *func) {
    if (!mp_obj_structseq_check(t) && !mp_obj_is_type(t, &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Tuple or struct_time argument required"));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_structseq_get_items(t, &n, &items);
    if (n != 9) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s(): illegal time tuple argument"), func);
    }
    memset(tm, 0, sizeof(*tm));
    // every field is a C int, as in CPython, before any range check
    int f[9];
    for (size_t i = 0; i < 9; i++) {
        f[i] = time_field_int(items[i]);
    }
    if (f[0] < INT_MIN + 1900) {
        mp_raise_OverflowError(MP_ERROR_TEXT("year out of range"));
    }
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (int)(((long)f[6] + 1) % 7);
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
#if TM_HAS_ZONE
    if (mp_obj_structseq_check(t)) {
        mp_obj_t zone = mp_obj_structseq_field(t, MP_QSTR_tm_zone);
        mp_obj_t gmtoff = mp_obj_structseq_field(t, MP_QSTR_tm_gmtoff);
        if (zone != mp_const_none) {
            // (char *: macOS declares the field without const)
            tm->tm_zone = (char *)mp_obj_str_get_str(zone);
        }
        if (gmtoff != mp_const_none) {
            tm->tm_gmtoff = (long)mp_obj_get_int(gmtoff);
        }
    }
#endif
}

// The range checks CPython makes before formatting a time tuple; 0 stands
// for the first month, day of the month and day of the year.
static void check_tm(struct tm *tm) {
    if (tm->tm_mon == -1) {
        tm->tm_mon = 0;
    } else if (tm->tm_mon < 0 || tm->tm_mon > 11) {
        mp_raise_ValueError(MP_ERROR_TEXT("month out of range"));
    }
    if (tm->tm_mday == 0) {
        tm->tm_mday = 1;
    } else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
        mp_raise_ValueError(MP_ERROR_TEXT("day of month out of range"));
    }
    if (tm->tm_hour < 0 || tm->tm_hour > 23) {
        mp_raise_ValueError(MP_ERROR_TEXT("hour out of range"));
    }
    if (tm->tm_min < 0 || tm->tm_min > 59) {
        mp_raise_ValueError(MP_ERROR_TEXT("minute out of range"));
    }
    if (tm->tm_sec < 0 || tm->tm_sec > 61) {
        mp_raise_ValueError(MP_ERROR_TEXT("seconds out of range"));
    }
    if (tm->tm_wday < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("day of week out of range"));
    }
    if (tm->tm_yday == -1) {
        tm->tm_yday = 0;
    } else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
        mp_raise_ValueError(MP_ERROR_TEXT("day of year out of range"));
    }
}

// Seconds argument of localtime/gmtime/ctime: None means now.
static time_t secs_arg(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0 || args[0] == mp_const_none) {
        return (time_t)(mp_hal_time_ns() / 1000000000ULL);
    }
    if (mp_obj_is_float(args[0])) {
        mp_float_t f = mp_obj_float_get(args[0]);
        if (isnan(f)) {
            mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
        if (!isfinite(f) || f < -9.2e18 || f > 9.2e18) {
            mp_raise_OverflowError(MP_ERROR_TEXT("timestamp out of range for platform time_t"));
        }
        return (time_t)floor(f);
    }
    return (time_t)mp_obj_get_int(args[0]);
}

static void local_tm(size_t n_args, const mp_obj_t *args, struct tm *tm) {
    time_t t = secs_arg(n_args, args);
    // A time_t the C library cannot convert (year past INT_MAX) is its
    // EOVERFLOW as an OSError, as in CPython.
    if (localtime_r(&t, tm) == NULL) {
        mp_raise_OSError_errno();
    }
}

// localtime([secs])
static mp_obj_t time_localtime(size_t n_args, const mp_obj_t *args) {
    struct tm tm;
    local_tm(n_args, args, &tm);
    return struct_time_from_libc(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_localtime_obj, 0, 1, time_localtime);

// gmtime([secs])
static mp_obj_t time_gmtime(size_t n_args, const mp_obj_t *args) {
    time_t t = secs_arg(n_args, args);
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL) {
        mp_raise_OSError_errno();
    }
    return struct_time_from_libc(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_gmtime_obj, 0, 1, time_gmtime);

// mktime(t): local time to seconds since the epoch, a float as in CPython.
static mp_obj_t time_mktime(mp_obj_t t_in) {
    struct tm tm;
    time_tuple_to_tm(t_in, &tm, "mktime");
    // mktime only writes tm_wday on success: a sentinel tells -1 (one
    // second before the epoch) from an error.
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        mp_raise_OverflowError(MP_ERROR_TEXT("mktime argument out of range"));
    }
    return mp_obj_new_float((mp_float_t)t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_mktime_obj, time_mktime);

// strftime(format[, t])
static mp_obj_t time_strftime(size_t n_args, const mp_obj_t *args) {
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError_obj_unsupported(
            args[0], MP_ERROR_TEXT("strftime() argument 1 must be str, not %s"));
    }
    size_t fmt_len;
    const char *fmt = mp_obj_str_get_data(args[0], &fmt_len);
    struct tm tm;
    tzset();
    if (n_args > 1) {
        time_tuple_to_tm(args[1], &tm, "strftime");
        check_tm(&tm);
        if (tm.tm_isdst < -1) {
            tm.tm_isdst = -1;
        } else if (tm.tm_isdst > 1) {
            tm.tm_isdst = 1;
        }
    } else {
        local_tm(0, NULL, &tm);
    }
    if (fmt_len == 0 || strlen(fmt) != fmt_len) {
        if (fmt_len != 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("embedded null character"));
        }
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    // strftime gives no way to tell "too small" from "empty": grow until it
    // fits, up to a size no sane format reaches.
    for (size_t size = 256; size <= 256 * fmt_len + 65536; size *= 4) {
        char *buf = m_new_atomic(char, size);
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0) {
            return mp_obj_new_str(buf, n);
        }
    }
    return MP_OBJ_NEW_QSTR(MP_QSTR_);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_strftime_obj, 1, 2, time_strftime);

// "Sun Jun 20 23:21:05 1993"
static mp_obj_t format_asctime(const struct tm *tm) {
    vstr_t vstr;
    vstr_init(&vstr, 32);
    vstr_printf(&vstr, "%s %s%3d %02d:%02d:%02d %d", weekday_names[(tm->tm_wday + 6) % 7],
        month_names[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
    return mp_obj_new_str_from_vstr(&vstr);
}

// asctime([t])
static mp_obj_t time_asctime(size_t n_args, const mp_obj_t *args) {
    struct tm tm;
    if (n_args > 0) {
        time_tuple_to_tm(args[0], &tm, "asctime");
        check_tm(&tm);
    } else {
        local_tm(0, NULL, &tm);
    }
    return format_asctime(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_asctime_obj, 0, 1, time_asctime);

// ctime([secs])
static mp_obj_t time_ctime(size_t n_args, const mp_obj_t *args) {
    struct tm tm;
    local_tm(n_args, args, &tm);
    return format_asctime(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_ctime_obj, 0, 1, time_ctime);

// tzset(): re-read the TZ environment variable.
static mp_obj_t time_tzset(void) {
    tzset();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_tzset_obj, time_tzset);

// The zone facts CPython derives at import: standard time is whichever of
// January and July is further west (so southern-hemisphere summer time
// counts as daylight time too).
typedef struct _zone_info_t {
    long std_west, dst_west; // seconds west of UTC
    const char *std_name, *dst_name;
} zone_info_t;

static void zone_info(zone_info_t *z) {
    tzset();
    time_t now = (time_t)(mp_hal_time_ns() / 1000000000ULL);
    struct tm tm;
    localtime_r(&now, &tm);
    struct tm jan = { 0 }, jul = { 0 };
    jan.tm_year = jul.tm_year = tm.tm_year;
    jan.tm_mday = jul.tm_mday = 1;
    jul.tm_mon = 6;
    jan.tm_isdst = jul.tm_isdst = -1;
    time_t jan_t = mktime(&jan);
    time_t jul_t = mktime(&jul);
    localtime_r(&jan_t, &jan);
    localtime_r(&jul_t, &jul);
#if TM_HAS_ZONE
    long jan_west = -jan.tm_gmtoff, jul_west = -jul.tm_gmtoff;
    const char *jan_name = jan.tm_zone, *jul_name = jul.tm_zone;
#else
    long jan_west = timezone, jul_west = timezone;
    const char *jan_name = tzname[0], *jul_name = tzname[1];
#endif
    if (jan_west < jul_west) {
        *z = (zone_info_t) { jul_west, jan_west, jul_name, jan_name };
    } else {
        *z = (zone_info_t) { jan_west, jul_west, jan_name, jul_name };
    }
}

// strptime(string, format='%a %b %d %H:%M:%S %Y'): written in Python
// (lib/_timestrptime.py), imported on its first call.
MP_DEFINE_CONST_FUN_FROZEN(time_strptime_obj, MP_QSTR__timestrptime, MP_QSTR_strptime);

// __getattr__(name): timezone, altzone, daylight and tzname, worked out
// when read, so that they follow TZ (and tzset()).
static mp_obj_t time_getattr(mp_obj_t name_in) {
    qstr name = mp_obj_is_qstr(name_in) ? MP_OBJ_QSTR_VALUE(name_in) : MP_QSTRnull;
    if (name == MP_QSTR_timezone || name == MP_QSTR_altzone || name == MP_QSTR_daylight || name == MP_QSTR_tzname) {
        zone_info_t z;
        zone_info(&z);
        if (name == MP_QSTR_timezone) {
            return mp_obj_new_int(z.std_west);
        }
        if (name == MP_QSTR_altzone) {
            return mp_obj_new_int(z.dst_west);
        }
        if (name == MP_QSTR_daylight) {
            return MP_OBJ_NEW_SMALL_INT(z.std_west != z.dst_west);
        }
        mp_obj_t names[2] = { mp_obj_new_str(z.std_name, strlen(z.std_name)),
            mp_obj_new_str(z.dst_name, strlen(z.dst_name)) };
        return mp_obj_new_tuple(2, names);
    }
    mp_raise_attribute_error(MP_OBJ_FROM_PTR(&mp_module_time), mp_obj_str_get_qstr(name_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_getattr_obj, time_getattr);

// get_clock_info(name): a types.SimpleNamespace describing one of the
// clocks above (implementation, monotonic, adjustable, resolution), with the
// implementation texts CPython reports on Linux (and macOS).
static mp_obj_t time_get_clock_info(mp_obj_t name_in) {
    qstr name = mp_obj_str_get_qstr(name_in);
    clockid_t clock;
    const char *impl;
    bool steady = true;
    if (name == MP_QSTR_time) {
        clock = CLOCK_REALTIME;
        impl = "clock_gettime(CLOCK_REALTIME)";
        steady = false;
    } else if (name == MP_QSTR_monotonic || name == MP_QSTR_perf_counter) {
        clock = CLOCK_MONOTONIC;
#if defined(__APPLE__)
        impl = "mach_absolute_time()"; // what CPython reads on macOS
#else
        impl = "clock_gettime(CLOCK_MONOTONIC)";
#endif
    } else if (name == MP_QSTR_process_time) {
        clock = CLOCK_PROCESS_CPUTIME_ID;
        impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
    } else if (name == MP_QSTR_thread_time) {
        clock = CLOCK_THREAD_CPUTIME_ID;
        impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
    } else {
        mp_raise_ValueError(MP_ERROR_TEXT("unknown clock"));
    }
    struct timespec res;
    mp_float_t resolution = 1e-9;
    if (clock_getres(clock, &res) == 0 && (res.tv_sec != 0 || res.tv_nsec != 0)) {
        resolution = (mp_float_t)res.tv_sec + (mp_float_t)res.tv_nsec * 1e-9;
    }
    mp_obj_t types = mp_import_name(MP_QSTR_types, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t maker = mp_load_attr(types, MP_QSTR_SimpleNamespace);
    mp_obj_t kw[8] = {
        MP_OBJ_NEW_QSTR(MP_QSTR_implementation), mp_obj_new_str(impl, strlen(impl)),
        MP_OBJ_NEW_QSTR(MP_QSTR_monotonic), mp_obj_new_bool(steady),
        // only the wall clock can be set by the administrator
        MP_OBJ_NEW_QSTR(MP_QSTR_adjustable), mp_obj_new_bool(!steady),
        MP_OBJ_NEW_QSTR(MP_QSTR_resolution), mp_obj_new_float(resolution),
    };
    return mp_call_function_n_kw(maker, 0, 4, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_get_clock_info_obj, time_get_clock_info);

static const mp_rom_map_elem_t mp_module_time_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_time) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&time_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_struct_time), MP_ROM_PTR(&time_struct_time_type) },
    { MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&time_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_time_ns), MP_ROM_PTR(&time_time_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_monotonic), MP_ROM_PTR(&time_monotonic_obj) },
    { MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&time_monotonic_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_perf_counter), MP_ROM_PTR(&time_monotonic_obj) },
    { MP_ROM_QSTR(MP_QSTR_perf_counter_ns), MP_ROM_PTR(&time_monotonic_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_process_time), MP_ROM_PTR(&time_process_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_process_time_ns), MP_ROM_PTR(&time_process_time_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_thread_time), MP_ROM_PTR(&time_thread_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_thread_time_ns), MP_ROM_PTR(&time_thread_time_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_clock_gettime), MP_ROM_PTR(&time_clock_gettime_obj) },
    { MP_ROM_QSTR(MP_QSTR_clock_gettime_ns), MP_ROM_PTR(&time_clock_gettime_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_clock_getres), MP_ROM_PTR(&time_clock_getres_obj) },
    { MP_ROM_QSTR(MP_QSTR_CLOCK_REALTIME), MP_ROM_INT(CLOCK_REALTIME) },
    { MP_ROM_QSTR(MP_QSTR_CLOCK_MONOTONIC), MP_ROM_INT(CLOCK_MONOTONIC) },
    { MP_ROM_QSTR(MP_QSTR_CLOCK_PROCESS_CPUTIME_ID), MP_ROM_INT(CLOCK_PROCESS_CPUTIME_ID) },
    { MP_ROM_QSTR(MP_QSTR_CLOCK_THREAD_CPUTIME_ID), MP_ROM_INT(CLOCK_THREAD_CPUTIME_ID) },
#ifdef CLOCK_MONOTONIC_RAW
    { MP_ROM_QSTR(MP_QSTR_CLOCK_MONOTONIC_RAW), MP_ROM_INT(CLOCK_MONOTONIC_RAW) },
#endif
#ifdef CLOCK_BOOTTIME
    { MP_ROM_QSTR(MP_QSTR_CLOCK_BOOTTIME), MP_ROM_INT(CLOCK_BOOTTIME) },
#endif
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
    { MP_ROM_QSTR(MP_QSTR_strptime), MP_ROM_PTR(&time_strptime_obj) },
    { MP_ROM_QSTR(MP_QSTR_asctime), MP_ROM_PTR(&time_asctime_obj) },
    { MP_ROM_QSTR(MP_QSTR_ctime), MP_ROM_PTR(&time_ctime_obj) },
    { MP_ROM_QSTR(MP_QSTR_tzset), MP_ROM_PTR(&time_tzset_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_clock_info), MP_ROM_PTR(&time_get_clock_info_obj) },
    // struct_time fields including tm_zone and tm_gmtoff (test suites
    // check this to know the zone fields are filled in)
    { MP_ROM_QSTR(MP_QSTR__STRUCT_TM_ITEMS), MP_ROM_INT(11) },
};
static MP_DEFINE_CONST_DICT(mp_module_time_globals, mp_module_time_globals_table);

const mp_obj_module_t mp_module_time = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_time_globals,
};

MP_REGISTER_MODULE(MP_QSTR_time, mp_module_time);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_utime, mp_module_time);

#endif // MICROPY_PY_TIME
