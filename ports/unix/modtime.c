// The time module of the Unix port: CPython's clocks (time, time_ns,
// monotonic, perf_counter, process_time, thread_time and their _ns forms,
// sleep), MicroPython's tick counters (ticks_ms/us/cpu, ticks_add,
// ticks_diff, sleep_ms/us), and CPython's calendar functions: struct_time,
// localtime, gmtime, mktime, strftime, strptime, asctime, ctime and the zone
// facts (timezone, altzone, daylight, tzname, tzset). A struct_time is a
// tuple, so MicroPython code indexing localtime() keeps working; also
// get_clock_info. Left out: clock_gettime/settime, and %G/%V in strptime.
#include "py/mpconfig.h"

#if MICROPY_PY_TIME

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/mperrno.h"
#include "py/objstructseq.h"

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

// process_time()
static mp_obj_t time_process_time(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) {
        mp_raise_OSError_errno();
    }
    return mp_obj_new_float((mp_float_t)ts.tv_sec + (mp_float_t)ts.tv_nsec / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_process_time_obj, time_process_time);

static mp_obj_t cpu_clock_ns(clockid_t clock) {
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0) {
        mp_raise_OSError_errno();
    }
    return mp_obj_new_int_from_ll((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
}

// process_time_ns()
static mp_obj_t time_process_time_ns(void) {
    return cpu_clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_process_time_ns_obj, time_process_time_ns);

// thread_time()
static mp_obj_t time_thread_time(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) {
        mp_raise_OSError_errno();
    }
    return mp_obj_new_float((mp_float_t)ts.tv_sec + (mp_float_t)ts.tv_nsec / 1e9);
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
static const char *const weekday_full[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};
static const char *const month_names[12] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
static const char *const month_full[12] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
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

// ---------------------------------------------------------------------------
// strptime: the directives CPython's _strptime knows, in the C locale.

typedef struct _strptime_state_t {
    const char *s;   // the data, moving forward
    const char *end;
    int year, month, day, hour, minute, second;
    int julian, weekday, isdst;
    int week;        // %U or %W (-1: none)
    bool week_sunday; // week came from %U (weeks begin on Sunday)
    int hour12, ampm; // %I (-1: none), %p (0 am, 1 pm, -1: none)
    bool have_year2; // year came from %y
    bool have_gmtoff;
    long gmtoff;
    mp_obj_t zone;
} strptime_state_t;

// A number of min..max digits (the longest that fits [lo, hi]), as the
// alternatives of CPython's patterns pick it. %d also takes " 5".
static bool scan_number(strptime_state_t *st, int min_w, int max_w, long lo, long hi, int *out) {
    const char *p = st->s;
    if (lo == 1 && hi == 31 && p < st->end && *p == ' ' && p + 1 < st->end && p[1] >= '1' && p[1] <= '9') {
        *out = p[1] - '0';
        st->s = p + 2;
        return true;
    }
    int avail = 0;
    while (avail < max_w && p + avail < st->end && p[avail] >= '0' && p[avail] <= '9') {
        avail++;
    }
    for (int w = avail; w >= min_w && w > 0; w--) {
        long v = 0;
        for (int i = 0; i < w; i++) {
            v = v * 10 + (p[i] - '0');
        }
        if (v >= lo && v <= hi) {
            *out = (int)v;
            st->s = p + w;
            return true;
        }
    }
    return false;
}

// Names are ASCII letters: a case-insensitive match needs no locale.
static bool names_match_nocase(const char *data, const char *name, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if ((data[i] | 0x20) != (name[i] | 0x20)) {
            return false;
        }
    }
    return true;
}

// The longest of `n` names matching the data case-insensitively.
static bool scan_name(strptime_state_t *st, const char *const *names, int n, int *out) {
    int best = -1;
    size_t best_len = 0;
    size_t avail = (size_t)(st->end - st->s);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        if (len > best_len && len <= avail && names_match_nocase(st->s, names[i], len)) {
            best = i;
            best_len = len;
        }
    }
    if (best < 0) {
        return false;
    }
    *out = best;
    st->s += best_len;
    return true;
}

static bool scan_digits2(strptime_state_t *st, int *out) {
    if (st->end - st->s < 2 || !unichar_isdigit(st->s[0]) || !unichar_isdigit(st->s[1])) {
        return false;
    }
    *out = (st->s[0] - '0') * 10 + (st->s[1] - '0');
    st->s += 2;
    return true;
}

// %z: Z, or +HHMM[SS[.ffffff]] with optional colons.
static bool scan_utcoffset(strptime_state_t *st) {
    if (st->s < st->end && *st->s == 'Z') {
        st->s++;
        st->have_gmtoff = true;
        st->gmtoff = 0;
        return true;
    }
    if (st->s >= st->end || (*st->s != '+' && *st->s != '-')) {
        return false;
    }
    int sign = *st->s++ == '-' ? -1 : 1;
    int hh, mm, ss = 0;
    if (!scan_digits2(st, &hh)) {
        return false;
    }
    bool colon = st->s < st->end && *st->s == ':';
    st->s += colon;
    if (!scan_digits2(st, &mm) || mm > 59) {
        return false;
    }
    const char *save = st->s;
    if (colon ? (st->s < st->end && *st->s == ':') : true) {
        st->s += colon;
        if (scan_digits2(st, &ss) && ss <= 59) {
            if (st->s < st->end && *st->s == '.') {
                // Fractions of a second are read and dropped, as tm_gmtoff is whole.
                const char *q = st->s + 1;
                while (q < st->end && q - st->s <= 6 && unichar_isdigit(*q)) {
                    q++;
                }
                if (q > st->s + 1) {
                    st->s = q;
                }
            }
        } else {
            st->s = save;
            ss = 0;
        }
    }
    st->have_gmtoff = true;
    st->gmtoff = sign * (hh * 3600L + mm * 60L + ss);
    return true;
}

// quiet: the error replaces an internal one in CPython's _strptime (raised
// "from None"), so __suppress_context__ reads True there too.
MP_NORETURN static void raise_value_error_vstr(vstr_t *vstr, bool quiet) {
    mp_obj_t exc = mp_obj_new_exception_arg1(&mp_type_ValueError, mp_obj_new_str_from_vstr(vstr));
    if (quiet) {
        mp_store_attr(exc, MP_QSTR___suppress_context__, mp_const_true);
    }
    nlr_raise(exc);
}

// The ValueError for a bad directive d in fmt, or for a '%' ending it
// (d < 0).
MP_NORETURN static void strptime_bad_format(int d, mp_obj_t fmt) {
    vstr_t msg;
    vstr_init(&msg, 48);
    mp_print_t pr;
    mp_print_init_vstr(&pr, &msg);
    if (d < 0) {
        mp_print_str(&pr, "stray % in format ");
    } else {
        mp_printf(&pr, "'%c' is a bad directive in format ", d);
    }
    mp_obj_print_helper(&pr, fmt, PRINT_REPR);
    raise_value_error_vstr(&msg, true);
}

// CPython rejects a bad format before looking at the data; matching stops
// at the first mismatch, so check the whole format first.
static void strptime_check_format(const char *f, size_t len, mp_obj_t fmt) {
    const char *fend = f + len;
    while (f < fend) {
        if (*f++ != '%') {
            continue;
        }
        if (f >= fend) {
            strptime_bad_format(-1, fmt);
        }
        char d = *f++;
        if (strchr("YymdHIMSfjUWwuaAbhBpzZcxX%", d) == NULL || d == '\0') {
            strptime_bad_format((unsigned char)d, fmt);
        }
    }
}

// Matches the data against fmt[0:fmt_len]; false on a mismatch. Bad
// directives raise.
static bool strptime_match(strptime_state_t *st, const char *fmt, size_t fmt_len, mp_obj_t whole_fmt) {
    const char *f = fmt, *fend = fmt + fmt_len;
    while (f < fend) {
        char c = *f++;
        if (unichar_isspace(c)) {
            // A run of white space matches one or more white space characters.
            while (f < fend && unichar_isspace(*f)) {
                f++;
            }
            if (st->s >= st->end || !unichar_isspace(*st->s)) {
                return false;
            }
            while (st->s < st->end && unichar_isspace(*st->s)) {
                st->s++;
            }
            continue;
        }
        if (c != '%') {
            if (st->s >= st->end || unichar_tolower((unsigned char)*st->s) != unichar_tolower((unsigned char)c)) {
                return false;
            }
            st->s++;
            continue;
        }
        if (f >= fend) {
            strptime_bad_format(-1, whole_fmt);
        }
        char d = *f++;
        int v;
        bool ok;
        switch (d) {
            case 'Y':
                ok = scan_number(st, 4, 4, 0, 9999, &st->year);
                st->have_year2 = false;
                break;
            case 'y':
                ok = scan_number(st, 2, 2, 0, 99, &v);
                if (ok) {
                    st->year = v <= 68 ? 2000 + v : 1900 + v;
                    st->have_year2 = true;
                }
                break;
            case 'm':
                ok = scan_number(st, 1, 2, 1, 12, &st->month);
                break;
            case 'd':
                ok = scan_number(st, 1, 2, 1, 31, &st->day);
                break;
            case 'H':
                ok = scan_number(st, 1, 2, 0, 23, &st->hour);
                st->hour12 = -1;
                break;
            case 'I':
                ok = scan_number(st, 1, 2, 1, 12, &st->hour12);
                break;
            case 'M':
                ok = scan_number(st, 1, 2, 0, 59, &st->minute);
                break;
            case 'S':
                ok = scan_number(st, 1, 2, 0, 61, &st->second);
                break;
            case 'f':
                ok = scan_number(st, 1, 6, 0, 999999, &v);
                break;
            case 'j':
                ok = scan_number(st, 1, 3, 1, 366, &st->julian);
                break;
            case 'U':
            case 'W':
                ok = scan_number(st, 1, 2, 0, 53, &st->week);
                st->week_sunday = d == 'U';
                break;
            case 'w':
                ok = scan_number(st, 1, 1, 0, 6, &v);
                if (ok) {
                    st->weekday = (v + 6) % 7;
                }
                break;
            case 'u':
                ok = scan_number(st, 1, 1, 1, 7, &v);
                if (ok) {
                    st->weekday = v - 1;
                }
                break;
            case 'a':
                ok = scan_name(st, weekday_names, 7, &st->weekday);
                break;
            case 'A':
                ok = scan_name(st, weekday_full, 7, &st->weekday);
                break;
            case 'b':
            case 'h':
                ok = scan_name(st, month_names, 12, &v);
                st->month = ok ? v + 1 : st->month;
                break;
            case 'B':
                ok = scan_name(st, month_full, 12, &v);
                st->month = ok ? v + 1 : st->month;
                break;
            case 'p': {
                static const char *const ampm[2] = { "AM", "PM" };
                ok = scan_name(st, ampm, 2, &st->ampm);
                break;
            }
            case 'z':
                ok = scan_utcoffset(st);
                break;
            case 'Z': {
                // UTC, GMT or one of the local zone's names (daylight time
                // only when the zone has it).
                zone_info_t z;
                zone_info(&z);
                const char *names[4] = { "UTC", "GMT", z.std_name, z.dst_name };
                int n = z.std_west != z.dst_west ? 4 : 3;
                const char *start = st->s;
                ok = scan_name(st, names, n, &v);
                if (ok) {
                    st->zone = mp_obj_new_str(start, (size_t)(st->s - start));
                    bool ambiguous = strcmp(z.std_name, z.dst_name) == 0 && z.std_west != z.dst_west;
                    if (!(ambiguous && v >= 2)) {
                        st->isdst = v == 3 ? 1 : 0;
                    }
                }
                break;
            }
            case 'c':
                ok = strptime_match(st, "%a %b %d %H:%M:%S %Y", 20, whole_fmt);
                break;
            case 'x':
                ok = strptime_match(st, "%m/%d/%y", 8, whole_fmt);
                break;
            case 'X':
                ok = strptime_match(st, "%H:%M:%S", 8, whole_fmt);
                break;
            case '%':
                ok = st->s < st->end && *st->s == '%';
                st->s += ok;
                break;
            default:
                strptime_bad_format(d, whole_fmt);
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

static bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m) {
    static const uint8_t days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Days since 0001-01-01 (day 1), the proleptic Gregorian ordinal.
static long ordinal(int y, int m, int d) {
    long yb = y - 1;
    long n = yb * 365 + yb / 4 - yb / 100 + yb / 400;
    for (int i = 1; i < m; i++) {
        n += days_in_month(y, i);
    }
    return n + d;
}

static void from_ordinal(long n, int *y, int *m, int *d) {
    int year = (int)(n / 366) + 1;
    while (ordinal(year + 1, 1, 1) <= n) {
        year++;
    }
    long left = n - ordinal(year, 1, 1);
    int month = 1;
    while (left >= days_in_month(year, month)) {
        left -= days_in_month(year, month);
        month++;
    }
    *y = year;
    *m = month;
    *d = (int)left + 1;
}

// strptime(string, format='%a %b %d %H:%M:%S %Y')
static mp_obj_t time_strptime(size_t n_args, const mp_obj_t *args) {
    mp_obj_t data_obj = args[0];
    mp_obj_t fmt_obj = n_args > 1 ? args[1] : MP_OBJ_NULL;
    if (!mp_obj_is_str(data_obj)) {
        mp_raise_TypeError_obj_unsupported(
            data_obj, MP_ERROR_TEXT("strptime() argument 0 must be str, not %s"));
    }
    const char *fmt = "%a %b %d %H:%M:%S %Y";
    size_t fmt_len = strlen(fmt);
    if (fmt_obj != MP_OBJ_NULL) {
        if (!mp_obj_is_str(fmt_obj)) {
            mp_raise_TypeError_obj_unsupported(
                fmt_obj, MP_ERROR_TEXT("strptime() argument 1 must be str, not %s"));
        }
        fmt = mp_obj_str_get_data(fmt_obj, &fmt_len);
    } else {
        fmt_obj = mp_obj_new_str(fmt, fmt_len);
    }
    size_t data_len;
    const char *data = mp_obj_str_get_data(data_obj, &data_len);
    strptime_state_t st = {
        .s = data, .end = data + data_len,
        .year = 1900, .month = 1, .day = 1,
        .julian = -1, .weekday = -1, .isdst = -1, .hour12 = -1, .ampm = -1, .week = -1,
        .zone = mp_const_none,
    };
    strptime_check_format(fmt, fmt_len, fmt_obj);
    if (!strptime_match(&st, fmt, fmt_len, fmt_obj)) {
        vstr_t msg;
        vstr_init(&msg, 48);
        mp_print_t pr;
        mp_print_init_vstr(&pr, &msg);
        mp_print_str(&pr, "time data ");
        mp_obj_print_helper(&pr, data_obj, PRINT_REPR);
        mp_print_str(&pr, " does not match format ");
        mp_obj_print_helper(&pr, fmt_obj, PRINT_REPR);
        raise_value_error_vstr(&msg, false);
    }
    if (st.s != st.end) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("unconverted data remains: %s"), st.s);
    }
    if (st.hour12 >= 0) {
        st.hour = st.hour12 % 12 + (st.ampm == 1 ? 12 : 0);
    }
    // 29 February without a year is read in a leap year (1904) and
    // reported in 1900, as CPython does.
    int year = st.year;
    bool feb29 = year == 1900 && st.month == 2 && st.day == 29 && st.julian < 0;
    if (feb29) {
        year = 1904;
    }
    if (st.day > days_in_month(year, st.month)) {
        mp_raise_ValueError(MP_ERROR_TEXT("day is out of range for month"));
    }
    if (st.julian < 0 && st.week >= 0 && st.weekday >= 0) {
        // A week number with a weekday names a day of the year. Count both
        // weekdays from the first day of the week kind in use; week 1 starts
        // on the first such day of the year, and week 0 holds the days before
        // it, counted back from 1 January (a zero or negative day falls in the
        // previous year).
        int shift = st.week_sunday ? 1 : 0;
        int jan1_wd = (int)((ordinal(year, 1, 1) + 6 + shift) % 7);
        int wd = (st.weekday + shift) % 7;
        int j;
        if (st.week == 0) {
            j = 1 + wd - jan1_wd;
        } else {
            j = 1 + (7 - jan1_wd) % 7 + 7 * (st.week - 1) + wd;
        }
        if (j <= 0) {
            year -= 1;
            j += is_leap(year) ? 366 : 365;
        }
        st.julian = j;
    }
    int month = st.month, day = st.day;
    long jan1 = ordinal(year, 1, 1);
    int julian;
    if (st.julian < 0) {
        julian = (int)(ordinal(year, month, day) - jan1 + 1);
    } else {
        julian = st.julian;
        // A day past the end of the year rolls over into the next one
        // (CPython keeps the yearday as given).
        from_ordinal(jan1 + julian - 1, &year, &month, &day);
    }
    int weekday = st.weekday >= 0 ? st.weekday : (int)((ordinal(year, month, day) + 6) % 7);
    if (feb29) {
        year = 1900;
    }
    struct tm tm = { 0 };
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = st.hour;
    tm.tm_min = st.minute;
    tm.tm_sec = st.second;
    tm.tm_wday = (weekday + 1) % 7;
    tm.tm_yday = julian - 1;
    tm.tm_isdst = st.isdst;
    mp_obj_t gmtoff = st.have_gmtoff ? mp_obj_new_int((mp_int_t)st.gmtoff) : mp_const_none;
    return struct_time_new(&tm, st.zone, gmtoff);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_strptime_obj, 1, 2, time_strptime);

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
    mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("module 'time' has no attribute '%s'"),
        mp_obj_str_get_str(name_in));
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
