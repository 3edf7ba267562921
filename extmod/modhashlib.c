// The hashlib module: sha256, sha224, sha1 and md5 hash objects, each
// with update(), digest(), hexdigest(), copy() and the name, digest_size
// and block_size attributes, plus new(name[, data]).
//
// As in CPython (and unlike some MicroPython ports), digest() does not
// finalise the object: it pads a copy of the state, so update() may go on
// and digest() may be called any number of times.
//
// The constructors are types, as in MicroPython (CPython's are functions
// returning _hashlib.HASH objects); calling them works the same way.
// The block functions are in extmod/hash_*.c; this file does the buffering
// and the padding, which the four algorithms share: 64-byte blocks, a 0x80
// byte, zeros, then the message length in bits as 64 bits (big-endian for
// SHA, little-endian for MD5).
#include "py/mpconfig.h"

#if MICROPY_PY_HASHLIB

#include <string.h>

#include "py/runtime.h"
#include "extmod/hash_algos.h"

typedef struct _hashlib_algo_t {
    const mp_obj_type_t *type;
    qstr name;
    uint8_t digest_size;
    uint8_t state_words;
    bool big_endian;
    const uint32_t *initial;
    void (*compress)(uint32_t *state, const uint8_t *blocks, size_t n_blocks);
} hashlib_algo_t;

typedef struct _mp_obj_hash_t {
    mp_obj_base_t base;
    const hashlib_algo_t *algo;
    uint64_t total; // bytes hashed so far; total % 64 of them wait in buf
    uint32_t state[8];
    uint8_t buf[HASH_BLOCK_SIZE];
} mp_obj_hash_t;

extern const mp_obj_type_t hashlib_type_sha256;
extern const mp_obj_type_t hashlib_type_sha224;
extern const mp_obj_type_t hashlib_type_sha1;
extern const mp_obj_type_t hashlib_type_md5;

static const hashlib_algo_t hashlib_algos[] = {
    { &hashlib_type_sha256, MP_QSTR_sha256, 32, 8, true, hash_sha256_initial, hash_sha256_compress },
    { &hashlib_type_sha224, MP_QSTR_sha224, 28, 8, true, hash_sha224_initial, hash_sha256_compress },
    { &hashlib_type_sha1, MP_QSTR_sha1, 20, 5, true, hash_sha1_initial, hash_sha1_compress },
    { &hashlib_type_md5, MP_QSTR_md5, 16, 4, false, hash_md5_initial, hash_md5_compress },
};

static mp_obj_hash_t *hashlib_get(mp_obj_t self_in) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
        if (hashlib_algos[i].type == t) {
            return MP_OBJ_TO_PTR(self_in);
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected a hash object, not '%s'"),
        mp_obj_get_type_str(self_in));
}

static void hashlib_feed(mp_obj_hash_t *h, const uint8_t *data, size_t len) {
    size_t used = (size_t)(h->total % HASH_BLOCK_SIZE);
    h->total += len;
    if (used > 0) {
        size_t take = HASH_BLOCK_SIZE - used;
        if (take > len) {
            take = len;
        }
        memcpy(h->buf + used, data, take);
        data += take;
        len -= take;
        if (used + take < HASH_BLOCK_SIZE) {
            return;
        }
        h->algo->compress(h->state, h->buf, 1);
    }
    // Whole blocks straight from the caller's buffer: no copy.
    size_t n_blocks = len / HASH_BLOCK_SIZE;
    if (n_blocks > 0) {
        h->algo->compress(h->state, data, n_blocks);
        data += n_blocks * HASH_BLOCK_SIZE;
        len -= n_blocks * HASH_BLOCK_SIZE;
    }
    memcpy(h->buf, data, len);
}

// The bytes of a data argument, with CPython's errors.
static void hashlib_get_data(mp_obj_t data, mp_buffer_info_t *bufinfo) {
    if (mp_obj_is_str(data)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Strings must be encoded before hashing"));
    }
    if (!mp_get_buffer(data, bufinfo, MP_BUFFER_READ)) {
        mp_raise_TypeError(MP_ERROR_TEXT("object supporting the buffer API required"));
    }
}

static mp_obj_t hashlib_new_from_algo(const hashlib_algo_t *algo, mp_obj_t data) {
    mp_obj_hash_t *h = m_new_obj(mp_obj_hash_t);
    memset(h, 0, sizeof(*h));
    h->base.type = algo->type;
    h->algo = algo;
    memcpy(h->state, algo->initial, algo->state_words * sizeof(uint32_t));
    if (data != MP_OBJ_NULL) {
        mp_buffer_info_t bufinfo;
        hashlib_get_data(data, &bufinfo);
        hashlib_feed(h, bufinfo.buf, bufinfo.len);
    }
    return MP_OBJ_FROM_PTR(h);
}

// sha256(data=b'', *, string=, usedforsecurity=True): CPython 3.11 names
// the argument `string`, later versions `data`; both are taken.
static mp_obj_t hashlib_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_data, ARG_string, ARG_usedforsecurity };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_data, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_string, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_usedforsecurity, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    mp_obj_t data = vals[ARG_data].u_obj;
    if (vals[ARG_string].u_obj != MP_OBJ_NULL) {
        if (data != MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("'data' and 'string' are mutually exclusive"));
        }
        data = vals[ARG_string].u_obj;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
        if (hashlib_algos[i].type == type) {
            return hashlib_new_from_algo(&hashlib_algos[i], data);
        }
    }
    mp_raise_TypeError(MP_ERROR_TEXT("unknown hash type"));
}

// update(data)
static mp_obj_t hashlib_update(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_hash_t *h = hashlib_get(self_in);
    mp_buffer_info_t bufinfo;
    hashlib_get_data(data, &bufinfo);
    hashlib_feed(h, bufinfo.buf, bufinfo.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(hashlib_update_obj, hashlib_update);

// The digest of what was fed so far, into out (digest_size bytes); h is
// left as it was.
static void hashlib_finish(const mp_obj_hash_t *h, uint8_t *out) {
    const hashlib_algo_t *algo = h->algo;
    uint32_t state[8];
    memcpy(state, h->state, sizeof(state));
    uint8_t tail[2 * HASH_BLOCK_SIZE];
    size_t used = (size_t)(h->total % HASH_BLOCK_SIZE);
    memcpy(tail, h->buf, used);
    tail[used] = 0x80;
    // Room for the 0x80 byte and the 8-byte length: one block or two.
    size_t tail_len = used + 1 + 8 <= HASH_BLOCK_SIZE ? HASH_BLOCK_SIZE : 2 * HASH_BLOCK_SIZE;
    memset(tail + used + 1, 0, tail_len - used - 1);
    uint64_t bits = h->total * 8;
    for (int i = 0; i < 8; i++) {
        uint8_t byte = (uint8_t)(bits >> (8 * i));
        if (algo->big_endian) {
            tail[tail_len - 1 - i] = byte;
        } else {
            tail[tail_len - 8 + i] = byte;
        }
    }
    algo->compress(state, tail, tail_len / HASH_BLOCK_SIZE);
    for (size_t i = 0; i < algo->digest_size; i++) {
        uint32_t word = state[i / 4];
        unsigned shift = algo->big_endian ? 24 - 8 * (i % 4) : 8 * (i % 4);
        out[i] = (uint8_t)(word >> shift);
    }
}

// digest()
static mp_obj_t hashlib_digest(mp_obj_t self_in) {
    mp_obj_hash_t *h = hashlib_get(self_in);
    uint8_t out[32];
    hashlib_finish(h, out);
    return mp_obj_new_bytes(out, h->algo->digest_size);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_digest_obj, hashlib_digest);

// hexdigest()
static mp_obj_t hashlib_hexdigest(mp_obj_t self_in) {
    static const char hex_digits[] = "0123456789abcdef";
    mp_obj_hash_t *h = hashlib_get(self_in);
    uint8_t out[32];
    hashlib_finish(h, out);
    char text[64];
    size_t n = h->algo->digest_size;
    for (size_t i = 0; i < n; i++) {
        text[2 * i] = hex_digits[out[i] >> 4];
        text[2 * i + 1] = hex_digits[out[i] & 15];
    }
    return mp_obj_new_str(text, 2 * n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_hexdigest_obj, hashlib_hexdigest);

// copy()
static mp_obj_t hashlib_copy(mp_obj_t self_in) {
    mp_obj_hash_t *h = hashlib_get(self_in);
    mp_obj_hash_t *c = m_new_obj(mp_obj_hash_t);
    memcpy(c, h, sizeof(*c));
    return MP_OBJ_FROM_PTR(c);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_copy_obj, hashlib_copy);

static void hashlib_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // store/delete: read-only attributes, fall through to the error
    }
    mp_obj_hash_t *h = hashlib_get(self_in);
    if (attr == MP_QSTR_name) {
        dest[0] = MP_OBJ_NEW_QSTR(h->algo->name);
    } else if (attr == MP_QSTR_digest_size) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(h->algo->digest_size);
    } else if (attr == MP_QSTR_block_size) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(HASH_BLOCK_SIZE);
    }
}

static void hashlib_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_hash_t *h = hashlib_get(self_in);
    mp_printf(print, "<%q HASH object @ %p>", h->algo->name, h);
}

static const mp_rom_map_elem_t hashlib_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&hashlib_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&hashlib_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR_hexdigest), MP_ROM_PTR(&hashlib_hexdigest_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&hashlib_copy_obj) },
};
static MP_DEFINE_CONST_DICT(hashlib_locals_dict, hashlib_locals_dict_table);

#define HASHLIB_TYPE(c_name, py_name) \
    const mp_obj_type_t c_name = { \
        { &mp_type_type }, \
        .name = py_name, \
        .print = hashlib_print, \
        .make_new = hashlib_make_new, \
        .attr = hashlib_attr, \
        .locals_dict = (mp_obj_dict_t *)&hashlib_locals_dict, \
    }

HASHLIB_TYPE(hashlib_type_sha256, MP_QSTR_sha256);
HASHLIB_TYPE(hashlib_type_sha224, MP_QSTR_sha224);
HASHLIB_TYPE(hashlib_type_sha1, MP_QSTR_sha1);
HASHLIB_TYPE(hashlib_type_md5, MP_QSTR_md5);

// new(name, data=b'', **kwargs): by name, in any letter case (as OpenSSL
// matches them).
static mp_obj_t hashlib_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    size_t len;
    const char *name = mp_obj_str_get_data(args[0], &len);
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError(MP_ERROR_TEXT("new() argument 'name' must be str"));
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
        size_t alen;
        const char *aname = (const char *)qstr_data(hashlib_algos[i].name, &alen);
        bool same = alen == len;
        for (size_t j = 0; same && j < len; j++) {
            char c = name[j];
            if (c >= 'A' && c <= 'Z') {
                c = (char)(c + 'a' - 'A');
            }
            same = c == aname[j];
        }
        if (same) {
            // Pass the rest on to the constructor, keywords included.
            size_t n_kw = kw_args == NULL ? 0 : kw_args->used;
            mp_obj_t *call_args = m_new(mp_obj_t, n_args - 1 + 2 * n_kw);
            for (size_t k = 1; k < n_args; k++) {
                call_args[k - 1] = args[k];
            }
            size_t pos = n_args - 1;
            for (size_t k = 0; kw_args != NULL && k < kw_args->alloc; k++) {
                if (mp_map_slot_is_filled(kw_args, k)) {
                    call_args[pos++] = kw_args->table[k].key;
                    call_args[pos++] = kw_args->table[k].value;
                }
            }
            return hashlib_make_new(hashlib_algos[i].type, n_args - 1, n_kw, call_args);
        }
    }
    mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("unsupported hash type %s"), name);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_new_obj, 1, hashlib_new);

static const mp_rom_map_elem_t mp_module_hashlib_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_hashlib) },
    { MP_ROM_QSTR(MP_QSTR_sha256), MP_ROM_PTR(&hashlib_type_sha256) },
    { MP_ROM_QSTR(MP_QSTR_sha224), MP_ROM_PTR(&hashlib_type_sha224) },
    { MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_PTR(&hashlib_type_sha1) },
    { MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_PTR(&hashlib_type_md5) },
    { MP_ROM_QSTR(MP_QSTR_new), MP_ROM_PTR(&hashlib_new_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_hashlib_globals, mp_module_hashlib_globals_table);

const mp_obj_module_t mp_module_hashlib = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_hashlib_globals,
};

MP_REGISTER_MODULE(MP_QSTR_hashlib, mp_module_hashlib);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uhashlib, mp_module_hashlib);

#endif // MICROPY_PY_HASHLIB
