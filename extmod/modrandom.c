// The random module: random, getrandbits, seed, randrange, randint, choice,
// choices, sample, shuffle, uniform and the Random class whose methods they
// are. The generator is the Mersenne Twister MT19937 (Matsumoto and
// Nishimura, 1998), seeded and drawn from the way CPython does, so that
// seed(int, str or bytes) gives CPython's sequences for every method and
// distribution. A subclass's own random() or getrandbits() is used by the
// other methods, as in CPython. getstate() is CPython's (3, 625 ints,
// gauss_next). SystemRandom draws the same methods' words from the OS
// entropy source instead. Left out: binomialvariate (3.12).
#include "py/mpconfig.h"

#if MICROPY_PY_RANDOM

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>
#include <string.h>
#include <sys/random.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/objstr.h"

// The module's default Random instance, MP_OBJ_NULL until first use.
#define MP_STATE_RANDOM_DEFAULT (MP_STATE_VM(random_default))

#define MT_N 624
#define MT_M 397

typedef struct _mp_obj_random_t {
    mp_obj_base_t base;
    uint32_t mt[MT_N];
    size_t pos; // next word of mt to hand out; MT_N: regenerate first
    // gauss() makes normal deviates in pairs and keeps the second here.
    bool has_gauss_next;
    mp_float_t gauss_next;
    bool from_os; // a SystemRandom: words come from the OS, mt is unused
    // The instance of a Python subclass that holds this object, once seen
    // (its own random() or getrandbits() is what the draws then go through,
    // as CPython's do), else MP_OBJ_NULL.
    mp_obj_t user;
} mp_obj_random_t;

static const mp_obj_type_t mp_type_random;
static const mp_obj_type_t mp_type_system_random;
extern const mp_obj_type_t hashlib_type_sha512;

// n bytes from the OS entropy source (getentropy serves at most 256 a call).
// Nothing is buffered, so a forked child never repeats its parent's values.
static void os_entropy(void *buf, size_t n) {
    byte *p = buf;
    while (n > 0) {
        size_t k = n < 256 ? n : 256;
        if (getentropy(p, k) != 0) {
            mp_raise_OSError_errno();
        }
        p += k;
        n -= k;
    }
}

// ---------------------------------------------------------------------------
// The generator.

// Refill the whole state vector: each word mixes its top bit with the low
// bits of its successor, then an element MT_M places on.
static void mt_regenerate(uint32_t *mt) {
    for (size_t i = 0; i < MT_N; i++) {
        uint32_t y = (mt[i] & 0x80000000u) | (mt[(i + 1) % MT_N] & 0x7fffffffu);
        uint32_t v = mt[(i + MT_M) % MT_N] ^ (y >> 1);
        mt[i] = (y & 1) ? v ^ 0x9908b0dfu : v;
    }
}

static uint32_t next_u32(mp_obj_random_t *r) {
    if (r->from_os) {
        uint32_t w;
        os_entropy(&w, sizeof(w));
        return w;
    }
    if (r->pos >= MT_N) {
        mt_regenerate(r->mt);
        r->pos = 0;
    }
    uint32_t y = r->mt[r->pos++];
    // Tempering.
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

static void mt_fill_linear(uint32_t *mt, uint32_t s) {
    mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    }
}

// Seed from a key of 32-bit words (the published init_by_array scheme,
// which CPython uses for every seed).
static void seed_words(mp_obj_random_t *r, const uint32_t *key, size_t n_key) {
    uint32_t *mt = r->mt;
    r->has_gauss_next = false;
    mt_fill_linear(mt, 19650218u);
    size_t i = 1;
    size_t j = 0;
    for (size_t k = n_key > MT_N ? n_key : MT_N; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        if (++i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (++j >= n_key) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        if (++i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u; // the state is never all zero
    r->pos = MT_N;
}

static void seed_from_os(mp_obj_random_t *r) {
    uint32_t w[8] = { 0 };
    bool ok = false;
    int fd = openat(AT_FDCWD, "/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ok = read(fd, w, sizeof(w)) == (ssize_t)sizeof(w);
        close(fd);
    }
    if (!ok) {
        // No entropy source: the clocks and an address are the best left.
        uint64_t t = mp_hal_time_ns(), m = mp_hal_monotonic_ns(), a = (uintptr_t)r;
        uint64_t v[3] = { t, m, a };
        memcpy(w, v, sizeof(v));
    }
    seed_words(r, w, 8);
}

// The little-endian 32-bit words of the int v >= 0 (at least one).
static void seed_from_int(mp_obj_random_t *r, mp_obj_t v) {
    size_t n_words = (mp_obj_int_bit_length(v) + 31) / 32;
    if (n_words == 0) {
        n_words = 1;
    }
    byte *b = m_new_atomic(byte, m_size_mul(n_words, 4));
    mp_obj_int_to_bytes_impl(v, false, n_words * 4, b, false);
    uint32_t *key = m_new_atomic(uint32_t, n_words);
    for (size_t i = 0; i < n_words; i++) {
        key[i] = b[4 * i] | (uint32_t)b[4 * i + 1] << 8 | (uint32_t)b[4 * i + 2] << 16 | (uint32_t)b[4 * i + 3] << 24;
    }
    seed_words(r, key, n_words);
}

// Seed from a Python value: None (the OS), an int (its absolute value, as
// CPython), str/bytes (their bytes followed by their SHA-512, as a big-endian
// int: CPython's version 2; version 1 is not followed), a float (its hash).
static void seed_from_obj(mp_obj_random_t *r, mp_obj_t a) {
    if (a == mp_const_none) {
        seed_from_os(r);
        return;
    }
    mp_obj_t v;
    if (mp_obj_is_int(a) || mp_obj_is_bool(a)) {
        v = mp_obj_is_bool(a) ? MP_OBJ_NEW_SMALL_INT(a == mp_const_true) : a;
    } else if (mp_obj_is_str_or_bytes(a) || mp_obj_is_type(a, &mp_type_bytearray)) {
        const byte *data;
        size_t len;
        if (mp_obj_is_str(a)) {
            GET_STR_DATA_LEN(a, d, l);
            data = d;
            len = l;
        } else {
            mp_obj_str_get_bytes_like(a, &data, &len);
        }
        mp_obj_t b = mp_obj_new_bytes(data, len);
        mp_obj_t h = mp_call_function_1(MP_OBJ_FROM_PTR(&hashlib_type_sha512), b);
        b = mp_binary_op(MP_BINARY_OP_ADD, b, mp_call_function_0(mp_load_attr(h, MP_QSTR_digest)));
        mp_obj_str_get_bytes_like(b, &data, &len);
        v = mp_obj_int_from_bytes_impl(true, len, data, false);
    } else if (mp_obj_is_float(a)) {
        v = mp_obj_hash(a);
    } else {
        // CPython 3.11 no longer seeds from the hash of other objects.
        mp_raise_TypeError(MP_ERROR_TEXT("The only supported seed types are: None,\n"
            "int, float, str, bytes, and bytearray."));
    }
    if (mp_obj_int_sign(v) < 0) {
        v = mp_unary_op(MP_UNARY_OP_NEGATIVE, v);
    }
    seed_from_int(r, v);
}

static mp_obj_random_t *get_random(mp_obj_t self_in) {
    mp_obj_t native = mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_random));
    if (!mp_obj_is_type(native, &mp_type_random) && !mp_obj_is_type(native, &mp_type_system_random)) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor requires a 'Random' object"));
    }
    mp_obj_random_t *r = MP_OBJ_TO_PTR(native);
    // (The native object of a subclass instance is reached only through
    // that instance, which may also call it directly: Random.random(self).)
    if (native != self_in) {
        r->user = self_in;
    }
    return r;
}

// Which of a and b (a first within a class) the running method's object
// takes from a Python class: the one met first along its MRO before the
// native class; 0 if none (then the generator is drawn from directly).
// CPython's Random picks its _randbelow by the same walk.
static qstr user_draw(mp_obj_random_t *r, qstr a, qstr b) {
    if (r->user != MP_OBJ_NULL) {
        size_t n;
        mp_obj_t *mro;
        mp_obj_tuple_get(mp_load_attr(MP_OBJ_FROM_PTR(mp_obj_get_type(r->user)), MP_QSTR___mro__), &n, &mro);
        for (size_t i = 0; i < n; i++) {
            const mp_obj_type_t *c = MP_OBJ_TO_PTR(mro[i]);
            if (!mp_obj_is_instance_type(c)) {
                break;
            }
            mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(c, locals_dict)->map;
            if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(a), MP_MAP_LOOKUP)) {
                return a;
            }
            if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(b), MP_MAP_LOOKUP)) {
                return b;
            }
        }
    }
    return 0;
}

static mp_obj_t new_random(const mp_obj_type_t *type, mp_obj_t seed) {
    mp_obj_random_t *o = m_new_obj(mp_obj_random_t);
    o->base.type = type;
    o->from_os = false;
    o->user = MP_OBJ_NULL;
    seed_from_obj(o, seed);
    return MP_OBJ_FROM_PTR(o);
}

// The module's shared instance.
static mp_obj_t default_random(void) {
    if (MP_STATE_RANDOM_DEFAULT == MP_OBJ_NULL) {
        MP_STATE_RANDOM_DEFAULT = new_random(&mp_type_random, mp_const_none);
    }
    return MP_STATE_RANDOM_DEFAULT;
}

// A float in [0, 1) with 53 random bits: 27 from one word, 26 from the next.
static mp_float_t mt_float(mp_obj_random_t *r) {
    uint32_t hi = next_u32(r) >> 5;
    uint32_t lo = next_u32(r) >> 6;
    return ((mp_float_t)hi * 67108864.0 + (mp_float_t)lo) * (1.0 / 9007199254740992.0);
}

// random(): a subclass's own, else the generator's.
static mp_float_t next_float(mp_obj_random_t *r) {
    if (r->user != MP_OBJ_NULL && user_draw(r, MP_QSTR_random, MP_QSTR_random)) {
        return mp_obj_get_float(mp_call_function_0(mp_load_attr(r->user, MP_QSTR_random)));
    }
    return mt_float(r);
}

// k random bits as little-endian bytes into out (4 * ceil(k / 32) of them):
// one word per 32 bits, least significant first; the last word keeps its
// top bits only.
static void fill_bits(mp_obj_random_t *r, byte *out, size_t k) {
    for (size_t i = 0; k > 0; i++) {
        uint32_t w = next_u32(r);
        if (k < 32) {
            w >>= 32 - k;
        }
        for (int j = 0; j < 4; j++) {
            out[4 * i + j] = (byte)(w >> (8 * j));
        }
        k = k < 32 ? 0 : k - 32;
    }
}

// k random bits, for k <= 64.
static uint64_t small_bits(mp_obj_random_t *r, size_t k) {
    if (k == 0) {
        return 0;
    }
    if (k <= 32) {
        return next_u32(r) >> (32 - k);
    }
    uint64_t lo = next_u32(r);
    return lo | (uint64_t)(next_u32(r) >> (64 - k)) << 32;
}

// An int with k random bits.
static mp_obj_t rand_bits(mp_obj_random_t *r, size_t k) {
    if (k <= 62) {
        return mp_obj_new_int((mp_int_t)small_bits(r, k));
    }
    size_t n_bytes = m_size_mul((k + 31) / 32, 4);
    byte *b = m_new_atomic(byte, n_bytes);
    fill_bits(r, b, k);
    return mp_obj_int_from_bytes_impl(false, n_bytes, b, false);
}

// A uniform int in [0, n) for n > 0 (an int object): draws of
// bit_length(n) bits until one is below n (through a subclass's own
// getrandbits or random, as CPython's _randbelow).
static mp_obj_t rand_below(mp_obj_random_t *r, mp_obj_t n) {
    mp_int_t small;
    bool is_small = mp_obj_get_int_maybe(n, &small);
    qstr draw = user_draw(r, MP_QSTR_getrandbits, MP_QSTR_random);
    if (draw == MP_QSTR_random && is_small && small < ((mp_int_t)1 << 53)) {
        // Only random() to go by: CPython scales 53-bit floats. (For a
        // larger n this falls back on getrandbits.)
        const uint64_t span = (uint64_t)1 << 53;
        mp_float_t limit = (mp_float_t)(span - span % (uint64_t)small) / (mp_float_t)span;
        mp_float_t x;
        do {
            x = next_float(r);
        } while (x >= limit);
        // (random() may be overridden to return anything: floor and a
        // Python modulo, as CPython, keep the C conversion defined)
        return mp_binary_op(MP_BINARY_OP_MODULO, mp_obj_new_int_from_float(floor(x * (mp_float_t)span)), n);
    }
    if (!draw && is_small && small < ((mp_int_t)1 << 62)) {
        uint64_t lim = (uint64_t)small;
        size_t bits = 64 - __builtin_clzll(lim);
        for (;;) {
            uint64_t v = small_bits(r, bits);
            if (v < lim) {
                return mp_obj_new_int((mp_int_t)v);
            }
        }
    }
    size_t k = mp_obj_int_bit_length(n);
    for (;;) {
        mp_obj_t v = draw ? mp_call_function_1(mp_load_attr(r->user, MP_QSTR_getrandbits), MP_OBJ_NEW_SMALL_INT(k))
            : rand_bits(r, k);
        // (not v >= n, as CPython: a NaN from an overridden getrandbits is
        // returned, not drawn again for ever)
        if (!mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE_EQUAL, v, n))) {
            return v;
        }
    }
}

// ---------------------------------------------------------------------------
// Methods (the module functions call them on the shared instance).

// seed(a=None, version=2): version 1 (CPython's old hashing of str and
// bytes seeds) is accepted and treated as 2.
static const mp_arg_t random_seed_args[] = {
    { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    { MP_QSTR_a, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_version, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
};

static mp_obj_t random_seed(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t args[MP_ARRAY_SIZE(random_seed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(random_seed_args), random_seed_args, args);
    seed_from_obj(get_random(args[0].u_obj), args[1].u_obj);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(random_seed_obj, 1, random_seed);

// random()
static mp_obj_t random_random(mp_obj_t self_in) {
    return mp_obj_new_float(mt_float(get_random(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_random_obj, random_random);

// getrandbits(k)
static mp_obj_t random_getrandbits(mp_obj_t self_in, mp_obj_t k_in) {
    mp_int_t k = mp_obj_get_int(k_in);
    if (k < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("number of bits must be non-negative"));
    }
    return rand_bits(get_random(self_in), (size_t)k);
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_getrandbits_obj, random_getrandbits);

// An int argument of randrange (ints and integral floats, as CPython 3.11).
static mp_obj_t range_arg(mp_obj_t o, int argno) {
    static const char *const names[] = { "arg 1", "stop", "step" };
    if (mp_obj_is_int(o)) {
        return o;
    }
    if (mp_obj_is_float(o)) {
        mp_float_t f = mp_obj_float_get(o);
        if (f != floor(f)) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("non-integer %s for randrange()"), names[argno - 1]);
        }
        return mp_obj_new_int_from_float(f);
    }
    return mp_obj_new_int(mp_obj_get_int(o));
}

static mp_obj_t do_randrange(mp_obj_random_t *r, mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    if (stop == mp_const_none) {
        start = range_arg(start, 1);
        if (mp_obj_int_sign(start) <= 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("empty range for randrange()"));
        }
        return rand_below(r, start);
    }
    start = range_arg(start, 1);
    stop = range_arg(stop, 2);
    step = range_arg(step, 3);
    mp_obj_t width = mp_binary_op(MP_BINARY_OP_SUBTRACT, stop, start);
    int step_sign = mp_obj_int_sign(step);
    if (step_sign == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("zero step for randrange()"));
    }
    mp_obj_t n;
    if (step == MP_OBJ_NEW_SMALL_INT(1)) {
        n = width;
        if (mp_obj_int_sign(n) <= 0) {
            // The values may be big ints: let str % format them.
            static const char fmt[] = "empty range for randrange() (%d, %d, %d)";
            mp_obj_t vals[3] = { start, stop, width };
            mp_obj_t msg = mp_binary_op(MP_BINARY_OP_MODULO, mp_obj_new_str(fmt, sizeof(fmt) - 1),
                mp_obj_new_tuple(3, vals));
            nlr_raise(mp_obj_new_exception_arg1(&mp_type_ValueError, msg));
        }
    } else if (step_sign > 0) {
        n = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE,
            mp_binary_op(MP_BINARY_OP_SUBTRACT, mp_binary_op(MP_BINARY_OP_ADD, width, step),
                MP_OBJ_NEW_SMALL_INT(1)),
            step);
    } else {
        n = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE,
            mp_binary_op(MP_BINARY_OP_ADD, mp_binary_op(MP_BINARY_OP_ADD, width, step),
                MP_OBJ_NEW_SMALL_INT(1)),
            step);
    }
    if (mp_obj_int_sign(n) <= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("empty range for randrange()"));
    }
    mp_obj_t k = rand_below(r, n);
    if (step != MP_OBJ_NEW_SMALL_INT(1)) {
        k = mp_binary_op(MP_BINARY_OP_MULTIPLY, k, step);
    }
    return mp_binary_op(MP_BINARY_OP_ADD, start, k);
}

// randrange(start, stop=None, step=1)
static mp_obj_t random_randrange(size_t n_args, const mp_obj_t *args) {
    return do_randrange(get_random(args[0]), args[1], n_args > 2 ? args[2] : mp_const_none,
        n_args > 3 ? args[3] : MP_OBJ_NEW_SMALL_INT(1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_randrange_obj, 2, 4, random_randrange);

// randint(a, b)
static mp_obj_t random_randint(mp_obj_t self_in, mp_obj_t a, mp_obj_t b) {
    mp_obj_t stop = mp_binary_op(MP_BINARY_OP_ADD, range_arg(b, 2), MP_OBJ_NEW_SMALL_INT(1));
    return do_randrange(get_random(self_in), a, stop, MP_OBJ_NEW_SMALL_INT(1));
}
static MP_DEFINE_CONST_FUN_OBJ_3(random_randint_obj, random_randint);

// choice(seq)
static mp_obj_t random_choice(mp_obj_t self_in, mp_obj_t seq) {
    mp_obj_t len = mp_obj_len(seq);
    // len may be a big int (range(-sys.maxsize, sys.maxsize)).
    if (!mp_obj_is_true(len)) {
        mp_raise_IndexError(MP_ERROR_TEXT("Cannot choose from an empty sequence"));
    }
    return mp_obj_subscr(seq, rand_below(get_random(self_in), len), MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_choice_obj, random_choice);

// shuffle(x): Fisher-Yates, in place through item assignment.
static mp_obj_t random_shuffle(mp_obj_t self_in, mp_obj_t x) {
    mp_obj_random_t *r = get_random(self_in);
    // (a user's getrandbits/random may resize the list or return any index:
    // then every step goes through the subscript, as in CPython)
    if (mp_obj_is_type(x, &mp_type_list) && !user_draw(r, MP_QSTR_getrandbits, MP_QSTR_random)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(x, &n, &items);
        for (size_t i = n; i > 1; i--) {
            size_t j = (size_t)MP_OBJ_SMALL_INT_VALUE(rand_below(r, MP_OBJ_NEW_SMALL_INT(i)));
            mp_obj_t t = items[i - 1];
            items[i - 1] = items[j];
            items[j] = t;
        }
        return mp_const_none;
    }
    mp_int_t n = mp_obj_get_int(mp_obj_len(x));
    for (mp_int_t i = n; i > 1; i--) {
        mp_obj_t j = rand_below(r, MP_OBJ_NEW_SMALL_INT(i));
        mp_obj_t last = MP_OBJ_NEW_SMALL_INT(i - 1);
        mp_obj_t a = mp_obj_subscr(x, last, MP_OBJ_SENTINEL);
        mp_obj_t b = mp_obj_subscr(x, j, MP_OBJ_SENTINEL);
        mp_obj_subscr(x, last, b);
        mp_obj_subscr(x, j, a);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_shuffle_obj, random_shuffle);

// uniform(a, b)
static mp_obj_t random_uniform(mp_obj_t self_in, mp_obj_t a_in, mp_obj_t b_in) {
    mp_float_t a = mp_obj_get_float(a_in);
    mp_float_t b = mp_obj_get_float(b_in);
    return mp_obj_new_float(a + (b - a) * next_float(get_random(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_3(random_uniform_obj, random_uniform);

// sample(population, k, *, counts=None)
static mp_obj_t random_sample(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_self, ARG_population, ARG_k, ARG_counts };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_population, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_k, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_counts, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    mp_obj_random_t *r = get_random(args[ARG_self].u_obj);
    mp_obj_t pop = args[ARG_population].u_obj;
    if (mp_obj_is_type(pop, &mp_type_set) || mp_obj_is_type(pop, &mp_type_frozenset) ||
        mp_obj_is_type(pop, &mp_type_dict)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    mp_obj_t k_obj = args[ARG_k].u_obj;
    mp_int_t k;
    // With counts, a list in which each element stands for as many copies
    // as its count (which draws what CPython's sample of range(total) does).
    // Without, the population itself: its len() may exceed a small int
    // (range(-sys.maxsize, sys.maxsize)) and is only copied when small.
    mp_obj_t list = MP_OBJ_NULL;
    mp_obj_t counts = args[ARG_counts].u_obj;
    if (counts != mp_const_none) {
        list = mp_obj_new_list(0, NULL);
        mp_obj_t it = mp_getiter(pop);
        mp_obj_t cit = mp_getiter(counts);
        size_t n_pop = 0, n_counts = 0;
        mp_int_t total = 0;
        mp_obj_t c, x;
        while ((c = mp_iternext(cit)) != MP_OBJ_STOP_ITERATION) {
            n_counts++;
            if (!mp_obj_is_int(c)) {
                mp_raise_TypeError(MP_ERROR_TEXT("Counts must be integers"));
            }
            mp_int_t cnt = mp_obj_get_int(c);
            x = mp_iternext(it);
            if (x == MP_OBJ_STOP_ITERATION) {
                continue;
            }
            n_pop++;
            total += cnt;
            for (mp_int_t j = 0; j < cnt; j++) {
                mp_obj_list_append(list, x);
            }
        }
        if (n_counts != n_pop || mp_iternext(it) != MP_OBJ_STOP_ITERATION) {
            mp_raise_ValueError(MP_ERROR_TEXT("The number of counts does not match the population"));
        }
        if (total <= 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("Total of counts must be greater than zero"));
        }
    }
    mp_obj_t source = list != MP_OBJ_NULL ? list : pop;
    mp_obj_t n_obj = mp_obj_len(source);
    // Compared before conversion: a k beyond an index-sized int is too large.
    if (mp_binary_op(MP_BINARY_OP_LESS, k_obj, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true ||
        mp_binary_op(MP_BINARY_OP_LESS, n_obj, k_obj) == mp_const_true) {
        mp_raise_ValueError(MP_ERROR_TEXT("Sample larger than population or is negative"));
    }
    k = mp_obj_get_int(k_obj);
    // k is at most len(population), which need not be a list in memory.
    if ((size_t)k > SIZE_MAX / (4 * sizeof(mp_obj_t))) {
        mp_raise_memory_error_for_alloc(SIZE_MAX);
    }
    // The draws follow CPython's: for a small population, position j of a
    // shrinking pool, refilled from its end; for a large one, indices
    // drawn again until unseen (so the pool need not be copied there).
    size_t small_pool = 21;
    if (k > 5) {
        size_t p = 4;
        while (p < (size_t)k * 3) {
            p *= 4;
        }
        small_pool += p;
    }
    mp_obj_t result = mp_obj_new_list((size_t)k, NULL);
    mp_obj_t *out;
    size_t k_out;
    mp_obj_list_get(result, &k_out, &out);
    if (mp_binary_op(MP_BINARY_OP_LESS_EQUAL, n_obj, mp_obj_new_int_from_uint(small_pool)) == mp_const_true) {
        if (list == MP_OBJ_NULL) {
            list = mp_obj_new_list(0, NULL);
            mp_obj_t it = mp_getiter(pop);
            mp_obj_t x;
            while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
                mp_obj_list_append(list, x);
            }
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(list, &n, &items);
        if ((size_t)k > n) {
            mp_raise_ValueError(MP_ERROR_TEXT("Sample larger than population or is negative"));
        }
        for (size_t i = 0; i < (size_t)k; i++) {
            size_t j = mp_get_index(&mp_type_list, n, rand_below(r, MP_OBJ_NEW_SMALL_INT(n - i)), false);
            out[i] = items[j];
            items[j] = items[n - i - 1];
        }
    } else {
        mp_obj_t seen = mp_obj_new_set(0, NULL);
        for (size_t i = 0; i < (size_t)k; i++) {
            mp_obj_t j;
            do {
                j = rand_below(r, n_obj);
            } while (mp_binary_op(MP_BINARY_OP_IN, j, seen) == mp_const_true);
            mp_obj_set_store(seen, j);
            out[i] = mp_obj_subscr(source, j, MP_OBJ_SENTINEL);
        }
    }
    return result;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(random_sample_obj, 1, random_sample);

// choices(population, weights=None, *, cum_weights=None, k=1)
static mp_obj_t random_choices(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_self, ARG_population, ARG_weights, ARG_cum_weights, ARG_k };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_population, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_weights, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_cum_weights, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_k, MP_ARG_KW_ONLY | MP_ARG_INT, { .u_int = 1 } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    mp_obj_random_t *r = get_random(args[ARG_self].u_obj);
    mp_obj_t pop = args[ARG_population].u_obj;
    size_t n = (size_t)mp_obj_get_int(mp_obj_len(pop));
    mp_int_t k = args[ARG_k].u_int;
    if (k < 0) {
        k = 0;
    }
    mp_obj_t result = mp_obj_new_list(0, NULL);
    mp_obj_t weights = args[ARG_weights].u_obj;
    mp_obj_t cum = args[ARG_cum_weights].u_obj;
    if (weights == mp_const_none && cum == mp_const_none) {
        // An empty population fails in the subscript, with its own message.
        for (mp_int_t i = 0; i < k; i++) {
            mp_obj_t idx = mp_obj_new_int_from_float(floor(next_float(r) * (mp_float_t)n));
            mp_obj_list_append(result, mp_obj_subscr(pop, idx, MP_OBJ_SENTINEL));
        }
        return result;
    }
    if (weights != mp_const_none && cum != mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("Cannot specify both weights and cumulative weights"));
    }
    // Cumulative weights as floats.
    mp_float_t *cw = m_new_atomic(mp_float_t, n == 0 ? 1 : n);
    mp_obj_t src = weights != mp_const_none ? weights : cum;
    if ((size_t)mp_obj_get_int(mp_obj_len(src)) != n) {
        mp_raise_ValueError(MP_ERROR_TEXT("The number of weights does not match the population"));
    }
    mp_obj_t it = mp_getiter(src);
    mp_float_t total = 0;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t w_obj = mp_iternext(it);
        if (w_obj == MP_OBJ_STOP_ITERATION) {
            // (a __len__ that does not match the iteration)
            mp_raise_ValueError(MP_ERROR_TEXT("The number of weights does not match the population"));
        }
        mp_float_t w = mp_obj_get_float(w_obj);
        total = weights != mp_const_none ? total + w : w;
        cw[i] = total;
    }
    if (n == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("list index out of range"));
    }
    if (total <= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Total of weights must be greater than zero"));
    }
    if (!isfinite(total)) {
        mp_raise_ValueError(MP_ERROR_TEXT("Total of weights must be finite"));
    }
    for (mp_int_t i = 0; i < k; i++) {
        mp_float_t x = next_float(r) * total;
        // First index whose cumulative weight exceeds x (bisect_right).
        size_t lo = 0;
        size_t hi = n - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (x < cw[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        mp_obj_list_append(result, mp_obj_subscr(pop, MP_OBJ_NEW_SMALL_INT(lo), MP_OBJ_SENTINEL));
    }
    return result;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(random_choices_obj, 1, random_choices);

// ---------------------------------------------------------------------------
// Distributions. Each float argument goes through mp_obj_get_float, so a
// wrong type is a TypeError as in CPython.

static mp_float_t arg_float(size_t n_args, const mp_obj_t *args, size_t i, mp_float_t dflt) {
    return i < n_args ? mp_obj_get_float(args[i]) : dflt;
}

// A float in (0, 1]: safe to take the logarithm of.
static mp_float_t next_float_nonzero(mp_obj_random_t *r) {
    return 1.0 - next_float(r);
}

// The logarithms of the distributions fail on x <= 0 as CPython's math.log:
// an overridden random() may return anything, and a NaN would keep the
// rejection loops (normalvariate, gammavariate) drawing for ever.
static mp_float_t rand_log(mp_float_t x) {
    if (x <= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("math domain error"));
    }
    return log(x);
}

// A standard normal deviate. gauss (keep set): the Box-Muller transform,
// angle first, keeping the second deviate of the pair for the next call.
// normalvariate: Kinderman and Monahan's ratio-of-uniforms method.
static mp_float_t std_normal(mp_obj_random_t *r, bool keep) {
    if (keep) {
        if (r->has_gauss_next) {
            r->has_gauss_next = false;
            return r->gauss_next;
        }
        mp_float_t angle = 2.0 * M_PI * next_float(r);
        mp_float_t radius = sqrt(-2.0 * rand_log(next_float_nonzero(r)));
        r->gauss_next = radius * sin(angle);
        r->has_gauss_next = true;
        return radius * cos(angle);
    }
    const mp_float_t scale = 4.0 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        mp_float_t u = next_float(r);
        mp_float_t v = next_float_nonzero(r);
        mp_float_t z = scale * (u - 0.5) / v;
        if (z * z / 4.0 <= -rand_log(v)) {
            return z;
        }
    }
}

// mu + sigma * (a standard normal deviate), from the (self, mu, sigma)
// arguments shared by gauss, normalvariate and lognormvariate.
static mp_float_t scaled_normal(size_t n_args, const mp_obj_t *args, bool keep) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t mu = arg_float(n_args, args, 1, 0.0);
    mp_float_t sigma = arg_float(n_args, args, 2, 1.0);
    return mu + sigma * std_normal(r, keep);
}

// gauss(mu=0.0, sigma=1.0)
static mp_obj_t random_gauss(size_t n_args, const mp_obj_t *args) {
    return mp_obj_new_float(scaled_normal(n_args, args, true));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_gauss_obj, 1, 3, random_gauss);

// normalvariate(mu=0.0, sigma=1.0)
static mp_obj_t random_normalvariate(size_t n_args, const mp_obj_t *args) {
    return mp_obj_new_float(scaled_normal(n_args, args, false));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_normalvariate_obj, 1, 3, random_normalvariate);

// lognormvariate(mu, sigma)
static mp_obj_t random_lognormvariate(size_t n_args, const mp_obj_t *args) {
    return mp_obj_new_float(exp(scaled_normal(n_args, args, false)));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_lognormvariate_obj, 3, 3, random_lognormvariate);

// expovariate(lambd=1.0)
static mp_obj_t random_expovariate(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t lambd = arg_float(n_args, args, 1, 1.0);
    if (lambd == 0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, MP_ERROR_TEXT("float division by zero"));
    }
    return mp_obj_new_float(-rand_log(next_float_nonzero(r)) / lambd);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_expovariate_obj, 1, 2, random_expovariate);

// triangular(low=0.0, high=1.0, mode=None): by inverting the distribution
// function, folded so that only the part below the mode is computed.
static mp_obj_t random_triangular(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t low = arg_float(n_args, args, 1, 0.0);
    mp_float_t high = arg_float(n_args, args, 2, 1.0);
    mp_float_t u = next_float(r);
    if (high == low) {
        return mp_obj_new_float(low);
    }
    mp_float_t c = 0.5;
    if (n_args > 3 && args[3] != mp_const_none) {
        c = (mp_obj_get_float(args[3]) - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        mp_float_t t = low;
        low = high;
        high = t;
    }
    return mp_obj_new_float(low + (high - low) * sqrt(u * c));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_triangular_obj, 1, 4, random_triangular);

// A gamma deviate of shape alpha > 0 and scale 1, drawn the way CPython's
// gammavariate draws it (so that seeded sequences agree): for alpha > 1
// Cheng's rejection method (1977) with a log-logistic envelope; for alpha 1
// an exponential deviate; below 1 Ahrens and Dieter's method GS (1974),
// which mixes a power and an exponential tail.
static mp_float_t std_gamma(mp_obj_random_t *r, mp_float_t alpha) {
    if (alpha > 1.0) {
        mp_float_t a = sqrt(2.0 * alpha - 1.0);
        mp_float_t b = alpha - 1.3862943611198906; // log(4)
        mp_float_t c = alpha + a;
        for (;;) {
            mp_float_t u1 = next_float(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) {
                continue;
            }
            mp_float_t u2 = 1.0 - next_float(r);
            mp_float_t v = rand_log(u1 / (1.0 - u1)) / a;
            mp_float_t x = alpha * exp(v);
            mp_float_t z = u1 * u1 * u2;
            mp_float_t t = b + c * v - x;
            if (t + 2.504077396776274 - 4.5 * z >= 0.0 || t >= rand_log(z)) { // 1 + log(4.5)
                return x;
            }
        }
    }
    if (alpha == 1.0) {
        return -rand_log(1.0 - next_float(r));
    }
    for (;;) {
        mp_float_t b = (M_E + alpha) / M_E;
        mp_float_t p = b * next_float(r);
        mp_float_t x = p <= 1.0 ? pow(p, 1.0 / alpha) : -rand_log((b - p) / alpha);
        mp_float_t u = next_float(r);
        if (p > 1.0 ? u <= pow(x, alpha - 1.0) : u <= exp(-x)) {
            return x;
        }
    }
}

// gammavariate(alpha, beta)
static mp_obj_t random_gammavariate(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t alpha = arg_float(n_args, args, 1, 1.0);
    mp_float_t beta = arg_float(n_args, args, 2, 1.0);
    if (!(alpha > 0) || !(beta > 0)) {
        mp_raise_ValueError(MP_ERROR_TEXT("gammavariate: alpha and beta must be > 0.0"));
    }
    return mp_obj_new_float(std_gamma(r, alpha) * beta);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_gammavariate_obj, 3, 3, random_gammavariate);

// betavariate(alpha, beta): from two gamma deviates.
static mp_obj_t random_betavariate(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t alpha = arg_float(n_args, args, 1, 1.0);
    mp_float_t beta = arg_float(n_args, args, 2, 1.0);
    if (!(alpha > 0) || !(beta > 0)) {
        mp_raise_ValueError(MP_ERROR_TEXT("gammavariate: alpha and beta must be > 0.0"));
    }
    mp_float_t x = std_gamma(r, alpha);
    if (x == 0) {
        return mp_obj_new_float(0.0);
    }
    return mp_obj_new_float(x / (x + std_gamma(r, beta)));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_betavariate_obj, 3, 3, random_betavariate);

// paretovariate(alpha)
static mp_obj_t random_paretovariate(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t alpha = arg_float(n_args, args, 1, 1.0);
    if (alpha == 0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, MP_ERROR_TEXT("float division by zero"));
    }
    return mp_obj_new_float(pow(next_float_nonzero(r), -1.0 / alpha));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_paretovariate_obj, 2, 2, random_paretovariate);

// weibullvariate(alpha, beta)
static mp_obj_t random_weibullvariate(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t alpha = arg_float(n_args, args, 1, 1.0);
    mp_float_t beta = arg_float(n_args, args, 2, 1.0);
    if (beta == 0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, MP_ERROR_TEXT("float division by zero"));
    }
    return mp_obj_new_float(alpha * pow(-rand_log(next_float_nonzero(r)), 1.0 / beta));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_weibullvariate_obj, 3, 3, random_weibullvariate);

// vonmisesvariate(mu, kappa): Best and Fisher's rejection method; an angle
// in [0, 2*pi).
static mp_obj_t random_vonmisesvariate(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *r = get_random(args[0]);
    mp_float_t mu = arg_float(n_args, args, 1, 0.0);
    mp_float_t kappa = arg_float(n_args, args, 2, 0.0);
    if (kappa <= 1e-6) {
        return mp_obj_new_float(2.0 * M_PI * next_float(r));
    }
    mp_float_t half = 0.5 / kappa;
    mp_float_t rr = half + sqrt(1.0 + half * half);
    mp_float_t z;
    for (;;) {
        z = cos(M_PI * next_float(r));
        mp_float_t d = z / (rr + z);
        mp_float_t u = next_float(r);
        if (u < 1.0 - d * d || u <= (1.0 - d) * exp(d)) {
            break;
        }
    }
    mp_float_t q = 1.0 / rr;
    mp_float_t f = (q + z) / (1.0 + q * z);
    mp_float_t theta = next_float(r) > 0.5 ? mu + acos(f) : mu - acos(f);
    theta = fmod(theta, 2.0 * M_PI);
    if (theta < 0) {
        theta += 2.0 * M_PI;
    }
    return mp_obj_new_float(theta);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_vonmisesvariate_obj, 3, 3, random_vonmisesvariate);

// randbytes(n)
static mp_obj_t random_randbytes(mp_obj_t self_in, mp_obj_t n_in) {
    mp_obj_random_t *r = get_random(self_in);
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative argument not allowed"));
    }
    // getrandbits(8 * n) as little-endian bytes, as CPython.
    byte *b = m_new_atomic(byte, m_size_mul(((size_t)n + 3) / 4, 4));
    fill_bits(r, b, m_size_mul((size_t)n, 8));
    return mp_obj_new_bytes(b, (size_t)n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_randbytes_obj, random_randbytes);

// getstate(): (3, the 624 state words and the position, the kept gauss
// value or None), as CPython; setstate() takes it back.
static mp_obj_t random_getstate(mp_obj_t self_in) {
    mp_obj_random_t *r = get_random(self_in);
    mp_obj_tuple_t *words = MP_OBJ_TO_PTR(mp_obj_new_tuple(MT_N + 1, NULL));
    for (size_t i = 0; i < MT_N; i++) {
        words->items[i] = mp_obj_new_int_from_uint(r->mt[i]);
    }
    words->items[MT_N] = MP_OBJ_NEW_SMALL_INT(r->pos);
    mp_obj_t items[3] = {
        MP_OBJ_NEW_SMALL_INT(3),
        MP_OBJ_FROM_PTR(words),
        r->has_gauss_next ? mp_obj_new_float(r->gauss_next) : mp_const_none,
    };
    return mp_obj_new_tuple(3, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_getstate_obj, random_getstate);

// setstate(state)
static mp_obj_t random_setstate(mp_obj_t self_in, mp_obj_t state) {
    mp_obj_random_t *r = get_random(self_in);
    size_t n = 0, nw = 0;
    mp_obj_t *items = NULL, *words = NULL;
    if (mp_obj_is_type(state, &mp_type_tuple)) {
        mp_obj_tuple_get(state, &n, &items);
    }
    if (n == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("state must be a non-empty tuple"));
    }
    // Version 3 is what getstate() gives; version 2 (Python 2's) holds the
    // same words, possibly as negative or larger ints, taken modulo 2**32.
    bool v2 = items[0] == MP_OBJ_NEW_SMALL_INT(2);
    if (!v2 && items[0] != MP_OBJ_NEW_SMALL_INT(3)) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("state with version %s passed to Random.setstate() of version 3"),
            mp_obj_str_get_str(mp_obj_str(items[0])));
    }
    if (n != 3) {
        mp_raise_ValueError(MP_ERROR_TEXT("too many values to unpack (expected 3)"));
    }
    if (mp_obj_is_type(items[1], &mp_type_tuple)) {
        mp_obj_tuple_get(items[1], &nw, &words);
    } else {
        if (v2) {
            mp_getiter(items[1]); // its "not iterable" TypeError, as CPython's
        }
        mp_raise_TypeError(MP_ERROR_TEXT("state vector must be a tuple"));
    }
    if (nw != MT_N + 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("state vector is the wrong size"));
    }
    uint32_t mt[MT_N];
    mp_obj_t modulus = mp_obj_new_int_from_ull(0x100000000ull);
    for (size_t i = 0; i < MT_N; i++) {
        mp_obj_t word = words[i];
        if (v2) {
            word = mp_binary_op(MP_BINARY_OP_MODULO, word, modulus);
        }
        mp_int_t w = mp_obj_get_int(word);
        if (w < 0 || w > (mp_int_t)0xffffffff) {
            mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C unsigned long"));
        }
        mt[i] = (uint32_t)w;
    }
    mp_int_t pos = mp_obj_get_int(words[MT_N]);
    if (pos < 0 || pos > MT_N) {
        mp_raise_ValueError(MP_ERROR_TEXT("invalid state"));
    }
    memcpy(r->mt, mt, sizeof(mt));
    r->pos = (size_t)pos;
    r->has_gauss_next = items[2] != mp_const_none;
    r->gauss_next = r->has_gauss_next ? mp_obj_get_float(items[2]) : 0.0;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_setstate_obj, random_setstate);

// Pickling, as CPython: (type(self), (), self.getstate()); unpickling
// gives the new object that state (__setstate__ is setstate).
static MP_COLD mp_obj_t random_reduce(mp_obj_t self_in) {
    mp_obj_t t[3] = {
        MP_OBJ_FROM_PTR(mp_obj_get_type(self_in)), mp_const_empty_tuple,
        mp_call_function_0(mp_load_attr(self_in, MP_QSTR_getstate)),
    };
    return mp_obj_new_tuple(3, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_reduce_obj, random_reduce);

// The gauss_next attribute: the value gauss() keeps for its next call, or
// None (settable, as CPython's instance attribute).
static void random_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (attr != MP_QSTR_gauss_next) {
        return;
    }
    mp_obj_random_t *r = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        dest[0] = r->has_gauss_next ? mp_obj_new_float(r->gauss_next) : mp_const_none;
    } else if (dest[1] != MP_OBJ_NULL) {
        r->has_gauss_next = dest[1] != mp_const_none;
        r->gauss_next = r->has_gauss_next ? mp_obj_get_float(dest[1]) : 0.0;
        dest[0] = MP_OBJ_NULL;
    }
}

static mp_obj_t random_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    return new_random(type, n_args > 0 ? args[0] : mp_const_none);
}

static const mp_rom_map_elem_t random_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&random_seed_obj) },
    { MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&random_random_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&random_getrandbits_obj) },
    { MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&random_randrange_obj) },
    { MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&random_randint_obj) },
    { MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&random_choice_obj) },
    { MP_ROM_QSTR(MP_QSTR_choices), MP_ROM_PTR(&random_choices_obj) },
    { MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_PTR(&random_sample_obj) },
    { MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&random_shuffle_obj) },
    { MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&random_uniform_obj) },
    { MP_ROM_QSTR(MP_QSTR_gauss), MP_ROM_PTR(&random_gauss_obj) },
    { MP_ROM_QSTR(MP_QSTR_normalvariate), MP_ROM_PTR(&random_normalvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_lognormvariate), MP_ROM_PTR(&random_lognormvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_expovariate), MP_ROM_PTR(&random_expovariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_triangular), MP_ROM_PTR(&random_triangular_obj) },
    { MP_ROM_QSTR(MP_QSTR_gammavariate), MP_ROM_PTR(&random_gammavariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_betavariate), MP_ROM_PTR(&random_betavariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_paretovariate), MP_ROM_PTR(&random_paretovariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_weibullvariate), MP_ROM_PTR(&random_weibullvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_vonmisesvariate), MP_ROM_PTR(&random_vonmisesvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_randbytes), MP_ROM_PTR(&random_randbytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&random_getstate_obj) },
    { MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&random_setstate_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&random_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&random_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(random_locals_dict, random_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_random, MP_QSTR_Random, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    make_new, random_make_new,
    attr, random_attr,
    locals_dict, (mp_obj_dict_t *)&random_locals_dict
    );

// ---------------------------------------------------------------------------
// SystemRandom([x]): Random's methods over OS entropy; no seed, no state.

static mp_obj_t system_random_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    mp_obj_random_t *o = m_new_obj(mp_obj_random_t);
    o->base.type = type;
    o->from_os = true;
    o->pos = MT_N;
    o->user = MP_OBJ_NULL;
    o->has_gauss_next = false;
    return MP_OBJ_FROM_PTR(o);
}

// seed(a=None, version=2): accepted and ignored.
static mp_obj_t system_random_seed(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t args[MP_ARRAY_SIZE(random_seed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(random_seed_args), random_seed_args, args);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(system_random_seed_obj, 1, system_random_seed);

static mp_obj_t system_random_no_state(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    mp_raise_msg(&mp_type_NotImplementedError, MP_ERROR_TEXT("System entropy source does not have state."));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(system_random_no_state_obj, 1, 2, system_random_no_state);

static const mp_rom_map_elem_t system_random_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&system_random_seed_obj) },
    { MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&system_random_no_state_obj) },
    { MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&system_random_no_state_obj) },
};
static MP_DEFINE_CONST_DICT(system_random_locals_dict, system_random_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_system_random, MP_QSTR_SystemRandom, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    make_new, system_random_make_new,
    attr, random_attr,
    parent, &mp_type_random,
    locals_dict, (mp_obj_dict_t *)&system_random_locals_dict
    );

// ---------------------------------------------------------------------------
// Module functions: the methods applied to the shared instance.

static mp_obj_t call_default(
    const mp_obj_fun_builtin_var_t *fun, size_t n_args, const mp_obj_t *args) {
    mp_obj_t a[4];
    a[0] = default_random();
    for (size_t i = 0; i < n_args && i < 3; i++) {
        a[i + 1] = args[i];
    }
    return fun->fun.var(n_args + 1, a);
}

// The keyword-taking methods get the shared instance prepended.
static mp_obj_t call_default_kw(mp_obj_t (*fun)(size_t, const mp_obj_t *, mp_map_t *),
    size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t a[3];
    if (n_args > 2) {
        mp_raise_TypeError(MP_ERROR_TEXT("too many positional arguments"));
    }
    a[0] = default_random();
    for (size_t i = 0; i < n_args; i++) {
        a[i + 1] = args[i];
    }
    return fun(n_args + 1, a, kw_args);
}

// seed(a=None, version=2)
static mp_obj_t mod_random_seed(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return call_default_kw(random_seed, n_args, args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_random_seed_obj, 0, mod_random_seed);

// random()
static mp_obj_t mod_random_random(void) {
    return random_random(default_random());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mod_random_random_obj, mod_random_random);

// getrandbits(k)
static mp_obj_t mod_random_getrandbits(mp_obj_t k) {
    return random_getrandbits(default_random(), k);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_random_getrandbits_obj, mod_random_getrandbits);

// randrange(start, stop=None, step=1)
static mp_obj_t mod_random_randrange(size_t n_args, const mp_obj_t *args) {
    return call_default(&random_randrange_obj, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_random_randrange_obj, 1, 3, mod_random_randrange);

// randint(a, b)
static mp_obj_t mod_random_randint(mp_obj_t a, mp_obj_t b) {
    return random_randint(default_random(), a, b);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_random_randint_obj, mod_random_randint);

// choice(seq)
static mp_obj_t mod_random_choice(mp_obj_t seq) {
    return random_choice(default_random(), seq);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_random_choice_obj, mod_random_choice);

// shuffle(x)
static mp_obj_t mod_random_shuffle(mp_obj_t x) {
    return random_shuffle(default_random(), x);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_random_shuffle_obj, mod_random_shuffle);

// uniform(a, b)
static mp_obj_t mod_random_uniform(mp_obj_t a, mp_obj_t b) {
    return random_uniform(default_random(), a, b);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_random_uniform_obj, mod_random_uniform);

// sample(population, k)
static mp_obj_t mod_random_sample(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return call_default_kw(random_sample, n_args, args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_random_sample_obj, 0, mod_random_sample);

// choices(population, weights=None, *, cum_weights=None, k=1)
static mp_obj_t mod_random_choices(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return call_default_kw(random_choices, n_args, args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_random_choices_obj, 0, mod_random_choices);

// The distributions, as module functions.
#define RANDOM_MOD_FUN_VAR(name, lo, hi) \
    static mp_obj_t mod_random_##name(size_t n_args, const mp_obj_t *args) { \
        return call_default(&random_##name##_obj, n_args, args); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_random_##name##_obj, lo, hi, mod_random_##name);

RANDOM_MOD_FUN_VAR(gauss, 0, 2)
RANDOM_MOD_FUN_VAR(normalvariate, 0, 2)
RANDOM_MOD_FUN_VAR(lognormvariate, 2, 2)
RANDOM_MOD_FUN_VAR(expovariate, 0, 1)
RANDOM_MOD_FUN_VAR(triangular, 0, 3)
RANDOM_MOD_FUN_VAR(gammavariate, 2, 2)
RANDOM_MOD_FUN_VAR(betavariate, 2, 2)
RANDOM_MOD_FUN_VAR(paretovariate, 1, 1)
RANDOM_MOD_FUN_VAR(weibullvariate, 2, 2)
RANDOM_MOD_FUN_VAR(vonmisesvariate, 2, 2)

// randbytes(n)
static mp_obj_t mod_random_randbytes(mp_obj_t n) {
    return random_randbytes(default_random(), n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_random_randbytes_obj, mod_random_randbytes);

// getstate()
static mp_obj_t mod_random_getstate(void) {
    return random_getstate(default_random());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mod_random_getstate_obj, mod_random_getstate);

// setstate(state)
static mp_obj_t mod_random_setstate(mp_obj_t state) {
    return random_setstate(default_random(), state);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_random_setstate_obj, mod_random_setstate);

// __all__, in CPython's order.
// clang-format off
static const mp_rom_obj_tuple_t mod_random_all_obj = {
    { &mp_type_tuple }, 25, {
        MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_QSTR(MP_QSTR_SystemRandom), MP_ROM_QSTR(MP_QSTR_betavariate),
        MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_QSTR(MP_QSTR_choices), MP_ROM_QSTR(MP_QSTR_expovariate),
        MP_ROM_QSTR(MP_QSTR_gammavariate), MP_ROM_QSTR(MP_QSTR_gauss), MP_ROM_QSTR(MP_QSTR_getrandbits),
        MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_QSTR(MP_QSTR_lognormvariate),
        MP_ROM_QSTR(MP_QSTR_normalvariate), MP_ROM_QSTR(MP_QSTR_paretovariate),
        MP_ROM_QSTR(MP_QSTR_randbytes), MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_QSTR(MP_QSTR_random),
        MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_QSTR(MP_QSTR_seed),
        MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_QSTR(MP_QSTR_triangular),
        MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_QSTR(MP_QSTR_vonmisesvariate),
        MP_ROM_QSTR(MP_QSTR_weibullvariate),
    }
};
// clang-format on

// The constants the distributions are defined with (public in CPython).
static const mp_obj_float_t mod_random_nv_magicconst = { { &mp_type_float }, 1.7155277699214135 };
static const mp_obj_float_t mod_random_twopi = { { &mp_type_float }, 6.283185307179586 };
static const mp_obj_float_t mod_random_log4 = { { &mp_type_float }, 1.3862943611198906 };
static const mp_obj_float_t mod_random_sg_magicconst = { { &mp_type_float }, 2.504077396776274 };
static const mp_obj_float_t mod_random_recip_bpf = { { &mp_type_float }, 1.1102230246251565e-16 };

static const mp_rom_map_elem_t mp_module_random_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_random) },
    { MP_ROM_QSTR(MP_QSTR___all__), MP_ROM_PTR(&mod_random_all_obj) },
    { MP_ROM_QSTR(MP_QSTR_NV_MAGICCONST), MP_ROM_PTR(&mod_random_nv_magicconst) },
    { MP_ROM_QSTR(MP_QSTR_TWOPI), MP_ROM_PTR(&mod_random_twopi) },
    { MP_ROM_QSTR(MP_QSTR_LOG4), MP_ROM_PTR(&mod_random_log4) },
    { MP_ROM_QSTR(MP_QSTR_SG_MAGICCONST), MP_ROM_PTR(&mod_random_sg_magicconst) },
    { MP_ROM_QSTR(MP_QSTR_BPF), MP_ROM_INT(53) },
    { MP_ROM_QSTR(MP_QSTR_RECIP_BPF), MP_ROM_PTR(&mod_random_recip_bpf) },
    { MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_PTR(&mp_type_random) },
    { MP_ROM_QSTR(MP_QSTR_SystemRandom), MP_ROM_PTR(&mp_type_system_random) },
    { MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&mod_random_seed_obj) },
    { MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&mod_random_random_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&mod_random_getrandbits_obj) },
    { MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&mod_random_randrange_obj) },
    { MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&mod_random_randint_obj) },
    { MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&mod_random_choice_obj) },
    { MP_ROM_QSTR(MP_QSTR_choices), MP_ROM_PTR(&mod_random_choices_obj) },
    { MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_PTR(&mod_random_sample_obj) },
    { MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&mod_random_shuffle_obj) },
    { MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&mod_random_uniform_obj) },
    { MP_ROM_QSTR(MP_QSTR_gauss), MP_ROM_PTR(&mod_random_gauss_obj) },
    { MP_ROM_QSTR(MP_QSTR_normalvariate), MP_ROM_PTR(&mod_random_normalvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_lognormvariate), MP_ROM_PTR(&mod_random_lognormvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_expovariate), MP_ROM_PTR(&mod_random_expovariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_triangular), MP_ROM_PTR(&mod_random_triangular_obj) },
    { MP_ROM_QSTR(MP_QSTR_gammavariate), MP_ROM_PTR(&mod_random_gammavariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_betavariate), MP_ROM_PTR(&mod_random_betavariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_paretovariate), MP_ROM_PTR(&mod_random_paretovariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_weibullvariate), MP_ROM_PTR(&mod_random_weibullvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_vonmisesvariate), MP_ROM_PTR(&mod_random_vonmisesvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_randbytes), MP_ROM_PTR(&mod_random_randbytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&mod_random_getstate_obj) },
    { MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&mod_random_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_random_globals, mp_module_random_globals_table);

const mp_obj_module_t mp_module_random = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_random_globals,
};

MP_REGISTER_MODULE(MP_QSTR_random, mp_module_random);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_urandom, mp_module_random);

#endif // MICROPY_PY_RANDOM
