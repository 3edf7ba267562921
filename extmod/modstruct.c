// The struct module: pack, unpack, unpack_from, pack_into, calcsize,
// iter_unpack and the Struct class, with CPython's formats (byte orders
// @ = < > !, codes x c b B ? h H i I l L q Q n N e f d s p P and repeat
// counts) and its struct.error exception. Left out on purpose: the cache of
// compiled formats (a format is parsed on every call: they are short).
#include "py/mpconfig.h"

#if MICROPY_PY_STRUCT

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/sequence.h"

// ---------------------------------------------------------------------------
// struct.error: a plain Exception subclass, as in CPython. Its attributes
// (args, ...) are those of every exception.
static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_struct_error, MP_QSTR_error, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_Exception
    );

MP_NORETURN static void raise_error(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_struct_error, msg);
}

// ---------------------------------------------------------------------------
// Format strings. A format is a byte-order prefix then items, each an
// optional decimal repeat count and a code; whitespace between items is
// ignored. Native mode ('@', the default) uses the C compiler's sizes and
// aligns each item to its size (no padding after the last item); the other
// prefixes use the standard sizes and no alignment.

typedef struct _fmt_t {
    const char *p;
    const char *end;
    bool native; // '@': native sizes and alignment
    bool big_endian; // byte order of multi-byte values
} fmt_t;

static bool host_is_big_endian(void) {
    const uint16_t probe = 1;
    return *(const byte *)&probe == 0;
}

static void fmt_init(fmt_t *f, mp_obj_t fmt_in) {
    size_t len;
    const char *s;
    if (mp_obj_is_str_or_bytes(fmt_in)) {
        s = mp_obj_str_get_data(fmt_in, &len);
    } else {
        mp_raise_TypeError_obj_unsupported(
            fmt_in, MP_ERROR_TEXT("Struct() argument 1 must be a str or bytes object, not %s"));
    }
    f->p = s;
    f->end = s + len;
    f->native = true;
    f->big_endian = host_is_big_endian();
    if (len > 0) {
        switch (s[0]) {
            case '@':
                f->p++;
                break;
            case '=':
                f->native = false;
                f->p++;
                break;
            case '<':
                f->native = false;
                f->big_endian = false;
                f->p++;
                break;
            case '>':
            case '!':
                f->native = false;
                f->big_endian = true;
                f->p++;
                break;
        }
    }
}

// Size in bytes of one value of code, or 0 for an unknown code.
static size_t code_size(const fmt_t *f, char code) {
    switch (code) {
        case 'x':
        case 'c':
        case 'b':
        case 'B':
        case '?':
        case 's':
        case 'p':
            return 1;
        case 'h':
        case 'H':
        case 'e':
            return 2;
        case 'i':
        case 'I':
            return f->native ? sizeof(int) : 4;
        case 'l':
        case 'L':
            return f->native ? sizeof(long) : 4;
        case 'q':
        case 'Q':
            return 8;
        case 'f':
            return 4;
        case 'd':
            return 8;
        case 'n':
        case 'N':
            return f->native ? sizeof(size_t) : 0;
        case 'P':
            return f->native ? sizeof(void *) : 0;
        default:
            return 0;
    }
}

// The next item: its code and repeat count. False at the end of the format.
static bool fmt_next(fmt_t *f, char *code, size_t *count) {
    // (ASCII whitespace only, as CPython: b'\x85' is a bad code.)
    while (f->p < f->end && (*f->p == ' ' || (*f->p >= '\t' && *f->p <= '\r'))) {
        f->p++;
    }
    if (f->p >= f->end) {
        return false;
    }
    size_t n = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        n = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            size_t digit = (size_t)(*f->p - '0');
            if (n > (SIZE_MAX - digit) / 10) {
                raise_error(MP_ERROR_TEXT("total struct size too long"));
            }
            n = n * 10 + digit;
            f->p++;
        }
        if (f->p >= f->end) {
            raise_error(MP_ERROR_TEXT("repeat count given without format specifier"));
        }
    }
    *code = *f->p++;
    if (*code == 0) {
        raise_error(MP_ERROR_TEXT("embedded null character"));
    }
    if (code_size(f, *code) == 0) {
        raise_error(MP_ERROR_TEXT("bad char in struct format"));
    }
    *count = n;
    return true;
}

// Offset of an item of `code` placed at `offset` (native alignment).
static size_t fmt_align(const fmt_t *f, char code, size_t offset) {
    if (!f->native) {
        return offset;
    }
    size_t a = code_size(f, code);
    if (code == 's' || code == 'p' || code == 'x' || a <= 1) {
        return offset;
    }
    return (offset + a - 1) / a * a;
}

// ---------------------------------------------------------------------------
// Values.

static void store_uint(byte *p, size_t size, bool big_endian, uint64_t v) {
    for (size_t i = 0; i < size; i++) {
        size_t pos = big_endian ? size - 1 - i : i;
        p[pos] = (byte)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t load_uint(const byte *p, size_t size, bool big_endian) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) {
        size_t pos = big_endian ? i : size - 1 - i;
        v = (v << 8) | p[pos];
    }
    return v;
}

// IEEE 754 binary16 from a double, rounding half to even; OverflowError when
// the rounded value is too big (infinities and nans pass through).
static uint16_t half_from_double(double x) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        return sign | 0x7e00;
    }
    double a = fabs(x);
    if (isinf(a)) {
        return sign | 0x7c00;
    }
    if (a == 0.0) {
        return sign;
    }
    int e;
    frexp(a, &e); // a = m * 2**e with 0.5 <= m < 1
    // Value of the last mantissa bit for a: 2**(e-11) for normals, 2**-24 for subnormals.
    int q = e - 11;
    if (q < -24) {
        q = -24;
    }
    double scaled = ldexp(a, -q);
    double r = nearbyint(scaled); // default rounding mode: half to even
    uint32_t m = (uint32_t)r;
    // Rounding may carry into the next binade.
    if (m >= 2048) {
        m >>= 1;
        q += 1;
    }
    if (m < 1024) {
        // Subnormal (q == -24) or zero after rounding.
        return sign | (uint16_t)m;
    }
    int biased = q + 10 + 15;
    if (biased >= 31) {
        mp_raise_OverflowError(
            MP_ERROR_TEXT("float too large to pack with e format"));
    }
    return sign | (uint16_t)(biased << 10) | (uint16_t)(m & 0x3ff);
}

static double half_to_double(uint16_t h) {
    int sign = (h >> 15) & 1;
    int biased = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    double v;
    if (biased == 0) {
        v = ldexp((double)m, -24);
    } else if (biased == 31) {
        v = m == 0 ? INFINITY : NAN;
    } else {
        v = ldexp((double)(m | 0x400), biased - 25);
    }
    return sign ? -v : v;
}

// The int behind an argument for an integer code: int (and subclasses, bool)
// or an object with __index__.
static mp_obj_t int_arg(mp_obj_t v) {
    if (mp_obj_is_float(v)) {
        raise_error(MP_ERROR_TEXT("required argument is not an integer"));
    }
    mp_obj_t r = mp_seq_index_as_int(v);
    if (r == MP_OBJ_NULL) {
        raise_error(MP_ERROR_TEXT("required argument is not an integer"));
    }
    return r;
}

// Where an integer out of range of a code lies (bits of raise_int_range's
// out): beyond a C unsigned long, beyond a C long.
enum { OUT_ULONG = 1, OUT_LONG = 2 };

// The struct.error for an integer out of range of code, worded as CPython
// 3.11, which depends on the routine it packs the code with.
MP_NORETURN static void raise_int_range(const fmt_t *f, char code, size_t size, int out) {
    if (size == 8) {
        raise_error(f->big_endian || code == 'P' ? MP_ERROR_TEXT("int too large to convert")
            : MP_ERROR_TEXT("argument out of range"));
    }
    bool is_signed = code >= 'a';
    // The codes whose message names the C type (CPython packs them with its
    // native char and short routines in those byte orders).
    bool named = size == 1 || (!f->big_endian && size == 2);
    // Before the range check, the routine converts the value to a C long,
    // or to an unsigned long for the other unsigned codes: out of that, the
    // message is a general one.
    if (out >> (is_signed || named) & 1) {
        raise_error(MP_ERROR_TEXT("argument out of range"));
    }
    char quoted[] = { '\'', code, '\'', 0 };
    const char *name = quoted;
    if (named) {
        name = (size == 1 ? "ubyte" : "ushort") + is_signed;
    }
    // (Only 1-, 2- and 4-byte codes get here: the limits fit int and unsigned.)
    unsigned bits = size * 8;
    mp_raise_msg_varg(&mp_type_struct_error,
        MP_ERROR_TEXT("%s format requires %d <= number <= %u"), name,
        is_signed ? (int)-((int64_t)1 << (bits - 1)) : 0,
        (unsigned)(((uint64_t)1 << (bits - is_signed)) - 1));
}

// Pack an integer value of an integer code into p.
static void pack_int(const fmt_t *f, char code, size_t size, byte *p, mp_obj_t v_in) {
    mp_obj_t v = int_arg(v_in);
    bool is_signed =
        code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    uint64_t bits;
    mp_int_t small;
    if (mp_obj_get_int_maybe(v, &small)) {
        if (code == 'P') {
            // Pointers wrap like a C cast, as in CPython.
            bits = (uint64_t)small;
        } else if (is_signed) {
            if (size < 8) {
                mp_int_t lim = (mp_int_t)1 << (size * 8 - 1);
                if (small < -lim || small >= lim) {
                    raise_int_range(f, code, size, 0);
                }
            }
            bits = (uint64_t)(int64_t)small;
        } else {
            if (small < 0) {
                raise_int_range(f, code, size, OUT_ULONG);
            }
            if (size < 8 && (uint64_t)small >> (size * 8) != 0) {
                raise_int_range(f, code, size, 0);
            }
            bits = (uint64_t)small;
        }
    } else {
        // A value beyond mp_int_t: only an 8-byte unsigned code can hold it.
        byte buf[8];
        mp_obj_t max = mp_obj_new_int_from_ull(UINT64_MAX);
        bool out_ulong = mp_obj_int_sign(v) < 0 || mp_obj_less(max, v);
        if (size != 8 || is_signed || out_ulong) {
            raise_int_range(f, code, size, OUT_LONG | out_ulong);
        }
        mp_obj_int_to_bytes_impl(v, false, 8, buf, false);
        bits = load_uint(buf, 8, false);
    }
    store_uint(p, size, f->big_endian, bits);
}

static void pack_float(const fmt_t *f, char code, byte *p, mp_obj_t v) {
    mp_float_t d;
    if (!mp_obj_get_float_maybe(v, &d)) {
        raise_error(MP_ERROR_TEXT("required argument is not a float"));
    }
    if (code == 'e') {
        store_uint(p, 2, f->big_endian, half_from_double(d));
    } else if (code == 'f') {
        float x = (float)d;
        if (!f->native && isinf(x) && !isinf(d)) {
            mp_raise_OverflowError(
                MP_ERROR_TEXT("float too large to pack with f format"));
        }
        uint32_t u;
        memcpy(&u, &x, 4);
        store_uint(p, 4, f->big_endian, u);
    } else {
        double x = d;
        uint64_t u;
        memcpy(&u, &x, 8);
        store_uint(p, 8, f->big_endian, u);
    }
}

// Pack one value of a numeric code (or 'c', '?') at p.
static void pack_item(const fmt_t *f, char code, size_t size, byte *p, mp_obj_t v) {
    switch (code) {
        case 'c': {
            size_t len = 0;
            const char *data = mp_obj_is_type(v, &mp_type_bytes) ? mp_obj_str_get_data(v, &len) : NULL;
            if (len != 1) {
                raise_error(MP_ERROR_TEXT("char format requires a bytes object of length 1"));
            }
            *p = (byte)data[0];
            break;
        }
        case '?':
            *p = mp_obj_is_true(v) ? 1 : 0;
            break;
        case 'e':
        case 'f':
        case 'd':
            pack_float(f, code, p, v);
            break;
        default:
            pack_int(f, code, size, p, v);
            break;
    }
}

static mp_obj_t unpack_item(const fmt_t *f, char code, size_t size, const byte *p) {
    uint64_t u = load_uint(p, size, f->big_endian);
    switch (code) {
        case 'c':
            return mp_obj_new_bytes(p, 1);
        case '?':
            return mp_obj_new_bool(*p != 0);
        case 'e':
            return mp_obj_new_float(half_to_double((uint16_t)u));
        case 'f': {
            uint32_t u32 = (uint32_t)u;
            float x;
            memcpy(&x, &u32, 4);
            return mp_obj_new_float(x);
        }
        case 'd': {
            double x;
            memcpy(&x, &u, 8);
            return mp_obj_new_float(x);
        }
        case 'b':
        case 'h':
        case 'i':
        case 'l':
        case 'q':
        case 'n': {
            // Sign-extend from size bytes.
            int shift = 64 - (int)size * 8;
            return mp_obj_new_int_from_ll((int64_t)(u << shift) >> shift);
        }
        default:
            return mp_obj_new_int_from_ull(u);
    }
}

// The one pass over a format that calcsize, pack and unpack share, so that
// offsets and value counts cannot disagree between them. Without buf it only
// measures. With buf it packs args (counted and zeroed by the caller) into
// buf or, when args is NULL, unpacks buf into out. Returns the byte size.
static size_t fmt_walk(mp_obj_t fmt_in, byte *buf, const mp_obj_t *args, mp_obj_t *out,
    size_t *n_values) {
    fmt_t f;
    fmt_init(&f, fmt_in);
    size_t offset = 0;
    size_t vi = 0;
    // Zeroed only for GCC, which without jump threading (the Makefile's
    // OZ_FLAGS) cannot see that fmt_next sets both whenever it returns true.
    char code = 0;
    size_t count = 0;
    while (fmt_next(&f, &code, &count)) {
        offset = fmt_align(&f, code, offset);
        size_t size = code_size(&f, code);
        // Sizes stay below SSIZE_MAX (CPython's limit), so the alignment of
        // the next item cannot wrap either.
        if (count != 0 && size > ((size_t)PTRDIFF_MAX - offset) / count) {
            raise_error(MP_ERROR_TEXT("total struct size too long"));
        }
        if (code == 'x') {
            // Pad bytes: no value, and zero when packed (buf came zeroed).
        } else if (code == 's' || code == 'p') {
            if (args != NULL) {
                byte *p = buf + offset;
                const byte *data;
                size_t len;
                if (!mp_obj_str_get_bytes_like(args[vi], &data, &len)) {
                    mp_raise_msg_varg(&mp_type_struct_error,
                        MP_ERROR_TEXT("argument for '%c' must be a bytes object"), code);
                }
                if (code == 's') {
                    memcpy(p, data, len < count ? len : count);
                } else if (count > 0) {
                    // Pascal string: a length byte (at most 255) then the data.
                    size_t n = len < count - 1 ? len : count - 1;
                    *p = (byte)(n > 255 ? 255 : n);
                    memcpy(p + 1, data, n);
                }
            } else if (out != NULL) {
                const byte *p = buf + offset;
                size_t n = count;
                if (code == 'p') {
                    n = 0;
                    if (count > 0) {
                        n = *p++;
                        if (n > count - 1) {
                            n = count - 1;
                        }
                    }
                }
                out[vi] = mp_obj_new_bytes(p, n);
            }
            vi++;
        } else if (buf == NULL) {
            vi += count;
        } else {
            // Native alignment applies between repeated items of one code too,
            // but an item's size is a multiple of its alignment so none is needed.
            for (size_t i = 0; i < count; i++, vi++) {
                byte *p = buf + offset + i * size;
                if (args != NULL) {
                    pack_item(&f, code, size, p, args[vi]);
                } else {
                    out[vi] = unpack_item(&f, code, size, p);
                }
            }
        }
        offset += size * count;
    }
    if (n_values != NULL) {
        *n_values = vi;
    }
    return offset;
}

// The last format measured, by its text: pack and unpack measure a format
// before they walk it (unpack twice), and programs reuse a few formats.
static struct {
    size_t size;
    size_t n_values;
    size_t len; // 0: none
    char text[32];
} last_measured;

// Byte size of the whole format, and how many values it packs.
static size_t fmt_calcsize(mp_obj_t fmt_in, size_t *n_values) {
    size_t len = 0;
    const char *text = NULL;
    if (mp_obj_is_str_or_bytes(fmt_in)) {
        text = mp_obj_str_get_data(fmt_in, &len);
        if (len == last_measured.len && len != 0 && memcmp(text, last_measured.text, len) == 0) {
            if (n_values != NULL) {
                *n_values = last_measured.n_values;
            }
            return last_measured.size;
        }
    }
    size_t n;
    size_t size = fmt_walk(fmt_in, NULL, NULL, NULL, &n);
    if (len <= sizeof(last_measured.text)) {
        // (A str's data stays put: the walk allocated nothing.)
        memcpy(last_measured.text, text, len);
        last_measured.len = len;
        last_measured.size = size;
        last_measured.n_values = n;
    }
    if (n_values != NULL) {
        *n_values = n;
    }
    return size;
}

static void pack_values(mp_obj_t fmt_in, byte *buf, const mp_obj_t *args) {
    fmt_walk(fmt_in, buf, args, NULL, NULL);
}

// Unpack per the format from buf (which holds at least the format's size).
static mp_obj_t unpack_values(mp_obj_t fmt_in, const byte *buf) {
    size_t n_values;
    fmt_calcsize(fmt_in, &n_values);
    mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_values, NULL));
    fmt_walk(fmt_in, (byte *)buf, NULL, res->items, NULL);
    return MP_OBJ_FROM_PTR(res);
}

// Check the value count of a pack call.
static size_t check_pack_args(mp_obj_t fmt_in, size_t n_args, const char *what) {
    size_t n_values;
    size_t size = fmt_calcsize(fmt_in, &n_values);
    if (n_args != n_values) {
        mp_raise_msg_varg(&mp_type_struct_error,
            MP_ERROR_TEXT("%s expected %zu items for packing (got %zu)"), what, n_values,
            n_args);
    }
    return size;
}

// ---------------------------------------------------------------------------
// Module functions (shared with the Struct methods, which pass their format).

// calcsize(fmt)
static mp_obj_t struct_calcsize(mp_obj_t fmt_in) {
    return mp_obj_new_int_from_uint(fmt_calcsize(fmt_in, NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_1(struct_calcsize_obj, struct_calcsize);

// The bytes to unpack: any buffer but str (which exports its UTF-8 bytes
// here, but CPython refuses it).
static void struct_get_read_buffer(mp_obj_t buffer, mp_buffer_info_t *bufinfo) {
    if (mp_obj_is_str(buffer) || !mp_get_buffer(buffer, bufinfo, MP_BUFFER_READ)) {
        mp_raise_TypeError_obj_unsupported(
            buffer, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
    }
}

static mp_obj_t do_pack(mp_obj_t fmt_in, size_t n_args, const mp_obj_t *args) {
    size_t size = check_pack_args(fmt_in, n_args, "pack");
    vstr_t vstr;
    vstr_init_len(&vstr, size);
    memset(vstr.buf, 0, size);
    pack_values(fmt_in, (byte *)vstr.buf, args);
    return mp_obj_new_bytes_from_vstr(&vstr);
}

// pack(fmt, v1, v2, ...)
static mp_obj_t struct_pack(size_t n_args, const mp_obj_t *args) {
    return do_pack(args[0], n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_pack_obj, 1, struct_pack);

// The write buffer of pack_into and the checked offset into it.
static size_t pack_into_target(mp_obj_t buffer, mp_int_t offset, size_t size, mp_buffer_info_t *bufinfo) {
    if (!mp_get_buffer(buffer, bufinfo, MP_BUFFER_WRITE)) {
        mp_raise_TypeError_obj_unsupported(
            buffer, MP_ERROR_TEXT("argument must be read-write bytes-like object, not %s"));
    }
    if (offset < 0) {
        if (-(size_t)offset > bufinfo->len) {
            mp_raise_msg_varg(&mp_type_struct_error,
                MP_ERROR_TEXT("offset %ld out of range for %zu-byte buffer"), (long)offset,
                bufinfo->len);
        }
        if (-(size_t)offset < size) {
            mp_raise_msg_varg(&mp_type_struct_error,
                MP_ERROR_TEXT("no space to pack %zu bytes at offset %ld"), size, (long)offset);
        }
        offset += (mp_int_t)bufinfo->len;
    }
    if ((size_t)offset > bufinfo->len || bufinfo->len - (size_t)offset < size) {
        mp_raise_msg_varg(&mp_type_struct_error,
            MP_ERROR_TEXT("pack_into requires a buffer of at least %zu bytes for packing %zu bytes "
                          "at offset %ld (actual buffer size is %zu)"),
            size + (size_t)offset, size, (long)offset, bufinfo->len);
    }
    return (size_t)offset;
}

static mp_obj_t do_pack_into(
    mp_obj_t fmt_in, mp_obj_t buffer, mp_obj_t offset_in, size_t n_args, const mp_obj_t *args) {
    size_t size = check_pack_args(fmt_in, n_args, "pack_into");
    mp_int_t offset_arg = mp_obj_get_int(offset_in);
    mp_buffer_info_t bufinfo;
    pack_into_target(buffer, offset_arg, size, &bufinfo);
    // Pack into a zeroed copy first so that a failing value leaves the buffer as it was.
    byte *tmp = m_new_atomic(byte, size == 0 ? 1 : size);
    memset(tmp, 0, size);
    pack_values(fmt_in, tmp, args);
    // A value's __index__ may have resized or reallocated a bytearray (CPython
    // locks it while exported; we do not): fetch and check the buffer again.
    size_t offset = pack_into_target(buffer, offset_arg, size, &bufinfo);
    memcpy((byte *)bufinfo.buf + offset, tmp, size);
    return mp_const_none;
}

// pack_into(fmt, buffer, offset, v1, v2, ...)
static mp_obj_t struct_pack_into(size_t n_args, const mp_obj_t *args) {
    return do_pack_into(args[0], args[1], args[2], n_args - 3, args + 3);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_pack_into_obj, 3, struct_pack_into);

static mp_obj_t do_unpack(mp_obj_t fmt_in, mp_obj_t buffer) {
    size_t size = fmt_calcsize(fmt_in, NULL);
    mp_buffer_info_t bufinfo;
    struct_get_read_buffer(buffer, &bufinfo);
    if (bufinfo.len != size) {
        mp_raise_msg_varg(&mp_type_struct_error,
            MP_ERROR_TEXT("unpack requires a buffer of %zu bytes"), size);
    }
    return unpack_values(fmt_in, bufinfo.buf);
}

// unpack(fmt, buffer)
static mp_obj_t struct_unpack(mp_obj_t fmt_in, mp_obj_t buffer) {
    return do_unpack(fmt_in, buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_unpack_obj, struct_unpack);

// The offset is converted last: a bad format or buffer is reported first,
// as in CPython.
static mp_obj_t do_unpack_from(mp_obj_t fmt_in, mp_obj_t buffer, mp_obj_t offset_in) {
    size_t size = fmt_calcsize(fmt_in, NULL);
    mp_buffer_info_t bufinfo;
    struct_get_read_buffer(buffer, &bufinfo);
    mp_int_t offset = mp_obj_get_int(offset_in);
    if (offset < 0) {
        if (-(size_t)offset > bufinfo.len) {
            mp_raise_msg_varg(&mp_type_struct_error,
                MP_ERROR_TEXT("offset %ld out of range for %zu-byte buffer"), (long)offset,
                bufinfo.len);
        }
        if (-(size_t)offset < size) {
            mp_raise_msg_varg(&mp_type_struct_error,
                MP_ERROR_TEXT("not enough data to unpack %zu bytes at offset %ld"), size, (long)offset);
        }
        offset += (mp_int_t)bufinfo.len;
    }
    if ((size_t)offset > bufinfo.len || bufinfo.len - (size_t)offset < size) {
        mp_raise_msg_varg(&mp_type_struct_error,
            MP_ERROR_TEXT("unpack_from requires a buffer of at least %zu bytes for unpacking %zu "
                          "bytes at offset %ld (actual buffer size is %zu)"),
            size + (size_t)offset, size, (long)offset, bufinfo.len);
    }
    return unpack_values(fmt_in, (const byte *)bufinfo.buf + offset);
}

// unpack_from(fmt, buffer, offset=0)
static mp_obj_t struct_unpack_from(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_format, ARG_buffer, ARG_offset };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_offset, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_unpack_from, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    return do_unpack_from(args[ARG_format].u_obj, args[ARG_buffer].u_obj, args[ARG_offset].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(struct_unpack_from_obj, 1, struct_unpack_from);

// The iterator of iter_unpack: one tuple per format-sized chunk.
typedef struct _struct_unpack_iter_t {
    mp_obj_base_t base;
    mp_obj_t fmt;
    mp_obj_t buffer; // keeps the exporter alive; its buffer is fetched each step
    size_t size;
    size_t offset;
} struct_unpack_iter_t;

static mp_obj_t unpack_iter_iternext(mp_obj_t self_in) {
    struct_unpack_iter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(self->buffer, &bufinfo, MP_BUFFER_READ);
    if (self->offset + self->size > bufinfo.len) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t res = unpack_values(self->fmt, (const byte *)bufinfo.buf + self->offset);
    self->offset += self->size;
    return res;
}

// __length_hint__(): the chunks left in the buffer as it is now.
static mp_obj_t unpack_iter_length_hint(mp_obj_t self_in) {
    struct_unpack_iter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(self->buffer, &bufinfo, MP_BUFFER_READ);
    size_t left = bufinfo.len > self->offset ? (bufinfo.len - self->offset) / self->size : 0;
    return MP_OBJ_NEW_SMALL_INT(left);
}
static MP_DEFINE_CONST_FUN_OBJ_1(unpack_iter_length_hint_obj, unpack_iter_length_hint);

static const mp_rom_map_elem_t unpack_iter_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&unpack_iter_length_hint_obj) },
};
static MP_DEFINE_CONST_DICT(unpack_iter_locals, unpack_iter_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    struct_unpack_iter_type, MP_QSTR_unpack_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, unpack_iter_iternext,
    locals_dict, (mp_obj_dict_t *)&unpack_iter_locals
    );

static mp_obj_t do_iter_unpack(mp_obj_t fmt_in, mp_obj_t buffer) {
    size_t size = fmt_calcsize(fmt_in, NULL);
    if (size == 0) {
        raise_error(MP_ERROR_TEXT("cannot iteratively unpack with a struct of length 0"));
    }
    mp_buffer_info_t bufinfo;
    struct_get_read_buffer(buffer, &bufinfo);
    if (bufinfo.len % size != 0) {
        mp_raise_msg_varg(&mp_type_struct_error,
            MP_ERROR_TEXT("iterative unpacking requires a buffer of a multiple of %zu bytes"),
            size);
    }
    struct_unpack_iter_t *it = m_new_obj(struct_unpack_iter_t);
    it->base.type = &struct_unpack_iter_type;
    it->fmt = fmt_in;
    it->buffer = buffer;
    it->size = size;
    it->offset = 0;
    return MP_OBJ_FROM_PTR(it);
}

// iter_unpack(fmt, buffer)
static mp_obj_t struct_iter_unpack(mp_obj_t fmt_in, mp_obj_t buffer) {
    return do_iter_unpack(fmt_in, buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_iter_unpack_obj, struct_iter_unpack);

// ---------------------------------------------------------------------------
// Struct(format): a format bound once, with the same operations as methods.

static const mp_obj_type_t mp_type_struct_Struct;

typedef struct _struct_obj_t {
    mp_obj_base_t base;
    mp_obj_t format; // str (CPython keeps a str even when given bytes)
    size_t size;
} struct_obj_t;

static struct_obj_t *struct_self(mp_obj_t self_in) {
    return MP_OBJ_TO_PTR(
        mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_struct_Struct)));
}

static mp_obj_t struct_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_obj_t fmt = args[0];
    if (mp_obj_is_type(fmt, &mp_type_bytes)) {
        size_t len;
        const char *s = mp_obj_str_get_data(fmt, &len);
        fmt = mp_obj_new_str(s, len);
    }
    size_t size = fmt_calcsize(fmt, NULL);
    struct_obj_t *o = m_new_obj(struct_obj_t);
    o->base.type = type;
    o->format = fmt;
    o->size = size;
    return MP_OBJ_FROM_PTR(o);
}

static void struct_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    struct_obj_t *self = struct_self(self_in);
    if (attr == MP_QSTR_format) {
        dest[0] = self->format;
    } else if (attr == MP_QSTR_size) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->size);
    }
}

// Struct.pack(v1, v2, ...)
static mp_obj_t struct_obj_pack(size_t n_args, const mp_obj_t *args) {
    return do_pack(struct_self(args[0])->format, n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_obj_pack_obj, 1, struct_obj_pack);

// Struct.pack_into(buffer, offset, v1, v2, ...)
static mp_obj_t struct_obj_pack_into(size_t n_args, const mp_obj_t *args) {
    return do_pack_into(struct_self(args[0])->format, args[1], args[2], n_args - 3, args + 3);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_obj_pack_into_obj, 3, struct_obj_pack_into);

// Struct.unpack(buffer)
static mp_obj_t struct_obj_unpack(mp_obj_t self_in, mp_obj_t buffer) {
    return do_unpack(struct_self(self_in)->format, buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_obj_unpack_obj, struct_obj_unpack);

// Struct.unpack_from(buffer, offset=0)
static mp_obj_t struct_obj_unpack_from(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_self, ARG_buffer, ARG_offset };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_offset, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_unpack_from, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    return do_unpack_from(
        struct_self(args[ARG_self].u_obj)->format, args[ARG_buffer].u_obj, args[ARG_offset].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(struct_obj_unpack_from_obj, 1, struct_obj_unpack_from);

// Struct.iter_unpack(buffer)
static mp_obj_t struct_obj_iter_unpack(mp_obj_t self_in, mp_obj_t buffer) {
    return do_iter_unpack(struct_self(self_in)->format, buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_obj_iter_unpack_obj, struct_obj_iter_unpack);

static const mp_rom_map_elem_t struct_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&struct_obj_pack_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&struct_obj_pack_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&struct_obj_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&struct_obj_unpack_from_obj) },
    { MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&struct_obj_iter_unpack_obj) },
};
static MP_DEFINE_CONST_DICT(struct_locals_dict, struct_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_struct_Struct, MP_QSTR_Struct, MP_TYPE_FLAG_BASETYPE,
    make_new, struct_make_new,
    attr, struct_attr,
    locals_dict, (mp_obj_dict_t *)&struct_locals_dict
    );

// ---------------------------------------------------------------------------

static const mp_rom_map_elem_t mp_module_struct_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_struct) },
    { MP_ROM_QSTR(MP_QSTR_Struct), MP_ROM_PTR(&mp_type_struct_Struct) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_struct_error) },
    { MP_ROM_QSTR(MP_QSTR_calcsize), MP_ROM_PTR(&struct_calcsize_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&struct_pack_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&struct_pack_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&struct_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&struct_unpack_from_obj) },
    { MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&struct_iter_unpack_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_struct_globals, mp_module_struct_globals_table);

const mp_obj_module_t mp_module_struct = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_struct_globals,
};

MP_REGISTER_MODULE(MP_QSTR_struct, mp_module_struct);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_ustruct, mp_module_struct);

#endif // MICROPY_PY_STRUCT
