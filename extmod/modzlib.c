// The zlib module: decompress()/decompressobj() for zlib, gzip and raw
// DEFLATE data (wbits as in CPython), compress()/compressobj(), crc32,
// adler32 and zlib.error. The decoder is py/inflate.c, which the frozen
// modules use too; the compressor is extmod/deflate_compress.c.
#include "py/mpconfig.h"

#if MICROPY_PY_ZLIB

#include <string.h>

#include "py/inflate.h"
#include "py/runtime.h"
#include "extmod/checksum.h"
#include "extmod/deflate_compress.h"

// zlib.error: a plain Exception subclass, as in CPython.
static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_zlib_error, MP_QSTR_error, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_Exception
    );

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

// What wbits asks for: 8..15 zlib, -8..-15 raw, 24..31 gzip, 40..47
// either (from the first bytes), 0 zlib with the header's window.
typedef struct _zlib_format_t {
    container_t container;
    bool detect;
    int window_bits;
} zlib_format_t;

static zlib_format_t zlib_parse_wbits(mp_int_t wbits) {
    // (Negated unsigned: the most negative wbits is refused below.)
    mp_uint_t bits = wbits < 0 ? 0 - (mp_uint_t)wbits : (mp_uint_t)wbits;
    zlib_format_t f = { CONTAINER_ZLIB, false, wbits == 0 ? 15 : (int)(bits & 15) };
    if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
        f.container = CONTAINER_ZLIB;
    } else if (wbits >= -15 && wbits <= -8) {
        f.container = CONTAINER_RAW;
    } else if (wbits >= 24 && wbits <= 31) {
        f.container = CONTAINER_GZIP;
    } else if (wbits >= 40 && wbits <= 47) {
        f.detect = true;
    } else {
        mp_raise_msg(&mp_type_zlib_error, MP_ERROR_TEXT("Error -2 while preparing to decompress data: inconsistent stream state"));
    }
    return f;
}

// A container around a DEFLATE stream, decoded as its input arrives. The
// decoder writes into a buffer of two windows; once that is full and handed
// out, the last window moves to its start as the history, so memory stays
// bounded by the window whatever the length of the stream.
enum { STAGE_HEADER, STAGE_DATA, STAGE_TRAILER, STAGE_END };

struct _mp_zlib_stream_t {
    mp_inflate_t inf;
    vstr_t in; // input received; in.buf[in_pos..] is not consumed yet
    size_t in_pos;
    size_t given; // inf.out[given..inf.out_pos) is output not handed out yet
    uint32_t check, length; // checksum and length (mod 2^32) of the output
    mp_obj_t zdict; // the preset dictionary, or MP_OBJ_NULL
    zlib_format_t fmt;
    uint8_t stage;
};

// The header parsers return NEED_MORE when the input ends inside the header.
#define NEED_MORE SIZE_MAX

static uint32_t read_u32(const byte *p, bool big_endian) {
    if (big_endian) {
        return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
    }
    return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
}

// Makes the dictionary's last window of bytes the history.
static void stream_use_dict(mp_zlib_stream_t *s, mp_buffer_info_t *dict) {
    size_t n = s->inf.out_size / 2;
    n = dict->len < n ? dict->len : n;
    memcpy(s->inf.out, (const byte *)dict->buf + dict->len - n, n);
    s->inf.out_pos = s->given = n;
}

// Skips a zlib header; returns its length.
static size_t zlib_header(mp_zlib_stream_t *s, const byte *p, size_t len) {
    if (len < 2) {
        return NEED_MORE;
    }
    unsigned int cmf = p[0], flg = p[1];
    // The same checks, in the same order, as zlib's own.
    if (((cmf << 8) | flg) % 31 != 0) {
        raise_data_error("incorrect header check");
    }
    if ((cmf & 15) != 8) {
        raise_data_error("unknown compression method");
    }
    if ((int)(cmf >> 4) + 8 > s->fmt.window_bits) {
        raise_data_error("invalid window size");
    }
    s->check = 1;
    if (!(flg & 0x20)) {
        return 2;
    }
    // A preset dictionary, named by its adler32: the caller must have given it.
    if (len < 6) {
        return NEED_MORE;
    }
    if (s->zdict == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_zlib_error, MP_ERROR_TEXT("Error 2 while decompressing data"));
    }
    mp_buffer_info_t dict;
    mp_get_buffer_raise(s->zdict, &dict, MP_BUFFER_READ);
    if (read_u32(p + 2, true) != mp_adler32(1, dict.buf, dict.len)) {
        mp_raise_msg(&mp_type_zlib_error, MP_ERROR_TEXT("Error -3 while setting zdict: invalid input data"));
    }
    stream_use_dict(s, &dict);
    return 6;
}

// Skips a gzip header (RFC 1952); returns its length.
static size_t gzip_header(const byte *p, size_t len) {
    if (len < 10) {
        return NEED_MORE;
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
            return NEED_MORE;
        }
        size_t xlen = p[pos] | ((size_t)p[pos + 1] << 8);
        pos += 2;
        if (len - pos < xlen) {
            return NEED_MORE;
        }
        pos += xlen;
    }
    for (unsigned int bit = 8; bit <= 16; bit <<= 1) { // FNAME, FCOMMENT: NUL-terminated
        if (flags & bit) {
            while (pos < len && p[pos] != 0) {
                pos++;
            }
            if (pos >= len) {
                return NEED_MORE;
            }
            pos++;
        }
    }
    if (flags & 2) { // FHCRC
        if (len - pos < 2) {
            return NEED_MORE;
        }
        pos += 2;
    }
    return pos;
}

mp_zlib_stream_t *mp_zlib_stream_new(mp_int_t wbits, mp_obj_t zdict) {
    mp_zlib_stream_t *s = m_new0(mp_zlib_stream_t, 1);
    s->fmt = zlib_parse_wbits(wbits);
    s->inf.out_size = (size_t)2 << s->fmt.window_bits;
    s->inf.out = m_new(byte, s->inf.out_size);
    vstr_init(&s->in, 64);
    s->zdict = zdict;
    if (zdict != MP_OBJ_NULL && s->fmt.container == CONTAINER_RAW) {
        // Raw data has no header to ask for the dictionary: it applies at once.
        mp_buffer_info_t dict;
        mp_get_buffer_raise(zdict, &dict, MP_BUFFER_READ);
        stream_use_dict(s, &dict);
    }
    return s;
}

void mp_zlib_stream_feed(mp_zlib_stream_t *s, const void *data, size_t len) {
    vstr_cut_head_bytes(&s->in, s->in_pos);
    s->in_pos = 0;
    vstr_add_strn(&s->in, data, len);
}

// Takes the stream a step further: a header, a run of the decoder, a
// trailer. Returns false when no step is possible without more input (or
// output room: at most room bytes are decoded, so that input beyond them
// stays unconsumed as zlib leaves it, for unconsumed_tail). Called only
// once all output so far has been handed out.
static bool stream_step(mp_zlib_stream_t *s, size_t room) {
    mp_inflate_t *d = &s->inf;
    const byte *p = (const byte *)s->in.buf + s->in_pos;
    size_t len = s->in.len - s->in_pos;
    size_t used = 0;
    bool next = true;
    container_t container = s->fmt.container;
    switch (s->stage) {
        case STAGE_HEADER:
            if (s->fmt.detect) {
                if (len < 2) {
                    return false;
                }
                s->fmt.detect = false;
                s->fmt.container = container = p[0] == 0x1f && p[1] == 0x8b ? CONTAINER_GZIP : CONTAINER_ZLIB;
            }
            if (container == CONTAINER_ZLIB) {
                used = zlib_header(s, p, len);
            } else if (container == CONTAINER_GZIP) {
                used = gzip_header(p, len);
            }
            if (used == NEED_MORE) {
                return false;
            }
            break;
        case STAGE_DATA: {
            size_t size = d->out_size;
            if (d->out_pos == size && room != 0) {
                memmove(d->out, d->out + size / 2, size / 2);
                d->out_pos = s->given = size / 2;
            }
            if (room < size - d->out_pos) {
                d->out_size = d->out_pos + room;
            }
            size_t start = d->out_pos;
            d->in = p;
            d->in_len = len;
            mp_inflate_result_t r = mp_inflate_run(d);
            d->out_size = size;
            if (r == MP_INFLATE_CORRUPT) {
                raise_data_error("invalid compressed data");
            }
            used = len - d->in_len;
            size_t n = d->out_pos - start;
            s->length += (uint32_t)n;
            if (container == CONTAINER_ZLIB) {
                s->check = mp_adler32(s->check, d->out + start, n);
            } else if (container == CONTAINER_GZIP) {
                s->check = mp_crc32(s->check, d->out + start, n);
            }
            next = r == MP_INFLATE_OK;
            if (!next && used == 0 && n == 0) {
                return false;
            }
            break;
        }
        case STAGE_TRAILER:
            used = container == CONTAINER_ZLIB ? 4 : container == CONTAINER_GZIP ? 8 : 0;
            if (len < used) {
                return false;
            }
            if (used != 0 && read_u32(p, container == CONTAINER_ZLIB) != s->check) {
                raise_data_error("incorrect data check");
            }
            if (used == 8 && read_u32(p + 4, false) != s->length) {
                raise_data_error("incorrect length check");
            }
            break;
        default:
            return false;
    }
    s->in_pos += used;
    s->stage += next;
    return true;
}

bool mp_zlib_stream_read(mp_zlib_stream_t *s, vstr_t *out, size_t max) {
    for (;;) {
        size_t n = s->inf.out_pos - s->given;
        n = n < max ? n : max;
        vstr_add_strn(out, (const char *)s->inf.out + s->given, n);
        s->given += n;
        max -= n;
        if (!stream_step(s, max)) {
            return s->stage == STAGE_END && s->given == s->inf.out_pos;
        }
    }
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
    mp_arg_parse_named(MP_QSTR_decompress, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_buffer_info_t buf;
    get_data(vals[ARG_data].u_obj, &buf);
    if (vals[ARG_bufsize].u_int < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("bufsize must be non-negative"));
    }
    mp_zlib_stream_t *s = mp_zlib_stream_new(vals[ARG_wbits].u_int, MP_OBJ_NULL);
    mp_zlib_stream_feed(s, buf.buf, buf.len);
    vstr_t out;
    vstr_init(&out, buf.len * 3 + 64);
    if (!mp_zlib_stream_read(s, &out, SIZE_MAX)) {
        raise_truncated();
    }
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(zlib_decompress_obj, 1, zlib_decompress);

// ---------------------------------------------------------------------------
// decompressobj(wbits=MAX_WBITS, zdict=b''): a decompressor fed in pieces.

typedef struct _zlib_dobj_t {
    mp_obj_base_t base;
    mp_zlib_stream_t *s;
    bool eof;
    bool ended; // flush() after the end of the stream released it
    mp_obj_t unused_data; // bytes after the end of the stream
    mp_obj_t unconsumed_tail; // input held back by max_length
} zlib_dobj_t;

static const mp_obj_type_t zlib_dobj_type;

static mp_obj_t zlib_decompressobj(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_wbits, MP_ARG_INT, { .u_int = 15 } },
        { MP_QSTR_zdict, MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_decompressobj, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_int_t w = vals[0].u_int;
    if (!(w == 0 || (w >= 8 && w <= 15) || (w >= -15 && w <= -8) || (w >= 24 && w <= 31) || (w >= 40 && w <= 47))) {
        mp_raise_ValueError(MP_ERROR_TEXT("Invalid initialization option"));
    }
    zlib_dobj_t *self = m_new_obj(zlib_dobj_t);
    self->base.type = &zlib_dobj_type;
    self->s = mp_zlib_stream_new(w, vals[1].u_obj);
    self->eof = false;
    self->ended = false;
    self->unused_data = self->unconsumed_tail = mp_obj_new_bytes(NULL, 0);
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(zlib_decompressobj_obj, 0, zlib_decompressobj);

// Decodes data after the input so far, giving at most max bytes (0: all).
static mp_obj_t zlib_dobj_feed(zlib_dobj_t *self, const void *data, size_t len, size_t max) {
    vstr_t out;
    vstr_init(&out, 64);
    mp_obj_t more = mp_obj_new_bytes(data, len);
    if (self->eof) {
        // Past the end: everything is unused data.
        self->unused_data = mp_binary_op(MP_BINARY_OP_ADD, self->unused_data, more);
    } else {
        mp_zlib_stream_t *s = self->s;
        mp_zlib_stream_feed(s, data, len);
        self->eof = mp_zlib_stream_read(s, &out, max == 0 ? SIZE_MAX : max);
        more = mp_obj_new_bytes((const byte *)s->in.buf + s->in_pos, s->in.len - s->in_pos);
        self->unconsumed_tail = mp_obj_new_bytes(NULL, 0);
        if (self->eof) {
            self->unused_data = more;
        } else if (max != 0 && out.len == max) {
            // Stopped by max_length: the caller gives the rest again.
            self->unconsumed_tail = more;
            s->in_pos = s->in.len;
        }
    }
    return mp_obj_new_bytes_from_vstr(&out);
}

// decompress(data, /, max_length=0)
static mp_obj_t zlib_dobj_decompress(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_max_length, MP_ARG_INT, { .u_int = 0 } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_decompress, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_buffer_info_t buf;
    get_data(vals[1].u_obj, &buf);
    if (vals[2].u_int < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("max_length must be non-negative"));
    }
    return zlib_dobj_feed(MP_OBJ_TO_PTR(vals[0].u_obj), buf.buf, buf.len, (size_t)vals[2].u_int);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(zlib_dobj_decompress_obj, 2, zlib_dobj_decompress);

// flush(length=DEF_BUF_SIZE): the rest of the output, the held-back input
// included; an unfinished stream is not an error here.
static mp_obj_t zlib_dobj_flush(size_t n_args, const mp_obj_t *args) {
    zlib_dobj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args > 1 && mp_obj_get_int(args[1]) <= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("length must be greater than zero"));
    }
    mp_buffer_info_t tail;
    mp_get_buffer_raise(self->unconsumed_tail, &tail, MP_BUFFER_READ);
    mp_obj_t out = zlib_dobj_feed(self, tail.buf, tail.len, 0);
    self->ended = self->eof;
    return out;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(zlib_dobj_flush_obj, 1, 2, zlib_dobj_flush);

// copy(), also __copy__() and __deepcopy__(memo): an independent
// decompressor in the same state.
static mp_obj_t zlib_dobj_copy(size_t n_args, const mp_obj_t *args) {
    zlib_dobj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (self->ended) {
        mp_raise_ValueError(MP_ERROR_TEXT("Inconsistent stream state"));
    }
    zlib_dobj_t *c = m_new_obj(zlib_dobj_t);
    *c = *self;
    mp_zlib_stream_t *s = m_new(mp_zlib_stream_t, 1);
    *s = *self->s;
    s->inf.out = m_new(byte, s->inf.out_size);
    memcpy(s->inf.out, self->s->inf.out, s->inf.out_pos);
    vstr_init(&s->in, s->in.len + 1);
    vstr_add_strn(&s->in, self->s->in.buf, self->s->in.len);
    c->s = s;
    return MP_OBJ_FROM_PTR(c);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(zlib_dobj_copy_obj, 1, 2, zlib_dobj_copy);

static void zlib_dobj_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    zlib_dobj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only
    }
    if (attr == MP_QSTR_eof) {
        dest[0] = mp_obj_new_bool(self->eof);
    } else if (attr == MP_QSTR_unused_data) {
        dest[0] = self->unused_data;
    } else if (attr == MP_QSTR_unconsumed_tail) {
        dest[0] = self->unconsumed_tail;
    }
    // Anything else: not set here, so looked up in the locals dict.
}

static const mp_rom_map_elem_t zlib_dobj_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_decompress), MP_ROM_PTR(&zlib_dobj_decompress_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&zlib_dobj_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&zlib_dobj_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&zlib_dobj_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&zlib_dobj_copy_obj) },
};
static MP_DEFINE_CONST_DICT(zlib_dobj_locals_dict, zlib_dobj_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    zlib_dobj_type, MP_QSTR_Decompress, MP_TYPE_FLAG_NONE,
    attr, zlib_dobj_attr,
    locals_dict, (mp_obj_dict_t *)&zlib_dobj_locals_dict
    );

// ---------------------------------------------------------------------------
// Compression.

typedef struct _zlib_cobj_t {
    mp_obj_base_t base;
    mp_deflate_t *d; // NULL once finished
} zlib_cobj_t;

static const mp_obj_type_t zlib_cobj_type;

// A compressor for CPython's level/wbits/memLevel/strategy, or NULL if they
// are out of range (wbits 8 means 9, as in zlib).
static mp_deflate_t *zlib_deflate_new(mp_int_t level, mp_int_t wbits, mp_int_t mem_level, mp_int_t strategy) {
    int format = MP_DEFLATE_ZLIB;
    if (wbits < 0) {
        format = MP_DEFLATE_RAW;
        wbits = (mp_int_t)(0 - (mp_uint_t)wbits); // the most negative stays out of range
    } else if (wbits > 16) {
        format = MP_DEFLATE_GZIP;
        wbits -= 16;
    }
    if (wbits == 8 && format == MP_DEFLATE_ZLIB) {
        wbits = 9;
    }
    if (level == -1) {
        level = 6;
    }
    if (level < 0 || level > 9 || wbits < 9 || wbits > 15 || mem_level < 1 || mem_level > 9
        || strategy < 0 || strategy > 4) {
        return NULL;
    }
    return mp_deflate_new((int)level, format, (int)wbits, (int)mem_level, (int)strategy);
}

// compress(data, /, level=-1, wbits=MAX_WBITS)
static mp_obj_t zlib_compress(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_level, ARG_wbits };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_level, MP_ARG_INT, { .u_int = -1 } },
        { MP_QSTR_wbits, MP_ARG_INT, { .u_int = 15 } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_compress, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_buffer_info_t buf;
    get_data(vals[ARG_data].u_obj, &buf);
    mp_deflate_t *d = zlib_deflate_new(vals[ARG_level].u_int, vals[ARG_wbits].u_int, 8, 0);
    if (d == NULL) {
        // zlib reports every bad parameter so.
        mp_raise_msg(&mp_type_zlib_error, MP_ERROR_TEXT("Bad compression level"));
    }
    vstr_t out;
    vstr_init(&out, buf.len / 2 + 64);
    mp_deflate_write(d, buf.buf, buf.len, &out);
    mp_deflate_flush(d, MP_DEFLATE_FINISH, &out);
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(zlib_compress_obj, 1, zlib_compress);

// compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
//             strategy=Z_DEFAULT_STRATEGY, zdict=None)
static mp_obj_t zlib_compressobj(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_level, ARG_method, ARG_wbits, ARG_memLevel, ARG_strategy, ARG_zdict };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_level, MP_ARG_INT, { .u_int = -1 } },
        { MP_QSTR_method, MP_ARG_INT, { .u_int = 8 } },
        { MP_QSTR_wbits, MP_ARG_INT, { .u_int = 15 } },
        { MP_QSTR_memLevel, MP_ARG_INT, { .u_int = 8 } },
        { MP_QSTR_strategy, MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_zdict, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_compressobj, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_deflate_t *d = zlib_deflate_new(vals[ARG_level].u_int, vals[ARG_wbits].u_int,
        vals[ARG_memLevel].u_int, vals[ARG_strategy].u_int);
    if (d == NULL || vals[ARG_method].u_int != 8) {
        mp_raise_ValueError(MP_ERROR_TEXT("Invalid initialization option"));
    }
    if (vals[ARG_zdict].u_obj != mp_const_none) {
        mp_buffer_info_t dict;
        get_data(vals[ARG_zdict].u_obj, &dict);
        mp_deflate_set_dict(d, dict.buf, dict.len);
    }
    zlib_cobj_t *self = m_new_obj(zlib_cobj_t);
    self->base.type = &zlib_cobj_type;
    self->d = d;
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(zlib_compressobj_obj, 0, zlib_compressobj);

static mp_deflate_t *zlib_cobj_get(mp_obj_t self_in, bool flushing) {
    zlib_cobj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self == NULL || self->d == NULL) {
        mp_raise_msg_varg(&mp_type_zlib_error, MP_ERROR_TEXT("Error -2 while %s: inconsistent stream state"),
            flushing ? "flushing" : "compressing data");
    }
    return self->d;
}

// compress(data, /)
static mp_obj_t zlib_cobj_compress(mp_obj_t self_in, mp_obj_t data) {
    mp_deflate_t *d = zlib_cobj_get(self_in, false);
    mp_buffer_info_t buf;
    get_data(data, &buf);
    vstr_t out;
    vstr_init(&out, 64);
    mp_deflate_write(d, buf.buf, buf.len, &out);
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_2(zlib_cobj_compress_obj, zlib_cobj_compress);

// flush(mode=Z_FINISH, /): Z_NO_FLUSH does nothing; Z_PARTIAL_FLUSH and
// Z_BLOCK act as Z_SYNC_FLUSH (the same data, a few bytes more).
static mp_obj_t zlib_cobj_flush(size_t n_args, const mp_obj_t *args) {
    mp_deflate_t *d = zlib_cobj_get(args[0], true);
    mp_int_t mode = n_args > 1 ? mp_obj_get_int(args[1]) : MP_DEFLATE_FINISH;
    if (mode < 0 || mode > 5) {
        // zlib refuses modes beyond Z_BLOCK as a bad stream state.
        zlib_cobj_get(MP_OBJ_NULL, true);
    }
    vstr_t out;
    vstr_init(&out, 64);
    if (mode == MP_DEFLATE_FINISH || mode == MP_DEFLATE_FULL) {
        mp_deflate_flush(d, (int)mode, &out);
    } else if (mode != 0) {
        mp_deflate_flush(d, MP_DEFLATE_SYNC, &out);
    }
    if (mode == MP_DEFLATE_FINISH) {
        ((zlib_cobj_t *)MP_OBJ_TO_PTR(args[0]))->d = NULL;
    }
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(zlib_cobj_flush_obj, 1, 2, zlib_cobj_flush);

// copy(), also __copy__() and __deepcopy__(memo)
static mp_obj_t zlib_cobj_copy(size_t n_args, const mp_obj_t *args) {
    zlib_cobj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (self->d == NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("Inconsistent stream state"));
    }
    zlib_cobj_t *c = m_new_obj(zlib_cobj_t);
    c->base.type = &zlib_cobj_type;
    c->d = mp_deflate_copy(self->d);
    return MP_OBJ_FROM_PTR(c);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(zlib_cobj_copy_obj, 1, 2, zlib_cobj_copy);

static const mp_rom_map_elem_t zlib_cobj_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_compress), MP_ROM_PTR(&zlib_cobj_compress_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&zlib_cobj_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&zlib_cobj_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&zlib_cobj_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&zlib_cobj_copy_obj) },
};
static MP_DEFINE_CONST_DICT(zlib_cobj_locals_dict, zlib_cobj_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    zlib_cobj_type, MP_QSTR_Compress, MP_TYPE_FLAG_NONE,
    locals_dict, (mp_obj_dict_t *)&zlib_cobj_locals_dict
    );

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

// The integer constants packed (py/obj.h: 6 bytes each, not 16).
#define C(q, value) MP_ROM_INT_CONST(q, value)
static const mp_rom_int_const_t zlib_consts[] MP_COLD_DATA = {
    C(MP_QSTR_MAX_WBITS, 15), C(MP_QSTR_DEFLATED, 8), C(MP_QSTR_DEF_BUF_SIZE, 16384),
    // zlib's constants.
    C(MP_QSTR_DEF_MEM_LEVEL, 8), C(MP_QSTR_Z_NO_COMPRESSION, 0), C(MP_QSTR_Z_BEST_SPEED, 1),
    C(MP_QSTR_Z_BEST_COMPRESSION, 9), C(MP_QSTR_Z_DEFAULT_STRATEGY, 0), C(MP_QSTR_Z_FILTERED, 1),
    C(MP_QSTR_Z_HUFFMAN_ONLY, 2), C(MP_QSTR_Z_RLE, 3), C(MP_QSTR_Z_FIXED, 4), C(MP_QSTR_Z_NO_FLUSH, 0),
    C(MP_QSTR_Z_PARTIAL_FLUSH, 1), C(MP_QSTR_Z_SYNC_FLUSH, 2), C(MP_QSTR_Z_FULL_FLUSH, 3),
    C(MP_QSTR_Z_FINISH, 4), C(MP_QSTR_Z_BLOCK, 5), C(MP_QSTR_Z_TREES, 6),
    { 0 },
};
#undef C
static const mp_rom_map_elem_t zlib_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_zlib) },
    { MP_ROM_QSTR(MP_QSTR_decompress), MP_ROM_PTR(&zlib_decompress_obj) },
    { MP_ROM_QSTR(MP_QSTR_decompressobj), MP_ROM_PTR(&zlib_decompressobj_obj) },
    { MP_ROM_QSTR(MP_QSTR_compress), MP_ROM_PTR(&zlib_compress_obj) },
    { MP_ROM_QSTR(MP_QSTR_compressobj), MP_ROM_PTR(&zlib_compressobj_obj) },
    { MP_ROM_QSTR(MP_QSTR_crc32), MP_ROM_PTR(&zlib_crc32_obj) },
    { MP_ROM_QSTR(MP_QSTR_adler32), MP_ROM_PTR(&zlib_adler32_obj) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_zlib_error) },
    { MP_ROM_QSTR(MP_QSTR_Z_DEFAULT_COMPRESSION), MP_ROM_INT(-1) }, // negative: not packed
    // The zlib whose behaviour (flush modes, wbits=0, zdict) this follows.
    { MP_ROM_QSTR(MP_QSTR_ZLIB_VERSION), MP_ROM_QSTR(MP_QSTR_1_dot_2_dot_13) },
    { MP_ROM_QSTR(MP_QSTR_ZLIB_RUNTIME_VERSION), MP_ROM_QSTR(MP_QSTR_1_dot_2_dot_13) },
    MP_ROM_INT_CONSTS(zlib_consts),
};
static MP_DEFINE_CONST_DICT(zlib_module_globals, zlib_module_globals_table);

const mp_obj_module_t mp_module_zlib = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&zlib_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR_zlib, mp_module_zlib);

#endif // MICROPY_PY_ZLIB
