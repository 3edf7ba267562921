// The hashlib module: sha512, sha384, sha256, sha224, sha1, md5, sha3_* and
// shake_* hash objects, each
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
// and the padding, which the algorithms share: a 0x80 byte, zeros, then the
// message length in bits filling the last eighth of a block (64-byte blocks
// and 8 length bytes, or SHA-512's 128 and 16; big-endian for SHA,
// little-endian for MD5).
#include "py/mpconfig.h"

#if MICROPY_PY_HASHLIB

#include <string.h>

#include "py/runtime.h"
#include "extmod/hash_algos.h"

extern const mp_obj_module_t mp_module_hashlib;

typedef struct _hashlib_algo_t {
    const mp_obj_type_t *type;
    qstr name;
    uint8_t digest_size;
    uint8_t block_size;
    uint8_t state_words;
    bool big_endian;
    const uint32_t *initial;
    void (*compress)(uint32_t *state, const uint8_t *blocks, size_t n_blocks);
} hashlib_algo_t;

typedef struct _mp_obj_hash_t {
    mp_obj_base_t base;
    const hashlib_algo_t *algo;
    uint64_t total; // bytes hashed so far; total % block_size of them wait in buf
    uint32_t state[16];
    uint8_t buf[HASH_MAX_BLOCK_SIZE];
} mp_obj_hash_t;

extern const mp_obj_type_t hashlib_type_sha512;
extern const mp_obj_type_t hashlib_type_sha384;
extern const mp_obj_type_t hashlib_type_sha256;
extern const mp_obj_type_t hashlib_type_sha224;
extern const mp_obj_type_t hashlib_type_sha1;
extern const mp_obj_type_t hashlib_type_md5;

static const hashlib_algo_t hashlib_algos[] = {
    { &hashlib_type_sha512, MP_QSTR_sha512, 64, 128, 16, true, hash_sha512_initial, hash_sha512_compress },
    { &hashlib_type_sha384, MP_QSTR_sha384, 48, 128, 16, true, hash_sha384_initial, hash_sha512_compress },
    { &hashlib_type_sha256, MP_QSTR_sha256, 32, 64, 8, true, hash_sha256_initial, hash_sha256_compress },
    { &hashlib_type_sha224, MP_QSTR_sha224, 28, 64, 8, true, hash_sha224_initial, hash_sha256_compress },
    { &hashlib_type_sha1, MP_QSTR_sha1, 20, 64, 5, true, hash_sha1_initial, hash_sha1_compress },
    { &hashlib_type_md5, MP_QSTR_md5, 16, 64, 4, false, hash_md5_initial, hash_md5_compress },
};

static mp_obj_hash_t *hashlib_get(mp_obj_t self_in) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
        if (hashlib_algos[i].type == t) {
            return MP_OBJ_TO_PTR(self_in);
        }
    }
    mp_raise_TypeError_obj_unsupported(self_in, MP_ERROR_TEXT("expected a hash object, not '%s'"));
}

static void hashlib_feed(mp_obj_hash_t *h, const uint8_t *data, size_t len) {
    size_t bs = h->algo->block_size;
    size_t used = (size_t)(h->total % bs);
    h->total += len;
    if (used > 0) {
        size_t take = bs - used;
        if (take > len) {
            take = len;
        }
        memcpy(h->buf + used, data, take);
        data += take;
        len -= take;
        if (used + take < bs) {
            return;
        }
        h->algo->compress(h->state, h->buf, 1);
    }
    // Whole blocks straight from the caller's buffer: no copy.
    size_t n_blocks = len / bs;
    if (n_blocks > 0) {
        h->algo->compress(h->state, data, n_blocks);
        data += n_blocks * bs;
        len -= n_blocks * bs;
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

// The data argument of a constructor: sha256(data=b'', *, string=,
// usedforsecurity=True). CPython 3.11 names it `string`, later versions
// `data`; both are taken. MP_OBJ_NULL when absent.
static mp_obj_t hashlib_parse_data_args(size_t n_args, size_t n_kw, const mp_obj_t *args) {
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
    return data;
}

static mp_obj_t hashlib_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t data = hashlib_parse_data_args(n_args, n_kw, args);
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
    size_t bs = algo->block_size;
    uint32_t state[16];
    memcpy(state, h->state, sizeof(state));
    uint8_t tail[2 * HASH_MAX_BLOCK_SIZE];
    size_t used = (size_t)(h->total % bs);
    memcpy(tail, h->buf, used);
    tail[used] = 0x80;
    // Room for the 0x80 byte and the length field (bs / 8 bytes, of which
    // the low 8 carry the count): one block or two.
    size_t tail_len = used + 1 + bs / 8 <= bs ? bs : 2 * bs;
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
    algo->compress(state, tail, tail_len / bs);
    for (size_t i = 0; i < algo->digest_size; i++) {
        uint32_t word = state[i / 4];
        unsigned shift = algo->big_endian ? 24 - 8 * (i % 4) : 8 * (i % 4);
        out[i] = (uint8_t)(word >> shift);
    }
}

// digest()
static mp_obj_t hashlib_digest(mp_obj_t self_in) {
    mp_obj_hash_t *h = hashlib_get(self_in);
    uint8_t out[64];
    hashlib_finish(h, out);
    return mp_obj_new_bytes(out, h->algo->digest_size);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_digest_obj, hashlib_digest);

// hexdigest()
static mp_obj_t hashlib_hexdigest(mp_obj_t self_in) {
    static const char hex_digits[] = "0123456789abcdef";
    mp_obj_hash_t *h = hashlib_get(self_in);
    uint8_t out[64];
    hashlib_finish(h, out);
    char text[128];
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
        dest[0] = MP_OBJ_NEW_SMALL_INT(h->algo->block_size);
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
    MP_DEFINE_CONST_OBJ_TYPE( \
        c_name, py_name, MP_TYPE_FLAG_NONE, \
        print, hashlib_print, \
        make_new, hashlib_make_new, \
        attr, hashlib_attr, \
        locals_dict, (mp_obj_dict_t *)&hashlib_locals_dict \
        )

HASHLIB_TYPE(hashlib_type_sha512, MP_QSTR_sha512);
HASHLIB_TYPE(hashlib_type_sha384, MP_QSTR_sha384);
HASHLIB_TYPE(hashlib_type_sha256, MP_QSTR_sha256);
HASHLIB_TYPE(hashlib_type_sha224, MP_QSTR_sha224);
HASHLIB_TYPE(hashlib_type_sha1, MP_QSTR_sha1);
HASHLIB_TYPE(hashlib_type_md5, MP_QSTR_md5);

// ---------------------------------------------------------------------------
// SHA-3 and SHAKE (FIPS 202): a sponge over the Keccak-f[1600] permutation
// (extmod/hash_sha3.c). `rate` bytes of each block are XORed into the
// lanes (little-endian) before each permutation; the end is marked with the
// domain suffix and a final 0x80 bit; output is squeezed out the same way.

typedef struct _hashlib_sponge_algo_t {
    const mp_obj_type_t *type;
    qstr name;
    uint8_t rate; // bytes per block (the block_size attribute)
    uint8_t digest_size; // 0: SHAKE, whose digest() takes a length
    uint8_t suffix; // domain bits: 0x06 for SHA-3, 0x1f for SHAKE
} hashlib_sponge_algo_t;

typedef struct _mp_obj_sponge_t {
    mp_obj_base_t base;
    const hashlib_sponge_algo_t *algo;
    uint64_t lanes[25];
    size_t pos; // bytes of the current block absorbed
} mp_obj_sponge_t;

extern const mp_obj_type_t hashlib_type_sha3_224;
extern const mp_obj_type_t hashlib_type_sha3_256;
extern const mp_obj_type_t hashlib_type_sha3_384;
extern const mp_obj_type_t hashlib_type_sha3_512;
extern const mp_obj_type_t hashlib_type_shake_128;
extern const mp_obj_type_t hashlib_type_shake_256;

static const hashlib_sponge_algo_t hashlib_sponge_algos[] = {
    { &hashlib_type_sha3_224, MP_QSTR_sha3_224, 144, 28, 0x06 },
    { &hashlib_type_sha3_256, MP_QSTR_sha3_256, 136, 32, 0x06 },
    { &hashlib_type_sha3_384, MP_QSTR_sha3_384, 104, 48, 0x06 },
    { &hashlib_type_sha3_512, MP_QSTR_sha3_512, 72, 64, 0x06 },
    { &hashlib_type_shake_128, MP_QSTR_shake_128, 168, 0, 0x1f },
    { &hashlib_type_shake_256, MP_QSTR_shake_256, 136, 0, 0x1f },
};

static mp_obj_sponge_t *hashlib_sponge_get(mp_obj_t self_in) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_sponge_algos); i++) {
        if (hashlib_sponge_algos[i].type == t) {
            return MP_OBJ_TO_PTR(self_in);
        }
    }
    mp_raise_TypeError_obj_unsupported(self_in, MP_ERROR_TEXT("expected a hash object, not '%s'"));
}

static void hashlib_sponge_xor_byte(mp_obj_sponge_t *h, size_t i, uint8_t b) {
    h->lanes[i / 8] ^= (uint64_t)b << (8 * (i % 8));
}

static void hashlib_sponge_feed(mp_obj_sponge_t *h, const uint8_t *data, size_t len) {
    size_t rate = h->algo->rate;
    for (size_t i = 0; i < len; i++) {
        hashlib_sponge_xor_byte(h, h->pos, data[i]);
        if (++h->pos == rate) {
            hash_keccak_f1600(h->lanes);
            h->pos = 0;
        }
    }
}

// n output bytes of what was fed so far; h itself is left as it was.
static mp_obj_t hashlib_sponge_output(const mp_obj_sponge_t *h, size_t n) {
    mp_obj_sponge_t s = *h;
    hashlib_sponge_xor_byte(&s, s.pos, s.algo->suffix);
    hashlib_sponge_xor_byte(&s, s.algo->rate - 1, 0x80);
    hash_keccak_f1600(s.lanes);
    vstr_t out;
    vstr_init_len(&out, n);
    for (size_t i = 0, k = 0; i < n; i++, k++) {
        if (k == s.algo->rate) {
            hash_keccak_f1600(s.lanes);
            k = 0;
        }
        out.buf[i] = (char)(s.lanes[k / 8] >> (8 * (k % 8)));
    }
    return mp_obj_new_bytes_from_vstr(&out);
}

static mp_obj_t hashlib_sponge_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t data = hashlib_parse_data_args(n_args, n_kw, args);
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_sponge_algos); i++) {
        if (hashlib_sponge_algos[i].type == type) {
            mp_obj_sponge_t *h = m_new_obj(mp_obj_sponge_t);
            memset(h, 0, sizeof(*h));
            h->base.type = type;
            h->algo = &hashlib_sponge_algos[i];
            if (data != MP_OBJ_NULL) {
                mp_buffer_info_t bufinfo;
                hashlib_get_data(data, &bufinfo);
                hashlib_sponge_feed(h, bufinfo.buf, bufinfo.len);
            }
            return MP_OBJ_FROM_PTR(h);
        }
    }
    mp_raise_TypeError(MP_ERROR_TEXT("unknown hash type"));
}

static mp_obj_t hashlib_sponge_update(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_sponge_t *h = hashlib_sponge_get(self_in);
    mp_buffer_info_t bufinfo;
    hashlib_get_data(data, &bufinfo);
    hashlib_sponge_feed(h, bufinfo.buf, bufinfo.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(hashlib_sponge_update_obj, hashlib_sponge_update);

// digest() for SHA-3, digest(length) for SHAKE.
static mp_obj_t hashlib_sponge_digest_bytes(size_t n_args, const mp_obj_t *args) {
    mp_obj_sponge_t *h = hashlib_sponge_get(args[0]);
    size_t n = h->algo->digest_size;
    if (n == 0) {
        if (n_args < 2) {
            mp_raise_TypeError(MP_ERROR_TEXT("digest() missing required argument 'length' (pos 1)"));
        }
        mp_int_t len = mp_obj_get_int(args[1]);
        if (len < 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("negative digest length"));
        }
        n = (size_t)len;
    } else if (n_args > 1) {
        mp_raise_TypeError(MP_ERROR_TEXT("digest() takes no arguments (1 given)"));
    }
    return hashlib_sponge_output(h, n);
}

static mp_obj_t hashlib_sponge_digest(size_t n_args, const mp_obj_t *args) {
    return hashlib_sponge_digest_bytes(n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(hashlib_sponge_digest_obj, 1, 2, hashlib_sponge_digest);

static mp_obj_t hashlib_sponge_hexdigest(size_t n_args, const mp_obj_t *args) {
    mp_obj_t b = hashlib_sponge_digest_bytes(n_args, args);
    mp_obj_t dest[2];
    mp_load_method(b, MP_QSTR_hex, dest);
    return mp_call_method_n_kw(0, 0, dest);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(hashlib_sponge_hexdigest_obj, 1, 2, hashlib_sponge_hexdigest);

static mp_obj_t hashlib_sponge_copy(mp_obj_t self_in) {
    mp_obj_sponge_t *h = hashlib_sponge_get(self_in);
    mp_obj_sponge_t *c = m_new_obj(mp_obj_sponge_t);
    *c = *h;
    return MP_OBJ_FROM_PTR(c);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_sponge_copy_obj, hashlib_sponge_copy);

static void hashlib_sponge_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_sponge_t *h = hashlib_sponge_get(self_in);
    if (attr == MP_QSTR_name) {
        dest[0] = MP_OBJ_NEW_QSTR(h->algo->name);
    } else if (attr == MP_QSTR_digest_size) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(h->algo->digest_size);
    } else if (attr == MP_QSTR_block_size) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(h->algo->rate);
    }
}

static void hashlib_sponge_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_sponge_t *h = hashlib_sponge_get(self_in);
    mp_printf(print, "<%q _hashlib.HASH object @ %p>", h->algo->name, h);
}

static const mp_rom_map_elem_t hashlib_sponge_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&hashlib_sponge_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&hashlib_sponge_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR_hexdigest), MP_ROM_PTR(&hashlib_sponge_hexdigest_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&hashlib_sponge_copy_obj) },
};
static MP_DEFINE_CONST_DICT(hashlib_sponge_locals_dict, hashlib_sponge_locals_dict_table);

#define HASHLIB_SPONGE_TYPE(c_name, py_name) \
    MP_DEFINE_CONST_OBJ_TYPE( \
        c_name, py_name, MP_TYPE_FLAG_NONE, \
        print, hashlib_sponge_print, \
        make_new, hashlib_sponge_make_new, \
        attr, hashlib_sponge_attr, \
        locals_dict, (mp_obj_dict_t *)&hashlib_sponge_locals_dict \
        )

HASHLIB_SPONGE_TYPE(hashlib_type_sha3_224, MP_QSTR_sha3_224);
HASHLIB_SPONGE_TYPE(hashlib_type_sha3_256, MP_QSTR_sha3_256);
HASHLIB_SPONGE_TYPE(hashlib_type_sha3_384, MP_QSTR_sha3_384);
HASHLIB_SPONGE_TYPE(hashlib_type_sha3_512, MP_QSTR_sha3_512);
HASHLIB_SPONGE_TYPE(hashlib_type_shake_128, MP_QSTR_shake_128);
HASHLIB_SPONGE_TYPE(hashlib_type_shake_256, MP_QSTR_shake_256);

// name == the algorithm name q, in any letter case (as OpenSSL matches them).
static bool hashlib_name_is(const char *name, size_t len, qstr q) {
    size_t alen;
    const char *aname = (const char *)qstr_data(q, &alen);
    bool same = alen == len;
    for (size_t j = 0; same && j < len; j++) {
        char c = name[j];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c + 'a' - 'A');
        }
        same = c == aname[j];
    }
    return same;
}

// The (Merkle-Damgard) algorithm called name; NULL if there is none.
static const hashlib_algo_t *hashlib_find(const char *name, size_t len) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
        if (hashlib_name_is(name, len, hashlib_algos[i].name)) {
            return &hashlib_algos[i];
        }
    }
    return NULL;
}

// The constructor (type) for name, any algorithm; NULL if there is none.
static const mp_obj_type_t *hashlib_find_type(const char *name, size_t len) {
    const hashlib_algo_t *algo = hashlib_find(name, len);
    if (algo != NULL) {
        return algo->type;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_sponge_algos); i++) {
        if (hashlib_name_is(name, len, hashlib_sponge_algos[i].name)) {
            return hashlib_sponge_algos[i].type;
        }
    }
    return NULL;
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): PBKDF2
// (RFC 8018) with HMAC (RFC 2104) over the named hash.
static mp_obj_t hashlib_pbkdf2_hmac(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_hash_name, ARG_password, ARG_salt, ARG_iterations, ARG_dklen };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_hash_name, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_password, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_salt, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_iterations, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_dklen, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_pbkdf2_hmac, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    if (!mp_obj_is_str(vals[ARG_hash_name].u_obj)) {
        mp_raise_TypeError_obj_unsupported(
            vals[ARG_hash_name].u_obj, MP_ERROR_TEXT("pbkdf2_hmac() argument 'hash_name' must be str, not %s"));
    }
    size_t name_len;
    const char *name = mp_obj_str_get_data(vals[ARG_hash_name].u_obj, &name_len);
    const hashlib_algo_t *algo = hashlib_find(name, name_len);
    if (algo == NULL) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("unsupported hash type %s"), name);
    }
    mp_buffer_info_t password, salt;
    for (int i = ARG_password; i <= ARG_salt; i++) {
        if (mp_obj_is_str(vals[i].u_obj)) {
            mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
        }
    }
    hashlib_get_data(vals[ARG_password].u_obj, &password);
    hashlib_get_data(vals[ARG_salt].u_obj, &salt);
    mp_int_t iterations = mp_obj_get_int(vals[ARG_iterations].u_obj);
    if (iterations < 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("iteration value must be greater than 0."));
    }
    mp_int_t dklen = algo->digest_size;
    if (vals[ARG_dklen].u_obj != mp_const_none) {
        dklen = mp_obj_get_int(vals[ARG_dklen].u_obj);
        if (dklen < 1) {
            mp_raise_ValueError(MP_ERROR_TEXT("key length must be greater than 0."));
        }
    }
    // The HMAC key block: the password, hashed first if longer than a block.
    size_t bs = algo->block_size, ds = algo->digest_size;
    uint8_t key[HASH_MAX_BLOCK_SIZE];
    memset(key, 0, sizeof(key));
    if (password.len > bs) {
        mp_obj_hash_t *kh = MP_OBJ_TO_PTR(hashlib_new_from_algo(algo, MP_OBJ_NULL));
        hashlib_feed(kh, password.buf, password.len);
        hashlib_finish(kh, key);
    } else {
        memcpy(key, password.buf, password.len);
    }
    // The states after the inner and outer key blocks, reused for each MAC.
    mp_obj_hash_t *inner = MP_OBJ_TO_PTR(hashlib_new_from_algo(algo, MP_OBJ_NULL));
    mp_obj_hash_t *outer = MP_OBJ_TO_PTR(hashlib_new_from_algo(algo, MP_OBJ_NULL));
    uint8_t pad[HASH_MAX_BLOCK_SIZE];
    for (size_t i = 0; i < bs; i++) {
        pad[i] = key[i] ^ 0x36;
    }
    hashlib_feed(inner, pad, bs);
    for (size_t i = 0; i < bs; i++) {
        pad[i] = key[i] ^ 0x5c;
    }
    hashlib_feed(outer, pad, bs);
    mp_obj_hash_t *work = m_new_obj(mp_obj_hash_t);
    vstr_t out;
    vstr_init_len(&out, (size_t)dklen);
    uint8_t u[64], t[64];
    for (uint32_t block = 1, done = 0; done < (size_t)dklen; block++) {
        // U1 = HMAC(salt || INT(block)), then Uk = HMAC(Uk-1); T = U1 ^ U2 ^ ...
        uint8_t counter[4] = { (uint8_t)(block >> 24), (uint8_t)(block >> 16), (uint8_t)(block >> 8), (uint8_t)block };
        *work = *inner;
        hashlib_feed(work, salt.buf, salt.len);
        hashlib_feed(work, counter, 4);
        hashlib_finish(work, u);
        *work = *outer;
        hashlib_feed(work, u, ds);
        hashlib_finish(work, u);
        memcpy(t, u, ds);
        for (mp_int_t k = 1; k < iterations; k++) {
            *work = *inner;
            hashlib_feed(work, u, ds);
            hashlib_finish(work, u);
            *work = *outer;
            hashlib_feed(work, u, ds);
            hashlib_finish(work, u);
            for (size_t j = 0; j < ds; j++) {
                t[j] ^= u[j];
            }
        }
        size_t take = (size_t)dklen - done < ds ? (size_t)dklen - done : ds;
        memcpy(out.buf + done, t, take);
        done += take;
    }
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_pbkdf2_hmac_obj, 0, hashlib_pbkdf2_hmac);

// file_digest(fileobj, digest, /): hash a binary file read in pieces; digest
// is a name or a constructor.
static mp_obj_t hashlib_file_digest(mp_obj_t f, mp_obj_t digest) {
    mp_obj_t h;
    if (mp_obj_is_str(digest)) {
        size_t len;
        const char *name = mp_obj_str_get_data(digest, &len);
        const mp_obj_type_t *type = hashlib_find_type(name, len);
        if (type == NULL) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("unsupported hash type %s"), name);
        }
        h = MP_OBJ_TYPE_GET_SLOT(type, make_new)(type, 0, 0, NULL);
    } else {
        h = mp_call_function_0(digest);
    }
    mp_obj_t read = mp_load_attr(f, MP_QSTR_read);
    mp_obj_t update = mp_load_attr(h, MP_QSTR_update);
    mp_obj_t size = MP_OBJ_NEW_SMALL_INT(1 << 18);
    for (;;) {
        mp_obj_t chunk = mp_call_function_1(read, size);
        if (chunk == mp_const_none) {
            mp_raise_msg(&mp_type_BlockingIOError, MP_ERROR_TEXT("I/O operation would block."));
        }
        if (!mp_obj_is_true(chunk)) {
            return h;
        }
        mp_call_function_1(update, chunk);
    }
}
static MP_DEFINE_CONST_FUN_OBJ_2(hashlib_file_digest_obj, hashlib_file_digest);

// new(name, data=b'', **kwargs): by name, in any letter case.
static mp_obj_t hashlib_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    size_t len;
    const char *name = mp_obj_str_get_data(args[0], &len);
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError(MP_ERROR_TEXT("new() argument 'name' must be str"));
    }
    const mp_obj_type_t *type = hashlib_find_type(name, len);
    if (type != NULL) {
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
        return MP_OBJ_TYPE_GET_SLOT(type, make_new)(type, n_args - 1, n_kw, call_args);
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("unsupported hash type %s"), name);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_new_obj, 1, hashlib_new);

// Module __getattr__ (PEP 562): algorithms_guaranteed and
// algorithms_available, sets of the names new() accepts (a ROM table cannot
// hold a set; CPython's are plain sets too). Both list what is built in
// here: CPython's also name blake2b and blake2s, which we lack.
static mp_obj_t hashlib_getattr(mp_obj_t name) {
    qstr q = mp_obj_str_get_qstr(name);
    if (q == MP_QSTR_algorithms_guaranteed || q == MP_QSTR_algorithms_available) {
        mp_obj_t set = mp_obj_new_set(0, NULL);
        for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
            mp_obj_set_store(set, MP_OBJ_NEW_QSTR(hashlib_algos[i].name));
        }
        for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_sponge_algos); i++) {
            mp_obj_set_store(set, MP_OBJ_NEW_QSTR(hashlib_sponge_algos[i].name));
        }
        return set;
    }
    mp_raise_attribute_error(MP_OBJ_FROM_PTR(&mp_module_hashlib), q);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_getattr_obj, hashlib_getattr);

static const mp_rom_map_elem_t mp_module_hashlib_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_hashlib) },
    { MP_ROM_QSTR(MP_QSTR_sha512), MP_ROM_PTR(&hashlib_type_sha512) },
    { MP_ROM_QSTR(MP_QSTR_sha384), MP_ROM_PTR(&hashlib_type_sha384) },
    { MP_ROM_QSTR(MP_QSTR_sha256), MP_ROM_PTR(&hashlib_type_sha256) },
    { MP_ROM_QSTR(MP_QSTR_sha224), MP_ROM_PTR(&hashlib_type_sha224) },
    { MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_PTR(&hashlib_type_sha1) },
    { MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_PTR(&hashlib_type_md5) },
    { MP_ROM_QSTR(MP_QSTR_sha3_224), MP_ROM_PTR(&hashlib_type_sha3_224) },
    { MP_ROM_QSTR(MP_QSTR_sha3_256), MP_ROM_PTR(&hashlib_type_sha3_256) },
    { MP_ROM_QSTR(MP_QSTR_sha3_384), MP_ROM_PTR(&hashlib_type_sha3_384) },
    { MP_ROM_QSTR(MP_QSTR_sha3_512), MP_ROM_PTR(&hashlib_type_sha3_512) },
    { MP_ROM_QSTR(MP_QSTR_shake_128), MP_ROM_PTR(&hashlib_type_shake_128) },
    { MP_ROM_QSTR(MP_QSTR_shake_256), MP_ROM_PTR(&hashlib_type_shake_256) },
    { MP_ROM_QSTR(MP_QSTR_new), MP_ROM_PTR(&hashlib_new_obj) },
    { MP_ROM_QSTR(MP_QSTR_pbkdf2_hmac), MP_ROM_PTR(&hashlib_pbkdf2_hmac_obj) },
    { MP_ROM_QSTR(MP_QSTR_file_digest), MP_ROM_PTR(&hashlib_file_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&hashlib_getattr_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_hashlib_globals, mp_module_hashlib_globals_table);

const mp_obj_module_t mp_module_hashlib = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_hashlib_globals,
};

MP_REGISTER_MODULE(MP_QSTR_hashlib, mp_module_hashlib);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uhashlib, mp_module_hashlib);

#endif // MICROPY_PY_HASHLIB
