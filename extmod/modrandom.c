// The random module: random, getrandbits, seed, randrange, randint, choice,
// choices, sample, shuffle, uniform and the Random class whose methods they
// are. The generator is xoshiro256** (seeded through splitmix64), seeded from
// the OS at start: sequences differ from CPython's Mersenne Twister on
// purpose. Left out: getstate/setstate, the distributions (gauss, ...).
#include "py/mpconfig.h"

#if MICROPY_PY_RANDOM

#include <fcntl.h>
#include <math.h>
#include <unistd.h>
#include <string.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/objstr.h"

// The module's default Random instance, MP_OBJ_NULL until first use.
#define MP_STATE_RANDOM_DEFAULT (MP_STATE_VM(random_default))

typedef struct _mp_obj_random_t {
    mp_obj_base_t base;
    uint64_t s[4];
} mp_obj_random_t;

static const mp_obj_type_t mp_type_random;

// ---------------------------------------------------------------------------
// The generator.

static inline uint64_t rotl(uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

static uint64_t next_u64(mp_obj_random_t *r) {
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

static uint64_t splitmix64(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Seed from a sequence of 64-bit words (all of them influence the state).
static void seed_words(mp_obj_random_t *r, const uint64_t *w, size_t n) {
    uint64_t x = 0x6a09e667f3bcc909ULL ^ n;
    for (size_t i = 0; i < n; i++) {
        x = splitmix64(&x) ^ w[i];
    }
    for (int i = 0; i < 4; i++) {
        r->s[i] = splitmix64(&x);
    }
}

static void seed_from_os(mp_obj_random_t *r) {
    uint64_t w[4] = { 0, 0, 0, 0 };
    bool ok = false;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ok = read(fd, w, sizeof(w)) == (ssize_t)sizeof(w);
        close(fd);
    }
    if (!ok) {
        // No entropy source: the clocks and an address are the best left.
        w[0] = mp_hal_time_ns();
        w[1] = mp_hal_monotonic_ns();
        w[2] = (uint64_t)(uintptr_t)r;
    }
    seed_words(r, w, 4);
}

static size_t int_bit_length(mp_obj_t i) {
    mp_obj_t dest[2];
    mp_load_method(i, MP_QSTR_bit_length, dest);
    return (size_t)mp_obj_get_int(mp_call_method_n_kw(0, 0, dest));
}

// Seed from a Python value: None (the OS), an int (all its bits), str/bytes
// (their bytes), or anything hashable (its hash).
static void seed_from_obj(mp_obj_random_t *r, mp_obj_t a) {
    if (a == mp_const_none) {
        seed_from_os(r);
        return;
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    uint64_t kind;
    if (mp_obj_is_int(a) || mp_obj_is_bool(a)) {
        mp_obj_t v = mp_obj_is_bool(a) ? MP_OBJ_NEW_SMALL_INT(a == mp_const_true) : a;
        // CPython seeds with abs(a): seed(-5) == seed(5).
        if (mp_obj_int_sign(v) < 0) {
            v = mp_unary_op(MP_UNARY_OP_NEGATIVE, v);
        }
        size_t n = (int_bit_length(v) + 7) / 8;
        if (n == 0) {
            n = 1;
        }
        vstr_add_len(&vstr, n);
        mp_obj_int_to_bytes_impl(v, false, n, (byte *)vstr.buf, false);
        kind = 1;
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
        vstr_add_strn(&vstr, (const char *)data, len);
        kind = 2;
    } else {
        mp_int_t h = MP_OBJ_SMALL_INT_VALUE(mp_obj_hash(a));
        vstr_add_strn(&vstr, (const char *)&h, sizeof(h));
        kind = 3;
    }
    size_t n_words = (vstr.len + 7) / 8 + 1;
    uint64_t *w = m_new0(uint64_t, n_words);
    w[0] = kind;
    memcpy(w + 1, vstr.buf, vstr.len);
    seed_words(r, w, n_words);
}

static mp_obj_random_t *get_random(mp_obj_t self_in) {
    mp_obj_t native = mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_random));
    if (!mp_obj_is_type(native, &mp_type_random)) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor requires a 'Random' object"));
    }
    return MP_OBJ_TO_PTR(native);
}

static mp_obj_t new_random(const mp_obj_type_t *type, mp_obj_t seed) {
    mp_obj_random_t *o = m_new_obj(mp_obj_random_t);
    o->base.type = type;
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

// A float in [0, 1) with 53 random bits.
static mp_float_t next_float(mp_obj_random_t *r) {
    return (mp_float_t)(next_u64(r) >> 11) * (1.0 / 9007199254740992.0);
}

// An int with k random bits.
static mp_obj_t rand_bits(mp_obj_random_t *r, size_t k) {
    if (k <= 62) {
        if (k == 0) {
            return MP_OBJ_NEW_SMALL_INT(0);
        }
        return mp_obj_new_int((mp_int_t)(next_u64(r) >> (64 - k)));
    }
    size_t n_words = (k + 63) / 64;
    uint64_t *w = m_new_atomic(uint64_t, n_words);
    for (size_t i = 0; i < n_words; i++) {
        w[i] = next_u64(r);
    }
    if (k % 64 != 0) {
        w[n_words - 1] >>= 64 - k % 64;
    }
    // Little-endian byte order for from_bytes, whatever the host's.
    byte *b = m_new_atomic(byte, n_words * 8);
    for (size_t i = 0; i < n_words; i++) {
        for (int j = 0; j < 8; j++) {
            b[i * 8 + j] = (byte)(w[i] >> (8 * j));
        }
    }
    return mp_obj_int_from_bytes_impl(false, n_words * 8, b, false);
}

// A uniform int in [0, n) for n > 0 (an int object), by rejection sampling.
static mp_obj_t rand_below(mp_obj_random_t *r, mp_obj_t n) {
    mp_int_t small;
    if (mp_obj_get_int_maybe(n, &small) && small < ((mp_int_t)1 << 62)) {
        uint64_t lim = (uint64_t)small;
        int bits = 64 - __builtin_clzll(lim);
        for (;;) {
            uint64_t v = next_u64(r) >> (64 - bits);
            if (v < lim) {
                return mp_obj_new_int((mp_int_t)v);
            }
        }
    }
    size_t k = int_bit_length(n);
    for (;;) {
        mp_obj_t v = rand_bits(r, k);
        if (mp_obj_less(v, n)) {
            return v;
        }
    }
}

// ---------------------------------------------------------------------------
// Methods (the module functions call them on the shared instance).

// seed(a=None)
static mp_obj_t random_seed(size_t n_args, const mp_obj_t *args) {
    seed_from_obj(get_random(args[0]), n_args > 1 ? args[1] : mp_const_none);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_seed_obj, 1, 2, random_seed);

// random()
static mp_obj_t random_random(mp_obj_t self_in) {
    return mp_obj_new_float(next_float(get_random(self_in)));
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
    if (mp_obj_is_int(o)) {
        return o;
    }
    if (mp_obj_is_float(o)) {
        mp_float_t f = mp_obj_float_get(o);
        if (f != floor(f)) {
            mp_raise_msg_varg(
                &mp_type_ValueError, MP_ERROR_TEXT("non-integer arg %d for randrange()"), argno);
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
    if (MP_OBJ_SMALL_INT_VALUE(len) == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("Cannot choose from an empty sequence"));
    }
    return mp_obj_subscr(seq, rand_below(get_random(self_in), len), MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_choice_obj, random_choice);

// shuffle(x): Fisher-Yates, in place through item assignment.
static mp_obj_t random_shuffle(mp_obj_t self_in, mp_obj_t x) {
    mp_obj_random_t *r = get_random(self_in);
    if (mp_obj_is_type(x, &mp_type_list)) {
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
    mp_int_t n = MP_OBJ_SMALL_INT_VALUE(mp_obj_len(x));
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

// sample(population, k)
static mp_obj_t random_sample(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_self, ARG_population, ARG_k };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_population, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_k, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
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
    // A copy as a list, then a partial Fisher-Yates from the front.
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t it = mp_getiter(pop);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, x);
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    mp_int_t k = args[ARG_k].u_int;
    if (k < 0 || (size_t)k > n) {
        mp_raise_ValueError(MP_ERROR_TEXT("Sample larger than population or is negative"));
    }
    for (mp_int_t i = 0; i < k; i++) {
        size_t j = (size_t)i + (size_t)MP_OBJ_SMALL_INT_VALUE(
                                   rand_below(r, MP_OBJ_NEW_SMALL_INT(n - (size_t)i)));
        mp_obj_t t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
    return mp_obj_new_list((size_t)k, items);
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
    size_t n = (size_t)MP_OBJ_SMALL_INT_VALUE(mp_obj_len(pop));
    mp_int_t k = args[ARG_k].u_int;
    if (k < 0) {
        k = 0;
    }
    mp_obj_t result = mp_obj_new_list(0, NULL);
    mp_obj_t weights = args[ARG_weights].u_obj;
    mp_obj_t cum = args[ARG_cum_weights].u_obj;
    if (weights == mp_const_none && cum == mp_const_none) {
        if (n == 0 && k > 0) {
            mp_raise_IndexError(MP_ERROR_TEXT("Cannot choose from an empty population"));
        }
        for (mp_int_t i = 0; i < k; i++) {
            mp_obj_t idx = mp_obj_new_int((mp_int_t)(next_float(r) * (mp_float_t)n));
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
    if ((size_t)MP_OBJ_SMALL_INT_VALUE(mp_obj_len(src)) != n) {
        mp_raise_ValueError(MP_ERROR_TEXT("The number of weights does not match the population"));
    }
    mp_obj_t it = mp_getiter(src);
    mp_float_t total = 0;
    for (size_t i = 0; i < n; i++) {
        mp_float_t w = mp_obj_get_float(mp_iternext(it));
        total = weights != mp_const_none ? total + w : w;
        cw[i] = total;
    }
    if (n == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("Cannot choose from an empty population"));
    }
    if (!(total > 0)) {
        mp_raise_ValueError(MP_ERROR_TEXT("Total of weights must be greater than zero"));
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
};
static MP_DEFINE_CONST_DICT(random_locals_dict, random_locals_dict_table);

static const mp_obj_type_t mp_type_random = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_Random,
    .make_new = random_make_new,
    .locals_dict = (mp_obj_dict_t *)&random_locals_dict,
};

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

// seed(a=None)
static mp_obj_t mod_random_seed(size_t n_args, const mp_obj_t *args) {
    return call_default(&random_seed_obj, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_random_seed_obj, 0, 1, mod_random_seed);

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

static const mp_rom_map_elem_t mp_module_random_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_random) },
    { MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_PTR(&mp_type_random) },
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
};
static MP_DEFINE_CONST_DICT(mp_module_random_globals, mp_module_random_globals_table);

const mp_obj_module_t mp_module_random = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_random_globals,
};

MP_REGISTER_MODULE(MP_QSTR_random, mp_module_random);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_urandom, mp_module_random);

#endif // MICROPY_PY_RANDOM
