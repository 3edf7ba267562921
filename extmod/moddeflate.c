// The deflate module (MicroPython 1.21+): DeflateIO wraps a stream,
// decompressing what is read from it and compressing what is written to it,
// as raw DEFLATE, zlib or gzip data. The wrapped stream must be a native
// blocking stream (a file, BytesIO, a socket).
//
// Reading pulls input from the wrapped stream only when the decoder (the
// zlib module's, which resumes anywhere) needs more: time is linear and
// memory bounded by the window (64 KiB) even when each read returns a byte.
#include "py/mpconfig.h"

#if MICROPY_PY_ZLIB

#include <string.h>

#include "py/runtime.h"
#include "py/stream.h"
#include "py/mperrno.h"
#include "extmod/deflate_compress.h"

// The module's format constants.
enum { FORMAT_AUTO, FORMAT_RAW, FORMAT_ZLIB, FORMAT_GZIP };

typedef struct _deflateio_t {
    mp_obj_base_t base;
    mp_obj_t stream;
    uint8_t format, wbits;
    bool close_stream, closed;
    bool in_done; // the input stream has ended or the compressed stream is complete
    mp_deflate_t *enc; // created on the first write
    mp_zlib_stream_t *dec; // created on the first read
} deflateio_t;

static mp_obj_t deflateio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 4, false);
    mp_get_stream_raise(args[0], 0);
    mp_int_t format = n_args > 1 ? mp_obj_get_int(args[1]) : FORMAT_AUTO;
    mp_int_t wbits = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    if (format < FORMAT_AUTO || format > FORMAT_GZIP || (wbits != 0 && (wbits < 5 || wbits > 15))) {
        mp_raise_ValueError(NULL);
    }
    deflateio_t *self = m_new0(deflateio_t, 1);
    self->base.type = type;
    self->stream = args[0];
    self->format = (uint8_t)format;
    self->wbits = (uint8_t)wbits;
    self->close_stream = n_args > 3 && mp_obj_is_true(args[3]);
    return MP_OBJ_FROM_PTR(self);
}

static mp_uint_t deflateio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    deflateio_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->closed) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    // The container as zlib's wbits: AUTO takes zlib or gzip.
    static const int8_t decode_wbits[4] = { 47, -15, 15, 31 };
    if (self->dec == NULL) {
        self->dec = mp_zlib_stream_new(decode_wbits[self->format], MP_OBJ_NULL);
    }
    vstr_t out;
    vstr_init_fixed_buf(&out, size, buf);
    // An input that ends early gives what it decodes to, then EOF.
    while (!self->in_done) {
        // Bad data is OSError(EINVAL) from a stream, as in MicroPython, not
        // the zlib.error the decoder raises.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) != 0) {
            if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_MemoryError)) {
                nlr_jump(nlr.ret_val);
            }
            *errcode = MP_EINVAL;
            return MP_STREAM_ERROR;
        }
        self->in_done = mp_zlib_stream_read(self->dec, &out, size);
        nlr_pop();
        if (out.len != 0 || self->in_done) {
            break;
        }
        byte chunk[256];
        mp_uint_t n = mp_stream_rw(self->stream, chunk, sizeof(chunk), errcode, MP_STREAM_RW_READ | MP_STREAM_RW_ONCE);
        if (*errcode != 0) {
            return MP_STREAM_ERROR;
        }
        self->in_done |= n == 0;
        mp_zlib_stream_feed(self->dec, chunk, n);
    }
    return out.len;
}

// Sends the compressor's output to the stream; false with *errcode on error.
static bool deflateio_send(deflateio_t *self, vstr_t *out, int *errcode) {
    mp_stream_write_exactly(self->stream, out->buf, out->len, errcode);
    vstr_clear(out);
    return *errcode == 0;
}

static mp_uint_t deflateio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    deflateio_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->closed) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    if (self->enc == NULL) {
        // AUTO writes raw data; wbits 0 means a 256-byte window (as MicroPython).
        int wbits = self->wbits == 0 ? 8 : self->wbits;
        int format = self->format == FORMAT_AUTO ? MP_DEFLATE_RAW : self->format - 1;
        self->enc = mp_deflate_new(6, format, wbits, wbits / 2 + 1, 0);
    }
    vstr_t out;
    vstr_init(&out, size / 2 + 16);
    mp_deflate_write(self->enc, buf, size, &out);
    return deflateio_send(self, &out, errcode) ? size : MP_STREAM_ERROR;
}

static mp_uint_t deflateio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    deflateio_t *self = MP_OBJ_TO_PTR(self_in);
    if (request != MP_STREAM_FLUSH && request != MP_STREAM_CLOSE) {
        *errcode = MP_EINVAL;
        return MP_STREAM_ERROR;
    }
    if (self->closed) {
        return 0;
    }
    if (self->enc != NULL) {
        // flush() ends the block written so far (a sync flush): the reader
        // can decode everything up to here.
        vstr_t out;
        vstr_init(&out, 64);
        mp_deflate_flush(self->enc, request == MP_STREAM_CLOSE ? MP_DEFLATE_FINISH : MP_DEFLATE_SYNC, &out);
        if (!deflateio_send(self, &out, errcode)) {
            return MP_STREAM_ERROR;
        }
    }
    if (request == MP_STREAM_CLOSE) {
        self->closed = true;
        self->enc = NULL;
        self->dec = NULL;
        if (self->close_stream) {
            mp_stream_close(self->stream);
        }
    }
    return 0;
}

// __enter__()
static MP_DEFINE_CONST_FUN_OBJ_1(deflateio_enter_obj, mp_obj_return_self);

static const mp_rom_map_elem_t deflateio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&deflateio_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(deflateio_locals_dict, deflateio_locals_dict_table);

static const mp_stream_p_t deflateio_stream_p = {
    .read = deflateio_read,
    .write = deflateio_write,
    .ioctl = deflateio_ioctl,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    deflateio_type, MP_QSTR_DeflateIO, MP_TYPE_FLAG_NONE,
    make_new, deflateio_make_new,
    protocol, &deflateio_stream_p,
    locals_dict, (mp_obj_dict_t *)&deflateio_locals_dict
    );

// (Each MP_QSTR_ spelled out: the qstr scanner does not expand macros.)
#define C(qst, value) { MP_ROM_QSTR(qst), MP_ROM_INT(value) }
static const mp_rom_map_elem_t deflate_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_deflate) },
    { MP_ROM_QSTR(MP_QSTR_DeflateIO), MP_ROM_PTR(&deflateio_type) },
    C(MP_QSTR_AUTO, FORMAT_AUTO), C(MP_QSTR_RAW, FORMAT_RAW),
    C(MP_QSTR_ZLIB, FORMAT_ZLIB), C(MP_QSTR_GZIP, FORMAT_GZIP),
};
#undef C
static MP_DEFINE_CONST_DICT(deflate_module_globals, deflate_module_globals_table);

const mp_obj_module_t mp_module_deflate = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&deflate_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR_deflate, mp_module_deflate);

#endif // MICROPY_PY_ZLIB
