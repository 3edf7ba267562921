// The generic stream methods (read, readinto, readline, write, seek, close,
// ...) written once on top of a type's read/write/ioctl (py/stream.h).
//
// Semantics are MicroPython's: on a blocking stream read(n) loops until n
// bytes or EOF and write() never returns short; on a non-blocking stream
// (read/write report MP_EAGAIN) they return what was moved, or None when the
// first transfer would block. Text streams (is_text) take and return str,
// and their sizes count characters: reads never split a UTF-8 sequence.
// A seek ioctl stores the resulting absolute position back into the
// mp_stream_seek_t it was given.
#include "py/mpconfig.h"

#include <string.h>

#include "py/builtin.h"
#include "py/mperrno.h"
#include "py/runtime.h"
#include "py/stream.h"

// Chunk size of read() with no size: grows up to the maximum for big reads.
#define STREAM_READALL_FIRST (4096)
#define STREAM_READALL_MAX (1 << 20)

static bool is_would_block(int err) {
    return err == MP_EAGAIN || err == MP_EWOULDBLOCK;
}

// Whether a transfer that stopped with err returns what it moved rather
// than raise: a non-blocking stream's would-block (None if nothing moved),
// and a timeout once some bytes have moved, so that a read(n) or readline()
// whose peer paused too long hands over the bytes it already took from the
// socket instead of dropping them (a timeout with nothing moved raises).
static bool transfer_ends_short(int err, size_t moved) {
    return is_would_block(err) || (err == MP_ETIMEDOUT && moved > 0);
}

const mp_stream_p_t *mp_get_stream(mp_const_obj_t self_in) {
    return MP_OBJ_TYPE_GET_SLOT_OR_NULL(mp_obj_get_type(self_in), protocol);
}

const mp_stream_p_t *mp_get_stream_raise(mp_obj_t self_in, int flags) {
    const mp_obj_type_t *type = mp_obj_get_type(self_in);
    const mp_stream_p_t *stream = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, protocol);
    if (stream == NULL || mp_obj_is_instance_type(type) ||
        ((flags & MP_STREAM_OP_READ) && stream->read == NULL) ||
        ((flags & MP_STREAM_OP_WRITE) && stream->write == NULL) ||
        ((flags & MP_STREAM_OP_IOCTL) && stream->ioctl == NULL)) {
        mp_raise_OSError(MP_EOPNOTSUPP);
    }
    return stream;
}

mp_uint_t mp_stream_rw(mp_obj_t stream, void *buf_in, mp_uint_t size, int *errcode, byte flags) {
    const mp_stream_p_t *s = mp_get_stream(stream);
    byte *buf = buf_in;
    mp_uint_t done = 0;
    *errcode = 0;
    // (A socket sends b'' as CPython's SocketIO does: a socket that cannot
    // send says so.)
    while (size > 0 || (done == 0 && (flags & MP_STREAM_RW_WRITE) && s->write_empty)) {
        mp_uint_t n;
        if (flags & MP_STREAM_RW_WRITE) {
            n = s->write(stream, buf, size, errcode);
        } else {
            n = s->read(stream, buf, size, errcode);
        }
        if (n == MP_STREAM_ERROR) {
            return done;
        }
        *errcode = 0;
        if (n == 0) {
            // EOF on a read; a write that moved nothing stops too rather than spin.
            break;
        }
        done += n;
        buf += n;
        size -= n;
        if (flags & MP_STREAM_RW_ONCE) {
            break;
        }
    }
    return done;
}

// ---------------------------------------------------------------------------
// UTF-8 bookkeeping for text streams: how many characters the bytes so far
// begin, and how many continuation bytes the last one still lacks.

static size_t utf8_seq_len(byte lead) {
    if (lead < 0xc0) {
        return 1;
    }
    if (lead < 0xe0) {
        return 2;
    }
    if (lead < 0xf0) {
        return 3;
    }
    return 4;
}

typedef struct _utf8_count_t {
    size_t chars; // characters started
    size_t missing; // continuation bytes still to come for the last one
} utf8_count_t;

static void utf8_count_add(utf8_count_t *c, const byte *p, size_t len) {
    for (size_t i = 0; i < len; i++) {
        byte b = p[i];
        if (utf8_is_continuation(b)) {
            if (c->missing > 0) {
                c->missing--;
            }
        } else {
            c->chars++;
            c->missing = utf8_seq_len(b) - 1;
        }
    }
}

// The result of a read: bytes, or a str (validated) for a text stream.
static mp_obj_t read_result(const mp_stream_p_t *s, vstr_t *vstr) {
    if (!s->is_text) {
        return mp_obj_new_bytes_from_vstr(vstr);
    }
    if (!utf8_check((const byte *)vstr->buf, vstr->len)) {
        mp_raise_msg(&mp_type_UnicodeDecodeError,
            MP_ERROR_TEXT("'utf-8' codec can't decode bytes: invalid data"));
    }
    return mp_obj_new_str_from_vstr(vstr);
}

// Reads until EOF; on a non-blocking stream until it would block.
static mp_obj_t stream_readall(mp_obj_t self, const mp_stream_p_t *s) {
    vstr_t vstr;
    vstr_init(&vstr, STREAM_READALL_FIRST);
    size_t chunk = STREAM_READALL_FIRST;
    for (;;) {
        char *p = vstr_add_len(&vstr, chunk);
        int err;
        mp_uint_t n = s->read(self, p, chunk, &err);
        if (n == MP_STREAM_ERROR) {
            vstr_cut_tail_bytes(&vstr, chunk);
            if (transfer_ends_short(err, vstr.len)) {
                if (vstr.len == 0) {
                    return mp_const_none;
                }
                break;
            }
            mp_raise_OSError(err);
        }
        vstr_cut_tail_bytes(&vstr, chunk - n);
        if (n == 0) {
            break;
        }
        if (n == chunk && chunk < STREAM_READALL_MAX) {
            chunk *= 2;
        }
    }
    return read_result(s, &vstr);
}

// read(n) on a text stream: n characters, reading no byte beyond them. With
// MP_STREAM_RW_ONCE (read1) one transfer is made, then only what completes
// its last character.
static mp_obj_t stream_read_text(
    mp_obj_t self, const mp_stream_p_t *s, size_t n_chars, byte flags) {
    vstr_t vstr;
    vstr_init(&vstr, n_chars);
    utf8_count_t count = { 0, 0 };
    bool once = (flags & MP_STREAM_RW_ONCE) != 0;
    for (bool first = true;; first = false) {
        size_t want;
        if (first) {
            want = n_chars;
        } else if (once || count.chars >= n_chars) {
            want = count.missing;
        } else {
            want = n_chars - count.chars + count.missing;
        }
        if (want == 0) {
            break;
        }
        char *p = vstr_add_len(&vstr, want);
        int err;
        mp_uint_t got = mp_stream_rw(self, p, want, &err, first ? flags : MP_STREAM_RW_READ);
        vstr_cut_tail_bytes(&vstr, want - got);
        utf8_count_add(&count, (const byte *)p, got);
        if (err != 0) {
            if (!transfer_ends_short(err, vstr.len)) {
                mp_raise_OSError(err);
            }
            if (vstr.len == 0) {
                return mp_const_none;
            }
            break;
        }
        if (got == 0 || (got < want && !(first && once))) {
            // EOF (a blocking transfer only comes up short at EOF).
            break;
        }
    }
    return read_result(s, &vstr);
}

#define STREAM_READ_CHUNK (1024 * 1024)

static mp_obj_t stream_read_generic(size_t n_args, const mp_obj_t *args, byte flags) {
    const mp_stream_p_t *s = mp_get_stream_raise(args[0], MP_STREAM_OP_READ);
    mp_int_t size = -1;
    if (n_args > 1 && args[1] != mp_const_none) {
        size = mp_obj_get_int(args[1]);
    }
    if (size < 0) {
        if (!(flags & MP_STREAM_RW_ONCE)) {
            return stream_readall(args[0], s);
        }
        // read1() of no size: one transfer of up to a buffer's worth, as
        // CPython's BufferedReader gives (never waiting for EOF).
        size = 8192;
    }
    if (s->is_text) {
        return stream_read_text(args[0], s, (size_t)size, flags);
    }
    // A size far beyond what the stream holds (read(2**40) of a short file
    // or BytesIO, as CPython allows) must not be allocated up front: past the
    // first chunk the buffer grows, doubling, while the data keeps coming.
    size_t want = (size_t)size;
    size_t chunk = want < STREAM_READ_CHUNK ? want : STREAM_READ_CHUNK;
    vstr_t vstr;
    // + 1: the bytes object's terminator, which would otherwise grow a full
    // buffer by a byte at the end, moving it whenever the block after it is
    // taken (as another thread's allocations make likely).
    vstr_init(&vstr, chunk + 1);
    for (;;) {
        char *p = vstr_add_len(&vstr, chunk);
        int err;
        mp_uint_t got = mp_stream_rw(args[0], p, (mp_uint_t)chunk, &err, flags);
        vstr_cut_tail_bytes(&vstr, chunk - got);
        if (err != 0) {
            if (!transfer_ends_short(err, vstr.len)) {
                mp_raise_OSError(err);
            }
            if (vstr.len == 0) {
                return mp_const_none;
            }
            break;
        }
        // Short: EOF (a blocking transfer only comes up short at EOF), or
        // read1's single transfer.
        if (got < chunk || (flags & MP_STREAM_RW_ONCE) || vstr.len == want) {
            break;
        }
        chunk = want - vstr.len < vstr.len ? want - vstr.len : vstr.len;
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}

// read([size])
static mp_obj_t stream_read(size_t n_args, const mp_obj_t *args) {
    return stream_read_generic(n_args, args, MP_STREAM_RW_READ);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_read_obj, 1, 2, stream_read);

// read1([size]): at most one call of the underlying read.
static mp_obj_t stream_read1(size_t n_args, const mp_obj_t *args) {
    return stream_read_generic(n_args, args, MP_STREAM_RW_READ | MP_STREAM_RW_ONCE);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_read1_obj, 1, 2, stream_read1);

// readinto(buf[, nbytes])
static mp_obj_t stream_readinto(size_t n_args, const mp_obj_t *args) {
    mp_get_stream_raise(args[0], MP_STREAM_OP_READ);
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(args[1], &bufinfo, MP_BUFFER_WRITE);
    size_t len = bufinfo.len;
    if (n_args > 2) {
        mp_int_t max = mp_obj_get_int(args[2]);
        if (max >= 0 && (size_t)max < len) {
            len = (size_t)max;
        }
    }
    int err;
    mp_uint_t got = mp_stream_rw(args[0], bufinfo.buf, len, &err, MP_STREAM_RW_READ);
    if (err != 0) {
        if (!transfer_ends_short(err, got)) {
            mp_raise_OSError(err);
        }
        if (got == 0) {
            return mp_const_none;
        }
    }
    return mp_obj_new_int_from_uint(got);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_readinto_obj, 2, 3, stream_readinto);

// readline([size]): up to and including b'\n', one byte at a time so that
// nothing after the line is consumed (the stream has no buffer to keep it).
static mp_obj_t stream_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    const mp_stream_p_t *s = mp_get_stream_raise(self, MP_STREAM_OP_READ);
    mp_int_t size = -1;
    if (n_args > 1 && args[1] != mp_const_none) {
        size = mp_obj_get_int(args[1]);
    }
    vstr_t vstr;
    vstr_init(&vstr, 64);
    utf8_count_t count = { 0, 0 };
    for (;;) {
        if (size >= 0) {
            size_t have = s->is_text ? count.chars : vstr.len;
            if (have >= (size_t)size && count.missing == 0) {
                break;
            }
        }
        byte c;
        int err;
        mp_uint_t n = s->read(self, &c, 1, &err);
        if (n == MP_STREAM_ERROR) {
            if (!transfer_ends_short(err, vstr.len)) {
                mp_raise_OSError(err);
            }
            if (vstr.len == 0) {
                return mp_const_none;
            }
            break;
        }
        if (n == 0) {
            break;
        }
        vstr_add_byte(&vstr, c);
        if (s->is_text) {
            utf8_count_add(&count, &c, 1);
        }
        if (c == '\n') {
            break;
        }
    }
    return read_result(s, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_unbuffered_readline_obj, 1, 2, stream_readline);

// True if a readline() result is empty (EOF), None included.
static bool line_is_empty(mp_obj_t line) {
    if (line == mp_const_none) {
        return true;
    }
    size_t len;
    mp_obj_str_get_data(line, &len);
    return len == 0;
}

mp_obj_t mp_stream_unbuffered_iter(mp_obj_t self) {
    mp_obj_t line = stream_readline(1, &self);
    return line_is_empty(line) ? MP_OBJ_STOP_ITERATION : line;
}

mp_obj_t mp_stream_write(mp_obj_t self_in, const void *buf, size_t len, byte flags) {
    mp_get_stream_raise(self_in, MP_STREAM_OP_WRITE);
    int err;
    mp_uint_t out = mp_stream_rw(self_in, (void *)buf, len, &err, flags | MP_STREAM_RW_WRITE);
    if (err != 0) {
        if (!transfer_ends_short(err, out)) {
            mp_raise_OSError(err);
        }
        if (out == 0) {
            return mp_const_none;
        }
    }
    return mp_obj_new_int_from_uint(out);
}

void mp_stream_write_adaptor(void *self, const char *buf, size_t len) {
    mp_stream_write(MP_OBJ_FROM_PTR(self), buf, len, MP_STREAM_RW_WRITE);
}

// The data a write method was given: a text stream takes only str.
static void write_data(const mp_stream_p_t *s, mp_obj_t arg, mp_buffer_info_t *bufinfo) {
    if (s->is_text && !mp_obj_is_str(arg) && !mp_obj_is_instance_of(arg, &mp_type_str)) {
        mp_raise_TypeError_obj_unsupported(
            arg, MP_ERROR_TEXT("write() argument must be str, not %s"));
    }
    mp_get_buffer_raise(arg, bufinfo, MP_BUFFER_READ);
}

// A text stream's write returns characters, not bytes.
static mp_obj_t write_result(const mp_stream_p_t *s, mp_obj_t written, const byte *data) {
    if (s->is_text && mp_obj_is_small_int(written)) {
        return MP_OBJ_NEW_SMALL_INT(utf8_charlen(data, (size_t)MP_OBJ_SMALL_INT_VALUE(written)));
    }
    return written;
}

// write(buf) / write(buf, n) / write(buf, off, n)
static mp_obj_t stream_write_method(size_t n_args, const mp_obj_t *args) {
    const mp_stream_p_t *s = mp_get_stream_raise(args[0], MP_STREAM_OP_WRITE);
    mp_buffer_info_t bufinfo;
    write_data(s, args[1], &bufinfo);
    size_t off = 0;
    size_t len = bufinfo.len;
    if (n_args == 3) {
        mp_int_t n = mp_obj_get_int(args[2]);
        if (n >= 0 && (size_t)n < len) {
            len = (size_t)n;
        }
    } else if (n_args == 4) {
        // A negative offset is past any end, as in MicroPython: nothing is written.
        off = (size_t)mp_obj_get_int(args[2]);
        if (off > bufinfo.len) {
            off = bufinfo.len;
        }
        len = bufinfo.len - off;
        mp_int_t n = mp_obj_get_int(args[3]);
        if (n >= 0 && (size_t)n < len) {
            len = (size_t)n;
        }
    }
    const byte *data = (const byte *)bufinfo.buf + off;
    return write_result(s, mp_stream_write(args[0], data, len, MP_STREAM_RW_WRITE), data);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_write_obj, 2, 4, stream_write_method);

mp_obj_t mp_stream_close(mp_obj_t stream) {
    const mp_stream_p_t *s = mp_get_stream(stream);
    if (s == NULL || s->ioctl == NULL) {
        return mp_const_none;
    }
    int err;
    if (s->ioctl(stream, MP_STREAM_CLOSE, 0, &err) == MP_STREAM_ERROR) {
        mp_raise_OSError(err);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_stream_close_obj, mp_stream_close);

// __exit__(*exc_info)
static mp_obj_t stream___exit__(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return mp_stream_close(args[0]);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream___exit___obj, 1, 4, stream___exit__);

// seek(offset[, whence]): returns the new absolute position.
static mp_obj_t stream_seek(size_t n_args, const mp_obj_t *args) {
    const mp_stream_p_t *s = mp_get_stream_raise(args[0], MP_STREAM_OP_IOCTL);
    struct mp_stream_seek_t seek_s;
    seek_s.offset = mp_obj_get_int(args[1]);
    seek_s.whence = 0;
    if (n_args == 3) {
        mp_int_t whence = mp_obj_get_int(args[2]);
        if (whence < 0 || whence > 2) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("invalid whence (%d, should be 0, 1 or 2)"), (int)whence);
        }
        seek_s.whence = (int)whence;
    }
    if (seek_s.whence == 0 && seek_s.offset < 0) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("negative seek position %d"), (int)seek_s.offset);
    }
    int err;
    if (s->ioctl(args[0], MP_STREAM_SEEK, (uintptr_t)&seek_s, &err) == MP_STREAM_ERROR) {
        mp_raise_OSError(err);
    }
    return mp_obj_new_int(seek_s.offset);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_seek_obj, 2, 3, stream_seek);

// tell()
static mp_obj_t stream_tell(mp_obj_t self) {
    mp_obj_t args[3] = { self, MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(1) };
    return stream_seek(3, args);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_stream_tell_obj, stream_tell);

// flush()
static mp_obj_t stream_flush(mp_obj_t self) {
    const mp_stream_p_t *s = mp_get_stream_raise(self, 0);
    if (s->ioctl == NULL) {
        return mp_const_none;
    }
    int err;
    if (s->ioctl(self, MP_STREAM_FLUSH, 0, &err) == MP_STREAM_ERROR) {
        mp_raise_OSError(err);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_stream_flush_obj, stream_flush);
