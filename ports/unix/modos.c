// The os module of the Unix port, as CPython's on POSIX: the environment
// (getenv, putenv, unsetenv and a live os.environ mapping), paths (stat and
// os.stat_result, mkdir, rename, readlink, symlink, chmod, utime, access...),
// processes and users (getpid, kill, getuid, uname, times...), and the
// constants (sep, O_*, SEEK_*, F_OK...). File-descriptor calls live in
// osfile.c, directory walking (listdir, scandir, walk, makedirs) in osdir.c.
// Errors are OSError(errno, strerror, filename[, filename2]) with CPython's
// subclasses. MicroPython's ilistdir is kept. os.path is a frozen Python
// submodule (lib/os/path.py); fork, exec and wait are in osproc.c, popen in
// lib/subprocess.py. Left out: spawn*, dir_fd other than for stat, extended
// attributes, scheduling, os.PathLike as an ABC.
#include "py/mpconfig.h"

#if MICROPY_PY_OS

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <unistd.h>

#if defined(__APPLE__)
#include <sys/random.h>
#endif

// glibc shows these Linux flags only to _GNU_SOURCE builds; CPython has them.
#if !defined(O_NOATIME) && defined(__O_NOATIME)
#define O_NOATIME __O_NOATIME
#endif
#if !defined(O_PATH) && defined(__O_PATH)
#define O_PATH __O_PATH
#endif
#if !defined(O_TMPFILE) && defined(__O_TMPFILE)
#define O_TMPFILE (__O_TMPFILE | O_DIRECTORY)
#endif

#include "py/runtime.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "extmod/modsocket.h"
#include "extmod/mpsyscall.h"
#include "modos.h"
#include "ports/unix/file.h"
#include "py/objstructseq.h"

extern const mp_obj_module_t mp_module_os;

extern char **environ;

static mp_obj_t cstr_obj(const char *s) {
    return mp_obj_new_str_from_os(s, strlen(s));
}

// The C string of a str argument (environment name or value, shell
// command). An embedded NUL would silently cut it: os.mkdir('a\0b') made
// 'a'. CPython refuses it.
static const char *os_cstr(mp_obj_t str) {
    size_t len;
    const char *s = mp_obj_is_str(str) ? mp_obj_str_get_os_data(str, &len) : mp_obj_str_get_data(str, &len);
    if (strlen(s) != len) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null byte"));
    }
    return s;
}

// The value of an environment variable, NULL if unset. A name with a NUL
// cannot be set, so it is simply not there (as in CPython's os.environ).
static const char *env_lookup(mp_obj_t key_in) {
    size_t len;
    const char *key = mp_obj_is_str(key_in) ? mp_obj_str_get_os_data(key_in, &len) : mp_obj_str_get_data(key_in, &len);
    return strlen(key) != len ? NULL : getenv(key);
}

static bool is_str_or_bytes(mp_obj_t o) {
    return mp_obj_str_cast(o) != MP_OBJ_NULL || mp_obj_is_instance_of(o, &mp_type_bytes);
}

// __fspath__() of a path-like object, looked up on its type; MP_OBJ_NULL if
// it has none.
static mp_obj_t call_fspath(mp_obj_t path) {
    mp_obj_t dest[2];
    mp_load_method_maybe(MP_OBJ_FROM_PTR(mp_obj_get_type(path)), MP_QSTR___fspath__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t res = mp_call_function_1(dest[0], path);
    if (!is_str_or_bytes(res)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("expected %s.__fspath__() to return str or bytes, not %s"),
            mp_obj_get_type_str(path), mp_obj_get_type_str(res));
    }
    return res;
}

mp_obj_t os_fspath(mp_obj_t path) {
    if (is_str_or_bytes(path)) {
        return path;
    }
    mp_obj_t res = call_fspath(path);
    if (res == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            path, MP_ERROR_TEXT("expected str, bytes or os.PathLike object, not %s"));
    }
    return res;
}

const char *os_path_arg(mp_obj_t path, qstr func, qstr arg, bool fd_ok, bool *is_bytes) {
    if (!is_str_or_bytes(path)) {
        mp_obj_t res = call_fspath(path);
        if (res == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%q: %q should be string, bytes%s, not %s"), func, arg,
                fd_ok ? ", os.PathLike or integer" : " or os.PathLike", mp_obj_get_type_str(path));
        }
        path = res;
    }
    mp_obj_t str = mp_obj_str_cast(path);
    bool bytes = str == MP_OBJ_NULL;
    if (is_bytes != NULL) {
        *is_bytes = bytes;
    }
    size_t len;
    const char *s = bytes
        ? mp_obj_str_get_data(mp_obj_cast_to_native_base(path, MP_OBJ_FROM_PTR(&mp_type_bytes)), &len)
        : mp_obj_str_get_os_data(str, &len);
    // str and bytes data are NUL-terminated; an embedded NUL would cut the path.
    if (strlen(s) != len) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null byte"));
    }
    return s;
}

mp_obj_t os_path_result(const char *s, size_t len, bool is_bytes) {
    return is_bytes ? mp_obj_new_bytes((const byte *)s, len) : mp_obj_new_str_from_os(s, len);
}

// An error names a path-like by its __fspath__() (as CPython: 'x', not PosixPath('x')).
static mp_obj_t path_for_error(mp_obj_t path) {
    mp_obj_t res = is_str_or_bytes(path) || mp_obj_is_int(path) ? MP_OBJ_NULL : call_fspath(path);
    return res == MP_OBJ_NULL ? path : res;
}

void os_check_path(int ret, mp_obj_t path) {
    if (ret == -1) {
        int err = errno;
        mp_raise_OSError_with_filename(err, path_for_error(path));
    }
}

// OSError(errno, strerror, src, None, dst): str() shows "'src' -> 'dst'".
MP_NORETURN static void raise_errno_2paths(int err, mp_obj_t src, mp_obj_t dst) {
    const char *text = strerror(err);
    mp_obj_t args[5] = { MP_OBJ_NEW_SMALL_INT(err), mp_obj_new_str(text, strlen(text)), path_for_error(src), mp_const_none,
        path_for_error(dst) };
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 5, args));
}

void os_check_result(int ret) {
    if (ret == -1) {
        mp_raise_OSError_errno();
    }
}

int os_fd_arg(mp_obj_t fd) {
    mp_int_t v;
    if (!mp_obj_get_int_maybe(fd, &v)) {
        if (mp_obj_is_int(fd)) {
            // An int beyond mp_int_t has no fileno() either (CPython's error).
            mp_raise_OverflowError(MP_ERROR_TEXT("fd is greater than maximum"));
        }
        mp_obj_t dest[2];
        mp_load_method_maybe(fd, MP_QSTR_fileno, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("argument must be an int, or have a fileno() method."));
        }
        v = mp_obj_get_int(mp_call_method_n_kw(0, 0, dest));
    }
    if (v < INT_MIN || v > INT_MAX) {
        mp_raise_OverflowError(MP_ERROR_TEXT("fd is greater than maximum"));
    }
    return (int)v;
}

// The same, refusing a negative number (fcntl, termios: CPython's check).
int os_fd_arg_nonneg(mp_obj_t o) {
    int fd = os_fd_arg(o);
    if (fd < 0) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("file descriptor cannot be a negative integer (%d)"), fd);
    }
    return fd;
}

// A dir_fd= argument: None (the working directory) or a descriptor.
static int dir_fd_arg(mp_obj_t o) {
    return o == mp_const_none ? AT_FDCWD : os_fd_arg(o);
}

// ---------------------------------------------------------------------------
// Environment.

// getenv(key, default=None)
static mp_obj_t os_getenv(size_t n_args, const mp_obj_t *args) {
    const char *v = env_lookup(args[0]);
    if (v == NULL) {
        return n_args > 1 ? args[1] : mp_const_none;
    }
    return cstr_obj(v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_getenv_obj, 1, 2, os_getenv);

static void env_check_key(const char *key) {
    if (key[0] == '\0' || strchr(key, '=') != NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("illegal environment variable name"));
    }
}

// putenv(key, value)
static mp_obj_t os_putenv(mp_obj_t key_in, mp_obj_t value_in) {
    const char *key = os_cstr(key_in);
    env_check_key(key);
    os_check_result(setenv(key, os_cstr(value_in), 1));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_putenv_obj, os_putenv);

// unsetenv(key)
static mp_obj_t os_unsetenv(mp_obj_t key_in) {
    const char *key = os_cstr(key_in);
    env_check_key(key);
    os_check_result(unsetenv(key));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_unsetenv_obj, os_unsetenv);

// os.environ: a mapping that reads and writes the process environment
// directly (so putenv and os.environ always agree).

// The environment as a new dict.
static mp_obj_t environ_snapshot(void) {
    mp_obj_t d = mp_obj_new_dict(0);
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) {
            continue;
        }
        mp_obj_dict_store(
            d, mp_obj_new_str_from_os(*e, (size_t)(eq - *e)), cstr_obj(eq + 1));
    }
    return d;
}

static mp_obj_t environ_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    (void)self_in;
    if (value == MP_OBJ_SENTINEL) {
        const char *v = env_lookup(index);
        if (v == NULL) {
            mp_raise_KeyError(index);
        }
        return cstr_obj(v);
    }
    const char *key = os_cstr(index);
    env_check_key(key);
    if (value == MP_OBJ_NULL) {
        if (getenv(key) == NULL) {
            mp_raise_KeyError(index);
        }
        os_check_result(unsetenv(key));
    } else {
        os_check_result(setenv(key, os_cstr(value), 1));
    }
    return mp_const_none;
}

static mp_obj_t environ_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    (void)self_in;
    switch (op) {
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(mp_obj_dict_len(environ_snapshot()));
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(environ != NULL && environ[0] != NULL);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t environ_update(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args);

static mp_obj_t environ_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_CONTAINS:
            if (!mp_obj_is_str(rhs)) {
                return mp_const_false;
            }
            return mp_obj_new_bool(env_lookup(rhs) != NULL);
        case MP_BINARY_OP_INPLACE_OR: {
            // As update(): a mapping or an iterable of pairs.
            mp_obj_t args[2] = { lhs, rhs };
            environ_update(2, args, NULL);
            return lhs;
        }
        default:
            // ==, != and | (either side) with a dict: a snapshot's answer,
            // as CPython's Mapping methods compare and merge a dict copy.
            return MP_OBJ_TYPE_GET_SLOT(&mp_type_dict, binary_op)(op, environ_snapshot(), rhs);
    }
}

static mp_obj_t environ_getiter(mp_obj_t self_in) {
    (void)self_in;
    return mp_getiter(environ_snapshot());
}

static void environ_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)self_in;
    (void)kind;
    mp_print_str(print, "environ(");
    mp_obj_print_helper(print, environ_snapshot(), PRINT_REPR);
    mp_print_str(print, ")");
}

// environ.get(key, default=None)
static mp_obj_t environ_get(size_t n_args, const mp_obj_t *args) {
    return os_getenv(n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(environ_get_obj, 2, 3, environ_get);

// environ.copy(), keys(), values(), items(): of a snapshot dict.
static mp_obj_t environ_copy(mp_obj_t self_in) {
    (void)self_in;
    return environ_snapshot();
}
static MP_DEFINE_CONST_FUN_OBJ_1(environ_copy_obj, environ_copy);

static mp_obj_t environ_view(qstr method) {
    mp_obj_t dest[2];
    mp_load_method(environ_snapshot(), method, dest);
    return mp_call_method_n_kw(0, 0, dest);
}

static mp_obj_t environ_keys(mp_obj_t self_in) {
    (void)self_in;
    return environ_view(MP_QSTR_keys);
}
static MP_DEFINE_CONST_FUN_OBJ_1(environ_keys_obj, environ_keys);

static mp_obj_t environ_values(mp_obj_t self_in) {
    (void)self_in;
    return environ_view(MP_QSTR_values);
}
static MP_DEFINE_CONST_FUN_OBJ_1(environ_values_obj, environ_values);

static mp_obj_t environ_items(mp_obj_t self_in) {
    (void)self_in;
    return environ_view(MP_QSTR_items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(environ_items_obj, environ_items);

// environ.pop(key[, default])
static mp_obj_t environ_pop(size_t n_args, const mp_obj_t *args) {
    const char *v = env_lookup(args[1]);
    if (v == NULL) {
        if (n_args > 2) {
            return args[2];
        }
        mp_raise_KeyError(args[1]);
    }
    mp_obj_t res = cstr_obj(v);
    os_check_result(unsetenv(os_cstr(args[1])));
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(environ_pop_obj, 2, 3, environ_pop);

// environ.popitem(): the first variable, removed.
static mp_obj_t environ_popitem(mp_obj_t self_in) {
    mp_obj_t item[2];
    item[0] = mp_iternext(environ_getiter(self_in));
    if (item[0] == MP_OBJ_STOP_ITERATION) {
        mp_raise_type(&mp_type_KeyError);
    }
    item[1] = environ_subscr(self_in, item[0], MP_OBJ_SENTINEL);
    environ_subscr(self_in, item[0], MP_OBJ_NULL);
    return mp_obj_new_tuple(2, item);
}
static MP_DEFINE_CONST_FUN_OBJ_1(environ_popitem_obj, environ_popitem);

// environ.setdefault(key, default=None)
static mp_obj_t environ_setdefault(size_t n_args, const mp_obj_t *args) {
    const char *v = env_lookup(args[1]);
    if (v != NULL) {
        return cstr_obj(v);
    }
    mp_obj_t value = n_args > 2 ? args[2] : mp_const_none;
    environ_subscr(args[0], args[1], value);
    return value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(environ_setdefault_obj, 2, 3, environ_setdefault);


// environ.update([other], **kwargs)
static mp_obj_t environ_update(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args > 1) {
        mp_obj_t src = args[1];
        mp_obj_t dest[2];
        mp_load_method_maybe(src, MP_QSTR_keys, dest);
        mp_obj_t iter = mp_getiter(dest[0] != MP_OBJ_NULL ? mp_call_method_n_kw(0, 0, dest) : src);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            if (dest[0] != MP_OBJ_NULL) {
                environ_subscr(args[0], item, mp_obj_subscr(src, item, MP_OBJ_SENTINEL));
            } else {
                mp_obj_t *kv;
                mp_obj_get_array_fixed_n(item, 2, &kv);
                environ_subscr(args[0], kv[0], kv[1]);
            }
        }
    }
    for (size_t i = 0; kw_args != NULL && i < kw_args->alloc; i++) {
        if (mp_map_slot_is_filled(kw_args, i)) {
            environ_subscr(args[0], kw_args->table[i].key, kw_args->table[i].value);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(environ_update_obj, 1, environ_update);

// environ.clear(): unset every variable (clearenv() is not portable).
static mp_obj_t environ_clear(mp_obj_t self_in) {
    mp_obj_t iter = mp_getiter(environ_snapshot());
    mp_obj_t key;
    while ((key = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        environ_subscr(self_in, key, MP_OBJ_NULL);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(environ_clear_obj, environ_clear);

static const mp_rom_map_elem_t environ_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&environ_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&environ_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&environ_get_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&environ_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&environ_keys_obj) },
    { MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&environ_values_obj) },
    { MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&environ_items_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&environ_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&environ_popitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_setdefault), MP_ROM_PTR(&environ_setdefault_obj) },
};
static MP_DEFINE_CONST_DICT(environ_locals_dict, environ_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    os_environ_type, MP_QSTR__Environ, MP_TYPE_FLAG_NONE,
    print, environ_print,
    unary_op, environ_unary_op,
    binary_op, environ_binary_op,
    subscr, environ_subscr,
    getiter, environ_getiter,
    locals_dict, (mp_obj_dict_t *)&environ_locals_dict
    );

static const mp_obj_base_t os_environ_obj = { &os_environ_type };

// ---------------------------------------------------------------------------
// The stat result.

// Field order as CPython's on Linux: ten visible items (the times as ints),
// then the float times (shadowing the int ones by name), the ns times and
// the block and device numbers.
static const uint16_t stat_fields[] = {
    MP_QSTR_st_mode, MP_QSTR_st_ino, MP_QSTR_st_dev, MP_QSTR_st_nlink, MP_QSTR_st_uid,
    MP_QSTR_st_gid, MP_QSTR_st_size, MP_QSTR_st_atime, MP_QSTR_st_mtime, MP_QSTR_st_ctime,
    MP_QSTR_st_atime, MP_QSTR_st_mtime, MP_QSTR_st_ctime,
    MP_QSTR_st_atime_ns, MP_QSTR_st_mtime_ns, MP_QSTR_st_ctime_ns,
    MP_QSTR_st_blksize, MP_QSTR_st_blocks, MP_QSTR_st_rdev,
#if defined(__APPLE__)
    // CPython's fields on macOS (22 in all).
    MP_QSTR_st_flags, MP_QSTR_st_gen, MP_QSTR_st_birthtime,
#endif
};
static const mp_obj_structseq_type_t os_stat_result_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_stat_result, "os.stat_result", 10, stat_fields,
        true);

#if defined(__APPLE__)
#define STAT_ATIM(st) ((st)->st_atimespec)
#define STAT_MTIM(st) ((st)->st_mtimespec)
#define STAT_CTIM(st) ((st)->st_ctimespec)
#else
#define STAT_ATIM(st) ((st)->st_atim)
#define STAT_MTIM(st) ((st)->st_mtim)
#define STAT_CTIM(st) ((st)->st_ctim)
#endif

static mp_obj_t timespec_float(struct timespec ts) {
    return mp_obj_new_float((mp_float_t)ts.tv_sec + (mp_float_t)ts.tv_nsec * 1e-9);
}

// Nanoseconds fit 64 bits until the year 2262.
static mp_obj_t timespec_ns(struct timespec ts) {
    return mp_obj_new_int_from_ll((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
}

mp_obj_t os_stat_new(const struct stat *st) {
    mp_obj_t v[MP_ARRAY_SIZE(stat_fields)] = {
        mp_obj_new_int_from_uint(st->st_mode),
        mp_obj_new_int_from_ull((unsigned long long)st->st_ino),
        mp_obj_new_int_from_ull((unsigned long long)st->st_dev),
        mp_obj_new_int_from_ull((unsigned long long)st->st_nlink),
        mp_obj_new_int_from_uint(st->st_uid),
        mp_obj_new_int_from_uint(st->st_gid),
        mp_obj_new_int_from_ll((long long)st->st_size),
        mp_obj_new_int_from_ll((long long)STAT_ATIM(st).tv_sec),
        mp_obj_new_int_from_ll((long long)STAT_MTIM(st).tv_sec),
        mp_obj_new_int_from_ll((long long)STAT_CTIM(st).tv_sec),
        timespec_float(STAT_ATIM(st)),
        timespec_float(STAT_MTIM(st)),
        timespec_float(STAT_CTIM(st)),
        timespec_ns(STAT_ATIM(st)),
        timespec_ns(STAT_MTIM(st)),
        timespec_ns(STAT_CTIM(st)),
        mp_obj_new_int_from_ll((long long)st->st_blksize),
        mp_obj_new_int_from_ll((long long)st->st_blocks),
        mp_obj_new_int_from_ull((unsigned long long)st->st_rdev),
#if defined(__APPLE__)
        mp_obj_new_int_from_uint(st->st_flags),
        mp_obj_new_int_from_uint(st->st_gen),
        timespec_float(st->st_birthtimespec),
#endif
    };
    return mp_obj_structseq_new(&os_stat_result_type, v);
}

static mp_obj_t do_stat(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, qstr func, bool follow) {
    enum { ARG_path, ARG_dir_fd, ARG_follow_symlinks };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_path, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_dir_fd, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_follow_symlinks, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(func, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t path = args[ARG_path].u_obj;
    struct stat st;
    int r;
    // A dropped file's output is on disk in CPython (reference counting).
    unix_file_flush_all();
    if (follow && mp_obj_is_int(path)) {
        MP_SYSCALL_RETRY(r, fstat(os_fd_arg(path), &st));
        os_check_result(r);
        return os_stat_new(&st);
    }
    int flags = follow && args[ARG_follow_symlinks].u_bool ? 0 : AT_SYMLINK_NOFOLLOW;
    const char *p = os_path_arg(path, func, MP_QSTR_path, follow, NULL);
    MP_SYSCALL_RETRY(r, fstatat(dir_fd_arg(args[ARG_dir_fd].u_obj), p, &st, flags));
    os_check_path(r, path);
    return os_stat_new(&st);
}

// stat(path, *, dir_fd=None, follow_symlinks=True): path may be an fd.
static mp_obj_t os_stat(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return do_stat(n_args, pos_args, kw_args, MP_QSTR_stat, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_stat_obj, 0, os_stat);

// lstat(path, *, dir_fd=None)
static mp_obj_t os_lstat(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return do_stat(n_args, pos_args, kw_args, MP_QSTR_lstat, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_lstat_obj, 0, os_lstat);

// ---------------------------------------------------------------------------
// Files and directories.

static mp_obj_t getcwd_as(bool is_bytes) {
    for (size_t size = 256;; size *= 2) {
        char *buf = m_new_atomic(char, size);
        if (getcwd(buf, size) != NULL) {
            return os_path_result(buf, strlen(buf), is_bytes);
        }
        if (errno != ERANGE) {
            mp_raise_OSError_errno();
        }
    }
}

// getcwd()
static mp_obj_t os_getcwd(void) {
    return getcwd_as(false);
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getcwd_obj, os_getcwd);

// getcwdb()
static mp_obj_t os_getcwdb(void) {
    return getcwd_as(true);
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getcwdb_obj, os_getcwdb);

// chdir(path)
static mp_obj_t os_chdir(mp_obj_t path) {
    if (mp_obj_is_int(path)) {
        os_check_result(fchdir(os_fd_arg(path)));
    } else {
        os_check_path(chdir(os_path_arg(path, MP_QSTR_chdir, MP_QSTR_path, true, NULL)), path);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_chdir_obj, os_chdir);

// mkdir(path, mode=0o777, *, dir_fd=None)
static mp_obj_t os_mkdir(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_path, ARG_mode, ARG_dir_fd };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_path, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_mode, MP_ARG_INT, { .u_int = 0777 } },
        { MP_QSTR_dir_fd, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_mkdir, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t path = args[ARG_path].u_obj;
    const char *p = os_path_arg(path, MP_QSTR_mkdir, MP_QSTR_path, false, NULL);
    os_check_path(mkdirat(dir_fd_arg(args[ARG_dir_fd].u_obj), p, (mode_t)args[ARG_mode].u_int), path);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_mkdir_obj, 0, os_mkdir);

// rmdir(path)
static mp_obj_t os_rmdir(mp_obj_t path) {
    os_check_path(unlinkat(AT_FDCWD, os_path_arg(path, MP_QSTR_rmdir, MP_QSTR_path, false, NULL), AT_REMOVEDIR), path);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_rmdir_obj, os_rmdir);

// remove(path), unlink(path)
static mp_obj_t os_remove(mp_obj_t path) {
    os_check_path(unlinkat(AT_FDCWD, os_path_arg(path, MP_QSTR_remove, MP_QSTR_path, false, NULL), 0), path);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_remove_obj, os_remove);

// rename(src, dst), replace(src, dst): both replace an existing dst on POSIX.
static mp_obj_t os_rename(mp_obj_t src, mp_obj_t dst) {
    const char *s = os_path_arg(src, MP_QSTR_rename, MP_QSTR_src, false, NULL);
    const char *d = os_path_arg(dst, MP_QSTR_rename, MP_QSTR_dst, false, NULL);
    if (rename(s, d) == -1) {
        raise_errno_2paths(errno, src, dst);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_rename_obj, os_rename);

// readlink(path): str or bytes, as path is.
static mp_obj_t os_readlink(mp_obj_t path) {
    bool is_bytes;
    const char *p = os_path_arg(path, MP_QSTR_readlink, MP_QSTR_path, false, &is_bytes);
    for (size_t size = 256;; size *= 4) {
        char *buf = m_new_atomic(char, size);
        ssize_t n = readlink(p, buf, size);
        os_check_path((int)(n < 0 ? -1 : 0), path);
        if ((size_t)n < size) {
            return os_path_result(buf, (size_t)n, is_bytes);
        }
        // Possibly cut short: try again with more room.
    }
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_readlink_obj, os_readlink);

// symlink(src, dst, target_is_directory=False, *, dir_fd=None)
static mp_obj_t os_symlink(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_src, ARG_dst, ARG_target_is_directory, ARG_dir_fd };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_src, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_dst, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_target_is_directory, MP_ARG_BOOL, { .u_bool = false } },
        { MP_QSTR_dir_fd, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_symlink, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    // target_is_directory only matters on Windows.
    mp_obj_t src = args[ARG_src].u_obj;
    mp_obj_t dst = args[ARG_dst].u_obj;
    const char *s = os_path_arg(src, MP_QSTR_symlink, MP_QSTR_src, false, NULL);
    const char *d = os_path_arg(dst, MP_QSTR_symlink, MP_QSTR_dst, false, NULL);
    if (symlinkat(s, dir_fd_arg(args[ARG_dir_fd].u_obj), d) == -1) {
        raise_errno_2paths(errno, src, dst);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_symlink_obj, 0, os_symlink);

// link(src, dst, *, follow_symlinks=True)
static mp_obj_t os_link(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_src, ARG_dst, ARG_follow_symlinks };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_src, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_dst, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_follow_symlinks, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_link, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t src = args[ARG_src].u_obj;
    mp_obj_t dst = args[ARG_dst].u_obj;
    const char *s = os_path_arg(src, MP_QSTR_link, MP_QSTR_src, false, NULL);
    const char *d = os_path_arg(dst, MP_QSTR_link, MP_QSTR_dst, false, NULL);
    int flags = args[ARG_follow_symlinks].u_bool ? AT_SYMLINK_FOLLOW : 0;
    if (linkat(AT_FDCWD, s, AT_FDCWD, d, flags) == -1) {
        raise_errno_2paths(errno, src, dst);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_link_obj, 0, os_link);

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True): path may be an fd.
static mp_obj_t os_chmod(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_path, ARG_mode, ARG_dir_fd, ARG_follow_symlinks };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_path, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_mode, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_dir_fd, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_follow_symlinks, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_chmod, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t path = args[ARG_path].u_obj;
    mode_t mode = (mode_t)args[ARG_mode].u_int;
    if (mp_obj_is_int(path)) {
        os_check_result(fchmod(os_fd_arg(path), mode));
        return mp_const_none;
    }
    const char *p = os_path_arg(path, MP_QSTR_chmod, MP_QSTR_path, true, NULL);
    int dir_fd = dir_fd_arg(args[ARG_dir_fd].u_obj);
    int r;
    if (args[ARG_follow_symlinks].u_bool) {
        r = fchmodat(dir_fd, p, mode, 0);
    } else {
        // Linux cannot change a link's own mode: CPython reports what
        // fchmodat(AT_SYMLINK_NOFOLLOW) says (ENOTSUP or EOPNOTSUPP).
        r = fchmodat(dir_fd, p, mode, AT_SYMLINK_NOFOLLOW);
    }
    os_check_path(r, path);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_chmod_obj, 0, os_chmod);

// One utime() time: an int or float number of seconds. A float is rounded
// down to the nanosecond, as CPython does (1.0020030005 -> 1 s 2003000 ns).
static struct timespec seconds_to_timespec(mp_obj_t o) {
    struct timespec ts;
    if (mp_obj_is_int(o)) {
        ts.tv_sec = (time_t)mp_obj_get_int(o);
        ts.tv_nsec = 0;
        return ts;
    }
    mp_float_t f = mp_obj_get_float(o);
    if (f != f) {
        mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
    }
    // 2**63 bounds a 64-bit time_t (and turns inf away too).
    if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) {
        mp_raise_OverflowError(MP_ERROR_TEXT("timestamp out of range for platform time_t"));
    }
    // Whole seconds toward zero, then the fraction floored to ns and borrowed
    // from them when negative: -1e-20 s is -1 ns, as in CPython.
    ts.tv_sec = (time_t)f;
    mp_float_t ns = floor((f - (mp_float_t)ts.tv_sec) * 1e9);
    if (ns < 0) {
        ns += 1e9;
        ts.tv_sec--;
    }
    ts.tv_nsec = (long)ns;
    return ts;
}

static struct timespec ns_to_timespec(mp_obj_t o) {
    // Split with Python's floor division so that negative times work.
    mp_obj_t billion = MP_OBJ_NEW_SMALL_INT(1000000000);
    struct timespec ts;
    ts.tv_sec = (time_t)mp_obj_get_int(mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, o, billion));
    ts.tv_nsec = (long)mp_obj_get_int(mp_binary_op(MP_BINARY_OP_MODULO, o, billion));
    return ts;
}

// The two items of utime's times= or ns= tuple.
static bool utime_pair(mp_obj_t o, mp_obj_t *items) {
    if (!mp_obj_is_type(o, &mp_type_tuple)) {
        return false;
    }
    size_t n;
    mp_obj_t *it;
    mp_obj_tuple_get(o, &n, &it);
    if (n != 2) {
        return false;
    }
    items[0] = it[0];
    items[1] = it[1];
    return true;
}

// utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)
static mp_obj_t os_utime(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_path, ARG_times, ARG_ns, ARG_dir_fd, ARG_follow_symlinks };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_path, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_times, MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_ns, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_dir_fd, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_follow_symlinks, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_utime, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t times = args[ARG_times].u_obj;
    mp_obj_t ns = args[ARG_ns].u_obj;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    mp_obj_t pair[2];
    if (times != mp_const_none && ns != MP_OBJ_NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("utime: you may specify either 'times' or 'ns' but not both"));
    }
    if (times != mp_const_none) {
        if (!utime_pair(times, pair)) {
            mp_raise_TypeError(MP_ERROR_TEXT("utime: 'times' must be either a tuple of two ints or None"));
        }
        ts[0] = seconds_to_timespec(pair[0]);
        ts[1] = seconds_to_timespec(pair[1]);
        tsp = ts;
    } else if (ns != MP_OBJ_NULL) {
        if (!utime_pair(ns, pair)) {
            mp_raise_TypeError(MP_ERROR_TEXT("utime: 'ns' must be a tuple of two ints"));
        }
        ts[0] = ns_to_timespec(pair[0]);
        ts[1] = ns_to_timespec(pair[1]);
        tsp = ts;
    }
    mp_obj_t path = args[ARG_path].u_obj;
    if (mp_obj_is_int(path)) {
        os_check_result(futimens(os_fd_arg(path), tsp));
        return mp_const_none;
    }
    const char *p = os_path_arg(path, MP_QSTR_utime, MP_QSTR_path, true, NULL);
    int flags = args[ARG_follow_symlinks].u_bool ? 0 : AT_SYMLINK_NOFOLLOW;
    // CPython names no file in this error.
    os_check_result(utimensat(dir_fd_arg(args[ARG_dir_fd].u_obj), p, tsp, flags));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_utime_obj, 0, os_utime);

// access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)
static mp_obj_t os_access(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_path, ARG_mode, ARG_dir_fd, ARG_effective_ids, ARG_follow_symlinks };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_path, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_mode, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_dir_fd, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_effective_ids, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
        { MP_QSTR_follow_symlinks, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_access, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    const char *p = os_path_arg(args[ARG_path].u_obj, MP_QSTR_access, MP_QSTR_path, false, NULL);
    int flags = (args[ARG_effective_ids].u_bool ? AT_EACCESS : 0)
        | (args[ARG_follow_symlinks].u_bool ? 0 : AT_SYMLINK_NOFOLLOW);
    // A failure is an answer (False), not an error.
    int r = faccessat(dir_fd_arg(args[ARG_dir_fd].u_obj), p, (int)args[ARG_mode].u_int, flags);
    return mp_obj_new_bool(r == 0);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_access_obj, 0, os_access);

// umask(mask): the previous mask.
static mp_obj_t os_umask(mp_obj_t mask) {
    return MP_OBJ_NEW_SMALL_INT(umask((mode_t)mp_obj_get_c_int(mask)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_umask_obj, os_umask);

// fspath(path)
static MP_DEFINE_CONST_FUN_OBJ_1(os_fspath_obj, os_fspath);

// fsencode(filename): bytes (UTF-8, the file system encoding here).
static mp_obj_t os_fsencode(mp_obj_t filename) {
    mp_obj_t path = os_fspath(filename);
    mp_obj_t str = mp_obj_str_cast(path);
    if (str == MP_OBJ_NULL) {
        return path;
    }
    size_t len;
    const char *s = mp_obj_str_get_os_data(str, &len);
    return mp_obj_new_bytes((const byte *)s, len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_fsencode_obj, os_fsencode);

// fsdecode(filename): str.
static mp_obj_t os_fsdecode(mp_obj_t filename) {
    mp_obj_t path = os_fspath(filename);
    if (mp_obj_str_cast(path) != MP_OBJ_NULL) {
        return path;
    }
    size_t len;
    const char *s = mp_obj_str_get_data(
        mp_obj_cast_to_native_base(path, MP_OBJ_FROM_PTR(&mp_type_bytes)), &len);
    return mp_obj_new_str_from_os(s, len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_fsdecode_obj, os_fsdecode);

// ---------------------------------------------------------------------------
// Processes, users and the system.

// getpid()
static mp_obj_t os_getpid(void) {
    return mp_obj_new_int((mp_int_t)getpid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getpid_obj, os_getpid);

// getppid()
static mp_obj_t os_getppid(void) {
    return mp_obj_new_int((mp_int_t)getppid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getppid_obj, os_getppid);

// getuid(), geteuid(), getgid(), getegid()
static mp_obj_t os_getuid(void) {
    return mp_obj_new_int_from_uint(getuid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getuid_obj, os_getuid);

static mp_obj_t os_geteuid(void) {
    return mp_obj_new_int_from_uint(geteuid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_geteuid_obj, os_geteuid);

static mp_obj_t os_getgid(void) {
    return mp_obj_new_int_from_uint(getgid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getgid_obj, os_getgid);

static mp_obj_t os_getegid(void) {
    return mp_obj_new_int_from_uint(getegid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getegid_obj, os_getegid);

// getlogin(): the user logged in on the controlling terminal.
static mp_obj_t os_getlogin(void) {
    errno = 0;
    const char *name = getlogin();
    if (name == NULL) {
        mp_raise_OSError(errno != 0 ? errno : ENOTTY);
    }
    return mp_obj_new_str(name, strlen(name));
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getlogin_obj, os_getlogin);

// kill(pid, sig)
static mp_obj_t os_kill(mp_obj_t pid, mp_obj_t sig) {
    os_check_result(kill(mp_obj_get_c_int(pid), (int)mp_obj_get_int(sig)));
    // A signal sent to ourselves is delivered before kill returns: run
    // its handler now, as CPython does.
    mp_handle_pending(true);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_kill_obj, os_kill);

// system(command): the wait status, as CPython returns it.
static mp_obj_t os_system(mp_obj_t cmd) {
    int r;
    unix_file_flush_all();
    MP_SYSCALL_RETRY(r, system(os_cstr(cmd)));
    return MP_OBJ_NEW_SMALL_INT(r);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_system_obj, os_system);

// urandom(n): from the kernel's generator (getentropy takes 256 bytes a call).
static mp_obj_t os_urandom(mp_obj_t n_in) {
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative argument not allowed"));
    }
    vstr_t vstr;
    vstr_init_len(&vstr, (size_t)n);
    for (mp_int_t off = 0; off < n;) {
        size_t chunk = (size_t)(n - off) > 256 ? 256 : (size_t)(n - off);
        if (getentropy(vstr.buf + off, chunk) != 0) {
            mp_raise_OSError_errno();
        }
        off += (mp_int_t)chunk;
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_urandom_obj, os_urandom);

// cpu_count(): None when unknown.
static mp_obj_t os_cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_cpu_count_obj, os_cpu_count);

// strerror(code)
static mp_obj_t os_strerror(mp_obj_t code) {
    const char *s = strerror(mp_obj_get_c_int(code));
    return mp_obj_new_str(s, strlen(s));
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_strerror_obj, os_strerror);

static const uint16_t uname_fields[] = {
    MP_QSTR_sysname, MP_QSTR_nodename, MP_QSTR_release, MP_QSTR_version, MP_QSTR_machine,
};
static const mp_obj_structseq_type_t os_uname_result_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_uname_result, "posix.uname_result", 5, uname_fields,
        true);


// uname()
static mp_obj_t os_uname(void) {
    struct utsname u;
    os_check_result(uname(&u));
    mp_obj_t v[5] = { cstr_obj(u.sysname), cstr_obj(u.nodename), cstr_obj(u.release),
        cstr_obj(u.version), cstr_obj(u.machine) };
    return mp_obj_structseq_new(&os_uname_result_type, v);
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_uname_obj, os_uname);

static const uint16_t times_fields[] = {
    MP_QSTR_user, MP_QSTR_system, MP_QSTR_children_user, MP_QSTR_children_system, MP_QSTR_elapsed,
};
static const mp_obj_structseq_type_t os_times_result_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_times_result, "posix.times_result", 5, times_fields,
        true);

// times(): CPU times of the process and its children, and the real time,
// in seconds.
static mp_obj_t os_times(void) {
    struct tms t;
    clock_t elapsed = times(&t);
    if (elapsed == (clock_t)-1) {
        mp_raise_OSError_errno();
    }
    mp_float_t hz = (mp_float_t)sysconf(_SC_CLK_TCK);
    mp_obj_t v[5] = {
        mp_obj_new_float((mp_float_t)t.tms_utime / hz),
        mp_obj_new_float((mp_float_t)t.tms_stime / hz),
        mp_obj_new_float((mp_float_t)t.tms_cutime / hz),
        mp_obj_new_float((mp_float_t)t.tms_cstime / hz),
        mp_obj_new_float((mp_float_t)elapsed / hz),
    };
    return mp_obj_structseq_new(&os_times_result_type, v);
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_times_obj, os_times);

// __getattr__(name): os.path is a frozen Python module, imported on first
// use (CPython's os imports it at once; this keeps start-up small); so is
// subprocess, which provides os.popen.
static mp_obj_t os_getattr(mp_obj_t name) {
    if (mp_obj_is_qstr(name) && MP_OBJ_QSTR_VALUE(name) == MP_QSTR_path) {
        mp_obj_t fromlist = mp_obj_new_tuple(1, &name);
        return mp_import_name(MP_QSTR_os_dot_path, fromlist, MP_OBJ_NEW_SMALL_INT(0));
    }
    if (mp_obj_is_qstr(name) && MP_OBJ_QSTR_VALUE(name) == MP_QSTR_popen) {
        mp_obj_t mod = mp_import_name(MP_QSTR_subprocess, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        return mp_load_attr(mod, MP_QSTR__os_popen);
    }
    // os.supports_dir_fd and friends (sets) and os.PathLike (an ABC): made by
    // os.path on first use.
    if (strncmp(mp_obj_str_get_str(name), "supports_", 9) == 0 || name == MP_OBJ_NEW_QSTR(MP_QSTR_PathLike)) {
        mp_obj_t mod = os_getattr(MP_OBJ_NEW_QSTR(MP_QSTR_path));
        mp_obj_t set = mp_call_function_1(mp_load_attr(mod, MP_QSTR__os_supports), name);
        if (set != mp_const_none) {
            return set;
        }
    }
    mp_raise_attribute_error(MP_OBJ_FROM_PTR(&mp_module_os), mp_obj_str_get_qstr(name));
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_getattr_obj, os_getattr);

// clang-format off
#define C(q, name) { MP_ROM_QSTR(q), MP_ROM_INT(name) }
static const mp_rom_map_elem_t mp_module_os_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_os) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&os_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat_result), MP_ROM_PTR(&os_stat_result_type) },
    { MP_ROM_QSTR(MP_QSTR_terminal_size), MP_ROM_PTR(&os_terminal_size_type) },
    { MP_ROM_QSTR(MP_QSTR_DirEntry), MP_ROM_PTR(&os_direntry_type) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_name), MP_ROM_QSTR(MP_QSTR_posix) },
    { MP_ROM_QSTR(MP_QSTR_sep), MP_ROM_QSTR(MP_QSTR__slash_) },
    { MP_ROM_QSTR(MP_QSTR_altsep), MP_ROM_NONE },
    { MP_ROM_QSTR(MP_QSTR_extsep), MP_ROM_QSTR(MP_QSTR__dot_) },
    { MP_ROM_QSTR(MP_QSTR_pathsep), MP_ROM_QSTR(MP_QSTR__colon_) },
    { MP_ROM_QSTR(MP_QSTR_linesep), MP_ROM_QSTR(MP_QSTR__newline_) },
    { MP_ROM_QSTR(MP_QSTR_curdir), MP_ROM_QSTR(MP_QSTR__dot_) },
    { MP_ROM_QSTR(MP_QSTR_pardir), MP_ROM_QSTR(MP_QSTR__dot__dot_) },
    { MP_ROM_QSTR(MP_QSTR_devnull), MP_ROM_QSTR(MP_QSTR__slash_dev_slash_null) },
    { MP_ROM_QSTR(MP_QSTR_defpath), MP_ROM_QSTR(MP_QSTR__slash_bin_colon__slash_usr_slash_bin) },
    { MP_ROM_QSTR(MP_QSTR_environ), MP_ROM_PTR(&os_environ_obj) },
    // False: there is no os.environb (what this flag promises in CPython).
    { MP_ROM_QSTR(MP_QSTR_supports_bytes_environ), MP_ROM_FALSE },
    { MP_ROM_QSTR(MP_QSTR_getenv), MP_ROM_PTR(&os_getenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_putenv), MP_ROM_PTR(&os_putenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_unsetenv), MP_ROM_PTR(&os_unsetenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&os_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwdb), MP_ROM_PTR(&os_getcwdb_obj) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&os_chdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_listdir), MP_ROM_PTR(&os_listdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&os_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_scandir), MP_ROM_PTR(&os_scandir_obj) },
    { MP_ROM_QSTR(MP_QSTR_walk), MP_ROM_PTR(&os_walk_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&os_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_makedirs), MP_ROM_PTR(&os_makedirs_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&os_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_removedirs), MP_ROM_PTR(&os_removedirs_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_unlink), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&os_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&os_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&os_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstat), MP_ROM_PTR(&os_lstat_obj) },
    { MP_ROM_QSTR(MP_QSTR_fstat), MP_ROM_PTR(&os_fstat_obj) },
    { MP_ROM_QSTR(MP_QSTR_fdopen), MP_ROM_PTR(&os_fdopen_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlink), MP_ROM_PTR(&os_readlink_obj) },
    { MP_ROM_QSTR(MP_QSTR_symlink), MP_ROM_PTR(&os_symlink_obj) },
    { MP_ROM_QSTR(MP_QSTR_link), MP_ROM_PTR(&os_link_obj) },
    { MP_ROM_QSTR(MP_QSTR_chmod), MP_ROM_PTR(&os_chmod_obj) },
    { MP_ROM_QSTR(MP_QSTR_utime), MP_ROM_PTR(&os_utime_obj) },
    { MP_ROM_QSTR(MP_QSTR_access), MP_ROM_PTR(&os_access_obj) },
    { MP_ROM_QSTR(MP_QSTR_umask), MP_ROM_PTR(&os_umask_obj) },
    { MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&os_truncate_obj) },
    { MP_ROM_QSTR(MP_QSTR_fspath), MP_ROM_PTR(&os_fspath_obj) },
    { MP_ROM_QSTR(MP_QSTR_fsencode), MP_ROM_PTR(&os_fsencode_obj) },
    { MP_ROM_QSTR(MP_QSTR_fsdecode), MP_ROM_PTR(&os_fsdecode_obj) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&os_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&os_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_closerange), MP_ROM_PTR(&os_closerange_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&os_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&os_write_obj) },
#if MICROPY_PY_SOCKET && MP_SOCKET_HAS_SENDFILE
    { MP_ROM_QSTR(MP_QSTR_sendfile), MP_ROM_PTR(&os_sendfile_obj) },
#endif
    { MP_ROM_QSTR(MP_QSTR_lseek), MP_ROM_PTR(&os_lseek_obj) },
    { MP_ROM_QSTR(MP_QSTR_dup), MP_ROM_PTR(&os_dup_obj) },
    { MP_ROM_QSTR(MP_QSTR_dup2), MP_ROM_PTR(&os_dup2_obj) },
    { MP_ROM_QSTR(MP_QSTR_pipe), MP_ROM_PTR(&os_pipe_obj) },
    { MP_ROM_QSTR(MP_QSTR_openpty), MP_ROM_PTR(&os_openpty_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&os_isatty_obj) },
    { MP_ROM_QSTR(MP_QSTR_fsync), MP_ROM_PTR(&os_fsync_obj) },
    { MP_ROM_QSTR(MP_QSTR_ftruncate), MP_ROM_PTR(&os_ftruncate_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_inheritable), MP_ROM_PTR(&os_get_inheritable_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_inheritable), MP_ROM_PTR(&os_set_inheritable_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_blocking), MP_ROM_PTR(&os_get_blocking_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_blocking), MP_ROM_PTR(&os_set_blocking_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_terminal_size), MP_ROM_PTR(&os_get_terminal_size_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpid), MP_ROM_PTR(&os_getpid_obj) },
    { MP_ROM_QSTR(MP_QSTR_getppid), MP_ROM_PTR(&os_getppid_obj) },
    { MP_ROM_QSTR(MP_QSTR_getuid), MP_ROM_PTR(&os_getuid_obj) },
    { MP_ROM_QSTR(MP_QSTR_geteuid), MP_ROM_PTR(&os_geteuid_obj) },
    { MP_ROM_QSTR(MP_QSTR_getgid), MP_ROM_PTR(&os_getgid_obj) },
    { MP_ROM_QSTR(MP_QSTR_getegid), MP_ROM_PTR(&os_getegid_obj) },
    { MP_ROM_QSTR(MP_QSTR_getlogin), MP_ROM_PTR(&os_getlogin_obj) },
    { MP_ROM_QSTR(MP_QSTR_kill), MP_ROM_PTR(&os_kill_obj) },
    { MP_ROM_QSTR(MP_QSTR_system), MP_ROM_PTR(&os_system_obj) },
    { MP_ROM_QSTR(MP_QSTR_urandom), MP_ROM_PTR(&os_urandom_obj) },
    { MP_ROM_QSTR(MP_QSTR_cpu_count), MP_ROM_PTR(&os_cpu_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_strerror), MP_ROM_PTR(&os_strerror_obj) },
    { MP_ROM_QSTR(MP_QSTR_uname), MP_ROM_PTR(&os_uname_obj) },
    { MP_ROM_QSTR(MP_QSTR_times), MP_ROM_PTR(&os_times_obj) },
    OS_PROC_TABLE_ENTRIES,
    C(MP_QSTR_F_OK, F_OK),
    C(MP_QSTR_R_OK, R_OK),
    C(MP_QSTR_W_OK, W_OK),
    C(MP_QSTR_X_OK, X_OK),
    C(MP_QSTR_SEEK_SET, SEEK_SET),
    C(MP_QSTR_SEEK_CUR, SEEK_CUR),
    C(MP_QSTR_SEEK_END, SEEK_END),
#if defined(SEEK_DATA)
    C(MP_QSTR_SEEK_DATA, SEEK_DATA),
    C(MP_QSTR_SEEK_HOLE, SEEK_HOLE),
#endif
    C(MP_QSTR_O_RDONLY, O_RDONLY),
    C(MP_QSTR_O_WRONLY, O_WRONLY),
    C(MP_QSTR_O_RDWR, O_RDWR),
    C(MP_QSTR_O_ACCMODE, O_ACCMODE),
    C(MP_QSTR_O_APPEND, O_APPEND),
    C(MP_QSTR_O_CREAT, O_CREAT),
    C(MP_QSTR_O_EXCL, O_EXCL),
    C(MP_QSTR_O_TRUNC, O_TRUNC),
    C(MP_QSTR_O_NONBLOCK, O_NONBLOCK),
    C(MP_QSTR_O_NDELAY, O_NDELAY),
    C(MP_QSTR_O_NOCTTY, O_NOCTTY),
    C(MP_QSTR_O_SYNC, O_SYNC),
    C(MP_QSTR_O_DSYNC, O_DSYNC),
    C(MP_QSTR_O_CLOEXEC, O_CLOEXEC),
    C(MP_QSTR_O_DIRECTORY, O_DIRECTORY),
    C(MP_QSTR_O_NOFOLLOW, O_NOFOLLOW),
#if defined(O_RSYNC)
    C(MP_QSTR_O_RSYNC, O_RSYNC),
#endif
#if defined(O_ASYNC)
    C(MP_QSTR_O_ASYNC, O_ASYNC),
#endif
#if defined(O_NOATIME)
    C(MP_QSTR_O_NOATIME, O_NOATIME),
#endif
#if defined(O_PATH)
    C(MP_QSTR_O_PATH, O_PATH),
#endif
#if defined(O_TMPFILE)
    C(MP_QSTR_O_TMPFILE, O_TMPFILE),
#endif
    C(MP_QSTR_EX_OK, EX_OK),
};
#undef C
// clang-format on
static MP_DEFINE_CONST_DICT(mp_module_os_globals, mp_module_os_globals_table);

const mp_obj_module_t mp_module_os = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_os_globals,
};

MP_REGISTER_MODULE(MP_QSTR_os, mp_module_os);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uos, mp_module_os);

#endif // MICROPY_PY_OS
