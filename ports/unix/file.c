// File objects: open(), FileIO (binary) and TextIOWrapper (text, UTF-8), on
// POSIX file descriptors. A regular file from open() gets an 8 KiB buffer
// (malloc'd, so that the finaliser and the exit hook may use it whatever the
// GC has swept): it holds either output not yet written or read-ahead not yet
// consumed, never both. Everything else (stdio, ttys, pipes, buffering=0) is
// unbuffered: reads and writes go straight to the fd, and readline() on an
// unbuffered regular file reads a chunk and seeks back past the newline.
// Text files are UTF-8 with no newline translation (as MicroPython). Any
// other encoding, an error handler other than 'strict', or newline='\r' or
// '\r\n' (a translation asked for by name) gets CPython's layering instead:
// io.TextIOWrapper (lib/_iobase.py) over the binary file.
#include "py/mpconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "py/builtin.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/stream.h"
#include "extmod/fdwait.h"
#include "extmod/modio.h"
#include "extmod/mpsyscall.h"
#include "ports/unix/file.h"
#include "ports/unix/modos.h"

typedef struct _mp_obj_file_t {
    mp_obj_base_t base;
    int fd; // -1 once closed
    bool closefd; // close() closes the fd (false for stdio and open(fd, closefd=False))
    bool regular; // a regular file: seeking back is safe (chunked readline)
    bool readable;
    bool writable;
    bool once; // raw (buffering=0) and not regular: a read gives what one read() gives
    bool line_buffering; // text files: as given to open() or reconfigure()
    bool buffered; // buffering != 0 given to open(): CPython's Buffered* types
    // (Both qstrs may be made at run time: 16 bits would not hold every one;
    // 32 do, and keep the object at 64 bytes.)
    uint32_t errors; // text files: the error handler (qstr) for lone surrogates written
    uint32_t encoding; // text files: the UTF-8 spelling (qstr) that .encoding gives
    mp_obj_t name; // str, bytes or the int fd
    mp_obj_t mode; // the mode string as given
    mp_obj_t buffer; // text files: the binary file over the same fd, made on demand;
                     // that binary file: the text file, whose buffer it shares
    struct _file_buf_t *buf; // NULL: unbuffered
} mp_obj_file_t;

#define FILE_BUF_SIZE 8192

// The buffer of a file. All open ones are on a list (outside the GC heap, so
// it keeps no file alive) that unix_file_flush_all writes out. Used
// only with the GIL held: the syscalls on it never wait for the fd.
typedef struct _file_buf_t {
    struct _file_buf_t *next;
    struct _file_buf_t **prev_next;
    int fd;
    bool line; // flush after a write holding '\n' (buffering=1, text)
    bool append; // O_APPEND: output lands at the end, so tell() counts from there
    bool dirty; // data[0, len) awaits writing; else data[pos, len) is read-ahead
    size_t pos;
    size_t len;
    byte data[FILE_BUF_SIZE];
} file_buf_t;

static file_buf_t *file_buf_list;

static file_buf_t *file_buf(mp_obj_file_t *self) {
    if (self->base.type == &mp_type_fileio && self->buffer != MP_OBJ_NULL) {
        return ((mp_obj_file_t *)MP_OBJ_TO_PTR(self->buffer))->buf;
    }
    return self->buf;
}

// Writes out pending output. The buffer is emptied even on an error (as a
// failed write would fail again); returns 0 or the errno.
static int file_buf_flush(file_buf_t *b) {
    int err = 0;
    if (b->dirty) {
        for (size_t done = 0; done < b->len;) {
            ssize_t n = write(b->fd, b->data + done, b->len - done);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                err = n < 0 ? errno : MP_EIO;
                break;
            }
            done += (size_t)n;
        }
    }
    b->dirty = false;
    b->pos = b->len = 0;
    return err;
}

// Empties the buffer so that the fd position is the file's: output written,
// read-ahead given back by a seek.
static int file_buf_sync(file_buf_t *b) {
    if (!b->dirty && b->pos < b->len &&
        lseek(b->fd, -(off_t)(b->len - b->pos), SEEK_CUR) < 0) {
        return errno;
    }
    return file_buf_flush(b);
}

// Run by open() and by main() as the process ends normally (sys.exit, an
// uncaught exception, the script's end; main() is the only way out that
// runs exit handlers), not on os._exit(), as in CPython. In open()
// it stands in for CPython's reference counting, which writes out a dropped
// file at once: open(p, 'w').write(s) followed by open(p).read() must see s.
void unix_file_flush_all(void) {
    for (file_buf_t *b = file_buf_list; b != NULL; b = b->next) {
        // (read-ahead is kept: dropping it would skip the file's position
        // past what its reader has not had yet)
        if (b->dirty) {
            file_buf_flush(b);
        }
    }
}

static mp_obj_file_t *file_self(mp_obj_t self_in) {
    return MP_OBJ_TO_PTR(self_in);
}

// The object, or ValueError as CPython raises for I/O on a closed file.
static mp_obj_file_t *file_open_self(mp_obj_t self_in) {
    mp_obj_file_t *self = file_self(self_in);
    if (self->fd < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("I/O operation on closed file."));
    }
    return self;
}

// The open object, for a write or a read: CPython refuses what the file was
// not opened for before any system call (even for no data), in the words of
// its text files (its binary ones say 'read' or 'write').
// A buffered binary file refuses the wrong direction before looking whether
// it is closed (a BufferedWriter has no read at all).
static mp_obj_file_t *file_open_for(mp_obj_t self_in, bool write) {
    mp_obj_file_t *self = file_self(self_in);
    if (!self->buffered || self->base.type != &mp_type_fileio) {
        file_open_self(self_in);
    }
    if (!(write ? self->writable : self->readable)) {
        mp_io_raise_unsupported(write ? MP_ERROR_TEXT("not writable") : MP_ERROR_TEXT("not readable"));
    }
    return file_open_self(self_in);
}

// ---------------------------------------------------------------------------
// The stream protocol.

static mp_uint_t file_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mp_obj_file_t *self = file_self(self_in);
    file_buf_t *b = file_buf(self);
    ssize_t n;
    if (b != NULL) {
        if (b->dirty && (*errcode = file_buf_flush(b)) != 0) {
            return MP_STREAM_ERROR;
        }
        if (b->pos == b->len) {
            if (size >= FILE_BUF_SIZE) {
                // Large reads skip the buffer.
                MP_SYSCALL_RETRY(n, read(self->fd, buf, size));
                goto done;
            }
            MP_SYSCALL_RETRY(n, read(self->fd, b->data, FILE_BUF_SIZE));
            if (n < 0) {
                goto done;
            }
            b->pos = 0;
            b->len = (size_t)n;
        }
        n = (ssize_t)(size < b->len - b->pos ? size : b->len - b->pos);
        memcpy(buf, b->data + b->pos, (size_t)n);
        b->pos += (size_t)n;
        return (mp_uint_t)n;
    }
    mp_fdwait_before_io(self->fd, POLLIN);
    MP_SYSCALL_RETRY(n, read(self->fd, buf, size));
done:
    if (n < 0) {
        *errcode = errno;
        return MP_STREAM_ERROR;
    }
    return (mp_uint_t)n;
}

static mp_uint_t file_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    // (print(file=f) comes here without the methods' checks)
    mp_obj_file_t *self = file_open_for(self_in, true);
    file_buf_t *b = file_buf(self);
    ssize_t n;
    if (b != NULL) {
        if ((!b->dirty || b->len + size > FILE_BUF_SIZE) && (*errcode = file_buf_sync(b)) != 0) {
            return MP_STREAM_ERROR;
        }
        if (b->append && !b->dirty) {
            lseek(self->fd, 0, SEEK_END);
        }
        if (size < FILE_BUF_SIZE) {
            memcpy(b->data + b->len, buf, size);
            b->len += size;
            b->dirty = true;
            if (b->line && memchr(buf, '\n', size) != NULL &&
                (*errcode = file_buf_flush(b)) != 0) {
                return MP_STREAM_ERROR;
            }
            return size;
        }
        // Large writes skip the (now empty) buffer.
    }
    n = mp_fdwait_write(self->fd, buf, size);
    if (n < 0) {
        *errcode = errno;
        return MP_STREAM_ERROR;
    }
    return (mp_uint_t)n;
}

// close() without raising: used by the finaliser too (which may not
// allocate). Pending output is written first; the fd is closed even if that
// fails, and the errno is returned. EINTR is not retried: the fd is released
// either way.
static int file_close_fd(mp_obj_file_t *self) {
    int err = 0;
    file_buf_t *b = self->buf;
    if (b != NULL) {
        err = file_buf_flush(b);
        *b->prev_next = b->next;
        if (b->next != NULL) {
            b->next->prev_next = b->prev_next;
        }
        free(b);
        self->buf = NULL;
    }
    if (self->fd >= 0) {
        if (self->closefd) {
            close(self->fd);
        }
        self->fd = -1;
    }
    return err;
}

static mp_uint_t file_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mp_obj_file_t *self = file_self(self_in);
    file_buf_t *b = file_buf(self);
    int err = 0;
    switch (request) {
        case MP_STREAM_FLUSH:
            if (b != NULL && b->dirty) {
                err = file_buf_flush(b);
            }
            break;
        case MP_STREAM_SEEK: {
            struct mp_stream_seek_t *s = (struct mp_stream_seek_t *)arg;
            static const int whence_map[3] = { SEEK_SET, SEEK_CUR, SEEK_END };
            int whence = whence_map[s->whence > 2 ? 0 : s->whence];
            // tell() leaves the buffer be: the fd position, corrected by it.
            off_t held = 0;
            if (b != NULL && whence == SEEK_CUR && s->offset == 0) {
                held = b->dirty ? (off_t)b->len : -(off_t)(b->len - b->pos);
            } else if (b != NULL && (err = file_buf_sync(b)) != 0) {
                break;
            }
            off_t pos = lseek(self->fd, (off_t)s->offset, whence);
            if (pos < 0) {
                err = errno;
                break;
            }
            s->offset = (mp_int_t)(pos + held);
            break;
        }
        case MP_STREAM_CLOSE:
            err = file_close_fd(self);
            break;
        case MP_STREAM_GET_FILENO:
            if (self->fd < 0) {
                *errcode = MP_EBADF;
                return MP_STREAM_ERROR;
            }
            return (mp_uint_t)self->fd;
        case MP_STREAM_POLL: {
            struct pollfd p = { .fd = self->fd,
                .events = (short)(arg & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR)) };
            int r;
            MP_SYSCALL_RETRY(r, poll(&p, 1, 0));
            if (r < 0) {
                *errcode = errno;
                return MP_STREAM_ERROR;
            }
            return r == 0 ? 0 : (mp_uint_t)p.revents;
        }
        default:
            err = MP_EINVAL;
            break;
    }
    if (err != 0) {
        *errcode = err;
        return MP_STREAM_ERROR;
    }
    return 0;
}

static const mp_stream_p_t fileio_stream_p = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
    .is_text = false,
};

// A text file's write: a str holds a lone surrogate only as ED A0..BF, so
// the rare slow path (the codec with the file's error handler: strict
// raises UnicodeEncodeError, stdout's surrogateescape writes the byte) is
// taken only after a quick scan finds one.
static mp_uint_t textio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    if (utf8_has_surrogate(buf, size)) {
        vstr_t v;
        vstr_init(&v, size);
        mp_obj_str_encode(&v, mp_obj_new_str(buf, size), MP_OBJ_NEW_QSTR(MP_QSTR_utf_dash_8),
            MP_OBJ_NEW_QSTR(file_self(self_in)->errors));
        // (a short write of a pipe is not retried: at worst some
        // of a rare escaped output is lost, as on an error)
        return file_write(self_in, v.buf, v.len, errcode) == MP_STREAM_ERROR ? MP_STREAM_ERROR : size;
    }
    return file_write(self_in, buf, size, errcode);
}

static const mp_stream_p_t textio_stream_p = {
    .read = file_read,
    .write = textio_write,
    .ioctl = file_ioctl,
    .is_text = true,
};

// ---------------------------------------------------------------------------
// Methods. The generic stream methods are wrapped to refuse a closed file.

#define FILE_CHECKED_METHOD(name, generic, write)                                                  \
    static mp_obj_t name(size_t n_args, const mp_obj_t *args) {                                    \
        file_open_for(args[0], write);                                                             \
        return (generic).fun.var(n_args, args);                                                    \
    }

// read([size]): as CPython's FileIO, a raw pipe or tty returns what one
// read() gives; a buffered file waits for size bytes or EOF.
static mp_obj_t file_read_method(size_t n_args, const mp_obj_t *args) {
    bool once = file_open_for(args[0], false)->once && n_args > 1 && args[1] != mp_const_none &&
        mp_obj_get_int(args[1]) >= 0;
    return (once ? mp_stream_read1_obj : mp_stream_read_obj).fun.var(n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_read_obj, 1, 2, file_read_method);
FILE_CHECKED_METHOD(file_read1_method, mp_stream_read1_obj, false)
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_read1_obj, 1, 2, file_read1_method);
// readinto(buf): on a raw pipe or tty, one read() (as read(n) above).
static mp_obj_t file_readinto_method(size_t n_args, const mp_obj_t *args) {
    if (!file_open_for(args[0], false)->once) {
        return mp_stream_readinto_obj.fun.var(n_args, args);
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    int err;
    mp_uint_t got = mp_stream_rw(args[0], bi.buf, bi.len, &err, MP_STREAM_RW_READ | MP_STREAM_RW_ONCE);
    if (err == MP_EAGAIN) {
        return mp_const_none;
    }
    if (err != 0) {
        mp_raise_OSError(err);
    }
    return MP_OBJ_NEW_SMALL_INT(got);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readinto_obj, 2, 3, file_readinto_method);
FILE_CHECKED_METHOD(file_write_method, mp_stream_write_obj, true)
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_write_obj, 2, 4, file_write_method);
// writelines(lines): write() of each item; no separators are added.
static mp_obj_t file_writelines(mp_obj_t self_in, mp_obj_t lines_in) {
    file_open_self(self_in);
    mp_obj_t iter = mp_getiter(lines_in);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t args[2] = { self_in, item };
        file_write_method(2, args);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(file_writelines_obj, file_writelines);

// seek(offset[, whence]): a negative absolute position is a ValueError for a
// text file (mp_stream_seek), lseek's EINVAL for a binary one, as CPython.
// A text file seeks relative to its end or the current position only by 0
// (a character offset would need decoding), io.UnsupportedOperation else.
static mp_obj_t file_seek_method(size_t n_args, const mp_obj_t *args) {
    bool binary = file_open_self(args[0])->base.type == &mp_type_fileio;
    mp_uint_t whence = n_args == 2 ? 0 : mp_obj_get_int(args[2]);
    mp_int_t offset = mp_obj_get_int(args[1]);
    if (whence == 0 ? binary && offset < 0 : !binary && offset != 0 && whence <= 2) {
        if (binary) {
            mp_raise_OSError(MP_EINVAL);
        }
        mp_io_raise_unsupported(MP_ERROR_TEXT("seek"));
    }
    return mp_stream_seek_obj.fun.var(n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_seek_obj, 2, 3, file_seek_method);

// A line read from the file: bytes, or (text files) a str.
static mp_obj_t file_line_result(mp_obj_file_t *self, const char *data, size_t len) {
    if (self->base.type == &mp_type_fileio) {
        return mp_obj_new_bytes((const byte *)data, len);
    }
    if (!utf8_check((const byte *)data, len)) {
        mp_raise_msg(&mp_type_UnicodeDecodeError,
            MP_ERROR_TEXT("'utf-8' codec can't decode bytes: invalid data"));
    }
    return mp_obj_new_str(data, len);
}

// Reads up to size bytes; on a newline, seeks back to just after it (or,
// buffered, takes no more from the read-ahead). Returns the bytes kept, and
// sets *done when the line (or the file) ended.
static size_t file_read_line_chunk(mp_obj_file_t *self, char *buf, size_t size, bool *done) {
    file_buf_t *b = file_buf(self);
    ssize_t n;
    int err;
    if (b != NULL) {
        // (a read of nothing writes out pending output and refills)
        if ((b->dirty || b->pos == b->len) &&
            file_read(MP_OBJ_FROM_PTR(self), buf, 0, &err) == MP_STREAM_ERROR) {
            mp_raise_OSError(err);
        }
        const byte *start = b->data + b->pos;
        n = (ssize_t)(size < b->len - b->pos ? size : b->len - b->pos);
        const byte *nl = memchr(start, '\n', (size_t)n);
        if (nl != NULL) {
            n = nl + 1 - start;
        }
        memcpy(buf, start, (size_t)n);
        b->pos += (size_t)n;
        *done = nl != NULL || n == 0;
        return (size_t)n;
    }
    mp_fdwait_before_io(self->fd, POLLIN);
    MP_SYSCALL_RETRY(n, read(self->fd, buf, size));
    if (n < 0) {
        mp_raise_OSError_errno();
    }
    *done = n == 0;
    const char *nl = memchr(buf, '\n', (size_t)n);
    if (nl == NULL) {
        return (size_t)n;
    }
    *done = true;
    size_t keep = (size_t)(nl + 1 - buf);
    if ((size_t)n > keep && lseek(self->fd, -(off_t)((size_t)n - keep), SEEK_CUR) < 0) {
        mp_raise_OSError_errno();
    }
    return keep;
}

// readline([size]): on a regular file, chunks and a seek back; short lines
// need no allocation besides the result.
static mp_obj_t file_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_open_for(args[0], false);
    if (!self->regular || (n_args > 1 && args[1] != mp_const_none)) {
        // (on a buffered file, the bytewise reads are served by the buffer)
        return mp_stream_unbuffered_readline_obj.fun.var(n_args, args);
    }
    char first[256];
    bool done;
    size_t len = file_read_line_chunk(self, first, sizeof(first), &done);
    if (done) {
        return file_line_result(self, first, len);
    }
    vstr_t vstr;
    vstr_init(&vstr, 2 * sizeof(first));
    vstr_add_strn(&vstr, first, len);
    size_t chunk = sizeof(first);
    while (!done) {
        if (chunk < 8192) {
            chunk *= 2;
        }
        char *p = vstr_add_len(&vstr, chunk);
        size_t got = file_read_line_chunk(self, p, chunk, &done);
        vstr_cut_tail_bytes(&vstr, chunk - got);
    }
    mp_obj_t line = file_line_result(self, vstr.buf, vstr.len);
    vstr_clear(&vstr);
    return line;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readline_obj, 1, 2, file_readline);

static bool line_is_empty(mp_obj_t line) {
    if (line == mp_const_none) {
        return true;
    }
    size_t len;
    mp_obj_str_get_data(line, &len);
    return len == 0;
}

// readlines([hint])
static mp_obj_t file_readlines(size_t n_args, const mp_obj_t *args) {
    file_open_self(args[0]);
    mp_int_t hint = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    mp_obj_t lines = mp_obj_new_list(0, NULL);
    size_t total = 0;
    for (;;) {
        mp_obj_t line = file_readline(1, args);
        if (line_is_empty(line)) {
            break;
        }
        mp_obj_list_append(lines, line);
        total += MP_OBJ_SMALL_INT_VALUE(mp_obj_len(line));
        if (hint > 0 && total > (size_t)hint) {
            break;
        }
    }
    return lines;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readlines_obj, 1, 2, file_readlines);

// truncate([size]): at the current position by default; the position stays.
static mp_obj_t file_truncate(size_t n_args, const mp_obj_t *args) {
    file_open_self(args[0]);
    mp_obj_file_t *self = file_open_for(args[0], true);
    mp_obj_t size = n_args > 1 ? args[1] : mp_const_none;
    if (size == mp_const_none) {
        size = mp_stream_tell_obj.fun._1(args[0]);
    }
    file_buf_t *b = file_buf(self);
    int err = b != NULL ? file_buf_sync(b) : 0;
    if (err == 0 && ftruncate(self->fd, (off_t)mp_obj_get_int(size)) < 0) {
        err = errno;
    }
    if (err != 0) {
        mp_raise_OSError(err);
    }
    return size;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_truncate_obj, 1, 2, file_truncate);

// tell()
static mp_obj_t file_tell(mp_obj_t self_in) {
    file_open_self(self_in);
    return mp_stream_tell_obj.fun._1(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_tell_obj, file_tell);

// flush()
static mp_obj_t file_flush(mp_obj_t self_in) {
    file_open_self(self_in);
    return mp_stream_flush_obj.fun._1(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_flush_obj, file_flush);

// fileno()
static mp_obj_t file_fileno(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(file_open_self(self_in)->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_fileno_obj, file_fileno);

// isatty()
static mp_obj_t file_isatty(mp_obj_t self_in) {
    return mp_obj_new_bool(isatty(file_open_self(self_in)->fd));
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_isatty_obj, file_isatty);

// readable(), writable(), seekable()
static mp_obj_t file_readable(mp_obj_t self_in) {
    return mp_obj_new_bool(file_open_self(self_in)->readable);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_readable_obj, file_readable);

static mp_obj_t file_writable(mp_obj_t self_in) {
    return mp_obj_new_bool(file_open_self(self_in)->writable);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_writable_obj, file_writable);

static mp_obj_t file_seekable(mp_obj_t self_in) {
    return mp_obj_new_bool(lseek(file_open_self(self_in)->fd, 0, SEEK_CUR) >= 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_seekable_obj, file_seekable);

// __enter__(), and the getiter slot: the file itself, once checked open.
static mp_obj_t file___enter__(mp_obj_t self_in) {
    file_open_self(self_in);
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file___enter___obj, file___enter__);

// __del__(): the finaliser; must neither allocate nor raise.
static mp_obj_t file___del__(mp_obj_t self_in) {
    file_close_fd(file_self(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file___del___obj, file___del__);

static mp_obj_t file_iternext(mp_obj_t self_in) {
    mp_obj_t line = file_readline(1, &self_in);
    return line_is_empty(line) ? MP_OBJ_STOP_ITERATION : line;
}

static bool open_needs_codec(mp_obj_t encoding, mp_obj_t errors);

// The name .encoding gives for a UTF-8 encoding argument: as written, or for
// None and 'locale' the locale's, 'UTF-8' (as CPython's in a UTF-8 locale).
static qstr encoding_name(mp_obj_t encoding) {
    qstr q = encoding == mp_const_none ? MP_QSTR_locale : mp_obj_str_get_qstr(encoding);
    return q == MP_QSTR_locale ? MP_QSTR_UTF_dash_8 : q;
}

// reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
// write_through=None): the encoding stays UTF-8 and newlines are never
// translated, so only the error handler and line buffering change. (Other
// keywords are ignored.)
static mp_obj_t file_reconfigure(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_file_t *self = file_open_self(args[0]);
    static const uint16_t names[3] = { MP_QSTR_encoding, MP_QSTR_errors, MP_QSTR_line_buffering };
    mp_obj_t v[3];
    for (size_t i = 0; i < 3; i++) {
        mp_map_elem_t *e = mp_map_lookup(kw_args, MP_OBJ_NEW_QSTR(names[i]), MP_MAP_LOOKUP);
        v[i] = e != NULL ? e->value : mp_const_none;
    }
    if (v[0] != mp_const_none && open_needs_codec(v[0], mp_const_none)) {
        mp_raise_NotImplementedError(MP_ERROR_TEXT("reconfigure: encoding other than UTF-8"));
    }
    // As CPython: a new encoding without errors means 'strict'.
    if (v[1] != mp_const_none || v[0] != mp_const_none) {
        if (v[0] != mp_const_none) {
            self->encoding = encoding_name(v[0]);
        }
        self->errors = v[1] == mp_const_none ? MP_QSTR_strict : mp_obj_str_get_qstr(v[1]);
    }
    if (v[2] != mp_const_none) {
        self->line_buffering = mp_obj_is_true(v[2]);
        file_buf_t *b = file_buf(self);
        if (b != NULL) {
            b->line = self->line_buffering;
        }
    }
    return file_flush(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(file_reconfigure_obj, 1, file_reconfigure);

static mp_obj_file_t *file_new(const mp_obj_type_t *type, bool with_finaliser) {
    mp_obj_file_t *f =
        with_finaliser ? m_new_obj_with_finaliser(mp_obj_file_t) : m_new_obj(mp_obj_file_t);
    f->base.type = type;
    f->fd = -1;
    f->closefd = true;
    f->regular = false;
    f->readable = false;
    f->writable = false;
    f->once = false;
    f->line_buffering = false;
    f->buffered = false;
    f->errors = MP_QSTR_strict;
    f->encoding = MP_QSTR_UTF_dash_8;
    f->name = mp_const_none;
    f->mode = mp_const_none;
    f->buffer = MP_OBJ_NULL;
    f->buf = NULL;
    return f;
}

static void file_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_file_t *self = file_self(self_in);
    mp_obj_t v;
    switch (attr) {
        case MP_QSTR_closed:
            dest[0] = mp_obj_new_bool(self->fd < 0);
            break;
        case MP_QSTR_name:
            dest[0] = self->name;
            break;
        case MP_QSTR_mode:
            dest[0] = self->mode;
            if (self->base.type == &mp_type_fileio) {
                // As CPython's FileIO shows it: 'xb', 'ab', 'rb' or 'wb', with
                // '+' when both ways ('w+b' is 'rb+'; a text file's buffer 'rb').
                const char *given = mp_obj_str_get_str(self->mode);
                char m[3] = { strchr(given, 'x') ? 'x' : strchr(given, 'a') ? 'a' : self->readable ? 'r' : 'w',
                              'b', '+' };
                dest[0] = mp_obj_new_str(m, self->readable && self->writable ? 3 : 2);
            }
            break;
        // Text files only:
        case MP_QSTR_encoding:
            v = MP_OBJ_NEW_QSTR(self->encoding);
            goto text;
        case MP_QSTR_errors:
            v = MP_OBJ_NEW_QSTR(self->errors);
            goto text;
        case MP_QSTR_newlines:
            // (no translation is done, so none is seen)
            v = mp_const_none;
            goto text;
        case MP_QSTR_line_buffering:
            v = mp_obj_new_bool(self->line_buffering);
            goto text;
        case MP_QSTR_write_through:
            // unbuffered files (stdio, pipes) write through
            v = mp_obj_new_bool(self->buf == NULL);
            goto text;
        case MP_QSTR_reconfigure:
            v = MP_OBJ_FROM_PTR(&file_reconfigure_obj);
            dest[1] = self_in;
        text:
            if (self->base.type == &mp_type_textio) {
                dest[0] = v;
            }
            break;
        case MP_QSTR_buffer:
            // The binary layer under a text file (sys.stdout.buffer.write(b'...')).
            if (self->base.type == &mp_type_textio) {
                if (self->buffer == MP_OBJ_NULL) {
                    mp_obj_file_t *b = file_new(&mp_type_fileio, false);
                    b->fd = self->fd;
                    b->closefd = false;
                    b->regular = self->regular;
                    b->readable = self->readable;
                    b->writable = self->writable;
                    b->buffered = self->buffered;
                    b->name = self->name;
                    b->mode = self->mode;
                    b->buffer = self_in;
                    self->buffer = MP_OBJ_FROM_PTR(b);
                }
                dest[0] = self->buffer;
            }
            break;
        default:
            break;
    }
}

static void file_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_file_t *self = file_self(self_in);
    bool text = self->base.type == &mp_type_textio;
    mp_printf(print, "<_io.%s name=", text ? "TextIOWrapper" : "FileIO");
    mp_obj_print_helper(print, self->name, PRINT_REPR);
    mp_print_str(print, " mode=");
    mp_obj_print_helper(print, self->mode, PRINT_REPR);
    if (text) {
        mp_printf(print, " encoding='%q'", (qstr)self->encoding);
    }
    mp_print_str(print, ">");
}

static const mp_rom_map_elem_t file_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&file_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_read1), MP_ROM_PTR(&file_read1_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&file_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto1), MP_ROM_PTR(&file_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&file_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&file_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&file_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_writelines), MP_ROM_PTR(&file_writelines_obj) },
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&file_seek_obj) },
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&file_tell_obj) },
    { MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&file_truncate_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&file_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&file_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&file_isatty_obj) },
    { MP_ROM_QSTR(MP_QSTR_readable), MP_ROM_PTR(&file_readable_obj) },
    { MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&file_writable_obj) },
    { MP_ROM_QSTR(MP_QSTR_seekable), MP_ROM_PTR(&file_seekable_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&file___enter___obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&file___del___obj) },
};
static MP_DEFINE_CONST_DICT(file_locals_dict, file_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fileio, MP_QSTR_FileIO, MP_TYPE_FLAG_ITER_IS_SELF,
    print, file_print,
    unary_op, mp_generic_unary_op,
    attr, file_attr,
    getiter, file___enter__,
    iternext, file_iternext,
    protocol, &fileio_stream_p,
    locals_dict, (mp_obj_dict_t *)&file_locals_dict
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_textio, MP_QSTR_TextIOWrapper, MP_TYPE_FLAG_ITER_IS_SELF,
    print, file_print,
    unary_op, mp_generic_unary_op,
    attr, file_attr,
    getiter, file___enter__,
    iternext, file_iternext,
    protocol, &textio_stream_p,
    locals_dict, (mp_obj_dict_t *)&file_locals_dict
    );

static bool fd_is_regular(int fd) {
    struct stat st;
    return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

mp_obj_t unix_file_new_stdio(int fd) {
    mp_obj_file_t *f = file_new(&mp_type_textio, false);
    f->fd = fd;
    f->closefd = false;
    f->regular = fd_is_regular(fd);
    f->readable = fd == 0;
    f->writable = fd != 0;
    static const uint16_t names[3] = { MP_QSTR__lt_stdin_gt_, MP_QSTR__lt_stdout_gt_,
        MP_QSTR__lt_stderr_gt_ };
    f->name = fd >= 0 && fd <= 2 ? MP_OBJ_NEW_QSTR(names[fd]) : MP_OBJ_NEW_SMALL_INT(fd);
    f->mode = fd == 0 ? MP_OBJ_NEW_QSTR(MP_QSTR_r) : MP_OBJ_NEW_QSTR(MP_QSTR_w);
    // As CPython's in the C.UTF-8 locale (whatever the locale here).
    f->errors = fd == 2 ? MP_QSTR_backslashreplace : MP_QSTR_surrogateescape;
    f->encoding = MP_QSTR_utf_dash_8;
    return MP_OBJ_FROM_PTR(f);
}

// ---------------------------------------------------------------------------
// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
//      closefd=True, opener=None)

typedef struct _open_mode_t {
    int flags;
    bool text;
    bool readable;
    bool writable;
} open_mode_t;

static void parse_mode(mp_obj_t mode_in, open_mode_t *m) {
    size_t len;
    const char *mode = mp_obj_str_get_data(mode_in, &len);
    char kind = 0;
    bool plus = false, binary = false, text = false;
    for (size_t i = 0; i < len; i++) {
        char c = mode[i];
        bool dup;
        switch (c) {
            case 'r':
            case 'w':
            case 'a':
            case 'x':
                if (kind != 0) {
                    mp_raise_ValueError(
                        MP_ERROR_TEXT("must have exactly one of create/read/write/append mode"));
                }
                kind = c;
                dup = false;
                break;
            case '+':
                dup = plus;
                plus = true;
                break;
            case 'b':
                dup = binary;
                binary = true;
                break;
            case 't':
                dup = text;
                text = true;
                break;
            default:
                dup = true;
                break;
        }
        if (dup) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("invalid mode: '%s'"), mode);
        }
    }
    if (binary && text) {
        mp_raise_ValueError(MP_ERROR_TEXT("can't have text and binary mode at once"));
    }
    if (kind == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT(
            "Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    m->text = !binary;
    m->readable = kind == 'r' || plus;
    m->writable = kind != 'r' || plus;
    int flags = O_CLOEXEC;
    flags |= plus ? O_RDWR : (kind == 'r' ? O_RDONLY : O_WRONLY);
    if (kind == 'w') {
        flags |= O_CREAT | O_TRUNC;
    } else if (kind == 'a') {
        flags |= O_CREAT | O_APPEND;
    } else if (kind == 'x') {
        flags |= O_CREAT | O_EXCL;
    }
    m->flags = flags;
}

// Whether a text file needs io.TextIOWrapper: an encoding other than UTF-8
// (spelt any way CPython accepts, or 'locale', which is UTF-8 here) or an
// error handler other than 'strict'.
static bool open_needs_codec(mp_obj_t encoding, mp_obj_t errors) {
    if (errors != mp_const_none && !(mp_obj_is_str(errors) && mp_obj_str_get_qstr(errors) == MP_QSTR_strict)) {
        return true;
    }
    if (encoding == mp_const_none || !mp_obj_is_str(encoding)) {
        return encoding != mp_const_none;
    }
    size_t len;
    const char *e = mp_obj_str_get_data(encoding, &len);
    if (len == 6 && strcmp(e, "locale") == 0) {
        return false;
    }
    char norm[8];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = e[i] | 0x20;
        if (e[i] == '-' || e[i] == '_') {
            continue;
        }
        if (n == sizeof(norm) - 1) {
            return true;
        }
        norm[n++] = c;
    }
    norm[n] = '\0';
    return strcmp(norm, "utf8") != 0;
}

// io.TextIOWrapper(f, encoding, errors, newline, line_buffering), with the
// text mode as its .mode; f is closed if that fails (an unknown encoding).
static mp_obj_t open_wrap_text(mp_obj_t f, mp_obj_t mode, const mp_arg_val_t *vals, bool line_buffering) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t io = mp_import_name(MP_QSTR_io, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t args[9] = {
            f,
            MP_OBJ_NEW_QSTR(MP_QSTR_encoding), vals[0].u_obj,
            MP_OBJ_NEW_QSTR(MP_QSTR_errors), vals[1].u_obj,
            MP_OBJ_NEW_QSTR(MP_QSTR_newline), vals[2].u_obj,
            MP_OBJ_NEW_QSTR(MP_QSTR_line_buffering), mp_obj_new_bool(line_buffering),
        };
        mp_obj_t w = mp_call_function_n_kw(mp_load_attr(io, MP_QSTR_TextIOWrapper), 1, 4, args);
        mp_store_attr(w, MP_QSTR_mode, mode);
        nlr_pop();
        return w;
    }
    mp_stream_close(f);
    nlr_jump(nlr.ret_val);
}

static mp_obj_t builtin_open(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum {
        ARG_file,
        ARG_mode,
        ARG_buffering,
        ARG_encoding,
        ARG_errors,
        ARG_newline,
        ARG_closefd,
        ARG_opener
    };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_file, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_mode, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_QSTR(MP_QSTR_r) } },
        { MP_QSTR_buffering, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(-1) } },
        { MP_QSTR_encoding, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_errors, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_newline, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_closefd, MP_ARG_BOOL, { .u_bool = true } },
        { MP_QSTR_opener, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(
        MP_QSTR_open, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_int_t buffering = mp_obj_get_int(vals[ARG_buffering].u_obj);
    unix_file_flush_all();

    mp_obj_t file = vals[ARG_file].u_obj;
    mp_obj_t mode_obj = vals[ARG_mode].u_obj;
    if (!mp_obj_is_str(mode_obj)) {
        mp_raise_TypeError_obj_unsupported(
            mode_obj, MP_ERROR_TEXT("open() argument 'mode' must be str, not %s"));
    }
    open_mode_t m;
    parse_mode(mode_obj, &m);
    static const uint16_t text_args[3] = { MP_QSTR_encoding, MP_QSTR_errors, MP_QSTR_newline };
    for (size_t i = 0; i < 3; i++) {
        mp_obj_t v = vals[ARG_encoding + i].u_obj;
        if (v == mp_const_none) {
            continue;
        }
        if (!mp_obj_is_str(v)) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("open() argument '%q' must be str or None, not %s"),
                (qstr)text_args[i], mp_obj_get_type_str(v));
        }
        size_t len;
        if (strlen(mp_obj_str_get_data(v, &len)) != len) {
            mp_raise_ValueError(MP_ERROR_TEXT("embedded null character"));
        }
        if (!m.text) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("binary mode doesn't take %s %q argument"),
                i < 2 ? "an" : "a", (qstr)text_args[i]);
        }
    }
    mp_obj_t newline = vals[ARG_newline].u_obj;
    // newline='\r' or '\r\n' asks for a translation that the native text
    // file (no translation, as MicroPython) does not do: the wrapper does it.
    bool wrap = false;
    // (a bad one is refused once the file is open, as CPython's TextIOWrapper)
    const char *bad_nl = NULL;
    if (newline != mp_const_none) {
        size_t len;
        const char *nl = mp_obj_str_get_data(newline, &len);
        if (len > 2 || (len == 2 && strcmp(nl, "\r\n") != 0) || (len == 1 && *nl != '\n' && *nl != '\r')) {
            bad_nl = nl;
        }
        wrap = *nl == '\r';
    }
    // (refused only once the file is open, as CPython: 'w' has truncated it)
    bool unbuffered_text = m.text && buffering == 0;

    wrap = m.text && (wrap || open_needs_codec(vals[ARG_encoding].u_obj, vals[ARG_errors].u_obj));
    if (wrap) {
        // The binary file under the wrapper: its mode is the text mode, 't'
        // dropped, 'b' added (as CPython's f.buffer.mode).
        vstr_t bmode;
        vstr_init(&bmode, 8);
        size_t len;
        const char *s = mp_obj_str_get_data(mode_obj, &len);
        for (size_t i = 0; i < len; i++) {
            if (s[i] != 't') {
                vstr_add_byte(&bmode, s[i]);
            }
        }
        vstr_add_byte(&bmode, 'b');
        m.text = false;
        mode_obj = mp_obj_new_str_from_vstr(&bmode);
    }

    // The object (with its finaliser) exists before the fd does, so that a
    // raise after open() cannot leak the descriptor.
    mp_obj_file_t *f = file_new(m.text ? &mp_type_textio : &mp_type_fileio, true);
    f->name = file;
    f->mode = mode_obj;
    if (m.text) {
        f->encoding = encoding_name(vals[ARG_encoding].u_obj);
    }
    f->readable = m.readable;
    f->writable = m.writable;
    mp_int_t fd_arg;
    // An int beyond a C int is no fd (as CPython, a TypeError below): cut to
    // an int, 2**32 + 1 would have named stdout, and closing the file closed it.
    if (!mp_obj_is_str_or_bytes(file) && !mp_obj_is_bool(file) &&
        mp_obj_get_int_maybe(file, &fd_arg) && fd_arg >= INT_MIN && fd_arg <= INT_MAX) {
        if (fd_arg < 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("negative file descriptor"));
        }
        if (fcntl((int)fd_arg, F_GETFD) < 0) {
            // A descriptor that is not open is refused at once, as CPython.
            mp_raise_OSError_errno();
        }
        f->fd = (int)fd_arg;
        f->closefd = vals[ARG_closefd].u_bool;
    } else {
        // A path-like object is opened, and named, by its __fspath__().
        file = os_fspath(file);
        f->name = file;
        if (!vals[ARG_closefd].u_bool) {
            mp_raise_ValueError(MP_ERROR_TEXT("Cannot use closefd=False with file name"));
        }
        int fd;
        mp_obj_t opener = vals[ARG_opener].u_obj;
        if (opener != mp_const_none) {
            // The fd is opener(file, flags)'s.
            mp_obj_t r = mp_call_function_2(opener, file, MP_OBJ_NEW_SMALL_INT(m.flags));
            if (!mp_obj_is_int(r)) {
                mp_raise_TypeError(MP_ERROR_TEXT("expected integer from opener"));
            }
            mp_int_t v = mp_obj_get_int(r);
            if (v != (int)v) {
                mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C int"));
            }
            fd = (int)v;
            if (fd < 0) {
                mp_raise_ValueError_varg(MP_ERROR_TEXT("opener returned %d"), fd);
            }
        } else {
            const char *path = os_path_arg(file, MP_QSTR_open, MP_QSTR_file, false, NULL);
            MP_FD_NEW_RETRY(fd, openat(AT_FDCWD, path, m.flags, 0666));
            if (fd < 0) {
                mp_raise_OSError_with_filename(errno, file);
            }
        }
        f->fd = fd;
    }
    struct stat st;
    // (st_mode 0, neither a directory nor a pipe, should fstat fail)
    st.st_mode = 0;
    fstat(f->fd, &st);
    if (S_ISDIR(st.st_mode)) {
        // (a descriptor given stays open, as CPython: it was never the file's)
        f->closefd &= !mp_obj_is_int(file);
        file_close_fd(f);
        mp_raise_OSError_with_filename(MP_EISDIR, file);
    }
    // CPython's BufferedRandom ('+' modes) needs a seekable file. Only pipes
    // are refused: a tty is let through (CPython refuses it too), so that
    // open('/dev/tty', 'r+') works.
    bool unseekable = m.readable && m.writable && buffering != 0 && S_ISFIFO(st.st_mode);
    if (unbuffered_text || unseekable || bad_nl) {
        file_close_fd(f);
        if (unbuffered_text) {
            mp_raise_ValueError(MP_ERROR_TEXT("can't have unbuffered text I/O"));
        }
        if (unseekable) {
            mp_io_raise_unsupported(MP_ERROR_TEXT("File or stream is not seekable."));
        }
        mp_raise_ValueError_varg(MP_ERROR_TEXT("illegal newline value: %s"), bad_nl);
    }
    f->regular = fd_is_regular(f->fd);
    f->once = buffering == 0 && !f->regular;
    f->line_buffering = buffering == 1 && m.text;
    f->buffered = buffering != 0;
    if (m.flags & O_APPEND) {
        // As CPython: an appending file starts at its end (tell() == size).
        lseek(f->fd, 0, SEEK_END);
    }
    // (should malloc fail, the file works unbuffered)
    file_buf_t *b = f->regular && buffering != 0 ? malloc(sizeof(file_buf_t)) : NULL;
    if (b != NULL) {
        b->fd = f->fd;
        b->line = f->line_buffering;
        b->append = (m.flags & O_APPEND) != 0;
        b->dirty = false;
        b->pos = b->len = 0;
        b->next = file_buf_list;
        b->prev_next = &file_buf_list;
        if (file_buf_list != NULL) {
            file_buf_list->prev_next = &b->next;
        }
        file_buf_list = b;
        f->buf = b;
    }
    if (wrap) {
        return open_wrap_text(MP_OBJ_FROM_PTR(f), vals[ARG_mode].u_obj, &vals[ARG_encoding], buffering == 1);
    }
    return MP_OBJ_FROM_PTR(f);
}
// (file may come by name: the parser reports it missing)
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 0, builtin_open);
