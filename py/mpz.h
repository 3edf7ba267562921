// Arbitrary-precision integers for the core: the arithmetic behind Python's `int`
// once a value no longer fits in a small int.
#ifndef MICROPY_INCLUDED_PY_MPZ_H
#define MICROPY_INCLUDED_PY_MPZ_H

#include "py/mpconfig.h"

// Representation. A value is a sign and a magnitude. The magnitude is an array
// of 32-bit digits, least significant first, with products and carries done in
// 64-bit intermediates (one 32x32->64 multiply per inner step, portable C, no
// 128-bit type needed). The array is always normalised: dig[len - 1] != 0, and
// zero is len == 0 with neg == 0, so "is zero" and "is negative" are one test
// each and no value has two encodings.
//
// The digits hold no pointers, so they are allocated with m_new_atomic and the
// collector never scans them. fixed_dig marks digits in caller-owned memory (a
// small stack buffer, see mpz_init_fixed_from_int): such an array is never
// freed or reallocated; if a fixed mpz must grow, its digits move to the heap.
//
// The struct is three words so that an int object (base + mpz_t) is four.
typedef uint32_t mpz_dig_t;
typedef uint64_t mpz_dbl_dig_t;
#define MPZ_DIG_BITS (32)

// Enough digits to hold any mp_int_t / long long (used for fixed buffers).
#define MPZ_NUM_DIG_FOR_INT ((sizeof(mp_int_t) * 8 + MPZ_DIG_BITS - 1) / MPZ_DIG_BITS)
#define MPZ_NUM_DIG_FOR_LL ((sizeof(long long) * 8 + MPZ_DIG_BITS - 1) / MPZ_DIG_BITS)

typedef struct _mpz_t {
    size_t neg : 1;
    size_t fixed_dig : 1;
    size_t alloc : (8 * sizeof(size_t) - 2);
    size_t len;
    mpz_dig_t *dig;
} mpz_t;

// Outcome of the operations that can fail for a reason other than memory.
// mpz never raises (except MemoryError from the allocator): the caller turns
// these into ZeroDivisionError / ValueError / OverflowError.
typedef enum _mpz_status_t {
    MPZ_OK = 0,
    MPZ_ERR_ZERO_DIV, // divisor or modulus is zero
    MPZ_ERR_NOT_INVERTIBLE, // pow(b, -e, m) with gcd(b, m) != 1
    MPZ_ERR_OVERFLOW, // result does not fit in a double
} mpz_status_t;

// Life cycle. Every init must be paired with mpz_deinit (or the digits are
// simply left to the collector). mpz_init_from_double requires a finite d
// and truncates toward zero.
void mpz_init_zero(mpz_t *z);
void mpz_init_from_int(mpz_t *z, mp_int_t val);
void mpz_init_from_ll(mpz_t *z, long long val);
void mpz_init_from_ull(mpz_t *z, unsigned long long val);
void mpz_init_from_double(mpz_t *z, double d);
void mpz_init_copy(mpz_t *z, const mpz_t *src);
// Uses the caller's dig[dig_alloc] (>= MPZ_NUM_DIG_FOR_INT): no allocation.
void mpz_init_fixed_from_int(mpz_t *z, mpz_dig_t *dig, size_t dig_alloc, mp_int_t val);
void mpz_deinit(mpz_t *z);

// Setters (z already initialised).
void mpz_set(mpz_t *dest, const mpz_t *src);
void mpz_set_from_int(mpz_t *z, mp_int_t val);
void mpz_set_from_ll(mpz_t *z, long long val);
void mpz_set_from_ull(mpz_t *z, unsigned long long val);
void mpz_set_from_double(mpz_t *z, double d);
// Parses the longest run of digits valid in base (2..36; letters in either
// case) starting at str and returns how many chars it used (0: none, z = 0).
// Sign, prefixes, spaces and '_' are the caller's business; neg negates.
size_t mpz_set_from_str(mpz_t *z, const char *str, size_t len, bool neg, unsigned int base);
// int.from_bytes: buf[len] as an unsigned or two's complement number.
void mpz_set_from_bytes(mpz_t *z, const byte *buf, size_t len, bool big_endian, bool is_signed);

// Queries.
static inline bool mpz_is_zero(const mpz_t *z) {
    return z->len == 0;
}
static inline bool mpz_is_neg(const mpz_t *z) {
    return z->neg != 0;
}
static inline bool mpz_is_odd(const mpz_t *z) {
    return z->len != 0 && (z->dig[0] & 1) != 0;
}
static inline int mpz_sign(const mpz_t *z) {
    return z->len == 0 ? 0 : (z->neg ? -1 : 1);
}
int mpz_cmp(const mpz_t *a, const mpz_t *b); // -1, 0 or 1
int mpz_cmp_int(const mpz_t *a, mp_int_t b); // -1, 0 or 1
int mpz_cmp_double(const mpz_t *a, double d); // exact; d may be +-inf, not nan
static inline bool mpz_eq_int(const mpz_t *a, mp_int_t b) {
    return mpz_cmp_int(a, b) == 0;
}
size_t mpz_bit_length(const mpz_t *z); // of |z|, as int.bit_length
size_t mpz_popcount(const mpz_t *z); // of |z|, as int.bit_count
bool mpz_test_bit(const mpz_t *z, size_t bit); // two's complement view
// CPython's int hash: sign * (|z| mod 2**61-1) on 64-bit (2**31-1 on
// 32-bit), with -1 mapped to -2. So a value below the modulus hashes to itself.
mp_int_t mpz_hash(const mpz_t *z);

// Conversions out. The *_checked ones return false when the value does not
// fit (and leave *value alone). as_int_truncated keeps the low bits of the
// two's complement form (like a C cast).
bool mpz_as_int_checked(const mpz_t *z, mp_int_t *value);
bool mpz_as_uint_checked(const mpz_t *z, mp_uint_t *value);
bool mpz_as_ll_checked(const mpz_t *z, long long *value);
bool mpz_as_ull_checked(const mpz_t *z, unsigned long long *value);
mp_int_t mpz_as_int_truncated(const mpz_t *z);
// Correctly rounded (half to even); +-inf when |z| is too big for a double.
double mpz_as_double(const mpz_t *z);
// a / b correctly rounded, as Python's int true division. *result is set
// only on MPZ_OK; else MPZ_ERR_ZERO_DIV or MPZ_ERR_OVERFLOW.
mpz_status_t mpz_true_div(const mpz_t *a, const mpz_t *b, double *result);
// int.to_bytes: false (buf unspecified) if z does not fit in len bytes with
// the given signedness (a negative z never fits unsigned).
bool mpz_as_bytes(const mpz_t *z, bool big_endian, bool is_signed, size_t len, byte *buf);
// Text in base 2..36 with a leading '-' for negatives, no prefix. _size gives
// a buffer size that is always enough (NUL included); _inpl writes the
// NUL-terminated text and returns its length; mpz_as_str allocates.
size_t mpz_as_str_size(const mpz_t *z, unsigned int base);
size_t mpz_as_str_inpl(const mpz_t *z, unsigned int base, bool upper, char *buf);
char *mpz_as_str(const mpz_t *z, unsigned int base);

// Arithmetic, destination first. dest may be the same object as any input.
void mpz_neg_inpl(mpz_t *dest, const mpz_t *z);
void mpz_abs_inpl(mpz_t *dest, const mpz_t *z);
void mpz_not_inpl(mpz_t *dest, const mpz_t *z); // ~z == -z - 1
void mpz_add_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_sub_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_mul_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b);
// Floor division and modulo as Python's divmod (the remainder takes the sign
// of b). quo or rem may be NULL; if both are given they must differ.
// Returns false, touching nothing, when b == 0.
bool mpz_divmod_inpl(mpz_t *quo, mpz_t *rem, const mpz_t *a, const mpz_t *b);
// base ** exp for exp >= 0 (precondition). A huge result raises MemoryError
// through the allocator; 0, 1 and -1 bases are answered for any exp.
void mpz_pow_inpl(mpz_t *dest, const mpz_t *base, const mpz_t *exp);
// Three-argument pow with Python's rules: the result has the sign of mod,
// a negative exp uses the modular inverse of base.
mpz_status_t mpz_pow3_inpl(mpz_t *dest, const mpz_t *base, const mpz_t *exp, const mpz_t *mod);
// Bitwise operators on the infinite two's complement form.
void mpz_and_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_or_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_xor_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b);
// Shifts by a bit count; shr floors (so -1 >> n == -1).
void mpz_shl_inpl(mpz_t *dest, const mpz_t *z, size_t shift);
void mpz_shr_inpl(mpz_t *dest, const mpz_t *z, size_t shift);
// Greatest common divisor, always >= 0 (gcd(0, 0) == 0).
void mpz_gcd_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b);

#endif // MICROPY_INCLUDED_PY_MPZ_H
