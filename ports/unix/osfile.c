// The file-descriptor half of the os module: open, close, read, write,
// sendfile, lseek, dup/dup2, pipe, fstat, fsync, (f)truncate, isatty, the
// inheritable and blocking flags, and get_terminal_size. As in CPython, descriptors made
// here are not inherited by child processes (O_CLOEXEC) unless asked, and a
// call interrupted by a signal is retried after the signal's handler ran.
#include "py/mpconfig.h"

#if MICROPY_PY_OS

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "py/builtin.h"
#include "py/runtime.h"
#include "extmod/fdwait.h"
#include "extmod/modsocket.h"
#include "extmod/mpsyscall.h"
#include "modos.h"
#include "py/objstructseq.h"

// open(path, flags, mode=0o777, *, dir_fd=None): a new descriptor.
static mp_obj_t os_open(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_path, ARG_flags, ARG_mode, ARG_dir_fd };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_path, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_flags, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_mode, MP_ARG_INT, { .u_int = 0777 } },
        { MP_QSTR_dir_fd, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_open, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t path = args[ARG_path].u_obj;
    const char *p = os_path_arg(path, MP_QSTR_open, MP_QSTR_path, false, NULL);
    int dir_fd = args[ARG_dir_fd].u_obj == mp_const_none ? AT_FDCWD : os_fd_arg(args[ARG_dir_fd].u_obj);
    int flags = (int)args[ARG_flags].u_int | O_CLOEXEC;
    int fd;
    MP_FD_NEW_RETRY(fd, openat(dir_fd, p, flags, (mode_t)args[ARG_mode].u_int));
    os_check_path(fd, path);
    return MP_OBJ_NEW_SMALL_INT(fd);
}
MP_DEFINE_CONST_FUN_OBJ_KW(os_open_obj, 0, os_open);

// close(fd). Not retried on EINTR: the descriptor is gone either way.
static mp_obj_t os_close(mp_obj_t fd) {
    if (close(os_fd_arg(fd)) == -1 && errno != EINTR) {
        mp_raise_OSError_errno();
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(os_close_obj, os_close);

// closerange(fd_low, fd_high): errors are ignored.
static mp_obj_t os_closerange(mp_obj_t low_in, mp_obj_t high_in) {
    mp_int_t low = mp_obj_get_int(low_in);
    mp_int_t high = mp_obj_get_int(high_in);
    for (mp_int_t fd = low < 0 ? 0 : low; fd < high; fd++) {
        close((int)fd);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(os_closerange_obj, os_closerange);

// read(fd, n): at most n bytes; b'' at the end of the file.
static mp_obj_t os_read(mp_obj_t fd_in, mp_obj_t n_in) {
    int fd = os_fd_arg(fd_in);
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_OSError(EINVAL);
    }
    vstr_t vstr;
    vstr_init_len(&vstr, (size_t)n);
    ssize_t got;
    mp_fdwait_before_io(fd, POLLIN);
    MP_SYSCALL_RETRY(got, read(fd, vstr.buf, (size_t)n));
    os_check_result(got < 0 ? -1 : 0);
    vstr.len = (size_t)got;
    return mp_obj_new_bytes_from_vstr(&vstr);
}
MP_DEFINE_CONST_FUN_OBJ_2(os_read_obj, os_read);

// write(fd, data): the number of bytes written (maybe fewer than given).
static mp_obj_t os_write(mp_obj_t fd_in, mp_obj_t data) {
    int fd = os_fd_arg(fd_in);
    mp_buffer_info_t buf;
    if (mp_obj_is_str(data) || !mp_get_buffer(data, &buf, MP_BUFFER_READ)) {
        mp_raise_TypeError_obj_unsupported(
            data, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
    }
    ssize_t put;
    put = mp_fdwait_write(fd, buf.buf, buf.len);
    os_check_result(put < 0 ? -1 : 0);
    return mp_obj_new_int_from_ll((long long)put);
}
MP_DEFINE_CONST_FUN_OBJ_2(os_write_obj, os_write);

#if MICROPY_PY_SOCKET && MP_SOCKET_HAS_SENDFILE
// sendfile(out_fd, in_fd, offset, count): the number of bytes sent (0 at
// the end of the file) from in_fd at offset to out_fd, without copying
// through user space. offset None (Linux only) reads from and advances
// in_fd's position; an int leaves it alone. On a non-blocking out_fd a
// short count, or BlockingIOError when nothing could be sent. macOS's
// headers/trailers/flags are left out.
static mp_obj_t os_sendfile(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_out_fd, ARG_in_fd, ARG_offset, ARG_count };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_out_fd, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_in_fd, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_offset, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_count, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_sendfile, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    int out_fd = mp_socket_get_c_int(args[ARG_out_fd].u_obj);
    int in_fd = mp_socket_get_c_int(args[ARG_in_fd].u_obj);
    off_t offset = 0;
    off_t *offset_p = &offset;
    if (MP_SOCKET_SENDFILE_FILE_POS && args[ARG_offset].u_obj == mp_const_none) {
        offset_p = NULL;
    } else {
        offset = (off_t)mp_obj_get_int(args[ARG_offset].u_obj);
    }
    // A negative count is the kernel's to refuse (EINVAL), as in CPython.
    size_t count = (size_t)args[ARG_count].u_int;
    ssize_t sent;
    mp_fdwait_before_io(out_fd, POLLOUT);
    MP_SYSCALL_RETRY(sent, mp_socket_sendfile_fd(out_fd, in_fd, offset_p, count));
    os_check_result(sent < 0 ? -1 : 0);
    return mp_obj_new_int_from_ll((long long)sent);
}
MP_DEFINE_CONST_FUN_OBJ_KW(os_sendfile_obj, 0, os_sendfile);
#endif

// lseek(fd, position, whence): the new position.
static mp_obj_t os_lseek(mp_obj_t fd_in, mp_obj_t pos_in, mp_obj_t whence_in) {
    int fd = os_fd_arg(fd_in);
    off_t pos = (off_t)mp_obj_get_int(pos_in);
    off_t r = lseek(fd, pos, mp_obj_get_c_int(whence_in));
    os_check_result(r < 0 ? -1 : 0);
    return mp_obj_new_int_from_ll((long long)r);
}
MP_DEFINE_CONST_FUN_OBJ_3(os_lseek_obj, os_lseek);

// dup(fd): a non-inheritable copy.
static mp_obj_t os_dup(mp_obj_t fd_in) {
    int fd = fcntl(os_fd_arg(fd_in), F_DUPFD_CLOEXEC, 0);
    os_check_result(fd);
    return MP_OBJ_NEW_SMALL_INT(fd);
}
MP_DEFINE_CONST_FUN_OBJ_1(os_dup_obj, os_dup);

// dup2(fd, fd2, inheritable=True): fd2.
static mp_obj_t os_dup2(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_fd, ARG_fd2, ARG_inheritable };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_fd, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_fd2, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_inheritable, MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_dup2, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    int fd = (int)args[ARG_fd].u_int;
    int fd2 = (int)args[ARG_fd2].u_int;
    int r;
    MP_SYSCALL_RETRY(r, dup2(fd, fd2));
    os_check_result(r);
    if (!args[ARG_inheritable].u_bool && fd != fd2) {
        os_check_result(fcntl(fd2, F_SETFD, FD_CLOEXEC));
    }
    return MP_OBJ_NEW_SMALL_INT(fd2);
}
MP_DEFINE_CONST_FUN_OBJ_KW(os_dup2_obj, 0, os_dup2);

// pipe(): (read_fd, write_fd), both non-inheritable.
static mp_obj_t os_pipe(void) {
    int fds[2];
    os_check_result(pipe(fds));
    // Set close-on-exec at once (pipe2 is not on every system).
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    mp_obj_t items[2] = { MP_OBJ_NEW_SMALL_INT(fds[0]), MP_OBJ_NEW_SMALL_INT(fds[1]) };
    return mp_obj_new_tuple(2, items);
}
MP_DEFINE_CONST_FUN_OBJ_0(os_pipe_obj, os_pipe);

// openpty(): (master_fd, slave_fd) of a new pseudo-terminal, both
// non-inheritable. Linux: the master from /dev/ptmx, unlocked, and the slave
// by its number under /dev/pts (no libc pty calls to import); elsewhere
// POSIX's posix_openpt/grantpt/unlockpt/ptsname.
static mp_obj_t os_openpty(void) {
    int master, slave;
#if defined(__linux__)
    MP_SYSCALL_RETRY(master, openat(AT_FDCWD, "/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC));
    os_check_result(master);
    int unlock = 0;
    unsigned int n = 0;
    if (ioctl(master, TIOCSPTLCK, &unlock) == -1 || ioctl(master, TIOCGPTN, &n) == -1) {
        int err = errno;
        close(master);
        mp_raise_OSError(err);
    }
    char path[24] = "/dev/pts/";
    char digits[12];
    size_t k = 0;
    do {
        digits[k++] = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);
    for (size_t i = 0; i < k; i++) {
        path[9 + i] = digits[k - 1 - i];
    }
    path[9 + k] = '\0';
    MP_SYSCALL_RETRY(slave, openat(AT_FDCWD, path, O_RDWR | O_NOCTTY | O_CLOEXEC));
#else
    master = posix_openpt(O_RDWR | O_NOCTTY);
    os_check_result(master);
    fcntl(master, F_SETFD, FD_CLOEXEC);
    const char *name = grantpt(master) == 0 && unlockpt(master) == 0 ? ptsname(master) : NULL;
    slave = name == NULL ? -1 : openat(AT_FDCWD, name, O_RDWR | O_NOCTTY | O_CLOEXEC);
#endif
    if (slave == -1) {
        int err = errno;
        close(master);
        mp_raise_OSError(err);
    }
    mp_obj_t items[2] = { MP_OBJ_NEW_SMALL_INT(master), MP_OBJ_NEW_SMALL_INT(slave) };
    return mp_obj_new_tuple(2, items);
}
MP_DEFINE_CONST_FUN_OBJ_0(os_openpty_obj, os_openpty);

// isatty(fd): False for anything that is not a terminal, even a bad fd.
static mp_obj_t os_isatty(mp_obj_t fd) {
    return mp_obj_new_bool(isatty(os_fd_arg(fd)) == 1);
}
MP_DEFINE_CONST_FUN_OBJ_1(os_isatty_obj, os_isatty);

// fsync(fd): fd may be a file object (anything with fileno()).
static mp_obj_t os_fsync(mp_obj_t fd) {
    int r;
    MP_SYSCALL_RETRY(r, fsync(os_fd_arg(fd)));
    os_check_result(r);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(os_fsync_obj, os_fsync);

// fdopen(fd, *args, **kwargs): open() of a descriptor, which must be an int.
static mp_obj_t os_fdopen(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_get_int(args[0]);
    return mp_builtin_open_obj.fun.kw(n_args, args, kw_args);
}
MP_DEFINE_CONST_FUN_OBJ_KW(os_fdopen_obj, 1, os_fdopen);

// ftruncate(fd, length)
static mp_obj_t os_ftruncate(mp_obj_t fd, mp_obj_t length) {
    int r;
    MP_SYSCALL_RETRY(r, ftruncate(os_fd_arg(fd), (off_t)mp_obj_get_int(length)));
    os_check_result(r);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(os_ftruncate_obj, os_ftruncate);

// truncate(path, length): path may be an fd.
static mp_obj_t os_truncate(mp_obj_t path, mp_obj_t length) {
    if (mp_obj_is_int(path)) {
        return os_ftruncate(path, length);
    }
    const char *p = os_path_arg(path, MP_QSTR_truncate, MP_QSTR_path, true, NULL);
    int r;
    MP_SYSCALL_RETRY(r, truncate(p, (off_t)mp_obj_get_int(length)));
    os_check_path(r, path);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(os_truncate_obj, os_truncate);

// fstat(fd)
static mp_obj_t os_fstat(mp_obj_t fd) {
    struct stat st;
    int r;
    MP_SYSCALL_RETRY(r, fstat(os_fd_arg(fd), &st));
    os_check_result(r);
    return os_stat_new(&st);
}
MP_DEFINE_CONST_FUN_OBJ_1(os_fstat_obj, os_fstat);

// get_inheritable(fd)
static mp_obj_t os_get_inheritable(mp_obj_t fd) {
    return mp_obj_new_bool(!mp_fd_flag(os_fd_arg(fd), F_GETFD, F_SETFD, FD_CLOEXEC, -1));
}
MP_DEFINE_CONST_FUN_OBJ_1(os_get_inheritable_obj, os_get_inheritable);

// set_inheritable(fd, inheritable)
static mp_obj_t os_set_inheritable(mp_obj_t fd, mp_obj_t inheritable) {
    mp_fd_flag(os_fd_arg(fd), F_GETFD, F_SETFD, FD_CLOEXEC, !mp_obj_is_true(inheritable));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(os_set_inheritable_obj, os_set_inheritable);

// get_blocking(fd)
static mp_obj_t os_get_blocking(mp_obj_t fd) {
    return mp_obj_new_bool(!mp_fd_flag(os_fd_arg(fd), F_GETFL, F_SETFL, O_NONBLOCK, -1));
}
MP_DEFINE_CONST_FUN_OBJ_1(os_get_blocking_obj, os_get_blocking);

// set_blocking(fd, blocking)
static mp_obj_t os_set_blocking(mp_obj_t fd, mp_obj_t blocking) {
    mp_fd_flag(os_fd_arg(fd), F_GETFL, F_SETFL, O_NONBLOCK, !mp_obj_is_true(blocking));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(os_set_blocking_obj, os_set_blocking);

static const uint16_t terminal_size_fields[] = { MP_QSTR_columns, MP_QSTR_lines };
const mp_obj_structseq_type_t os_terminal_size_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_terminal_size, "os.terminal_size", 2, terminal_size_fields,
        true);

// get_terminal_size(fd=1): OSError (ENOTTY) when fd is not a terminal.
static mp_obj_t os_get_terminal_size(size_t n_args, const mp_obj_t *args) {
    int fd = n_args > 0 ? os_fd_arg(args[0]) : STDOUT_FILENO;
    struct winsize ws;
    os_check_result(ioctl(fd, TIOCGWINSZ, &ws));
    mp_obj_t v[2] = { MP_OBJ_NEW_SMALL_INT(ws.ws_col), MP_OBJ_NEW_SMALL_INT(ws.ws_row) };
    return mp_obj_structseq_new(&os_terminal_size_type, v);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_get_terminal_size_obj, 0, 1, os_get_terminal_size);

#endif // MICROPY_PY_OS
