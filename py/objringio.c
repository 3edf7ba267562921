// micropython.RingIO (MicroPython 1.23+): a fixed-size byte ring buffer with
// the stream protocol. Nothing blocks: write() stores what fits and returns
// that count (0 when full), reads return what is there (b'' when empty).
// Left out on purpose: the 64 KiB size limit of MicroPython's version.
#include "py/mpconfig.h"

#include "py/mperrno.h"
#include "py/runtime.h"
#include "py/stream.h"

// len slots hold at most len - 1 bytes: get == put means empty, so one slot
// stays free to tell a full buffer apart.
typedef struct _mp_obj_ringio_t {
    mp_obj_base_t base;
    byte *buf;
    // The buffer object given to RingIO(buffer), else MP_OBJ_NULL: holding it
    // keeps a memoryview's base alive (the GC ignores pointers into the middle
    // of a block) and lets each access see where a resized bytearray went.
    mp_obj_t src;
    size_t len;
    size_t get; // next byte to read
    size_t put; // next slot to write
} mp_obj_ringio_t;

static size_t ringio_avail(mp_obj_ringio_t *self) {
    return (self->put + self->len - self->get) % self->len;
}

// RingIO(size) holds size bytes; RingIO(buffer) works in place in a writable
// buffer and holds len(buffer) - 1 bytes.
static mp_obj_t ringio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_buffer_info_t bufinfo;
    mp_obj_t src = args[0];
    if (!mp_get_buffer(src, &bufinfo, MP_BUFFER_RW)) {
        src = MP_OBJ_NULL;
        mp_int_t size = mp_obj_get_int(args[0]);
        bufinfo.len = size < 1 ? 0 : (size_t)size + 1;
        bufinfo.buf = bufinfo.len ? m_new(byte, bufinfo.len) : NULL;
    }
    if (bufinfo.len < 2) {
        mp_raise_ValueError(MP_ERROR_TEXT("invalid buffer size"));
    }
    mp_obj_ringio_t *self = m_new_obj(mp_obj_ringio_t);
    self->base.type = type;
    self->buf = bufinfo.buf;
    self->src = src;
    self->len = bufinfo.len;
    self->get = self->put = 0;
    return MP_OBJ_FROM_PTR(self);
}

// The storage to use now; a buffer that shrank below the ring raises.
static byte *ringio_buf(mp_obj_ringio_t *self) {
    if (self->src != MP_OBJ_NULL) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(self->src, &bufinfo, MP_BUFFER_RW);
        if (bufinfo.len < self->len) {
            mp_raise_ValueError(MP_ERROR_TEXT("invalid buffer size"));
        }
        self->buf = bufinfo.buf;
    }
    return self->buf;
}

static mp_uint_t ringio_read(mp_obj_t self_in, void *buf_in, mp_uint_t size, int *errcode) {
    (void)errcode;
    mp_obj_ringio_t *self = MP_OBJ_TO_PTR(self_in);
    byte *buf = buf_in;
    byte *ring = ringio_buf(self);
    mp_uint_t n = 0;
    while (n < size && self->get != self->put) {
        buf[n++] = ring[self->get];
        self->get = (self->get + 1) % self->len;
    }
    return n;
}

static mp_uint_t ringio_write(mp_obj_t self_in, const void *buf_in, mp_uint_t size, int *errcode) {
    (void)errcode;
    mp_obj_ringio_t *self = MP_OBJ_TO_PTR(self_in);
    const byte *buf = buf_in;
    byte *ring = ringio_buf(self);
    mp_uint_t n = 0;
    size_t next;
    while (n < size && (next = (self->put + 1) % self->len) != self->get) {
        ring[self->put] = buf[n++];
        self->put = next;
    }
    return n;
}

static mp_uint_t ringio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mp_obj_ringio_t *self = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_POLL) {
        size_t avail = ringio_avail(self);
        mp_uint_t ready = 0;
        if (avail > 0) {
            ready |= MP_STREAM_POLL_RD;
        }
        if (avail < self->len - 1) {
            ready |= MP_STREAM_POLL_WR;
        }
        return ready & arg;
    }
    if (request == MP_STREAM_CLOSE || request == MP_STREAM_FLUSH) {
        return 0;
    }
    *errcode = MP_EINVAL;
    return MP_STREAM_ERROR;
}

// Printed as MicroPython prints it: "<RingIO>".
static void ringio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)self_in;
    (void)kind;
    mp_print_str(print, "<RingIO>");
}

// any(): the number of bytes waiting to be read.
static mp_obj_t ringio_any(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(ringio_avail(MP_OBJ_TO_PTR(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(ringio_any_obj, ringio_any);

static const mp_rom_map_elem_t ringio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_any), MP_ROM_PTR(&ringio_any_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj) },
};
static MP_DEFINE_CONST_DICT(ringio_locals_dict, ringio_locals_dict_table);

static const mp_stream_p_t ringio_stream_p = {
    .read = ringio_read,
    .write = ringio_write,
    .ioctl = ringio_ioctl,
};

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_ringio, MP_QSTR_RingIO, MP_TYPE_FLAG_NONE,
    make_new, ringio_make_new,
    print, ringio_print,
    protocol, &ringio_stream_p,
    locals_dict, (mp_obj_dict_t *)&ringio_locals_dict
    );
