// The binascii module: hexlify/unhexlify (with CPython's sep and
// bytes_per_sep), a2b_base64/b2a_base64, crc32 and crc_hqx, raising binascii.Error
// (a ValueError subclass) as CPython does, and the uu and quoted-printable
// codecs. Left out on purpose: the hqx codec.
#include "py/mpconfig.h"

#if MICROPY_PY_BINASCII

#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "extmod/checksum.h"

// binascii.Incomplete: raised by no function here, present for code that
// catches it.
static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_binascii_Incomplete, MP_QSTR_Incomplete, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_Exception
    );

// binascii.Error: ValueError's subclass.
static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_binascii_Error, MP_QSTR_Error, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_ValueError
    );

// The bytes of a binary argument: any buffer exporter but str (which
// exports its UTF-8 bytes here, but CPython refuses it).
static void get_data(mp_obj_t arg, const byte **data, size_t *len) {
    mp_buffer_info_t bufinfo;
    if (mp_obj_is_str(arg) || !mp_get_buffer(arg, &bufinfo, MP_BUFFER_READ)) {
        mp_raise_TypeError_obj_unsupported(
            arg, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
    }
    *data = bufinfo.buf;
    *len = bufinfo.len;
}

// The bytes of an "ASCII" argument of the a2b_* functions: a buffer or a
// str that is pure ASCII (CPython's rule).
static void get_ascii_data(mp_obj_t arg, const byte **data, size_t *len) {
    mp_obj_t str = mp_obj_str_cast(arg);
    if (str != MP_OBJ_NULL) {
        GET_STR_DATA_LEN(str, d, l);
        if (mp_obj_str_charlen(str) != l) {
            mp_raise_ValueError(
                MP_ERROR_TEXT("string argument should contain only ASCII characters"));
        }
        *data = d;
        *len = l;
        return;
    }
    if (!mp_obj_str_get_bytes_like(arg, data, len)) {
        mp_raise_TypeError_obj_unsupported(
            arg, MP_ERROR_TEXT("argument should be bytes, buffer or ASCII string, not '%s'"));
    }
}

// hexlify(data, sep=, bytes_per_sep=1)
static mp_obj_t binascii_hexlify(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_sep, ARG_bytes_per_sep };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_sep, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_bytes_per_sep, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_hexlify, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    const byte *data;
    size_t len;
    get_data(args[ARG_data].u_obj, &data, &len);
    // mp_obj_str_hex takes bytes.hex()'s positional arguments.
    mp_obj_t hex_args[2];
    size_t n_hex_args = 0;
    if (args[ARG_sep].u_obj != MP_OBJ_NULL) {
        hex_args[n_hex_args++] = args[ARG_sep].u_obj;
        if (args[ARG_bytes_per_sep].u_obj != MP_OBJ_NULL) {
            hex_args[n_hex_args++] = args[ARG_bytes_per_sep].u_obj;
        }
    }
    mp_obj_t hex = mp_obj_str_hex(data, len, n_hex_args, hex_args);
    size_t hlen;
    const char *h = mp_obj_str_get_data(hex, &hlen);
    return mp_obj_new_bytes((const byte *)h, hlen);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_hexlify_obj, 0, binascii_hexlify);

static int hex_value(byte c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// unhexlify(data)
static mp_obj_t binascii_unhexlify(mp_obj_t arg) {
    const byte *data;
    size_t len;
    get_ascii_data(arg, &data, &len);
    if (len % 2 != 0) {
        mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("Odd-length string"));
    }
    vstr_t vstr;
    vstr_init_len(&vstr, len / 2);
    for (size_t i = 0; i < len; i += 2) {
        int hi = hex_value(data[i]);
        int lo = hex_value(data[i + 1]);
        if (hi < 0 || lo < 0) {
            mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("Non-hexadecimal digit found"));
        }
        vstr.buf[i / 2] = (char)((hi << 4) | lo);
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(binascii_unhexlify_obj, binascii_unhexlify);

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(byte c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

// a2b_base64(data, *, strict_mode=False)
// Non-strict decoding as CPython's: characters outside the alphabet are
// skipped, and decoding stops at the padding that completes a group.
static mp_obj_t binascii_a2b_base64(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_strict_mode };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_strict_mode, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_a2b_base64, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    bool strict = args[ARG_strict_mode].u_bool;
    const byte *data;
    size_t len;
    get_ascii_data(args[ARG_data].u_obj, &data, &len);

    vstr_t vstr;
    vstr_init(&vstr, len / 4 * 3 + 3);
    unsigned quad_pos = 0;
    unsigned pads = 0;
    unsigned left = 0;
    bool done = false;
    for (size_t i = 0; i < len && !done; i++) {
        byte c = data[i];
        if (c == '=') {
            if (strict && quad_pos < 2) {
                if (quad_pos == 0 && vstr.len == 0) {
                    mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("Leading padding not allowed"));
                }
                // A stray '=' is let through; only data after it is an
                // error (and the end checks the group as usual).
                pads++;
                continue;
            }
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < len) {
                    mp_raise_msg(
                        &mp_type_binascii_Error, MP_ERROR_TEXT("Excess data after padding"));
                }
                done = true;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) {
                mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("Only base64 data is allowed"));
            }
            continue;
        }
        if (strict && pads > 0) {
            mp_raise_msg(
                &mp_type_binascii_Error, MP_ERROR_TEXT("Discontinuous padding not allowed"));
        }
        switch (quad_pos) {
            case 0:
                left = (unsigned)v;
                quad_pos = 1;
                break;
            case 1:
                vstr_add_byte(&vstr, (byte)((left << 2) | ((unsigned)v >> 4)));
                left = (unsigned)v & 0xf;
                quad_pos = 2;
                break;
            case 2:
                vstr_add_byte(&vstr, (byte)((left << 4) | ((unsigned)v >> 2)));
                left = (unsigned)v & 0x3;
                quad_pos = 3;
                break;
            default:
                vstr_add_byte(&vstr, (byte)((left << 6) | (unsigned)v));
                quad_pos = 0;
                break;
        }
    }
    if (!done && quad_pos != 0) {
        if (quad_pos == 1) {
            // CPython counts every alphabet character seen.
            size_t n_data = 0;
            for (size_t i = 0; i < len; i++) {
                if (b64_value(data[i]) >= 0) {
                    n_data++;
                }
            }
            mp_raise_msg_varg(&mp_type_binascii_Error,
                MP_ERROR_TEXT("Invalid base64-encoded string: number of data characters (%u) "
                              "cannot be 1 more than a multiple of 4"),
                (unsigned)n_data);
        }
        mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("Incorrect padding"));
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_a2b_base64_obj, 1, binascii_a2b_base64);

// b2a_base64(data, *, newline=True)
static mp_obj_t binascii_b2a_base64(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_newline };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_newline, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_b2a_base64, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    const byte *data;
    size_t len;
    get_data(args[ARG_data].u_obj, &data, &len);
    vstr_t vstr;
    vstr_init(&vstr, (len + 2) / 3 * 4 + 1);
    size_t i = 0;
    for (; i + 3 <= len; i += 3) {
        unsigned v = ((unsigned)data[i] << 16) | ((unsigned)data[i + 1] << 8) | data[i + 2];
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 18) & 63]);
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 12) & 63]);
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 6) & 63]);
        vstr_add_byte(&vstr, (byte)b64_alphabet[v & 63]);
    }
    if (len - i == 1) {
        unsigned v = (unsigned)data[i] << 16;
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 18) & 63]);
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 12) & 63]);
        vstr_add_str(&vstr, "==");
    } else if (len - i == 2) {
        unsigned v = ((unsigned)data[i] << 16) | ((unsigned)data[i + 1] << 8);
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 18) & 63]);
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 12) & 63]);
        vstr_add_byte(&vstr, (byte)b64_alphabet[(v >> 6) & 63]);
        vstr_add_byte(&vstr, '=');
    }
    if (args[ARG_newline].u_bool) {
        vstr_add_byte(&vstr, '\n');
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_b2a_base64_obj, 1, binascii_b2a_base64);

// uuencode: a line is a length character then 4 characters per 3 bytes,
// each character 32 plus a 6-bit value (value 0 may be written as '`').
#define UU_MAX_LINE 45

static byte uu_char(unsigned v, bool backtick) {
    return v == 0 && backtick ? '`' : (byte)(' ' + v);
}

// b2a_uu(data, *, backtick=False)
static mp_obj_t binascii_b2a_uu(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_backtick };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_backtick, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_b2a_uu, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    const byte *data;
    size_t len;
    get_data(args[ARG_data].u_obj, &data, &len);
    bool backtick = args[ARG_backtick].u_bool;
    if (len > UU_MAX_LINE) {
        mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("At most 45 bytes at once"));
    }
    vstr_t vstr;
    vstr_init(&vstr, 2 + (len + 2) / 3 * 4);
    vstr_add_byte(&vstr, uu_char((unsigned)len, backtick));
    for (size_t i = 0; i < len; i += 3) {
        unsigned v = (unsigned)data[i] << 16;
        if (i + 1 < len) {
            v |= (unsigned)data[i + 1] << 8;
        }
        if (i + 2 < len) {
            v |= data[i + 2];
        }
        for (int shift = 18; shift >= 0; shift -= 6) {
            vstr_add_byte(&vstr, uu_char((v >> shift) & 63, backtick));
        }
    }
    vstr_add_byte(&vstr, '\n');
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_b2a_uu_obj, 1, binascii_b2a_uu);

// a2b_uu(data): one line. Missing characters at the end (a line whose
// trailing blanks were stripped) count as zero bits.
static mp_obj_t binascii_a2b_uu(mp_obj_t data_in) {
    const byte *data;
    size_t len;
    get_ascii_data(data_in, &data, &len);
    const byte *end = data + len;
    // An empty line reads as the character NUL, as CPython does.
    size_t out_len = ((len > 0 ? *data++ : 0) - ' ') & 63;
    vstr_t vstr;
    vstr_init(&vstr, out_len);
    unsigned bits = 0;
    int n_bits = 0;
    while (vstr.len < out_len) {
        unsigned v = 0;
        if (data < end && *data != '\n' && *data != '\r') {
            byte c = *data++;
            if (c < ' ' || c > ' ' + 64) {
                mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("Illegal char"));
            }
            v = (c - ' ') & 63;
        }
        bits = (bits << 6) | v;
        n_bits += 6;
        if (n_bits >= 8) {
            n_bits -= 8;
            vstr_add_byte(&vstr, (byte)(bits >> n_bits));
            bits &= (1u << n_bits) - 1;
        }
    }
    // What is left may only be padding and the line end.
    for (; data < end; data++) {
        if (*data != ' ' && *data != ' ' + 64 && *data != '\n' && *data != '\r') {
            mp_raise_msg(&mp_type_binascii_Error, MP_ERROR_TEXT("Trailing garbage"));
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(binascii_a2b_uu_obj, binascii_a2b_uu);

// Quoted-printable (RFC 1521; RFC 1522 headers with header=True).
#define QP_MAX_LINE 76

// a2b_qp(data, header=False)
static mp_obj_t binascii_a2b_qp(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_header };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_header, MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_a2b_qp, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    const byte *data;
    size_t len;
    get_ascii_data(args[ARG_data].u_obj, &data, &len);
    bool header = args[ARG_header].u_bool;
    vstr_t vstr;
    vstr_init(&vstr, len);
    size_t i = 0;
    while (i < len) {
        byte c = data[i++];
        if (c != '=') {
            vstr_add_byte(&vstr, header && c == '_' ? ' ' : c);
            continue;
        }
        if (i == len) {
            break; // a soft line break ending the data
        }
        if (data[i] == '\n' || data[i] == '\r') {
            // Soft line break: drop everything up to and including the '\n'.
            while (i < len && data[i] != '\n') {
                i++;
            }
            if (i < len) {
                i++;
            }
        } else if (data[i] == '=') {
            // "==" (from broken encoders) stands for one '='.
            vstr_add_byte(&vstr, '=');
            i++;
        } else if (i + 1 < len && hex_value(data[i]) >= 0 && hex_value(data[i + 1]) >= 0) {
            vstr_add_byte(&vstr, (byte)(hex_value(data[i]) * 16 + hex_value(data[i + 1])));
            i += 2;
        } else {
            vstr_add_byte(&vstr, '='); // not an escape: kept as written
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_a2b_qp_obj, 0, binascii_a2b_qp);

static void qp_add_escape(vstr_t *out, byte c) {
    static const char hex_upper[] = "0123456789ABCDEF";
    vstr_add_byte(out, '=');
    vstr_add_byte(out, (byte)hex_upper[c >> 4]);
    vstr_add_byte(out, (byte)hex_upper[c & 15]);
}

// b2a_qp(data, quotetabs=False, istext=True, header=False)
static mp_obj_t binascii_b2a_qp(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_data, ARG_quotetabs, ARG_istext, ARG_header };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_quotetabs, MP_ARG_BOOL, { .u_bool = false } },
        { MP_QSTR_istext, MP_ARG_BOOL, { .u_bool = true } },
        { MP_QSTR_header, MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_b2a_qp, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    const byte *data;
    size_t len;
    get_data(args[ARG_data].u_obj, &data, &len);
    bool quotetabs = args[ARG_quotetabs].u_bool;
    bool istext = args[ARG_istext].u_bool;
    bool header = args[ARG_header].u_bool;
    // Text keeps the line ending its first line uses.
    const byte *nl = memchr(data, '\n', len);
    bool crlf = nl != NULL && nl > data && nl[-1] == '\r';
    const char *eol = crlf ? "\r\n" : "\n";
    vstr_t vstr;
    vstr_init(&vstr, len + len / 8 + 4);
    size_t line_len = 0;
    size_t i = 0;
    while (i < len) {
        byte c = data[i];
        bool last = i + 1 == len;
        bool lone_dot = c == '.' && line_len == 0 &&
                        (last || data[i + 1] == '\n' || data[i + 1] == '\r' || data[i + 1] == 0);
        bool blank = c == ' ' || c == '\t';
        bool quote = c > 126 || c == '=' || (header && c == '_') || lone_dot ||
                     (!istext && (c == '\r' || c == '\n')) || (blank && last) ||
                     (c < 33 && c != '\r' && c != '\n' && (quotetabs || !blank));
        if (quote) {
            if (line_len + 3 >= QP_MAX_LINE) {
                vstr_add_byte(&vstr, '=');
                vstr_add_str(&vstr, eol);
                line_len = 0;
            }
            qp_add_escape(&vstr, c);
            line_len += 3;
            i++;
        } else if (istext && (c == '\n' || (!last && c == '\r' && data[i + 1] == '\n'))) {
            // A blank before a line end would be lost in transit: escape it.
            if (vstr.len > 0 && (vstr.buf[vstr.len - 1] == ' ' || vstr.buf[vstr.len - 1] == '\t')) {
                byte b = (byte)vstr.buf[vstr.len - 1];
                vstr.len--;
                qp_add_escape(&vstr, b);
            }
            vstr_add_str(&vstr, eol);
            line_len = 0;
            i += c == '\r' ? 2 : 1;
        } else {
            if (!last && data[i + 1] != '\n' && line_len + 1 >= QP_MAX_LINE) {
                vstr_add_byte(&vstr, '=');
                vstr_add_str(&vstr, eol);
                line_len = 0;
            }
            vstr_add_byte(&vstr, header && c == ' ' ? '_' : c);
            line_len++;
            i++;
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_b2a_qp_obj, 0, binascii_b2a_qp);

// crc32(data[, value])
static mp_obj_t binascii_crc32(size_t n_args, const mp_obj_t *args) {
    const byte *data;
    size_t len;
    get_data(args[0], &data, &len);
    uint32_t crc = 0;
    if (n_args > 1) {
        // Any int: only its low 32 bits matter, as in CPython.
        if (!mp_obj_is_int(args[1]) && !mp_obj_is_bool(args[1])) {
            mp_raise_TypeError_obj_unsupported(
                args[1], MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"));
        }
        crc = (uint32_t)mp_obj_int_get_truncated(args[1]);
    }
    return mp_obj_new_int_from_uint(mp_crc32(crc, data, len));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(binascii_crc32_obj, 1, 2, binascii_crc32);

// crc_hqx(data, value): CRC-CCITT (polynomial x^16 + x^12 + x^5 + 1, most
// significant bit first), as XMODEM and binhex use it.
static mp_obj_t binascii_crc_hqx(mp_obj_t data_in, mp_obj_t value_in) {
    const byte *data;
    size_t len;
    get_data(data_in, &data, &len);
    uint32_t crc = (uint32_t)mp_obj_get_int_truncated(value_in) & 0xffff;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint32_t)data[i] << 8;
        for (int bit = 0; bit < 8; bit++) {
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
        }
        crc &= 0xffff;
    }
    return MP_OBJ_NEW_SMALL_INT(crc);
}
static MP_DEFINE_CONST_FUN_OBJ_2(binascii_crc_hqx_obj, binascii_crc_hqx);

static const mp_rom_map_elem_t mp_module_binascii_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_binascii) },
    { MP_ROM_QSTR(MP_QSTR_Error), MP_ROM_PTR(&mp_type_binascii_Error) },
    { MP_ROM_QSTR(MP_QSTR_Incomplete), MP_ROM_PTR(&mp_type_binascii_Incomplete) },
    { MP_ROM_QSTR(MP_QSTR_a2b_qp), MP_ROM_PTR(&binascii_a2b_qp_obj) },
    { MP_ROM_QSTR(MP_QSTR_b2a_qp), MP_ROM_PTR(&binascii_b2a_qp_obj) },
    { MP_ROM_QSTR(MP_QSTR_a2b_uu), MP_ROM_PTR(&binascii_a2b_uu_obj) },
    { MP_ROM_QSTR(MP_QSTR_b2a_uu), MP_ROM_PTR(&binascii_b2a_uu_obj) },
    { MP_ROM_QSTR(MP_QSTR_hexlify), MP_ROM_PTR(&binascii_hexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_b2a_hex), MP_ROM_PTR(&binascii_hexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_unhexlify), MP_ROM_PTR(&binascii_unhexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_a2b_hex), MP_ROM_PTR(&binascii_unhexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_a2b_base64), MP_ROM_PTR(&binascii_a2b_base64_obj) },
    { MP_ROM_QSTR(MP_QSTR_b2a_base64), MP_ROM_PTR(&binascii_b2a_base64_obj) },
    { MP_ROM_QSTR(MP_QSTR_crc32), MP_ROM_PTR(&binascii_crc32_obj) },
    { MP_ROM_QSTR(MP_QSTR_crc_hqx), MP_ROM_PTR(&binascii_crc_hqx_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_binascii_globals, mp_module_binascii_globals_table);

const mp_obj_module_t mp_module_binascii = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_binascii_globals,
};

MP_REGISTER_MODULE(MP_QSTR_binascii, mp_module_binascii);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_ubinascii, mp_module_binascii);

#endif // MICROPY_PY_BINASCII
