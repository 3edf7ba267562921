// bytes(...) and bytearray(...) from their arguments, and the hex()/fromhex()
// conversions that bytes, bytearray and memoryview share. The str and bytes
// types themselves are in py/objstr.c.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/sequence.h"

byte mp_obj_str_byte_from_obj(mp_obj_t o, const char *range_msg) {
    mp_int_t v;
    if (mp_obj_is_small_int(o)) {
        v = MP_OBJ_SMALL_INT_VALUE(o);
    } else {
        mp_obj_t i = mp_seq_index_as_int_raise(o);
        v = mp_obj_is_small_int(i) ? MP_OBJ_SMALL_INT_VALUE(i) : -1;
    }
    if (v < 0 || v > 255) {
        mp_raise_ValueError(range_msg);
    }
    return (byte)v;
}

// x as a count for bytes(x)/bytearray(x), or MP_OBJ_NULL. An __index__
// failing with TypeError means "not a count": as in CPython, x is then read
// as an iterable.
static MP_COLD mp_obj_t count_or_null(mp_obj_t x) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t index = mp_seq_index_as_int(x);
        nlr_pop();
        return index;
    }
    if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_TypeError)) {
        nlr_jump(nlr.ret_val);
    }
    return MP_OBJ_NULL;
}

MP_COLD mp_obj_t mp_obj_str_bytes_from_args(
    qstr kind, vstr_t *out, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_source, ARG_encoding, ARG_errors };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_source, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_encoding, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_errors, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(kind, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t src = vals[ARG_source].u_obj;
    mp_obj_t encoding = vals[ARG_encoding].u_obj;
    mp_obj_t errors = vals[ARG_errors].u_obj;
    mp_obj_t str = src == MP_OBJ_NULL ? MP_OBJ_NULL : mp_obj_str_cast(src);
    if (encoding != MP_OBJ_NULL || errors != MP_OBJ_NULL) {
        mp_obj_str_codec_check_args(encoding, errors, qstr_str(kind));
        if (encoding == MP_OBJ_NULL && str != MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("string argument without an encoding"));
        }
        if (str == MP_OBJ_NULL) {
            mp_raise_TypeError(encoding != MP_OBJ_NULL
                                   ? MP_ERROR_TEXT("encoding without a string argument")
                                   : MP_ERROR_TEXT("errors without a string argument"));
        }
        mp_obj_str_encode(out, str, encoding, errors);
        return MP_OBJ_NULL;
    }
    if (src == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    // __bytes__ wins even for a str subclass; a plain str needs an encoding.
    // A weak proxy forwards it to its referent.
    const mp_obj_type_t *type = mp_obj_get_type(src);
    if (mp_obj_is_instance_type(type) || mp_obj_weakref_is_proxy(src)) {
        mp_obj_t dest[2];
        mp_load_special_method_maybe(src, MP_QSTR___bytes__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t b = mp_call_method_n_kw(0, 0, dest);
            mp_obj_t nb = mp_obj_bytes_cast(b);
            if (nb == MP_OBJ_NULL) {
                mp_raise_TypeError_obj_unsupported(
                    b, MP_ERROR_TEXT("__bytes__ returned non-bytes (type %s)"));
            }
            GET_STR_DATA_LEN(nb, d, l);
            vstr_add_strn(out, (const char *)d, l);
            return b;
        }
    }
    if (str != MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("string argument without an encoding"));
    }
    if (mp_obj_is_int(src) || mp_obj_is_bool(src)) {
        mp_int_t n;
        if (!mp_obj_get_int_maybe(src, &n)) {
            mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        }
        if (n < 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("negative count"));
        }
        memset(vstr_add_len(out, (size_t)n), 0, (size_t)n);
        return MP_OBJ_NULL;
    }
    const byte *data;
    size_t len;
    if (mp_obj_str_get_bytes_like(src, &data, &len)) {
        vstr_add_strn(out, (const char *)data, len);
        return mp_obj_is_exact_type(src, &mp_type_bytes) ? src : MP_OBJ_NULL;
    }
    mp_obj_t index = count_or_null(src);
    if (index != MP_OBJ_NULL) {
        return mp_obj_str_bytes_from_args(kind, out, 1, 0, &index);
    }
    bool iterable;
    if (mp_obj_is_instance_type(type)) {
        // User classes always have these slots: ask the class (not the
        // instance) for the methods behind them.
        mp_obj_t dest[2];
        mp_load_special_method_maybe(src, MP_QSTR___iter__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_load_special_method_maybe(src, MP_QSTR___getitem__, dest);
        }
        iterable = dest[0] != MP_OBJ_NULL;
    } else {
        iterable = MP_OBJ_TYPE_HAS_SLOT(type, getiter) || MP_OBJ_TYPE_HAS_SLOT(type, subscr);
    }
    if (!iterable) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("cannot convert '%s' object to %q"),
            mp_obj_get_type_str(src), kind);
    }
    const char *range_msg = kind == MP_QSTR_bytes ? MP_ERROR_TEXT("bytes must be in range(0, 256)")
                                                  : MP_ERROR_TEXT("byte must be in range(0, 256)");
    if (mp_obj_is_type(src, &mp_type_list) || mp_obj_is_type(src, &mp_type_tuple)) {
        // An item's __index__ may shrink the list: re-read its length and
        // items after each conversion.
        for (size_t i = 0;; i++) {
            size_t n;
            mp_obj_t *items;
            mp_obj_get_array(src, &n, &items);
            if (i >= n) {
                break;
            }
            byte b = mp_obj_str_byte_from_obj(items[i], range_msg);
            vstr_add_byte(out, b);
        }
        return MP_OBJ_NULL;
    }
    mp_obj_t iter = mp_getiter(src);
    if (kind == MP_QSTR_bytes) {
        // (bytes(), not bytearray(), asks for a size hint, as CPython's does.)
        mp_obj_list_length_hint(src);
    }
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        vstr_add_byte(out, mp_obj_str_byte_from_obj(item, range_msg));
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_bytes_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    vstr_t vstr;
    vstr_init(&vstr, 16);
    // bytes(b) is b itself, and bytes(x) what x.__bytes__() returned (a
    // subclass too); a subclass of bytes is built from those bytes (its
    // native part may be an exact bytes argument itself).
    mp_obj_t same = mp_obj_str_bytes_from_args(MP_QSTR_bytes, &vstr, n_args, n_kw, args);
    if (same != MP_OBJ_NULL && (type == &mp_type_bytes || same == args[0])) {
        vstr_clear(&vstr);
        return same;
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}

// hex() and fromhex()

MP_COLD mp_obj_t mp_obj_str_hex_kw(const byte *data, size_t len, size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const char digits[] = "0123456789abcdef";
    enum { ARG_sep, ARG_bytes_per_sep };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_sep, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_bytes_per_sep, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_hex, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t args[2] = { vals[ARG_sep].u_obj, vals[ARG_bytes_per_sep].u_obj };
    byte sep = 0;
    bool has_sep = false; // "\0" is a valid separator
    mp_int_t per = 1;
    if (args[1] != MP_OBJ_NULL) {
        // CPython takes a C int here, before looking at sep; the check also
        // keeps -per defined.
        per = mp_obj_get_c_int(args[1]);
    }
    if (args[0] != MP_OBJ_NULL) {
        // As CPython: the length is checked first, whatever the type.
        if (mp_obj_len(args[0]) != MP_OBJ_NEW_SMALL_INT(1)) {
            goto bad_len;
        }
        mp_obj_t str = mp_obj_str_cast(args[0]);
        bool is_str = str != MP_OBJ_NULL;
        if (!is_str) {
            // Only bytes proper: CPython refuses bytearray and other buffers here.
            str = mp_obj_bytes_cast(args[0]);
            if (str == MP_OBJ_NULL) {
                mp_raise_TypeError(MP_ERROR_TEXT("sep must be str or bytes."));
            }
        }
        GET_STR_DATA_LEN(str, s, slen);
        if (is_str && mp_obj_str_charlen(str) != slen) {
            mp_raise_ValueError(MP_ERROR_TEXT("sep must be ASCII."));
        }
        if (slen != 1) {
        bad_len:
            mp_raise_ValueError(MP_ERROR_TEXT("sep must be length 1."));
        }
        if (s[0] >= 0x80) {
            mp_raise_ValueError(MP_ERROR_TEXT("sep must be ASCII."));
        }
        sep = s[0];
        has_sep = true;
    }
    size_t group = per < 0 ? (size_t)0 - (size_t)per : (size_t)per;
    if (!has_sep || group == 0 || len == 0) {
        group = len + 1; // no separator
    }
    if (len == 0) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    vstr_t vstr;
    vstr_init(&vstr, 2 * len + (len - 1) / group + 1);
    for (size_t i = 0; i < len; i++) {
        // Groups are counted from the right for a positive bytes_per_sep.
        size_t pos = per > 0 ? len - i : i;
        if (i > 0 && pos % group == 0) {
            vstr_add_byte(&vstr, sep);
        }
        vstr_add_byte(&vstr, (byte)digits[data[i] >> 4]);
        vstr_add_byte(&vstr, (byte)digits[data[i] & 15]);
    }
    return mp_obj_str_new_from_vstr_kind(&mp_type_str, &vstr, vstr.len);
}

mp_obj_t mp_obj_str_hex(const byte *data, size_t len, size_t n_args, const mp_obj_t *args) {
    return mp_obj_str_hex_kw(data, len, n_args, args, NULL);
}

MP_COLD void mp_obj_str_fromhex(vstr_t *out, mp_obj_t str_in) {
    mp_obj_t str = mp_obj_str_cast(str_in);
    if (str == MP_OBJ_NULL) {
        mp_raise_TypeError_arg_unsupported(
            str_in, MP_ERROR_TEXT("fromhex() argument must be str, not %s"));
    }
    GET_STR_DATA_LEN(str, data, len);
    size_t i = 0;
    for (;;) {
        while (i < len && (data[i] == ' ' || (data[i] >= '\t' && data[i] <= '\r'))) {
            i++;
        }
        if (i >= len) {
            break;
        }
        if (!unichar_isxdigit(data[i])) {
            goto error;
        }
        if (i + 1 >= len || !unichar_isxdigit(data[i + 1])) {
            i++;
            goto error;
        }
        vstr_add_byte(
            out, (byte)(unichar_xdigit_value(data[i]) << 4 | unichar_xdigit_value(data[i + 1])));
        i += 2;
    }
    return;
error:
    mp_raise_ValueError_varg(
        MP_ERROR_TEXT("non-hexadecimal number found in fromhex() arg at position %d"),
        (int)(i < len ? utf8_charlen(data, i) : mp_obj_str_charlen(str)));
}
