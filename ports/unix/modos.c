// The os module of the Unix port: environment (getenv, putenv, unsetenv and
// a live os.environ mapping), directories and files (getcwd, chdir,
// listdir, ilistdir, mkdir, rmdir, remove/unlink, rename, stat, lstat),
// processes (getpid, system) and urandom. Errors are OSError(errno) with
// CPython's subclasses. As in MicroPython, stat() returns a plain 10-tuple
// of ints (st_mode ... st_ctime) and ilistdir() yields (name, type, inode);
// os.path is left to a Python library.
#include "py/mpconfig.h"

#if MICROPY_PY_OS

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#if defined(__APPLE__)
#include <sys/random.h>
#endif

#include "py/runtime.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "extmod/mpsyscall.h"

extern char **environ;

// The C string of a str argument (path, environment name or value, shell
// command). An embedded NUL would silently cut it: os.mkdir('a\0b') made
// 'a'. CPython refuses it.
static const char *os_cstr(mp_obj_t str) {
    const char *s = mp_obj_str_get_str(str);
    size_t len;
    mp_obj_str_get_data(str, &len);
    if (strlen(s) != len) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null byte"));
    }
    return s;
}

// The value of an environment variable, NULL if unset. A name with a NUL
// cannot be set, so it is simply not there (as in CPython's os.environ).
static const char *env_lookup(mp_obj_t key_in) {
    const char *key = mp_obj_str_get_str(key_in);
    size_t len;
    mp_obj_str_get_data(key_in, &len);
    return strlen(key) != len ? NULL : getenv(key);
}

// A path argument: str, bytes or an os.PathLike; *is_bytes tells which kind
// the results for it (listdir names) should be.
static const char *path_arg(mp_obj_t path, bool *is_bytes) {
    if (!mp_obj_is_str_or_bytes(path) && !mp_obj_is_instance_of(path, &mp_type_str) &&
        !mp_obj_is_instance_of(path, &mp_type_bytes)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(path, MP_QSTR___fspath__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("expected str, bytes or os.PathLike object, not %s"),
                mp_obj_get_type_str(path));
        }
        path = mp_call_method_n_kw(0, 0, dest);
    }
    mp_obj_t str = mp_obj_str_cast(path);
    if (str != MP_OBJ_NULL) {
        if (is_bytes != NULL) {
            *is_bytes = false;
        }
        return os_cstr(str);
    }
    if (is_bytes != NULL) {
        *is_bytes = true;
    }
    // bytes data is NUL-terminated too; an embedded NUL is refused below.
    size_t len;
    const char *s = mp_obj_str_get_data(
        mp_obj_cast_to_native_base(path, MP_OBJ_FROM_PTR(&mp_type_bytes)), &len);
    if (strlen(s) != len) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null byte"));
    }
    return s;
}

static void check_result(int ret) {
    if (ret == -1) {
        mp_raise_OSError(errno);
    }
}

// ---------------------------------------------------------------------------
// Environment.

// getenv(key, default=None)
static mp_obj_t os_getenv(size_t n_args, const mp_obj_t *args) {
    const char *v = env_lookup(args[0]);
    if (v == NULL) {
        return n_args > 1 ? args[1] : mp_const_none;
    }
    return mp_obj_new_str(v, strlen(v));
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
    check_result(setenv(key, os_cstr(value_in), 1));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_putenv_obj, os_putenv);

// unsetenv(key)
static mp_obj_t os_unsetenv(mp_obj_t key_in) {
    const char *key = os_cstr(key_in);
    env_check_key(key);
    check_result(unsetenv(key));
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
            d, mp_obj_new_str(*e, (size_t)(eq - *e)), mp_obj_new_str(eq + 1, strlen(eq + 1)));
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
        return mp_obj_new_str(v, strlen(v));
    }
    const char *key = os_cstr(index);
    env_check_key(key);
    if (value == MP_OBJ_NULL) {
        if (getenv(key) == NULL) {
            mp_raise_KeyError(index);
        }
        check_result(unsetenv(key));
    } else {
        check_result(setenv(key, os_cstr(value), 1));
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

static mp_obj_t environ_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    (void)lhs;
    if (op == MP_BINARY_OP_CONTAINS) {
        if (!mp_obj_is_str(rhs)) {
            return mp_const_false;
        }
        return mp_obj_new_bool(env_lookup(rhs) != NULL);
    }
    return MP_OBJ_NULL;
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
    mp_obj_t res = mp_obj_new_str(v, strlen(v));
    check_result(unsetenv(os_cstr(args[1])));
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(environ_pop_obj, 2, 3, environ_pop);

// environ.setdefault(key, default=None)
static mp_obj_t environ_setdefault(size_t n_args, const mp_obj_t *args) {
    const char *v = env_lookup(args[1]);
    if (v != NULL) {
        return mp_obj_new_str(v, strlen(v));
    }
    mp_obj_t value = n_args > 2 ? args[2] : mp_const_none;
    environ_subscr(args[0], args[1], value);
    return value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(environ_setdefault_obj, 2, 3, environ_setdefault);

static const mp_rom_map_elem_t environ_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&environ_get_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&environ_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&environ_keys_obj) },
    { MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&environ_values_obj) },
    { MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&environ_items_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&environ_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_setdefault), MP_ROM_PTR(&environ_setdefault_obj) },
};
static MP_DEFINE_CONST_DICT(environ_locals_dict, environ_locals_dict_table);

static const mp_obj_type_t os_environ_type = {
    { &mp_type_type },
    .name = MP_QSTR__Environ,
    .print = environ_print,
    .unary_op = environ_unary_op,
    .binary_op = environ_binary_op,
    .subscr = environ_subscr,
    .getiter = environ_getiter,
    .locals_dict = (mp_obj_dict_t *)&environ_locals_dict,
};

static const mp_obj_base_t os_environ_obj = { &os_environ_type };

// ---------------------------------------------------------------------------
// Files and directories.

// getcwd()
static mp_obj_t os_getcwd(void) {
    for (size_t size = 256;; size *= 2) {
        char *buf = m_new_atomic(char, size);
        if (getcwd(buf, size) != NULL) {
            return mp_obj_new_str(buf, strlen(buf));
        }
        if (errno != ERANGE) {
            mp_raise_OSError(errno);
        }
    }
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getcwd_obj, os_getcwd);

// chdir(path)
static mp_obj_t os_chdir(mp_obj_t path) {
    check_result(chdir(path_arg(path, NULL)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_chdir_obj, os_chdir);

// mkdir(path, mode=0o777)
static mp_obj_t os_mkdir(size_t n_args, const mp_obj_t *args) {
    mode_t mode = n_args > 1 ? (mode_t)mp_obj_get_int(args[1]) : 0777;
    check_result(mkdir(path_arg(args[0], NULL), mode));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_mkdir_obj, 1, 2, os_mkdir);

// rmdir(path)
static mp_obj_t os_rmdir(mp_obj_t path) {
    check_result(rmdir(path_arg(path, NULL)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_rmdir_obj, os_rmdir);

// remove(path), unlink(path)
static mp_obj_t os_remove(mp_obj_t path) {
    check_result(unlink(path_arg(path, NULL)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_remove_obj, os_remove);

// rename(src, dst)
static mp_obj_t os_rename(mp_obj_t src, mp_obj_t dst) {
    check_result(rename(path_arg(src, NULL), path_arg(dst, NULL)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_rename_obj, os_rename);

static mp_obj_t stat_result(const struct stat *st) {
    mp_obj_t items[10] = {
        mp_obj_new_int_from_uint(st->st_mode),
        mp_obj_new_int_from_ull((unsigned long long)st->st_ino),
        mp_obj_new_int_from_ull((unsigned long long)st->st_dev),
        mp_obj_new_int_from_ull((unsigned long long)st->st_nlink),
        mp_obj_new_int_from_uint(st->st_uid),
        mp_obj_new_int_from_uint(st->st_gid),
        mp_obj_new_int_from_ll((long long)st->st_size),
        mp_obj_new_int_from_ll((long long)st->st_atime),
        mp_obj_new_int_from_ll((long long)st->st_mtime),
        mp_obj_new_int_from_ll((long long)st->st_ctime),
    };
    return mp_obj_new_tuple(10, items);
}

// stat(path)
static mp_obj_t os_stat(mp_obj_t path) {
    struct stat st;
    check_result(stat(path_arg(path, NULL), &st));
    return stat_result(&st);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_stat_obj, os_stat);

// lstat(path)
static mp_obj_t os_lstat(mp_obj_t path) {
    struct stat st;
    check_result(lstat(path_arg(path, NULL), &st));
    return stat_result(&st);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_lstat_obj, os_lstat);

// The directory iterator behind listdir and ilistdir. It owns the DIR
// handle, so it is allocated with a finaliser: an iterator dropped before
// its end (or a MemoryError while names are collected) still closes it.
typedef struct _os_dir_iter_t {
    mp_obj_base_t base;
    DIR *dir;
    bool is_bytes;
    bool with_info; // ilistdir: (name, type, inode) tuples
} os_dir_iter_t;

static void dir_iter_close(os_dir_iter_t *self) {
    if (self->dir != NULL) {
        closedir(self->dir);
        self->dir = NULL;
    }
}

static mp_obj_t dir_iter_iternext(mp_obj_t self_in) {
    os_dir_iter_t *self = MP_OBJ_TO_PTR(self_in);
    for (;;) {
        if (self->dir == NULL) {
            return MP_OBJ_STOP_ITERATION;
        }
        errno = 0;
        struct dirent *de = readdir(self->dir);
        if (de == NULL) {
            int err = errno;
            dir_iter_close(self);
            if (err != 0) {
                mp_raise_OSError(err);
            }
            return MP_OBJ_STOP_ITERATION;
        }
        const char *name = de->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) {
            continue;
        }
        size_t len = strlen(name);
        mp_obj_t name_obj =
            self->is_bytes ? mp_obj_new_bytes((const byte *)name, len) : mp_obj_new_str(name, len);
        if (!self->with_info) {
            return name_obj;
        }
        mp_int_t type = 0;
        if (de->d_type == DT_DIR) {
            type = S_IFDIR;
        } else if (de->d_type == DT_REG) {
            type = S_IFREG;
        } else if (de->d_type == DT_LNK) {
            type = S_IFLNK;
        }
        mp_obj_t items[3] = { name_obj, MP_OBJ_NEW_SMALL_INT(type),
            mp_obj_new_int_from_ull((unsigned long long)de->d_ino) };
        return mp_obj_new_tuple(3, items);
    }
}

// __del__(): run by the collector.
static mp_obj_t dir_iter_del(mp_obj_t self_in) {
    dir_iter_close(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(dir_iter_del_obj, dir_iter_del);

static const mp_rom_map_elem_t dir_iter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&dir_iter_del_obj) },
};
static MP_DEFINE_CONST_DICT(dir_iter_locals_dict, dir_iter_locals_dict_table);

static mp_obj_t dir_iter_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t os_dir_iter_type = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_ScandirIterator,
    .getiter = dir_iter_getiter,
    .iternext = dir_iter_iternext,
    .locals_dict = (mp_obj_dict_t *)&dir_iter_locals_dict,
};

static mp_obj_t open_dir(size_t n_args, const mp_obj_t *args, bool with_info) {
    mp_obj_t path = n_args > 0 ? args[0] : MP_OBJ_NEW_QSTR(MP_QSTR__dot_);
    bool is_bytes;
    const char *p = path_arg(path, &is_bytes);
    os_dir_iter_t *it = m_new_obj_with_finaliser(os_dir_iter_t);
    it->base.type = &os_dir_iter_type;
    it->dir = NULL;
    it->is_bytes = is_bytes;
    it->with_info = with_info;
    it->dir = opendir(p);
    if (it->dir == NULL) {
        mp_raise_OSError(errno);
    }
    return MP_OBJ_FROM_PTR(it);
}

// listdir(path='.')
static mp_obj_t os_listdir(size_t n_args, const mp_obj_t *args) {
    mp_obj_t it = open_dir(n_args, args, false);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t name;
    while ((name = dir_iter_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, name);
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_listdir_obj, 0, 1, os_listdir);

// ilistdir(path='.')
static mp_obj_t os_ilistdir(size_t n_args, const mp_obj_t *args) {
    return open_dir(n_args, args, true);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_ilistdir_obj, 0, 1, os_ilistdir);

// ---------------------------------------------------------------------------
// Processes and randomness.

// getpid()
static mp_obj_t os_getpid(void) {
    return mp_obj_new_int((mp_int_t)getpid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getpid_obj, os_getpid);

// system(command): the wait status, as CPython returns it.
static mp_obj_t os_system(mp_obj_t cmd) {
    int r;
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
            mp_raise_OSError(errno);
        }
        off += (mp_int_t)chunk;
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_urandom_obj, os_urandom);

static const mp_rom_map_elem_t mp_module_os_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_os) },
    { MP_ROM_QSTR(MP_QSTR_name), MP_ROM_QSTR(MP_QSTR_posix) },
    { MP_ROM_QSTR(MP_QSTR_sep), MP_ROM_QSTR(MP_QSTR__slash_) },
    { MP_ROM_QSTR(MP_QSTR_curdir), MP_ROM_QSTR(MP_QSTR__dot_) },
    { MP_ROM_QSTR(MP_QSTR_environ), MP_ROM_PTR(&os_environ_obj) },
    { MP_ROM_QSTR(MP_QSTR_getenv), MP_ROM_PTR(&os_getenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_putenv), MP_ROM_PTR(&os_putenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_unsetenv), MP_ROM_PTR(&os_unsetenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&os_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&os_chdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_listdir), MP_ROM_PTR(&os_listdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&os_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&os_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&os_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_unlink), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&os_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&os_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstat), MP_ROM_PTR(&os_lstat_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpid), MP_ROM_PTR(&os_getpid_obj) },
    { MP_ROM_QSTR(MP_QSTR_system), MP_ROM_PTR(&os_system_obj) },
    { MP_ROM_QSTR(MP_QSTR_urandom), MP_ROM_PTR(&os_urandom_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_os_globals, mp_module_os_globals_table);

const mp_obj_module_t mp_module_os = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_os_globals,
};

MP_REGISTER_MODULE(MP_QSTR_os, mp_module_os);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uos, mp_module_os);

#endif // MICROPY_PY_OS
