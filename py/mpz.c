// Arbitrary-precision integer arithmetic (see py/mpz.h for the representation).
//
// Layering: raw digit-array routines (prefix dig_) know nothing about signs or
// allocation; the mpz_* functions on top handle signs, aliasing and memory.
// Every mpz_* result is computed either strictly low-to-high in place (add,
// sub, shifts), which is safe when dest is an input, or into a fresh array that
// replaces dest's digits at the end (mul, div, bitwise, pow), so aliasing
// never needs special cases in the callers.
//
// Algorithms: schoolbook add/sub; schoolbook multiply and square below
// KARATSUBA_MIN digits, Karatsuba above; Knuth's long division (algorithm D);
// conversion to decimal by repeated division by 10**9 with the constant known
// to the compiler (a multiply, not a divide) for moderate sizes, and
// divide-and-conquer on powers of 10**9 for large ones.
#include "py/mpconfig.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "py/misc.h"
#include "py/mpz.h"

#define DIG_MASK ((mpz_dbl_dig_t)0xffffffffu)

// Below this many digits in the shorter operand Karatsuba loses to the
// schoolbook loop (measured with tests/unit/mpz_test.c --bench on x86-64).
#define KARATSUBA_MIN (48)

// Numbers with at least this many digits are converted to text by splitting
// them with a division by a big power of the base (measured as above: 4x
// faster than plain chunking at 100,000 decimal digits).
#define TO_STR_SPLIT_MIN (200)

/******************************************************************************/
// Raw digit arrays: little endian, explicit lengths.

static size_t dig_trim(const mpz_dig_t *d, size_t len) {
    while (len > 0 && d[len - 1] == 0) {
        len--;
    }
    return len;
}

static void dig_copy(mpz_dig_t *dest, const mpz_dig_t *src, size_t n) {
    if (n > 0) {
        memmove(dest, src, n * sizeof(mpz_dig_t));
    }
}

static void dig_zero(mpz_dig_t *d, size_t n) {
    if (n > 0) {
        memset(d, 0, n * sizeof(mpz_dig_t));
    }
}

// Compares two trimmed magnitudes.
static int dig_cmp(const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an-- > 0) {
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

// r = a + b with an >= bn; r needs an + 1 digits and may be a or b.
// Returns the length of the sum.
static size_t dig_add(mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    mpz_dbl_dig_t c = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        c += (mpz_dbl_dig_t)a[i] + b[i];
        r[i] = (mpz_dig_t)c;
        c >>= MPZ_DIG_BITS;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (mpz_dig_t)c;
        c >>= MPZ_DIG_BITS;
    }
    if (c != 0) {
        r[i++] = (mpz_dig_t)c;
    }
    return i;
}

// r = a - b for a >= b, an >= bn; r may be a or b. Returns the trimmed length.
static size_t dig_sub(mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    mpz_dig_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        mpz_dbl_dig_t t = (mpz_dbl_dig_t)a[i] - b[i] - borrow;
        r[i] = (mpz_dig_t)t;
        borrow = (mpz_dig_t)(t >> MPZ_DIG_BITS) & 1;
    }
    for (; i < an; i++) {
        mpz_dbl_dig_t t = (mpz_dbl_dig_t)a[i] - borrow;
        r[i] = (mpz_dig_t)t;
        borrow = (mpz_dig_t)(t >> MPZ_DIG_BITS) & 1;
    }
    return dig_trim(r, an);
}

// r[0, rn) += a[0, an) for an <= rn; the caller knows the sum fits in rn digits.
static void dig_add_inpl(mpz_dig_t *r, size_t rn, const mpz_dig_t *a, size_t an) {
    mpz_dbl_dig_t c = 0;
    size_t i = 0;
    for (; i < an; i++) {
        c += (mpz_dbl_dig_t)r[i] + a[i];
        r[i] = (mpz_dig_t)c;
        c >>= MPZ_DIG_BITS;
    }
    for (; c != 0 && i < rn; i++) {
        c += r[i];
        r[i] = (mpz_dig_t)c;
        c >>= MPZ_DIG_BITS;
    }
}

// d[0, n) = d * m + add; returns the new length (n or n + 1; d needs the room).
static size_t dig_mul_1_add(mpz_dig_t *d, size_t n, mpz_dig_t m, mpz_dig_t add) {
    mpz_dbl_dig_t c = add;
    for (size_t i = 0; i < n; i++) {
        c += (mpz_dbl_dig_t)d[i] * m;
        d[i] = (mpz_dig_t)c;
        c >>= MPZ_DIG_BITS;
    }
    if (c != 0) {
        d[n++] = (mpz_dig_t)c;
    }
    return n;
}

// q = u / d, returns u % d. q may be u. The divisor is an argument of an
// inline function so that callers passing a constant get a multiply.
static inline mpz_dig_t dig_div_1(mpz_dig_t *q, const mpz_dig_t *u, size_t n, mpz_dig_t d) {
    mpz_dbl_dig_t r = 0;
    for (size_t i = n; i-- > 0;) {
        r = (r << MPZ_DIG_BITS) | u[i];
        mpz_dbl_dig_t qi = r / d;
        q[i] = (mpz_dig_t)qi;
        r -= qi * d;
    }
    return (mpz_dig_t)r;
}

// r[0, an + bn) = a * b. r must not overlap a or b. Digits a[i] are
// multiplied by b[j] into r[i + j]; each step's 64-bit sum a*b + r + carry
// cannot overflow because (2**32-1)**2 + 2 * (2**32-1) == 2**64 - 1.
static void dig_mul_school(
    mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    dig_zero(r, an + bn);
    for (size_t j = 0; j < bn; j++) {
        mpz_dbl_dig_t bj = b[j];
        mpz_dbl_dig_t c = 0;
        if (bj == 0) {
            continue;
        }
        mpz_dig_t *rj = r + j;
        for (size_t i = 0; i < an; i++) {
            c += a[i] * bj + rj[i];
            rj[i] = (mpz_dig_t)c;
            c >>= MPZ_DIG_BITS;
        }
        rj[an] = (mpz_dig_t)c;
    }
}

// r[0, 2n) = a * a: each cross product is computed once and doubled, then the
// squares of single digits are added, so about half the multiplies.
static void dig_sqr_school(mpz_dig_t *r, const mpz_dig_t *a, size_t n) {
    dig_zero(r, 2 * n);
    for (size_t i = 0; i + 1 < n; i++) {
        mpz_dbl_dig_t ai = a[i];
        mpz_dbl_dig_t c = 0;
        for (size_t j = i + 1; j < n; j++) {
            c += ai * a[j] + r[i + j];
            r[i + j] = (mpz_dig_t)c;
            c >>= MPZ_DIG_BITS;
        }
        r[i + n] = (mpz_dig_t)c;
    }
    mpz_dig_t top = 0;
    for (size_t i = 0; i < 2 * n; i++) {
        mpz_dig_t d = r[i];
        r[i] = (d << 1) | top;
        top = d >> (MPZ_DIG_BITS - 1);
    }
    mpz_dbl_dig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (mpz_dbl_dig_t)a[i] * a[i] + r[2 * i];
        r[2 * i] = (mpz_dig_t)c;
        c >>= MPZ_DIG_BITS;
        c += r[2 * i + 1];
        r[2 * i + 1] = (mpz_dig_t)c;
        c >>= MPZ_DIG_BITS;
    }
}

// Scratch digits needed by dig_mul_kara for a longer operand of n digits.
// Each balanced level uses 4m + 4 digits (the two half sums and their
// product, m = ceil(n / 2)) and recurses on at most m + 1 digits; an
// unbalanced level needs less (see dig_mul_kara).
static size_t kara_scratch_size(size_t n) {
    size_t s = 0;
    while (n >= KARATSUBA_MIN) {
        size_t m = (n + 1) / 2;
        s += 4 * m + 4;
        n = m + 1;
    }
    return s;
}

// r[0, an + bn) = a * b for an >= bn; r must not overlap a, b or scratch.
// Karatsuba: with a = a1*B**m + a0 and b = b1*B**m + b0,
//   a*b = z2*B**2m + (z1 - z2 - z0)*B**m + z0,
//   z0 = a0*b0, z2 = a1*b1, z1 = (a0 + a1)*(b0 + b1),
// three half-size products instead of four. When b is at most half as long
// as a, a is cut into b-sized pieces instead (each piece times b balanced).
static void dig_mul_kara(mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn,
    mpz_dig_t *scratch) {
    if (bn < KARATSUBA_MIN) {
        if (a == b && an == bn) {
            dig_sqr_school(r, a, an);
        } else {
            dig_mul_school(r, a, an, b, bn);
        }
        return;
    }
    size_t m = (an + 1) / 2;
    if (bn <= m) {
        // 2 * bn <= an + 1 <= 4m + 4 digits of product, and the pieces
        // recurse on bn <= m + 1 digits, so kara_scratch_size(an) suffices.
        mpz_dig_t *tmp = scratch;
        scratch += 2 * bn;
        dig_zero(r, an + bn);
        for (size_t off = 0; off < an; off += bn) {
            size_t pn = an - off < bn ? an - off : bn;
            if (pn == bn) {
                dig_mul_kara(tmp, a + off, bn, b, bn, scratch);
            } else {
                dig_mul_kara(tmp, b, bn, a + off, pn, scratch);
            }
            dig_add_inpl(r + off, an + bn - off, tmp, pn + bn);
        }
        return;
    }
    bool square = a == b && an == bn;
    const mpz_dig_t *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
    size_t a1n = an - m, b1n = bn - m;
    // The sub-products land directly in their places in r.
    dig_mul_kara(r, a0, m, b0, m, scratch);
    dig_mul_kara(r + 2 * m, a1, a1n, b1, b1n, scratch);
    mpz_dig_t *sa = scratch;
    mpz_dig_t *sb = scratch + m + 1;
    mpz_dig_t *z1 = scratch + 2 * m + 2;
    scratch += 4 * m + 4;
    // Each sum has m or m + 1 digits; zero-pad both to the longer so that
    // the recursion sees equal lengths.
    size_t san = dig_add(sa, a0, m, a1, a1n);
    dig_zero(sa + san, m + 1 - san);
    size_t sbn;
    if (square) {
        sb = sa;
        sbn = san;
    } else {
        sbn = dig_add(sb, b0, m, b1, b1n);
        dig_zero(sb + sbn, m + 1 - sbn);
    }
    size_t sn = san > sbn ? san : sbn;
    dig_mul_kara(z1, sa, sn, sb, sn, scratch);
    size_t z1n = dig_trim(z1, 2 * sn);
    z1n = dig_sub(z1, z1, z1n, r, dig_trim(r, 2 * m));
    z1n = dig_sub(z1, z1, z1n, r + 2 * m, dig_trim(r + 2 * m, a1n + b1n));
    dig_add_inpl(r + m, an + bn - m, z1, z1n);
}

// Multiplies into r[0, an + bn), choosing the algorithm. an >= bn.
static void dig_mul(mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    if (bn < KARATSUBA_MIN) {
        if (a == b && an == bn) {
            dig_sqr_school(r, a, an);
        } else {
            dig_mul_school(r, a, an, b, bn);
        }
        return;
    }
    size_t ns = kara_scratch_size(an);
    mpz_dig_t *scratch = m_new_atomic(mpz_dig_t, ns);
    dig_mul_kara(r, a, an, b, bn, scratch);
    m_del(mpz_dig_t, scratch, ns);
}

// Long division, Knuth's algorithm D. u has un digits, v has vn >= 2 digits
// with v[vn - 1] != 0, un >= vn. Writes q[0, un - vn + 1) and the remainder
// r[0, vn) (untrimmed). q and r must not overlap the inputs.
//
// Both operands are first shifted left so that v's top digit has its high
// bit set; then the estimate of each quotient digit from the top two digits
// of the running remainder and v's top digit, corrected with v's second
// digit, is exact or one too large, which the add-back step repairs.
static void dig_divmod(
    mpz_dig_t *q, mpz_dig_t *r, const mpz_dig_t *u, size_t un, const mpz_dig_t *v, size_t vn) {
    mpz_dig_t *w = m_new_atomic(mpz_dig_t, un + 1 + vn);
    mpz_dig_t *nu = w; // normalised dividend, un + 1 digits
    mpz_dig_t *nv = w + un + 1; // normalised divisor, vn digits
    unsigned int s = __builtin_clz(v[vn - 1]);
    if (s == 0) {
        dig_copy(nv, v, vn);
        dig_copy(nu, u, un);
        nu[un] = 0;
    } else {
        for (size_t i = vn - 1; i > 0; i--) {
            nv[i] = (v[i] << s) | (v[i - 1] >> (MPZ_DIG_BITS - s));
        }
        nv[0] = v[0] << s;
        nu[un] = u[un - 1] >> (MPZ_DIG_BITS - s);
        for (size_t i = un - 1; i > 0; i--) {
            nu[i] = (u[i] << s) | (u[i - 1] >> (MPZ_DIG_BITS - s));
        }
        nu[0] = u[0] << s;
    }
    mpz_dbl_dig_t vtop = nv[vn - 1];
    mpz_dbl_dig_t vnext = nv[vn - 2];
    for (size_t j = un - vn + 1; j-- > 0;) {
        mpz_dig_t *uj = nu + j;
        mpz_dbl_dig_t num = ((mpz_dbl_dig_t)uj[vn] << MPZ_DIG_BITS) | uj[vn - 1];
        mpz_dbl_dig_t qhat = num / vtop;
        mpz_dbl_dig_t rhat = num - qhat * vtop;
        while (qhat > DIG_MASK || qhat * vnext > ((rhat << MPZ_DIG_BITS) | uj[vn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > DIG_MASK) {
                break;
            }
        }
        // uj[0, vn] -= qhat * nv
        mpz_dbl_dig_t carry = 0;
        mpz_dig_t borrow = 0;
        for (size_t i = 0; i < vn; i++) {
            mpz_dbl_dig_t p = qhat * nv[i] + carry;
            carry = p >> MPZ_DIG_BITS;
            mpz_dbl_dig_t t = (mpz_dbl_dig_t)uj[i] - (p & DIG_MASK) - borrow;
            uj[i] = (mpz_dig_t)t;
            borrow = (mpz_dig_t)(t >> MPZ_DIG_BITS) & 1;
        }
        mpz_dbl_dig_t t = (mpz_dbl_dig_t)uj[vn] - carry - borrow;
        uj[vn] = (mpz_dig_t)t;
        if ((t >> MPZ_DIG_BITS) != 0) {
            // qhat was one too large: add the divisor back once.
            qhat--;
            mpz_dbl_dig_t c = 0;
            for (size_t i = 0; i < vn; i++) {
                c += (mpz_dbl_dig_t)uj[i] + nv[i];
                uj[i] = (mpz_dig_t)c;
                c >>= MPZ_DIG_BITS;
            }
            uj[vn] += (mpz_dig_t)c;
        }
        q[j] = (mpz_dig_t)qhat;
    }
    if (s == 0) {
        dig_copy(r, nu, vn);
    } else {
        for (size_t i = 0; i + 1 < vn; i++) {
            r[i] = (nu[i] >> s) | (nu[i + 1] << (MPZ_DIG_BITS - s));
        }
        r[vn - 1] = nu[vn - 1] >> s;
    }
    m_del(mpz_dig_t, w, un + 1 + vn);
}

// Bits [pos, pos + 64) of a magnitude, zero beyond its end.
static uint64_t dig_get_bits64(const mpz_dig_t *d, size_t len, size_t pos) {
    size_t i = pos / MPZ_DIG_BITS;
    unsigned int s = pos % MPZ_DIG_BITS;
    uint64_t w0 = i < len ? d[i] : 0;
    uint64_t w1 = i + 1 < len ? d[i + 1] : 0;
    uint64_t w2 = i + 2 < len ? d[i + 2] : 0;
    uint64_t v = (w0 | (w1 << 32)) >> s;
    if (s != 0) {
        v |= w2 << (64 - s);
    }
    return v;
}

// Whether any bit below pos is set.
static bool dig_any_below(const mpz_dig_t *d, size_t len, size_t pos) {
    size_t i = pos / MPZ_DIG_BITS;
    unsigned int s = pos % MPZ_DIG_BITS;
    for (size_t k = 0; k < i && k < len; k++) {
        if (d[k] != 0) {
            return true;
        }
    }
    return s != 0 && i < len && (d[i] & (((mpz_dig_t)1 << s) - 1)) != 0;
}

/******************************************************************************/
// Memory of an mpz_t.

static mpz_dig_t *dig_new(size_t n) {
    return m_malloc_atomic(m_size_mul(n == 0 ? 1 : n, sizeof(mpz_dig_t)));
}

// Makes room for n digits, keeping the current value.
static void mpz_need(mpz_t *z, size_t n) {
    if (n <= z->alloc) {
        return;
    }
    if (z->fixed_dig || z->dig == NULL) {
        mpz_dig_t *d = dig_new(n);
        dig_copy(d, z->dig, z->len);
        z->dig = d;
        z->fixed_dig = 0;
    } else {
        z->dig = m_realloc(z->dig, m_size_mul(n, sizeof(mpz_dig_t)));
    }
    z->alloc = n;
}

// Replaces z's digits with the heap array d (alloc digits, value in the first
// len, trimmed here).
static void mpz_take(mpz_t *z, mpz_dig_t *d, size_t alloc, size_t len, bool neg) {
    if (!z->fixed_dig && z->dig != NULL && z->dig != d) {
        m_del(mpz_dig_t, z->dig, z->alloc);
    }
    len = dig_trim(d, len);
    z->dig = d;
    z->alloc = alloc;
    z->fixed_dig = 0;
    z->len = len;
    z->neg = neg && len != 0;
}

// Moves the value of the temporary src into dest; src is left empty.
static void mpz_move(mpz_t *dest, mpz_t *src) {
    if (src->fixed_dig) {
        mpz_set(dest, src);
        return;
    }
    mpz_take(dest, src->dig, src->alloc, src->len, src->neg);
    src->dig = NULL;
    src->alloc = 0;
    src->len = 0;
    src->neg = 0;
}

static void mpz_set_zero(mpz_t *z) {
    z->len = 0;
    z->neg = 0;
}

static void mpz_set_mag_ull(mpz_t *z, unsigned long long v, bool neg) {
    mpz_need(z, MPZ_NUM_DIG_FOR_LL);
    size_t n = 0;
    while (v != 0) {
        z->dig[n++] = (mpz_dig_t)v;
        v >>= MPZ_DIG_BITS;
    }
    z->len = n;
    z->neg = neg && n != 0;
}

/******************************************************************************/
// Life cycle and setters.

void mpz_init_zero(mpz_t *z) {
    z->neg = 0;
    z->fixed_dig = 0;
    z->alloc = 0;
    z->len = 0;
    z->dig = NULL;
}

void mpz_init_from_int(mpz_t *z, mp_int_t val) {
    mpz_init_zero(z);
    mpz_set_from_int(z, val);
}

void mpz_init_from_ll(mpz_t *z, long long val) {
    mpz_init_zero(z);
    mpz_set_from_ll(z, val);
}

void mpz_init_from_ull(mpz_t *z, unsigned long long val) {
    mpz_init_zero(z);
    mpz_set_from_ull(z, val);
}

void mpz_init_from_double(mpz_t *z, double d) {
    mpz_init_zero(z);
    mpz_set_from_double(z, d);
}

void mpz_init_copy(mpz_t *z, const mpz_t *src) {
    mpz_init_zero(z);
    mpz_set(z, src);
}

void mpz_init_fixed_from_int(mpz_t *z, mpz_dig_t *dig, size_t dig_alloc, mp_int_t val) {
    z->neg = 0;
    z->fixed_dig = 1;
    z->alloc = dig_alloc;
    z->len = 0;
    z->dig = dig;
    mpz_set_from_int(z, val);
}

void mpz_deinit(mpz_t *z) {
    if (!z->fixed_dig && z->dig != NULL) {
        m_del(mpz_dig_t, z->dig, z->alloc);
    }
    z->dig = NULL;
    z->alloc = 0;
    z->len = 0;
    z->neg = 0;
    z->fixed_dig = 0;
}

void mpz_set(mpz_t *dest, const mpz_t *src) {
    if (dest == src) {
        return;
    }
    mpz_need(dest, src->len);
    dig_copy(dest->dig, src->dig, src->len);
    dest->len = src->len;
    dest->neg = src->neg;
}

void mpz_set_from_int(mpz_t *z, mp_int_t val) {
    mpz_set_from_ll(z, val);
}

void mpz_set_from_ll(mpz_t *z, long long val) {
    // Negate in unsigned arithmetic so that LLONG_MIN works.
    unsigned long long mag = val < 0 ? 0ull - (unsigned long long)val : (unsigned long long)val;
    mpz_set_mag_ull(z, mag, val < 0);
}

void mpz_set_from_ull(mpz_t *z, unsigned long long val) {
    mpz_set_mag_ull(z, val, false);
}

void mpz_set_from_double(mpz_t *z, double d) {
    bool neg = d < 0;
    if (neg) {
        d = -d;
    }
    if (!(d >= 1.0)) {
        mpz_set_zero(z);
        return;
    }
    // d = f * 2**e with 0.5 <= f < 1, so the integer mant = f * 2**53 is exact
    // and d = mant * 2**(e - 53).
    int e;
    double f = frexp(d, &e);
    uint64_t mant = (uint64_t)ldexp(f, DBL_MANT_DIG);
    int shift = e - DBL_MANT_DIG;
    if (shift <= 0) {
        mpz_set_mag_ull(z, mant >> -shift, neg);
    } else {
        mpz_set_mag_ull(z, mant, neg);
        mpz_shl_inpl(z, z, (size_t)shift);
    }
}

// Value of a digit character in bases up to 36, or 36 when it is none.
static unsigned int char_digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20; // ASCII lower case
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 36;
}

// For base b (not a power of two): the most digits k with b**k < 2**32, and b**k.
static unsigned int chunk_digits(unsigned int base, mpz_dig_t *power) {
    mpz_dbl_dig_t p = base;
    unsigned int k = 1;
    while (p * base <= DIG_MASK) {
        p *= base;
        k++;
    }
    *power = (mpz_dig_t)p;
    return k;
}

size_t mpz_set_from_str(mpz_t *z, const char *str, size_t len, bool neg, unsigned int base) {
    size_t n = 0;
    while (n < len && char_digit_value(str[n]) < base) {
        n++;
    }
    // Bits per digit rounded up bound the size: at most 6 (base 36).
    unsigned int bits_per = 1;
    while ((1u << bits_per) < base) {
        bits_per++;
    }
    size_t nd = m_size_mul(n, bits_per) / MPZ_DIG_BITS + 2;
    mpz_need(z, nd);
    mpz_dig_t *d = z->dig;
    size_t dn = 0;
    if ((base & (base - 1)) == 0) {
        // Power of two: pack bits from the least significant character.
        dig_zero(d, nd);
        size_t bit = 0;
        for (size_t i = n; i-- > 0;) {
            mpz_dbl_dig_t v = char_digit_value(str[i]);
            size_t k = bit / MPZ_DIG_BITS;
            unsigned int s = bit % MPZ_DIG_BITS;
            v <<= s;
            d[k] |= (mpz_dig_t)v;
            if ((v >> MPZ_DIG_BITS) != 0) {
                d[k + 1] |= (mpz_dig_t)(v >> MPZ_DIG_BITS);
            }
            bit += bits_per;
        }
        dn = dig_trim(d, nd);
    } else {
        // Take the digits k at a time (one 32-bit chunk each): d = d * base**k + chunk.
        mpz_dig_t power;
        unsigned int k = chunk_digits(base, &power);
        size_t i = 0;
        size_t first = n % k == 0 ? k : n % k;
        while (i < n) {
            size_t take = i == 0 ? first : k;
            mpz_dig_t chunk = 0;
            mpz_dig_t mult = 1;
            for (size_t j = 0; j < take; j++) {
                chunk = chunk * base + char_digit_value(str[i + j]);
                mult *= base;
            }
            dn = dig_mul_1_add(d, dn, mult, chunk);
            dn = dig_trim(d, dn);
            i += take;
        }
    }
    z->len = dn;
    z->neg = neg && dn != 0;
    return n;
}

void mpz_set_from_bytes(mpz_t *z, const byte *buf, size_t len, bool big_endian, bool is_signed) {
    size_t nd = (len + sizeof(mpz_dig_t) - 1) / sizeof(mpz_dig_t);
    mpz_need(z, nd);
    mpz_dig_t *d = z->dig;
    dig_zero(d, nd);
    for (size_t i = 0; i < len; i++) {
        // i counts bytes from the least significant.
        byte b = big_endian ? buf[len - 1 - i] : buf[i];
        d[i / sizeof(mpz_dig_t)] |= (mpz_dig_t)b << (8 * (i % sizeof(mpz_dig_t)));
    }
    bool neg = false;
    if (is_signed && len > 0 && ((big_endian ? buf[0] : buf[len - 1]) & 0x80) != 0) {
        // value - 2**(8*len): the magnitude is the two's complement of the
        // bytes within 8*len bits (invert, mask the top digit, add one).
        neg = true;
        for (size_t i = 0; i < nd; i++) {
            d[i] = ~d[i];
        }
        size_t top_bytes = len % sizeof(mpz_dig_t);
        if (top_bytes != 0) {
            d[nd - 1] &= ((mpz_dig_t)1 << (8 * top_bytes)) - 1;
        }
        for (size_t i = 0; i < nd; i++) {
            if (++d[i] != 0) {
                break;
            }
        }
    }
    z->len = dig_trim(d, nd);
    z->neg = neg && z->len != 0;
}

/******************************************************************************/
// Queries.

int mpz_cmp(const mpz_t *a, const mpz_t *b) {
    if (a->neg != b->neg) {
        return a->neg ? -1 : 1;
    }
    int c = dig_cmp(a->dig, a->len, b->dig, b->len);
    return a->neg ? -c : c;
}

int mpz_cmp_int(const mpz_t *a, mp_int_t b) {
    mpz_dig_t dig[MPZ_NUM_DIG_FOR_INT];
    mpz_t bz;
    mpz_init_fixed_from_int(&bz, dig, MPZ_NUM_DIG_FOR_INT, b);
    return mpz_cmp(a, &bz);
}

int mpz_cmp_double(const mpz_t *a, double d) {
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    int sa = mpz_sign(a);
    int sd = d > 0 ? 1 : (d < 0 ? -1 : 0);
    if (sa != sd) {
        return sa < sd ? -1 : 1;
    }
    if (sa == 0) {
        return 0;
    }
    // Same sign: compare with the integer part exactly, then the fraction
    // decides a tie.
    double ip = trunc(d);
    mpz_t t;
    mpz_init_from_double(&t, ip);
    int c = mpz_cmp(a, &t);
    mpz_deinit(&t);
    if (c != 0) {
        return c;
    }
    double frac = d - ip;
    return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

size_t mpz_bit_length(const mpz_t *z) {
    if (z->len == 0) {
        return 0;
    }
    return z->len * MPZ_DIG_BITS - __builtin_clz(z->dig[z->len - 1]);
}

size_t mpz_popcount(const mpz_t *z) {
    size_t n = 0;
    for (size_t i = 0; i < z->len; i++) {
        n += __builtin_popcount(z->dig[i]);
    }
    return n;
}

bool mpz_test_bit(const mpz_t *z, size_t bit) {
    size_t i = bit / MPZ_DIG_BITS;
    bool b = i < z->len && ((z->dig[i] >> (bit % MPZ_DIG_BITS)) & 1) != 0;
    if (!z->neg) {
        return b;
    }
    if (i >= z->len) {
        return true;
    }
    // -m == ~(m - 1): bit k of m - 1 differs from bit k of m exactly when
    // all bits of m below k are zero (the borrow reaches k), then it is inverted.
    bool borrow_reaches = !dig_any_below(z->dig, z->len, bit);
    return borrow_reaches ? b : !b;
}

mp_int_t mpz_hash(const mpz_t *z) {
    // |z| mod P with P = 2**HB - 1: multiplying by 2**32 modulo P rotates
    // an HB-bit residue left by 32 mod HB bits.
    const unsigned int hb = sizeof(mp_uint_t) >= 8 ? 61 : 31;
    const mp_uint_t p = ((mp_uint_t)1 << hb) - 1;
    const unsigned int rot = MPZ_DIG_BITS % hb;
    mp_uint_t acc = 0;
    for (size_t i = z->len; i-- > 0;) {
        acc = ((acc << rot) & p) | (acc >> (hb - rot));
        mp_uint_t d = z->dig[i];
        d = (d & p) + (d >> hb);
        acc += d;
        while (acc >= p) {
            acc -= p;
        }
    }
    mp_int_t h = (mp_int_t)acc;
    if (z->neg) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

/******************************************************************************/
// Conversions to C numbers.

// |z| as unsigned long long, false if it does not fit.
static bool mag_as_ull(const mpz_t *z, unsigned long long *value) {
    if (z->len > MPZ_NUM_DIG_FOR_LL) {
        return false;
    }
    unsigned long long v = 0;
    for (size_t i = z->len; i-- > 0;) {
        v = (v << MPZ_DIG_BITS) | z->dig[i];
    }
    *value = v;
    return true;
}

bool mpz_as_ll_checked(const mpz_t *z, long long *value) {
    unsigned long long m;
    if (!mag_as_ull(z, &m)) {
        return false;
    }
    if (z->neg) {
        if (m > (unsigned long long)LLONG_MAX + 1) {
            return false;
        }
        *value = (long long)(0ull - m);
    } else {
        if (m > (unsigned long long)LLONG_MAX) {
            return false;
        }
        *value = (long long)m;
    }
    return true;
}

bool mpz_as_ull_checked(const mpz_t *z, unsigned long long *value) {
    if (z->neg) {
        return false;
    }
    return mag_as_ull(z, value);
}

bool mpz_as_int_checked(const mpz_t *z, mp_int_t *value) {
    long long v;
    if (!mpz_as_ll_checked(z, &v) || v > MP_INT_MAX || v < MP_INT_MIN) {
        return false;
    }
    *value = (mp_int_t)v;
    return true;
}

bool mpz_as_uint_checked(const mpz_t *z, mp_uint_t *value) {
    unsigned long long v;
    if (!mpz_as_ull_checked(z, &v) || v > MP_UINT_MAX) {
        return false;
    }
    *value = (mp_uint_t)v;
    return true;
}

mp_int_t mpz_as_int_truncated(const mpz_t *z) {
    mp_uint_t v = 0;
    size_t n = (sizeof(mp_uint_t) * 8 + MPZ_DIG_BITS - 1) / MPZ_DIG_BITS;
    for (size_t i = n < z->len ? n : z->len; i-- > 0;) {
        // Two shifts: one shift by 32 would be undefined for a 32-bit mp_uint_t.
        v = (v << (MPZ_DIG_BITS - 1) << 1) | z->dig[i];
    }
    if (z->neg) {
        v = 0 - v;
    }
    return (mp_int_t)v;
}

double mpz_as_double(const mpz_t *z) {
    size_t nb = mpz_bit_length(z);
    double d;
    if (nb <= 64) {
        // The C conversion from a 64-bit integer rounds correctly.
        d = (double)dig_get_bits64(z->dig, z->len, 0);
    } else if (nb > DBL_MAX_EXP + 1) {
        d = INFINITY;
    } else {
        // Keep the top 64 bits and fold every lower bit into the lowest one
        // (sticky): that bit is far below the rounding point of a 53-bit
        // mantissa, so rounding the 64-bit value rounds |z| itself. Scaling
        // by a power of two is then exact, or overflows to inf.
        uint64_t top = dig_get_bits64(z->dig, z->len, nb - 64);
        if (dig_any_below(z->dig, z->len, nb - 64)) {
            top |= 1;
        }
        d = ldexp((double)top, (int)(nb - 64));
    }
    return z->neg ? -d : d;
}

/******************************************************************************/
// Arithmetic.

void mpz_neg_inpl(mpz_t *dest, const mpz_t *z) {
    mpz_set(dest, z);
    dest->neg = !z->neg && z->len != 0;
}

void mpz_abs_inpl(mpz_t *dest, const mpz_t *z) {
    mpz_set(dest, z);
    dest->neg = 0;
}

// dest = |a| + |b| with the given sign.
static void add_mag(mpz_t *dest, const mpz_t *a, const mpz_t *b, bool neg) {
    if (a->len < b->len) {
        const mpz_t *t = a;
        a = b;
        b = t;
    }
    size_t an = a->len, bn = b->len;
    mpz_need(dest, an + 1);
    dest->len = dig_add(dest->dig, a->dig, an, b->dig, bn);
    dest->neg = neg && dest->len != 0;
}

// dest = |a| - |b| for |a| >= |b|, with the given sign.
static void sub_mag(mpz_t *dest, const mpz_t *a, const mpz_t *b, bool neg) {
    size_t an = a->len, bn = b->len;
    mpz_need(dest, an);
    dest->len = dig_sub(dest->dig, a->dig, an, b->dig, bn);
    dest->neg = neg && dest->len != 0;
}

// dest = a + (b_neg ? -|b| : |b|)
static void add_signed(mpz_t *dest, const mpz_t *a, const mpz_t *b, bool b_neg) {
    bool a_neg = a->neg;
    if (a_neg == b_neg) {
        add_mag(dest, a, b, a_neg);
    } else if (dig_cmp(a->dig, a->len, b->dig, b->len) >= 0) {
        sub_mag(dest, a, b, a_neg);
    } else {
        sub_mag(dest, b, a, b_neg);
    }
}

void mpz_add_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    add_signed(dest, a, b, b->neg);
}

void mpz_sub_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    add_signed(dest, a, b, !b->neg && b->len != 0);
}

static const mpz_dig_t one_dig = 1;
static const mpz_t mpz_one = {
    .neg = 0, .fixed_dig = 1, .alloc = 1, .len = 1, .dig = (mpz_dig_t *)&one_dig
};

void mpz_not_inpl(mpz_t *dest, const mpz_t *z) {
    // ~z == -(z + 1): for z >= 0 that is -(|z| + 1), for z < 0 it is |z| - 1.
    if (z->neg) {
        sub_mag(dest, z, &mpz_one, false);
    } else {
        add_mag(dest, z, &mpz_one, true);
    }
}

void mpz_mul_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    if (a->len == 0 || b->len == 0) {
        mpz_set_zero(dest);
        return;
    }
    if (a->len < b->len) {
        const mpz_t *t = a;
        a = b;
        b = t;
    }
    size_t rn = a->len + b->len;
    mpz_dig_t *r = dig_new(rn);
    dig_mul(r, a->dig, a->len, b->dig, b->len);
    mpz_take(dest, r, rn, rn, a->neg != b->neg);
}

// Truncating |a| / |b| into fresh arrays: *qd (qalloc digits, at least one
// spare for a floor correction) and *rd. b is not zero.
static void divmod_mag(const mpz_t *a, const mpz_t *b, mpz_dig_t **qd, size_t *qalloc, size_t *qn,
    mpz_dig_t **rd, size_t *ralloc, size_t *rn) {
    size_t an = a->len, bn = b->len;
    if (dig_cmp(a->dig, an, b->dig, bn) < 0) {
        *qalloc = 1;
        *qd = dig_new(1);
        *qn = 0;
        // Room for |b| - |a| if the caller floors.
        *ralloc = bn + 1;
        *rd = dig_new(bn + 1);
        dig_copy(*rd, a->dig, an);
        *rn = an;
        return;
    }
    *qalloc = an - bn + 2;
    *qd = dig_new(*qalloc);
    *ralloc = bn + 1;
    *rd = dig_new(*ralloc);
    if (bn == 1) {
        (*rd)[0] = dig_div_1(*qd, a->dig, an, b->dig[0]);
    } else {
        dig_divmod(*qd, *rd, a->dig, an, b->dig, bn);
    }
    *qn = dig_trim(*qd, an - bn + 1);
    *rn = dig_trim(*rd, bn);
}

bool mpz_divmod_inpl(mpz_t *quo, mpz_t *rem, const mpz_t *a, const mpz_t *b) {
    if (b->len == 0) {
        return false;
    }
    mpz_dig_t *qd, *rd;
    size_t qalloc, qn, ralloc, rn;
    divmod_mag(a, b, &qd, &qalloc, &qn, &rd, &ralloc, &rn);
    bool a_neg = a->neg, b_neg = b->neg;
    if (a_neg != b_neg && rn != 0) {
        // Floor instead of truncate: the quotient magnitude grows by one and
        // the remainder becomes |b| - r (with b's sign).
        qd[qn] = 0;
        for (size_t i = 0; i <= qn; i++) {
            if (++qd[i] != 0) {
                break;
            }
        }
        qn = dig_trim(qd, qn + 1);
        rn = dig_sub(rd, b->dig, b->len, rd, rn);
    }
    // Both results are complete before either output is written, so quo
    // or rem may be a or b.
    if (quo != NULL) {
        mpz_take(quo, qd, qalloc, qn, a_neg != b_neg);
    } else {
        m_del(mpz_dig_t, qd, qalloc);
    }
    if (rem != NULL) {
        mpz_take(rem, rd, ralloc, rn, b_neg);
    } else {
        m_del(mpz_dig_t, rd, ralloc);
    }
    return true;
}

mpz_status_t mpz_true_div(const mpz_t *a, const mpz_t *b, double *result) {
    if (b->len == 0) {
        return MPZ_ERR_ZERO_DIV;
    }
    bool neg = a->neg != b->neg;
    size_t na = mpz_bit_length(a), nb = mpz_bit_length(b);
    if (a->len == 0) {
        *result = neg ? -0.0 : 0.0;
        return MPZ_OK;
    }
    if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {
        // Both exact as doubles: one IEEE division rounds correctly.
        *result = mpz_as_double(a) / mpz_as_double(b);
        return MPZ_OK;
    }
    // The quotient lies in [2**(diff - 1), 2**(diff + 1)).
    long diff = (long)na - (long)nb;
    if (diff > DBL_MAX_EXP + 1) {
        return MPZ_ERR_OVERFLOW;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        // Below half the smallest subnormal: rounds to zero.
        *result = neg ? -0.0 : 0.0;
        return MPZ_OK;
    }
    // Scale so that q = |a| / (|b| * 2**shift) has DBL_MANT_DIG + 2 or + 3 bits
    // (fewer in the subnormal range, where fewer are kept), remember whether
    // anything was lost, then round q to the kept bits by hand.
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mpz_t x, q, r;
    mpz_init_zero(&x);
    mpz_init_zero(&q);
    mpz_init_zero(&r);
    // Read-only views of |a| and |b| (shallow copies, never written).
    mpz_t am = *a, bm = *b;
    am.neg = 0;
    bm.neg = 0;
    bool inexact = false;
    if (shift >= 0) {
        inexact = dig_any_below(a->dig, a->len, (size_t)shift);
        mpz_shr_inpl(&x, &am, (size_t)shift);
    } else {
        mpz_shl_inpl(&x, &am, (size_t)-shift);
    }
    mpz_divmod_inpl(&q, &r, &x, &bm);
    inexact = inexact || r.len != 0;
    uint64_t qv = dig_get_bits64(q.dig, q.len, 0);
    long qbits = (long)mpz_bit_length(&q);
    mpz_deinit(&x);
    mpz_deinit(&q);
    mpz_deinit(&r);
    long keep_from = DBL_MIN_EXP - DBL_MANT_DIG - shift;
    long extra = (qbits > keep_from + DBL_MANT_DIG ? qbits - DBL_MANT_DIG : keep_from);
    // extra >= 2 by the choice of shift, so half is a real bit.
    uint64_t unit = (uint64_t)1 << extra;
    uint64_t half = unit >> 1;
    uint64_t low = qv & (unit - 1);
    qv -= low;
    if (low > half || (low == half && (inexact || (qv & unit) != 0))) {
        qv += unit;
    }
    double d = ldexp((double)qv, (int)shift);
    if (isinf(d)) {
        return MPZ_ERR_OVERFLOW;
    }
    *result = neg ? -d : d;
    return MPZ_OK;
}

/******************************************************************************/
// Bitwise operators and shifts.

enum { BIT_AND, BIT_OR, BIT_XOR };

// Digit i of the two's complement form of z (infinitely sign extended).
// For a negative z this is ~(|z| - 1); *borrow carries the subtraction.
static inline mpz_dig_t twos_dig(const mpz_t *z, size_t i, mpz_dig_t *borrow) {
    mpz_dig_t d = i < z->len ? z->dig[i] : 0;
    if (!z->neg) {
        return d;
    }
    mpz_dig_t t = d - *borrow;
    *borrow = d < *borrow;
    return ~t;
}

static void bitwise(mpz_t *dest, const mpz_t *a, const mpz_t *b, int op) {
    bool an = a->neg, bn = b->neg;
    bool rneg = op == BIT_AND ? (an && bn) : op == BIT_OR ? (an || bn) : (an != bn);
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    mpz_dig_t *r = dig_new(n);
    mpz_dig_t ba = 1, bb = 1, carry = 1;
    for (size_t i = 0; i < n; i++) {
        mpz_dig_t x = twos_dig(a, i, &ba);
        mpz_dig_t y = twos_dig(b, i, &bb);
        mpz_dig_t v = op == BIT_AND ? (x & y) : op == BIT_OR ? (x | y) : (x ^ y);
        if (rneg) {
            // Back to a magnitude: -v == ~v + 1.
            mpz_dbl_dig_t t = (mpz_dbl_dig_t)(mpz_dig_t)~v + carry;
            v = (mpz_dig_t)t;
            carry = (mpz_dig_t)(t >> MPZ_DIG_BITS);
        }
        r[i] = v;
    }
    mpz_take(dest, r, n, n, rneg);
}

void mpz_and_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    bitwise(dest, a, b, BIT_AND);
}

void mpz_or_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    bitwise(dest, a, b, BIT_OR);
}

void mpz_xor_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    bitwise(dest, a, b, BIT_XOR);
}

void mpz_shl_inpl(mpz_t *dest, const mpz_t *z, size_t shift) {
    size_t zn = z->len;
    if (zn == 0) {
        mpz_set_zero(dest);
        return;
    }
    bool neg = z->neg;
    size_t ds = shift / MPZ_DIG_BITS;
    unsigned int bs = shift % MPZ_DIG_BITS;
    size_t rn = m_size_add(m_size_add(zn, ds), 1);
    mpz_need(dest, rn);
    // Top down, so that dest may be z.
    mpz_dig_t *d = dest->dig;
    const mpz_dig_t *s = z->dig;
    if (bs == 0) {
        dig_copy(d + ds, s, zn);
        d[zn + ds] = 0;
    } else {
        d[zn + ds] = s[zn - 1] >> (MPZ_DIG_BITS - bs);
        for (size_t i = zn - 1; i > 0; i--) {
            d[i + ds] = (s[i] << bs) | (s[i - 1] >> (MPZ_DIG_BITS - bs));
        }
        d[ds] = s[0] << bs;
    }
    dig_zero(d, ds);
    dest->len = dig_trim(d, rn);
    dest->neg = neg;
}

void mpz_shr_inpl(mpz_t *dest, const mpz_t *z, size_t shift) {
    size_t zn = z->len;
    bool neg = z->neg;
    size_t ds = shift / MPZ_DIG_BITS;
    unsigned int bs = shift % MPZ_DIG_BITS;
    if (ds >= zn) {
        // Everything shifted out: 0, or -1 for a negative (floor).
        if (neg) {
            mpz_set_mag_ull(dest, 1, true);
        } else {
            mpz_set_zero(dest);
        }
        return;
    }
    // A negative result rounds toward -inf: one more in magnitude when any
    // 1 bit was shifted out.
    bool lost = neg && dig_any_below(z->dig, zn, shift);
    size_t rn = zn - ds;
    mpz_need(dest, rn + 1);
    mpz_dig_t *d = dest->dig;
    const mpz_dig_t *s = z->dig;
    if (bs == 0) {
        dig_copy(d, s + ds, rn);
    } else {
        for (size_t i = 0; i + 1 < rn; i++) {
            d[i] = (s[i + ds] >> bs) | (s[i + ds + 1] << (MPZ_DIG_BITS - bs));
        }
        d[rn - 1] = s[zn - 1] >> bs;
    }
    rn = dig_trim(d, rn);
    if (lost) {
        d[rn] = 0;
        for (size_t i = 0; i <= rn; i++) {
            if (++d[i] != 0) {
                break;
            }
        }
        rn = dig_trim(d, rn + 1);
    }
    dest->len = rn;
    dest->neg = neg && rn != 0;
}

/******************************************************************************/
// Powers and number theory.

void mpz_pow_inpl(mpz_t *dest, const mpz_t *base, const mpz_t *exp) {
    if (exp->len == 0) {
        mpz_set_mag_ull(dest, 1, false);
        return;
    }
    bool odd = (exp->dig[0] & 1) != 0;
    bool neg = base->neg && odd;
    if (base->len == 0) {
        mpz_set_zero(dest);
        return;
    }
    size_t bits = mpz_bit_length(base);
    if (mpz_popcount(base) == 1) {
        // +-2**k: the result is one shifted bit (also covers +-1).
        unsigned long long e;
        if (bits == 1) {
            mpz_set_mag_ull(dest, 1, neg);
            return;
        }
        if (!mpz_as_ull_checked(exp, &e) || e > SIZE_MAX / (bits - 1)) {
            m_malloc_fail(SIZE_MAX);
        }
        mpz_set_mag_ull(dest, 1, neg);
        mpz_shl_inpl(dest, dest, (size_t)(e * (bits - 1)));
        return;
    }
    // The result has about (bits - 1) * exp bits: fail early when that is
    // out of reach instead of squaring until memory runs out.
    unsigned long long e;
    if (!mpz_as_ull_checked(exp, &e) || e > SIZE_MAX / 8 / bits) {
        m_malloc_fail(SIZE_MAX);
    }
    mpz_t res, b;
    mpz_init_from_int(&res, 1);
    mpz_init_copy(&b, base);
    b.neg = 0;
    for (size_t i = mpz_bit_length(exp); i-- > 0;) {
        mpz_mul_inpl(&res, &res, &res);
        if ((e >> i) & 1) {
            mpz_mul_inpl(&res, &res, &b);
        }
    }
    res.neg = neg;
    mpz_move(dest, &res);
    mpz_deinit(&b);
}

// dest = a % m for m > 0 (result in [0, m)).
static void mod_pos(mpz_t *dest, const mpz_t *a, const mpz_t *m) {
    mpz_divmod_inpl(NULL, dest, a, m);
}

// Inverse of a modulo m (0 <= a < m, m > 1) by the extended Euclidean
// algorithm; false if gcd(a, m) != 1.
static bool invmod(mpz_t *dest, const mpz_t *a, const mpz_t *m) {
    mpz_t r0, r1, s0, s1, q, t;
    mpz_init_copy(&r0, a);
    mpz_init_copy(&r1, m);
    mpz_init_from_int(&s0, 1);
    mpz_init_zero(&s1);
    mpz_init_zero(&q);
    mpz_init_zero(&t);
    // Invariant: r_k == s_k * a (mod m).
    while (r1.len != 0) {
        mpz_divmod_inpl(&q, &t, &r0, &r1);
        mpz_t x = r0;
        r0 = r1;
        r1 = t;
        t = x;
        mpz_mul_inpl(&t, &q, &s1);
        mpz_sub_inpl(&t, &s0, &t);
        x = s0;
        s0 = s1;
        s1 = t;
        t = x;
    }
    bool ok = r0.len == 1 && r0.dig[0] == 1;
    if (ok) {
        mod_pos(dest, &s0, m);
    }
    mpz_deinit(&r0);
    mpz_deinit(&r1);
    mpz_deinit(&s0);
    mpz_deinit(&s1);
    mpz_deinit(&q);
    mpz_deinit(&t);
    return ok;
}

mpz_status_t mpz_pow3_inpl(mpz_t *dest, const mpz_t *base, const mpz_t *exp, const mpz_t *mod) {
    if (mod->len == 0) {
        return MPZ_ERR_ZERO_DIV;
    }
    // Work modulo |mod| in [0, |mod|), fix the sign at the end.
    mpz_t m, b, res, tmp;
    mpz_init_copy(&m, mod);
    m.neg = 0;
    bool mod_neg = mod->neg;
    mpz_init_zero(&b);
    mpz_init_zero(&tmp);
    mpz_init_from_int(&res, 1);
    mod_pos(&b, base, &m);
    mpz_t e;
    mpz_init_copy(&e, exp);
    if (e.neg) {
        e.neg = 0;
        if (m.len == 1 && m.dig[0] == 1) {
            mpz_set_zero(&b); // anything mod 1 is 0, invertible or not (as CPython)
        } else if (!invmod(&b, &b, &m)) {
            mpz_deinit(&m);
            mpz_deinit(&b);
            mpz_deinit(&tmp);
            mpz_deinit(&res);
            mpz_deinit(&e);
            return MPZ_ERR_NOT_INVERTIBLE;
        }
    }
    for (size_t i = mpz_bit_length(&e); i-- > 0;) {
        mpz_mul_inpl(&tmp, &res, &res);
        mod_pos(&res, &tmp, &m);
        if (mpz_test_bit(&e, i)) {
            mpz_mul_inpl(&tmp, &res, &b);
            mod_pos(&res, &tmp, &m);
        }
    }
    // res may still be 1 when e == 0 and m == 1.
    mod_pos(&res, &res, &m);
    if (mod_neg && res.len != 0) {
        mpz_sub_inpl(&res, &res, &m);
    }
    mpz_move(dest, &res);
    mpz_deinit(&m);
    mpz_deinit(&b);
    mpz_deinit(&tmp);
    mpz_deinit(&e);
    return MPZ_OK;
}

void mpz_gcd_inpl(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    mpz_t x, y, t;
    mpz_init_copy(&x, a);
    mpz_init_copy(&y, b);
    mpz_init_zero(&t);
    x.neg = 0;
    y.neg = 0;
    while (y.len != 0) {
        mpz_divmod_inpl(NULL, &t, &x, &y);
        mpz_t s = x;
        x = y;
        y = t;
        t = s;
    }
    mpz_move(dest, &x);
    mpz_deinit(&y);
    mpz_deinit(&t);
}

/******************************************************************************/
// Bytes and text.

bool mpz_as_bytes(const mpz_t *z, bool big_endian, bool is_signed, size_t len, byte *buf) {
    if (!is_signed && z->neg) {
        return false;
    }
    // Bits needed: the magnitude, plus a sign bit when signed. A negative
    // -m needs bit_length(m - 1) + 1, and m - 1 is one bit shorter than m
    // exactly when m is a power of two.
    size_t nb = mpz_bit_length(z);
    size_t need = nb;
    if (is_signed && nb != 0) {
        need = (z->neg && mpz_popcount(z) == 1 ? nb - 1 : nb) + 1;
    }
    if (len == 0 && z->neg && nb == 1) {
        need = 0; // CPython 3.11 accepts (-1).to_bytes(0, signed=True) as b''
    }
    if (len < SIZE_MAX / 8 && need > 8 * len) {
        return false;
    }
    mpz_dig_t borrow = 1;
    for (size_t i = 0; i < len; i += sizeof(mpz_dig_t)) {
        mpz_dig_t d = twos_dig(z, i / sizeof(mpz_dig_t), &borrow);
        for (size_t k = 0; k < sizeof(mpz_dig_t) && i + k < len; k++) {
            byte b = (byte)(d >> (8 * k));
            buf[big_endian ? len - 1 - (i + k) : i + k] = b;
        }
    }
    return true;
}

static const char *const digit_chars[2] = {
    "0123456789abcdefghijklmnopqrstuvwxyz",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
};

size_t mpz_as_str_size(const mpz_t *z, unsigned int base) {
    // At least floor(log2(base)) bits per output digit.
    unsigned int lg = 0;
    while ((2u << lg) <= base) {
        lg++;
    }
    return mpz_bit_length(z) / lg + 3; // rounding, sign, NUL
}

// Writes the digits of the magnitude d[0, n) (destroyed) so that they end just
// before end, and returns where they start. width > 0 pads with zeros to
// exactly width digits (the value must fit); width == 0 writes no leading
// zeros (and nothing for zero).
//
// k digits at a time come off the bottom as the remainder of a division by
// base**k; for base 10 the divisor is a constant, which the compiler turns
// into a multiply.
static char *str_small(
    char *end, mpz_dig_t *d, size_t n, unsigned int base, const char *chars, size_t width) {
    mpz_dig_t power;
    unsigned int k = chunk_digits(base, &power);
    char *s = end;
    n = dig_trim(d, n);
    while (n > 0) {
        mpz_dig_t r;
        if (base == 10) {
            r = dig_div_1(d, d, n, 1000000000u);
        } else {
            r = dig_div_1(d, d, n, power);
        }
        n = dig_trim(d, n);
        if (n > 0) {
            for (unsigned int i = 0; i < k; i++) {
                *--s = chars[r % base];
                r /= base;
            }
        } else {
            while (r != 0) {
                *--s = chars[r % base];
                r /= base;
            }
        }
    }
    while ((size_t)(end - s) < width) {
        *--s = '0';
    }
    return s;
}

// As str_small, for a value below powers[level + 1] = powers[level]**2, where
// powers[j] = base**(k * 2**j). A long number is split by one division by
// powers[level] into halves that are converted on their own (the low half
// padded to k * 2**level digits): the divisions then run on ever shorter
// numbers and the total work is about half that of str_small.
static char *str_split(char *end, mpz_dig_t *d, size_t n, unsigned int base, const char *chars,
    size_t width, const mpz_t *powers, int level, unsigned int k) {
    n = dig_trim(d, n);
    while (level >= 0 && dig_cmp(d, n, powers[level].dig, powers[level].len) < 0) {
        level--;
    }
    if (level <= 0 || n < TO_STR_SPLIT_MIN) {
        return str_small(end, d, n, base, chars, width);
    }
    const mpz_t *p = &powers[level];
    size_t qn = n - p->len + 1;
    size_t low_width = (size_t)k << level;
    mpz_dig_t *q = dig_new(qn);
    mpz_dig_t *r = dig_new(p->len);
    dig_divmod(q, r, d, n, p->dig, p->len);
    char *s = str_split(end, r, p->len, base, chars, low_width, powers, level - 1, k);
    m_del(mpz_dig_t, r, p->len);
    s = str_split(
        s, q, qn, base, chars, width > low_width ? width - low_width : 0, powers, level - 1, k);
    m_del(mpz_dig_t, q, qn);
    return s;
}

size_t mpz_as_str_inpl(const mpz_t *z, unsigned int base, bool upper, char *buf) {
    const char *chars = digit_chars[upper ? 1 : 0];
    size_t size = mpz_as_str_size(z, base);
    if (z->len == 0) {
        buf[0] = '0';
        buf[1] = 0;
        return 1;
    }
    char *end = buf + size - 1;
    char *s;
    if ((base & (base - 1)) == 0) {
        unsigned int lg = 0;
        while ((2u << lg) <= base) {
            lg++;
        }
        size_t nb = mpz_bit_length(z);
        s = end;
        for (size_t bit = 0; bit < nb; bit += lg) {
            unsigned int v = (unsigned int)dig_get_bits64(z->dig, z->len, bit) & (base - 1);
            *--s = chars[v];
        }
    } else {
        mpz_dig_t *d = dig_new(z->len);
        dig_copy(d, z->dig, z->len);
        if (z->len < TO_STR_SPLIT_MIN) {
            s = str_small(end, d, z->len, base, chars, 0);
        } else {
            // powers[j] = base**(k * 2**j) while its square may not exceed |z|.
            mpz_dig_t p0;
            unsigned int k = chunk_digits(base, &p0);
            mpz_t powers[8 * sizeof(size_t)];
            int top = 0;
            mpz_init_from_ull(&powers[0], p0);
            while (2 * powers[top].len - 2 < z->len) {
                mpz_init_zero(&powers[top + 1]);
                mpz_mul_inpl(&powers[top + 1], &powers[top], &powers[top]);
                top++;
            }
            s = str_split(end, d, z->len, base, chars, 0, powers, top, k);
            for (int j = 0; j <= top; j++) {
                mpz_deinit(&powers[j]);
            }
        }
        m_del(mpz_dig_t, d, z->len);
    }
    size_t n = end - s;
    size_t pos = 0;
    if (z->neg) {
        buf[pos++] = '-';
    }
    memmove(buf + pos, s, n);
    buf[pos + n] = 0;
    return pos + n;
}

char *mpz_as_str(const mpz_t *z, unsigned int base) {
    size_t size = mpz_as_str_size(z, base);
    char *buf = m_new(char, size);
    mpz_as_str_inpl(z, base, false, buf);
    return buf;
}
