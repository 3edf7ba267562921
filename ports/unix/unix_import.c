// File-system access for imports (py/import_hal.h).
#include "py/mpconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "py/import_hal.h"
#include "py/runtime.h"
#include "extmod/mpsyscall.h"

mp_import_stat_t mp_import_stat(const char *path) {
    struct stat st;
    if (fstatat(AT_FDCWD, path, &st, 0) != 0) {
        return MP_IMPORT_STAT_NO_EXIST;
    }
    if (S_ISDIR(st.st_mode)) {
        return MP_IMPORT_STAT_DIR;
    }
    return S_ISREG(st.st_mode) ? MP_IMPORT_STAT_FILE : MP_IMPORT_STAT_NO_EXIST;
}

// The fd is closed before anything that can raise (allocation), so a raise
// never leaks it: the size is taken first, the buffer allocated, then read.
mp_obj_t mp_import_read_file(const char *path) {
    int fd;
    MP_SYSCALL_RETRY(fd, openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC));
    if (fd < 0) {
        mp_raise_OSError_errno();
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int err = errno;
        close(fd);
        mp_raise_OSError(err);
    }
    size_t size = (size_t)st.st_size;
    byte *buf = m_malloc_maybe(size + 1);
    if (buf == NULL) {
        close(fd);
        mp_raise_memory_error_for_alloc(size + 1);
    }
    size_t got = 0;
    int err = 0;
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0) {
            if (errno == EINTR) {
                continue; // pending signals are handled after the fd is closed
            }
            err = errno;
            break;
        }
        if (n == 0) {
            break;
        }
        got += (size_t)n;
    }
    close(fd);
    mp_handle_pending(true);
    if (err != 0) {
        mp_raise_OSError(err);
    }
    buf[got] = 0;
    vstr_t vstr = { .alloc = size + 1, .len = got, .buf = (char *)buf, .fixed_buf = false };
    return mp_obj_new_bytes_from_vstr(&vstr);
}

mp_int_t mp_import_source_line(const char *path, size_t lineno, char *buf, size_t len) {
    // O_NONBLOCK: opening a FIFO named like a source file must not hang.
    int fd;
    do {
        fd = openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return -1;
    }
    mp_int_t got = -1;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        char chunk[256];
        size_t line = 1;
        size_t out = 0;
        for (;;) {
            ssize_t n = read(fd, chunk, sizeof(chunk));
            if (n < 0 && errno == EINTR) {
                continue; // pending signals are handled by the caller's VM
            }
            if (n <= 0) {
                // (A last line without its newline.)
                got = n == 0 && line == lineno ? (mp_int_t)out : -1;
                break;
            }
            for (ssize_t i = 0; i < n && got < 0; i++) {
                char c = chunk[i];
                if (line != lineno) {
                    line += c == '\n';
                } else if (c == '\n' || out == len) {
                    got = out;
                } else if (out > 0 || (c != ' ' && c != '\t' && c != '\f')) {
                    buf[out++] = c;
                }
            }
            if (got >= 0) {
                break;
            }
        }
    }
    close(fd);
    return got;
}
