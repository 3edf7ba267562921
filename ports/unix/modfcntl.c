// The fcntl module: fcntl, ioctl, flock, lockf and the F_*, FD_* and LOCK_*
// numbers of the host. A buffer argument is copied into a 1,024-byte
// scratch area, as CPython does, and the result returned as bytes, except a
// writable buffer given to ioctl with mutate_flag set, which is changed in
// place. Calls that can wait for a
// lock run without the GIL and are retried after EINTR once pending signal
// handlers have run (PEP 475). Left out: the rarer Linux constants (DN_*,
// F_NOTIFY, leases, seals, F_OFD_*).
#include "py/mpconfig.h"

#ifndef MICROPY_PY_FCNTL
#define MICROPY_PY_FCNTL (1)
#endif

#if MICROPY_PY_FCNTL

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

// glibc shows the pipe-size commands only to _GNU_SOURCE builds; the
// numbers are the kernel's (F_LINUX_SPECIFIC_BASE + 7 and + 8).
#if defined(__linux__) && !defined(F_GETPIPE_SZ)
#define F_SETPIPE_SZ (1031)
#define F_GETPIPE_SZ (1032)
#endif

#include "py/runtime.h"
#include "py/mpthread.h"
#include "extmod/mpsyscall.h"
#include "modos.h"

// The size of the copy a buffer argument is passed through (CPython's limit:
// struct flock, termios and winsize all fit).
#define SCRATCH_SIZE (1024)

enum { CALL_FCNTL, CALL_IOCTL, CALL_FLOCK };

// One system call, described so that it can run with the GIL released: it
// touches only this struct and the memory `ptr` points to.
typedef struct _fcntl_call_t {
    int kind;
    int fd;
    unsigned long cmd;
    void *ptr; // the argument when not NULL, else `num`
    int num;
    int ret;
    int err;
} fcntl_call_t;

static void call_released(void *arg) {
    fcntl_call_t *c = arg;
    if (c->kind == CALL_FLOCK) {
        c->ret = flock(c->fd, (int)c->cmd);
    } else if (c->kind == CALL_IOCTL) {
        c->ret = c->ptr != NULL ? ioctl(c->fd, c->cmd, c->ptr) : ioctl(c->fd, c->cmd, c->num);
    } else {
        c->ret = c->ptr != NULL ? fcntl(c->fd, (int)c->cmd, c->ptr) : fcntl(c->fd, (int)c->cmd, c->num);
    }
    c->err = errno;
}

static int call_once(fcntl_call_t *c, bool release) {
    if (release) {
        mp_thread_call_released(call_released, c);
    } else {
        call_released(c);
    }
    errno = c->err;
    return c->ret;
}

// Runs the call (retrying after EINTR); OSError on failure. `release` is
// false only when `ptr` points into a Python object another thread could
// resize meanwhile.
static int call_checked(fcntl_call_t *c, bool release) {
    int ret;
    MP_SYSCALL_RETRY(ret, call_once(c, release));
    if (ret == -1) {
        mp_raise_OSError_errno();
    }
    return ret;
}

// fcntl and ioctl: an int result for an int arg; for a str or bytes arg (or,
// for ioctl, any buffer), the bytes the call left in a copy of it. A writable
// buffer given to ioctl with mutate_flag true is changed in place (the GIL is
// kept: another thread could resize it meanwhile); as in CPython it goes
// through the scratch copy when it fits there, since the kernel writes as
// many bytes as the request's struct has, whatever the buffer's length.
static mp_obj_t control(int kind, size_t n_args, const mp_obj_t *args) {
    fcntl_call_t c = { kind, os_fd_arg_nonneg(args[0]), (unsigned int)mp_obj_get_int(args[1]), NULL, 0, 0, 0 };
    mp_obj_t arg = n_args > 2 ? args[2] : MP_OBJ_NEW_SMALL_INT(0);
    bool is_str = mp_obj_is_str_or_bytes(arg);
    mp_buffer_info_t buf;
    char scratch[SCRATCH_SIZE];
    if (kind == CALL_IOCTL && !is_str && (n_args < 4 || mp_obj_is_true(args[3]))
        && mp_get_buffer(arg, &buf, MP_BUFFER_WRITE)) {
        bool copy = buf.len <= SCRATCH_SIZE;
        c.ptr = copy ? memcpy(scratch, buf.buf, buf.len) : buf.buf;
        int ret = call_checked(&c, false);
        if (copy) {
            memcpy(buf.buf, scratch, buf.len);
        }
        return mp_obj_new_int(ret);
    }
    if (is_str || (kind == CALL_IOCTL && !mp_obj_is_int(arg) && mp_get_buffer(arg, &buf, MP_BUFFER_READ))) {
        if (is_str) {
            buf.buf = (void *)mp_obj_str_get_data(arg, &buf.len);
        }
        if (buf.len > SCRATCH_SIZE) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("%q string arg too long"),
                kind == CALL_IOCTL ? MP_QSTR_ioctl : MP_QSTR_fcntl);
        }
        memcpy(scratch, buf.buf, buf.len);
        c.ptr = scratch;
        call_checked(&c, true);
        return mp_obj_new_bytes((const byte *)scratch, buf.len);
    }
    c.num = mp_obj_get_c_int(arg);
    return mp_obj_new_int(call_checked(&c, true));
}

// fcntl(fd, cmd, arg=0)
static mp_obj_t fcntl_fcntl(size_t n_args, const mp_obj_t *args) {
    return control(CALL_FCNTL, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(fcntl_fcntl_obj, 2, 3, fcntl_fcntl);

// ioctl(fd, request, arg=0, mutate_flag=True)
static mp_obj_t fcntl_ioctl(size_t n_args, const mp_obj_t *args) {
    return control(CALL_IOCTL, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(fcntl_ioctl_obj, 2, 4, fcntl_ioctl);

// flock(fd, operation)
static mp_obj_t fcntl_flock(mp_obj_t fd_in, mp_obj_t op_in) {
    fcntl_call_t c = { CALL_FLOCK, os_fd_arg_nonneg(fd_in), (unsigned long)mp_obj_get_c_int(op_in), NULL, 0, 0, 0 };
    call_checked(&c, true);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(fcntl_flock_obj, fcntl_flock);

// lockf(fd, cmd, len=0, start=0, whence=0): a POSIX record lock over
// [start, start+len) (len 0: to the end of the file), taken through fcntl;
// cmd is a LOCK_* value, LOCK_NB meaning "fail rather than wait".
static mp_obj_t fcntl_lockf(size_t n_args, const mp_obj_t *args) {
    int fd = os_fd_arg_nonneg(args[0]);
    mp_int_t cmd = mp_obj_get_int(args[1]);
    struct flock lk;
    memset(&lk, 0, sizeof(lk));
    if (cmd == LOCK_UN) {
        lk.l_type = F_UNLCK;
    } else if (cmd & LOCK_SH) {
        lk.l_type = F_RDLCK;
    } else if (cmd & LOCK_EX) {
        lk.l_type = F_WRLCK;
    } else {
        mp_raise_ValueError(MP_ERROR_TEXT("unrecognized lockf argument"));
    }
    lk.l_len = n_args > 2 ? (off_t)mp_obj_get_int(args[2]) : 0;
    lk.l_start = n_args > 3 ? (off_t)mp_obj_get_int(args[3]) : 0;
    lk.l_whence = n_args > 4 ? (short)mp_obj_get_int(args[4]) : SEEK_SET;
    fcntl_call_t c = { CALL_FCNTL, fd, (cmd & LOCK_NB) ? F_SETLK : F_SETLKW, &lk, 0, 0, 0 };
    call_checked(&c, true);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(fcntl_lockf_obj, 2, 5, fcntl_lockf);

// clang-format off
// The integer constants packed (py/obj.h: 6 bytes each, not 16).
#define C(q, value) MP_ROM_INT_CONST(q, value)
static const mp_rom_int_const_t fcntl_consts[] MP_COLD_DATA = {
    C(MP_QSTR_F_DUPFD, F_DUPFD), C(MP_QSTR_F_DUPFD_CLOEXEC, F_DUPFD_CLOEXEC),
    C(MP_QSTR_F_GETFD, F_GETFD), C(MP_QSTR_F_SETFD, F_SETFD), C(MP_QSTR_F_GETFL, F_GETFL),
    C(MP_QSTR_F_SETFL, F_SETFL), C(MP_QSTR_F_GETLK, F_GETLK), C(MP_QSTR_F_SETLK, F_SETLK),
    C(MP_QSTR_F_SETLKW, F_SETLKW),
    C(MP_QSTR_FD_CLOEXEC, FD_CLOEXEC), C(MP_QSTR_F_RDLCK, F_RDLCK), C(MP_QSTR_F_WRLCK, F_WRLCK),
    C(MP_QSTR_F_UNLCK, F_UNLCK), C(MP_QSTR_LOCK_SH, LOCK_SH), C(MP_QSTR_LOCK_EX, LOCK_EX),
    C(MP_QSTR_LOCK_NB, LOCK_NB), C(MP_QSTR_LOCK_UN, LOCK_UN),
#ifdef F_GETPIPE_SZ
    C(MP_QSTR_F_GETPIPE_SZ, F_GETPIPE_SZ), C(MP_QSTR_F_SETPIPE_SZ, F_SETPIPE_SZ),
#endif
    { 0 },
};
#undef C
static const mp_rom_map_elem_t fcntl_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_fcntl) },
    { MP_ROM_QSTR(MP_QSTR_fcntl), MP_ROM_PTR(&fcntl_fcntl_obj) },
    { MP_ROM_QSTR(MP_QSTR_ioctl), MP_ROM_PTR(&fcntl_ioctl_obj) },
    { MP_ROM_QSTR(MP_QSTR_flock), MP_ROM_PTR(&fcntl_flock_obj) },
    { MP_ROM_QSTR(MP_QSTR_lockf), MP_ROM_PTR(&fcntl_lockf_obj) },
    MP_ROM_INT_CONSTS(fcntl_consts),
};
// clang-format on
static MP_DEFINE_CONST_DICT(fcntl_globals, fcntl_globals_table);

const mp_obj_module_t mp_module_fcntl = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&fcntl_globals,
};

MP_REGISTER_MODULE(MP_QSTR_fcntl, mp_module_fcntl);

#endif // MICROPY_PY_FCNTL
