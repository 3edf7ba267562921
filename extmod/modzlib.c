// The zlib module, decompression side: decompress() for zlib, gzip and raw
// DEFLATE data (wbits as in CPython), crc32, adler32 and zlib.error. The
// decoder is py/inflate.c, which the frozen modules use too. There is no
// compressor: compress() and compressobj() are left out rather than faked.
#include "py/mpconfig.h"

#if MICROPY_PY_ZLIB

#include "py/inflate.h"
#include "py/runtime.h"
#include "extmod/checksum.h"

static void zlib_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_type_Exception.attr(self_in, attr, dest);
}

// zlib.error: a plain Exception subclass, as in CPython.
static const mp_obj_type_t mp_type_zlib_error = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_error,
    .print = mp_obj_exception_print,
    .make_new = mp_obj_exception_make_new,
    .attr = zlib_error_attr,
    .parent = &mp_type_Exception,
};

// CPython's wording: "Error <zlib code> while decompressing data: <what>".
MP_NORETURN static void raise_data_error(const char *what) {
    mp_raise_msg_varg(&mp_type_zlib_error, MP_ERROR_TEXT("Error -3 while decompressing data: %s"), what);
}

MP_NORETURN static void raise_truncated(void) {
    mp_raise_msg(&mp_type_zlib_error,
        MP_ERROR_TEXT("Error -5 while decompressing data: incomplete or truncated stream"));
}

// The data argument: any buffer but str, which CPython refuses here.
static void get_data(mp_obj_t obj, mp_buffer_info_t *buf) {
    if (mp_obj_is_str(obj)) {
        mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
    }
    mp_get_buffer_raise(obj, buf, MP_BUFFER_READ);
}

typedef enum { CONTAINER_RAW, CONTAINER_ZLIB, CONTAINER_GZIP } container_t;

// Skips a zlib header; returns its length.
static size_t zlib_header(const byte *p, size_t len, int window_bits) {
    if (len < 2) {
        raise_truncated();
    }
    unsigned int cmf = p[0], flg = p[1];
    if ((cmf & 15) != 8 || ((cmf << 8) | flg) % 31 != 0) {
        raise_data_error("incorrect header check");
    }
    if ((int)(cmf >> 4) + 8 > window_bits) {
        raise_data_error("invalid window size");
    }
    if (flg & 0x20) {
        // A preset dictionary: the caller would have to supply it.
        mp_raise_msg(&mp_type_zlib_error, MP_ERROR_TEXT("Error 2 while decompressing data"));
    }
    return 2;
}

// Skips a gzip header (RFC 1952); returns its length.
static size_t gzip_header(const byte *p, size_t len) {
    if (len < 10) {
        raise_truncated();
    }
    if (p[0] != 0x1f || p[1] != 0x8b) {
        raise_data_error("incorrect header check");
    }
    if (p[2] != 8) {
        raise_data_error("unknown compression method");
    }
    unsigned int flags = p[3];
    if (flags & 0xe0) {
        raise_data_error("unknown header flags set");
    }
    size_t pos = 10;
    if (flags & 4) { // FEXTRA: a length, then that many bytes
        if (len - pos < 2) {
            raise_truncated();
        }
        size_t xlen = p[pos] | ((size_t)p[pos + 1] << 8);
        pos += 2;
        if (len - pos < xlen) {
            raise_truncated();
        }
        pos += xlen;
    }
    for (unsigned int bit = 8; bit <= 16; bit <<= 1) { // FNAME, FCOMMENT: NUL-terminated
        if (flags & bit) {
            while (pos < len && p[pos] != 0) {
                pos++;
            }
            if (pos >= len) {
                raise_truncated();
            }
            pos++;
        }
    }
    if (flags & 2) { // FHCRC
        if (len - pos < 2) {
            raise_truncated();
        }
        pos += 2;
    }
    return pos;
}

static uint32_t read_u32(const byte *p, bool big_endian) {
    if (big_endian) {
        return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
    }
    return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
}

// decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)
static mp_obj_t zlib_decompress(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_wbits, ARG_bufsize };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_wbits, MP_ARG_INT, { .u_int = 15 } },
        { MP_QSTR_bufsize, MP_ARG_INT, { .u_int = 16384 } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_buffer_info_t buf;
    get_data(vals[ARG_data].u_obj, &buf);
    mp_int_t wbits = vals[ARG_wbits].u_int;
    if (vals[ARG_bufsize].u_int < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("bufsize must be non-negative"));
    }
    // wbits: 8..15 zlib, -8..-15 raw, 24..31 gzip, 40..47 either, 0 zlib
    // with the header's window.
    container_t container;
    bool detect = false;
    if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
        container = CONTAINER_ZLIB;
    } else if (wbits >= -15 && wbits <= -8) {
        container = CONTAINER_RAW;
    } else if (wbits >= 24 && wbits <= 31) {
        container = CONTAINER_GZIP;
    } else if (wbits >= 40 && wbits <= 47) {
        container = CONTAINER_ZLIB;
        detect = true;
    } else {
        mp_raise_msg(&mp_type_zlib_error, MP_ERROR_TEXT("Error -2 while preparing to decompress data: inconsistent stream state"));
    }
    const byte *p = buf.buf;
    size_t len = buf.len;
    if (detect && len >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
        container = CONTAINER_GZIP;
    }
    size_t start = 0;
    if (container == CONTAINER_ZLIB) {
        start = zlib_header(p, len, wbits == 0 ? 15 : (int)(wbits & 15));
    } else if (container == CONTAINER_GZIP) {
        start = gzip_header(p, len);
    }
    vstr_t out;
    vstr_init(&out, len * 3 + 64);
    size_t used;
    switch (mp_inflate(p + start, len - start, &used, &out, SIZE_MAX / 2)) {
        case MP_INFLATE_OK:
            break;
        case MP_INFLATE_TRUNCATED:
            raise_truncated();
        case MP_INFLATE_TOO_LARGE:
            mp_raise_type(&mp_type_MemoryError);
        default:
            raise_data_error("invalid compressed data");
    }
    size_t end = start + used;
    if (container == CONTAINER_ZLIB) {
        if (len - end < 4) {
            raise_truncated();
        }
        if (read_u32(p + end, true) != mp_adler32(1, (const byte *)out.buf, out.len)) {
            raise_data_error("incorrect data check");
        }
    } else if (container == CONTAINER_GZIP) {
        if (len - end < 8) {
            raise_truncated();
        }
        if (read_u32(p + end, false) != mp_crc32(0, (const byte *)out.buf, out.len)) {
            raise_data_error("incorrect data check");
        }
        if (read_u32(p + end + 4, false) != (uint32_t)out.len) {
            raise_data_error("incorrect length check");
        }
    }
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(zlib_decompress_obj, 1, zlib_decompress);

static uint32_t checksum_start(size_t n_args, const mp_obj_t *args, uint32_t dflt) {
    return n_args > 1 ? (uint32_t)mp_obj_int_get_truncated(args[1]) : dflt;
}

// crc32(data[, value])
static mp_obj_t zlib_crc32(size_t n_args, const mp_obj_t *args) {
    mp_buffer_info_t buf;
    get_data(args[0], &buf);
    return mp_obj_new_int_from_uint(mp_crc32(checksum_start(n_args, args, 0), buf.buf, buf.len));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(zlib_crc32_obj, 1, 2, zlib_crc32);

// adler32(data[, value])
static mp_obj_t zlib_adler32(size_t n_args, const mp_obj_t *args) {
    mp_buffer_info_t buf;
    get_data(args[0], &buf);
    return mp_obj_new_int_from_uint(mp_adler32(checksum_start(n_args, args, 1), buf.buf, buf.len));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(zlib_adler32_obj, 1, 2, zlib_adler32);

static const mp_rom_map_elem_t zlib_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_zlib) },
    { MP_ROM_QSTR(MP_QSTR_decompress), MP_ROM_PTR(&zlib_decompress_obj) },
    { MP_ROM_QSTR(MP_QSTR_crc32), MP_ROM_PTR(&zlib_crc32_obj) },
    { MP_ROM_QSTR(MP_QSTR_adler32), MP_ROM_PTR(&zlib_adler32_obj) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_zlib_error) },
    { MP_ROM_QSTR(MP_QSTR_MAX_WBITS), MP_ROM_INT(15) },
    { MP_ROM_QSTR(MP_QSTR_DEFLATED), MP_ROM_INT(8) },
    { MP_ROM_QSTR(MP_QSTR_DEF_BUF_SIZE), MP_ROM_INT(16384) },
};
static MP_DEFINE_CONST_DICT(zlib_module_globals, zlib_module_globals_table);

const mp_obj_module_t mp_module_zlib = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&zlib_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR_zlib, mp_module_zlib);

#endif // MICROPY_PY_ZLIB
