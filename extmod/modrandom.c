// The random module: random, getrandbits, seed, randrange, randint, choice,
// choices, sample, shuffle, uniform and the Random class whose methods they
// are. The generator is the Mersenne Twister MT19937 (Matsumoto and
// Nishimura, 1998), seeded and drawn from the way CPython does, so that
// seed(int, str or bytes) gives CPython's sequences for every method and
// distribution. A subclass's own random() or getrandbits() is used by the
// other methods, as in CPython. getstate() is CPython's (3, 625 ints,
// gauss_next). SystemRandom draws the same methods' words from the OS
// entropy source instead. Left out: binomialvariate (3.12). The cold
// methods (the distributions, sample, choices) are Python: lib/_randomdist.py.
#include "py/mpconfig.h"

#if MICROPY_PY_RANDOM

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>
#include <string.h>
#include <sys/random.h>

#include "py/frozen.h"
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
extern const mp_obj_module_t mp_module_random;
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

// _randbelow(n): a uniform int in [0, n), as CPython's (the frozen methods
// draw their ints through it). n must be positive: CPython's draws for ever
// on 0.
static mp_obj_t random_randbelow(mp_obj_t self_in, mp_obj_t n) {
    if (mp_obj_int_sign(n) <= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("empty range for randrange()"));
    }
    return rand_below(get_random(self_in), n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_randbelow_obj, random_randbelow);

// The cold methods, written in Python (lib/_randomdist.py): sample, choices
// and the distributions.
MP_DEFINE_CONST_FUN_FROZEN_METHOD(random_sample_obj, MP_QSTR__randomdist, MP_QSTR_sample);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(random_choices_obj, MP_QSTR__randomdist, MP_QSTR_choices);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(random_gauss_obj, MP_QSTR__randomdist, MP_QSTR_gauss);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    random_normalvariate_obj, MP_QSTR__randomdist, MP_QSTR_normalvariate);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    random_lognormvariate_obj, MP_QSTR__randomdist, MP_QSTR_lognormvariate);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(random_expovariate_obj, MP_QSTR__randomdist, MP_QSTR_expovariate);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(random_triangular_obj, MP_QSTR__randomdist, MP_QSTR_triangular);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    random_gammavariate_obj, MP_QSTR__randomdist, MP_QSTR_gammavariate);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(random_betavariate_obj, MP_QSTR__randomdist, MP_QSTR_betavariate);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    random_paretovariate_obj, MP_QSTR__randomdist, MP_QSTR_paretovariate);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    random_weibullvariate_obj, MP_QSTR__randomdist, MP_QSTR_weibullvariate);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    random_vonmisesvariate_obj, MP_QSTR__randomdist, MP_QSTR_vonmisesvariate);

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
    { MP_ROM_QSTR(MP_QSTR__randbelow), MP_ROM_PTR(&random_randbelow_obj) },
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
    return do_randrange(get_random(default_random()), args[0], n_args > 1 ? args[1] : mp_const_none,
        n_args > 2 ? args[2] : MP_OBJ_NEW_SMALL_INT(1));
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

// __getattr__(name) (PEP 562): the module functions that are not in the
// table below (the cold ones) are, as in CPython, the shared instance's
// methods, bound on each use; the distributions' constants are the frozen
// module's.
static mp_obj_t mod_random_getattr(mp_obj_t name) {
    qstr q = mp_obj_str_get_qstr(name);
    const char *s = qstr_str(q);
    mp_obj_t key = MP_OBJ_NEW_QSTR(q);
    if (*s != '_' && mp_map_lookup((mp_map_t *)&random_locals_dict.map, key, MP_MAP_LOOKUP)) {
        return mp_load_attr(default_random(), q);
    }
    if (*s >= 'A' && *s <= 'Z') {
        mp_obj_t mod = mp_import_name(MP_QSTR__randomdist, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(mod)->map, key, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    mp_raise_attribute_error(MP_OBJ_FROM_PTR(&mp_module_random), q);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_random_getattr_obj, mod_random_getattr);

// __dir__(): what __getattr__ adds is in __all__.
static mp_obj_t mod_random_dir(void) {
    mp_obj_t set = MP_OBJ_FROM_PTR(&mp_type_set);
    mp_obj_dict_t *globals = mp_obj_module_get_globals(MP_OBJ_FROM_PTR(&mp_module_random));
    mp_obj_t names = mp_call_function_1(set, MP_OBJ_FROM_PTR(globals));
    mp_obj_t all = mp_call_function_1(set, MP_OBJ_FROM_PTR(&mod_random_all_obj));
    return mp_binary_op(MP_BINARY_OP_INPLACE_OR, names, all);
}
static MP_DEFINE_CONST_FUN_OBJ_0(mod_random_dir_obj, mod_random_dir);

static const mp_rom_map_elem_t mp_module_random_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_random) },
    { MP_ROM_QSTR(MP_QSTR___all__), MP_ROM_PTR(&mod_random_all_obj) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&mod_random_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR___dir__), MP_ROM_PTR(&mod_random_dir_obj) },
    { MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_PTR(&mp_type_random) },
    { MP_ROM_QSTR(MP_QSTR_SystemRandom), MP_ROM_PTR(&mp_type_system_random) },
    { MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&mod_random_random_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&mod_random_getrandbits_obj) },
    { MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&mod_random_randrange_obj) },
    { MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&mod_random_randint_obj) },
    { MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&mod_random_choice_obj) },
    { MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&mod_random_shuffle_obj) },
    { MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&mod_random_uniform_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_random_globals, mp_module_random_globals_table);

const mp_obj_module_t mp_module_random = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_random_globals,
};

MP_REGISTER_MODULE(MP_QSTR_random, mp_module_random);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_urandom, mp_module_random);

#endif // MICROPY_PY_RANDOM
