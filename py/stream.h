// The stream protocol: the one way bytes move (files, stdio, BytesIO,
// sockets). Types implement read/write/ioctl; the generic Python methods
// (read, readinto, readline, write, close, ...) are written once in py/stream.c.
#ifndef MICROPY_INCLUDED_PY_STREAM_H
#define MICROPY_INCLUDED_PY_STREAM_H

#include "py/obj.h"

// ioctl requests.
#define MP_STREAM_FLUSH (1)
#define MP_STREAM_SEEK (2)        // arg: struct mp_stream_seek_t *
#define MP_STREAM_POLL (3)        // arg: event mask; returns the ready subset (plus ERR/HUP)
#define MP_STREAM_CLOSE (4)
#define MP_STREAM_TIMEOUT (5)     // arg: ms, -1 = blocking (optional)
#define MP_STREAM_GET_FILENO (10) // returns the OS fd, or MP_STREAM_ERROR
#define MP_STREAM_SET_DATA_OPTS (11)

// Poll event bits: the values of POSIX poll() on Linux and macOS, so that
// select.POLLIN etc. can be passed straight through.
#define MP_STREAM_POLL_RD (0x0001)
#define MP_STREAM_POLL_WR (0x0004)
#define MP_STREAM_POLL_ERR (0x0008)
#define MP_STREAM_POLL_HUP (0x0010)
#define MP_STREAM_POLL_NVAL (0x0020)

#define MP_STREAM_ERROR ((mp_uint_t)-1)

struct mp_stream_seek_t {
    mp_int_t offset;
    int whence; // 0 set, 1 cur, 2 end
};

// read/write return the number of bytes moved (0 from read = EOF), or
// MP_STREAM_ERROR with *errcode set to an errno value; MP_EAGAIN means
// "would block" (non-blocking object, nothing moved). A blocking object
// waits inside read/write (honouring its timeout) and may return a short
// count; py/stream.c loops where Python semantics need full transfers.
// ioctl returns a request-specific value or MP_STREAM_ERROR.
typedef struct _mp_stream_p_t {
    mp_uint_t (*read)(mp_obj_t obj, void *buf, mp_uint_t size, int *errcode);
    mp_uint_t (*write)(mp_obj_t obj, const void *buf, mp_uint_t size, int *errcode);
    mp_uint_t (*ioctl)(mp_obj_t obj, mp_uint_t request, uintptr_t arg, int *errcode);
    mp_uint_t is_text : 1; // read returns str, write accepts str only
    mp_uint_t write_empty : 1; // a write of nothing still calls write (it may fail)
} mp_stream_p_t;

// Generic Python methods, for the locals dict of every stream type.
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_read_obj);      // read([size])
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_read1_obj);     // read1([size]): one read call
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_readinto_obj);  // readinto(buf[, nbytes])
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_unbuffered_readline_obj); // readline([size])
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_write_obj);     // write(buf[, n]) / write(buf, off, n)
MP_DECLARE_CONST_FUN_OBJ_1(mp_stream_close_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream___exit___obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_stream_seek_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_stream_tell_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_stream_flush_obj);
mp_obj_t mp_stream_unbuffered_iter(mp_obj_t self); // iternext slot: one line per step

// The protocol of obj, or NULL / TypeError.
const mp_stream_p_t *mp_get_stream(mp_const_obj_t self_in);
#define MP_STREAM_OP_READ (1)
#define MP_STREAM_OP_WRITE (2)
#define MP_STREAM_OP_IOCTL (4)
const mp_stream_p_t *mp_get_stream_raise(mp_obj_t self_in, int flags);
mp_obj_t mp_stream_close(mp_obj_t stream);

// Move exactly size bytes (looping over short transfers) unless EOF, an error
// or (MP_STREAM_RW_ONCE) after the first transfer. Returns the count moved;
// *errcode is 0 or the errno that stopped it.
#define MP_STREAM_RW_READ (0)
#define MP_STREAM_RW_WRITE (2)
#define MP_STREAM_RW_ONCE (1)
mp_uint_t mp_stream_rw(mp_obj_t stream, void *buf, mp_uint_t size, int *errcode, byte flags);
#define mp_stream_write_exactly(stream, buf, size, err) mp_stream_rw(stream, (byte *)buf, size, err, MP_STREAM_RW_WRITE)
#define mp_stream_read_exactly(stream, buf, size, err) mp_stream_rw(stream, buf, size, err, MP_STREAM_RW_READ)

// Write to a stream from C (raises OSError on error), and a print adaptor so
// print(..., file=f) and mp_printf can target any stream.
void mp_stream_write_adaptor(void *self, const char *buf, size_t len);
mp_obj_t mp_stream_write(mp_obj_t self_in, const void *buf, size_t len, byte flags);

#endif // MICROPY_INCLUDED_PY_STREAM_H
