// Unit test of py/mpz.c against cases computed by CPython (gen_mpz_cases.py).
//
// Usage: mpz_test CASES_FILE     check every case, print "N passed, N failed"
//        mpz_test --bench        time the big operations
//
// Every operation is also run with the destination aliasing each input, and
// with small inputs in fixed (caller-owned) digit buffers, since callers rely
// on both. The m_* allocator is a malloc-backed stub here; the real one is the
// GC heap.
#include "py/mpconfig.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "py/misc.h"
#include "py/mpz.h"

/******************************************************************************/
// Allocator stubs.

void *m_malloc(size_t num_bytes) {
    void *p = malloc(num_bytes == 0 ? 1 : num_bytes);
    if (p == NULL) {
        m_malloc_fail(num_bytes);
    }
    return p;
}

void *m_malloc_atomic(size_t num_bytes) {
    return m_malloc(num_bytes);
}

void *m_realloc(void *ptr, size_t new_num_bytes) {
    void *p = realloc(ptr, new_num_bytes == 0 ? 1 : new_num_bytes);
    if (p == NULL) {
        m_malloc_fail(new_num_bytes);
    }
    return p;
}

void m_free(void *ptr) {
    free(ptr);
}

void m_malloc_fail(size_t num_bytes) {
    fprintf(stderr, "MemoryError: %zu bytes\n", num_bytes);
    exit(2);
}

size_t m_size_mul(size_t a, size_t b) {
    size_t r;
    if (__builtin_mul_overflow(a, b, &r)) {
        m_malloc_fail(SIZE_MAX);
    }
    return r;
}

size_t m_size_add(size_t a, size_t b) {
    size_t r;
    if (__builtin_add_overflow(a, b, &r)) {
        m_malloc_fail(SIZE_MAX);
    }
    return r;
}

/******************************************************************************/
// Case parsing and checking.

static size_t n_pass, n_fail;
static size_t line_no;
static char *line_copy;

static void fail(const char *what, const char *got, const char *want) {
    if (n_fail < 30) {
        size_t len = strlen(line_copy);
        printf("FAIL line %zu (%s): %.200s%s\n", line_no, what, line_copy, len > 200 ? "..." : "");
        printf("  got  %.300s\n  want %.300s\n", got, want);
    }
    n_fail++;
}

static void parse_int(mpz_t *z, const char *s) {
    bool neg = *s == '-';
    if (neg) {
        s++;
    }
    size_t len = strlen(s);
    size_t n = mpz_set_from_str(z, s, len, neg, 16);
    if (n != len) {
        printf("bad hex operand at line %zu: %s\n", line_no, s);
        exit(2);
    }
}

static void check_z(const char *what, const mpz_t *z, const char *want) {
    char *got = mpz_as_str(z, 16);
    // The representation must stay normalised.
    bool norm = (z->len == 0 || z->dig[z->len - 1] != 0) && !(z->len == 0 && z->neg);
    if (strcmp(got, want) != 0 || !norm) {
        fail(what, norm ? got : "(not normalised)", want);
    } else {
        n_pass++;
    }
    m_free(got);
}

static void check_long(const char *what, long long got, long long want) {
    if (got != want) {
        char g[32], w[32];
        snprintf(g, sizeof(g), "%lld", got);
        snprintf(w, sizeof(w), "%lld", want);
        fail(what, g, w);
    } else {
        n_pass++;
    }
}

static uint64_t parse_dbits(const char *s) {
    if (strncmp(s, "d:", 2) != 0) {
        printf("bad double at line %zu\n", line_no);
        exit(2);
    }
    return strtoull(s + 2, NULL, 16);
}

static double bits_to_double(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof(d));
    return d;
}

static uint64_t double_to_bits(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof(b));
    return b;
}

static void check_double(const char *what, double got, const char *want) {
    uint64_t w = parse_dbits(want);
    if (double_to_bits(got) != w) {
        char g[64], ws[64];
        snprintf(g, sizeof(g), "%a (%016llx)", got, (unsigned long long)double_to_bits(got));
        snprintf(ws, sizeof(ws), "%a (%016llx)", bits_to_double(w), (unsigned long long)w);
        fail(what, g, ws);
    } else {
        n_pass++;
    }
}

static size_t parse_bytes(const char *s, byte **out) {
    if (strncmp(s, "b:", 2) != 0) {
        printf("bad bytes at line %zu\n", line_no);
        exit(2);
    }
    s += 2;
    size_t n = strlen(s) / 2;
    byte *b = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned int v;
        sscanf(s + 2 * i, "%2x", &v);
        b[i] = (byte)v;
    }
    *out = b;
    return n;
}

// Whether z fits an mp_int_t, so it can also be tried in a fixed buffer.
static bool small_value(const mpz_t *z, mp_int_t *v) {
    return mpz_as_int_checked(z, v);
}

typedef void (*binop_t)(mpz_t *dest, const mpz_t *a, const mpz_t *b);

static void run_binop(binop_t f, char **tok) {
    mpz_t a, b, d;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    mpz_init_zero(&d);
    parse_int(&a, tok[1]);
    parse_int(&b, tok[2]);
    const char *want = tok[3];
    f(&d, &a, &b);
    check_z("fresh dest", &d, want);
    mpz_t x;
    mpz_init_copy(&x, &a);
    f(&x, &x, &b);
    check_z("dest is a", &x, want);
    mpz_set(&x, &b);
    f(&x, &a, &x);
    check_z("dest is b", &x, want);
    if (strcmp(tok[1], tok[2]) == 0) {
        f(&d, &a, &a);
        check_z("a is b", &d, want);
        mpz_set(&x, &a);
        f(&x, &x, &x);
        check_z("dest is a is b", &x, want);
    }
    mp_int_t va, vb;
    if (small_value(&a, &va) && small_value(&b, &vb)) {
        // Fixed buffers as inputs, and as a destination that must move to the heap.
        mpz_dig_t da[MPZ_NUM_DIG_FOR_INT], db[MPZ_NUM_DIG_FOR_INT];
        mpz_t fa, fb;
        mpz_init_fixed_from_int(&fa, da, MPZ_NUM_DIG_FOR_INT, va);
        mpz_init_fixed_from_int(&fb, db, MPZ_NUM_DIG_FOR_INT, vb);
        f(&d, &fa, &fb);
        check_z("fixed inputs", &d, want);
        f(&fa, &fa, &fb);
        check_z("fixed dest", &fa, want);
        mpz_deinit(&fa);
        mpz_deinit(&fb);
    }
    mpz_deinit(&x);
    mpz_deinit(&a);
    mpz_deinit(&b);
    mpz_deinit(&d);
}

static void run_divmod(char **tok) {
    mpz_t a, b, q, r;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    mpz_init_zero(&q);
    mpz_init_zero(&r);
    parse_int(&a, tok[1]);
    parse_int(&b, tok[2]);
    if (strcmp(tok[3], "zerodiv") == 0) {
        check_long("zero division", mpz_divmod_inpl(&q, &r, &a, &b), 0);
    } else {
        check_long("divmod ok", mpz_divmod_inpl(&q, &r, &a, &b), 1);
        check_z("quo", &q, tok[3]);
        check_z("rem", &r, tok[4]);
        // Outputs aliasing the inputs, in both assignments, and NULL outputs.
        mpz_t x, y;
        mpz_init_copy(&x, &a);
        mpz_init_copy(&y, &b);
        mpz_divmod_inpl(&x, &y, &x, &y);
        check_z("quo is a", &x, tok[3]);
        check_z("rem is b", &y, tok[4]);
        mpz_set(&x, &a);
        mpz_set(&y, &b);
        mpz_divmod_inpl(&y, &x, &x, &y);
        check_z("quo is b", &y, tok[3]);
        check_z("rem is a", &x, tok[4]);
        mpz_divmod_inpl(&q, NULL, &a, &b);
        check_z("quo only", &q, tok[3]);
        mpz_divmod_inpl(NULL, &r, &a, &b);
        check_z("rem only", &r, tok[4]);
        mpz_deinit(&x);
        mpz_deinit(&y);
    }
    mpz_deinit(&a);
    mpz_deinit(&b);
    mpz_deinit(&q);
    mpz_deinit(&r);
}

typedef void (*unop_t)(mpz_t *dest, const mpz_t *a);

static void run_unop(unop_t f, char **tok) {
    mpz_t a, d;
    mpz_init_zero(&a);
    mpz_init_zero(&d);
    parse_int(&a, tok[1]);
    f(&d, &a);
    check_z("fresh dest", &d, tok[2]);
    f(&a, &a);
    check_z("in place", &a, tok[2]);
    mpz_deinit(&a);
    mpz_deinit(&d);
}

typedef void (*shift_t)(mpz_t *dest, const mpz_t *a, size_t n);

static void run_shift(shift_t f, char **tok) {
    mpz_t a, d;
    mpz_init_zero(&a);
    mpz_init_zero(&d);
    parse_int(&a, tok[1]);
    size_t n = strtoull(tok[2], NULL, 10);
    f(&d, &a, n);
    check_z("fresh dest", &d, tok[3]);
    f(&a, &a, n);
    check_z("in place", &a, tok[3]);
    mpz_deinit(&a);
    mpz_deinit(&d);
}

static void run_str(char **tok) {
    mpz_t a, b;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    parse_int(&a, tok[1]);
    unsigned int base = atoi(tok[2]);
    const char *want = tok[3];
    size_t size = mpz_as_str_size(&a, base);
    char *buf = malloc(size);
    size_t n = mpz_as_str_inpl(&a, base, false, buf);
    if (n + 1 > size || strlen(buf) != n) {
        fail("str length", buf, want);
    } else if (strcmp(buf, want) != 0) {
        fail("str", buf, want);
    } else {
        n_pass++;
    }
    mpz_as_str_inpl(&a, base, true, buf);
    char *up = strdup(want);
    for (char *p = up; *p; p++) {
        *p = toupper((unsigned char)*p);
    }
    if (strcmp(buf, up) != 0) {
        fail("str upper", buf, up);
    } else {
        n_pass++;
    }
    // And back.
    bool neg = want[0] == '-';
    size_t len = strlen(want) - neg;
    size_t used = mpz_set_from_str(&b, want + neg, len, neg, base);
    check_long("parse used", used, len);
    check_long("parse value", mpz_cmp(&a, &b), 0);
    free(up);
    free(buf);
    mpz_deinit(&a);
    mpz_deinit(&b);
}

static void run_case(char **tok, int ntok) {
    const char *op = tok[0];
    mpz_t a, b, c, d;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    mpz_init_zero(&c);
    mpz_init_zero(&d);
    if (strcmp(op, "add") == 0) {
        run_binop(mpz_add_inpl, tok);
    } else if (strcmp(op, "sub") == 0) {
        run_binop(mpz_sub_inpl, tok);
    } else if (strcmp(op, "mul") == 0) {
        run_binop(mpz_mul_inpl, tok);
    } else if (strcmp(op, "and") == 0) {
        run_binop(mpz_and_inpl, tok);
    } else if (strcmp(op, "or") == 0) {
        run_binop(mpz_or_inpl, tok);
    } else if (strcmp(op, "xor") == 0) {
        run_binop(mpz_xor_inpl, tok);
    } else if (strcmp(op, "gcd") == 0) {
        run_binop(mpz_gcd_inpl, tok);
    } else if (strcmp(op, "divmod") == 0) {
        run_divmod(tok);
    } else if (strcmp(op, "neg") == 0) {
        run_unop(mpz_neg_inpl, tok);
    } else if (strcmp(op, "abs") == 0) {
        run_unop(mpz_abs_inpl, tok);
    } else if (strcmp(op, "not") == 0) {
        run_unop(mpz_not_inpl, tok);
    } else if (strcmp(op, "shl") == 0) {
        run_shift(mpz_shl_inpl, tok);
    } else if (strcmp(op, "shr") == 0) {
        run_shift(mpz_shr_inpl, tok);
    } else if (strcmp(op, "str") == 0) {
        run_str(tok);
    } else if (strcmp(op, "cmp") == 0) {
        parse_int(&a, tok[1]);
        parse_int(&b, tok[2]);
        int want = atoi(tok[3]);
        check_long("cmp", mpz_cmp(&a, &b), want);
        check_long("cmp reversed", mpz_cmp(&b, &a), -want);
        mp_int_t v;
        if (small_value(&b, &v)) {
            check_long("cmp_int", mpz_cmp_int(&a, v), want);
            check_long("eq_int", mpz_eq_int(&a, v), want == 0);
        }
    } else if (strcmp(op, "pow") == 0) {
        parse_int(&a, tok[1]);
        parse_int(&b, tok[2]);
        mpz_pow_inpl(&d, &a, &b);
        check_z("pow", &d, tok[3]);
        mpz_pow_inpl(&a, &a, &b);
        check_z("pow in place", &a, tok[3]);
    } else if (strcmp(op, "powmod") == 0) {
        parse_int(&a, tok[1]);
        parse_int(&b, tok[2]);
        parse_int(&c, tok[3]);
        mpz_status_t st = mpz_pow3_inpl(&d, &a, &b, &c);
        if (strcmp(tok[4], "zerodiv") == 0) {
            check_long("powmod zerodiv", st, MPZ_ERR_ZERO_DIV);
        } else if (strcmp(tok[4], "notinv") == 0) {
            check_long("powmod notinv", st, MPZ_ERR_NOT_INVERTIBLE);
        } else {
            check_long("powmod ok", st, MPZ_OK);
            check_z("powmod", &d, tok[4]);
            mpz_pow3_inpl(&c, &a, &b, &c);
            check_z("powmod dest is mod", &c, tok[4]);
        }
    } else if (strcmp(op, "bitlen") == 0) {
        parse_int(&a, tok[1]);
        check_long("bitlen", mpz_bit_length(&a), atoll(tok[2]));
    } else if (strcmp(op, "popcount") == 0) {
        parse_int(&a, tok[1]);
        check_long("popcount", mpz_popcount(&a), atoll(tok[2]));
    } else if (strcmp(op, "testbit") == 0) {
        parse_int(&a, tok[1]);
        check_long("testbit", mpz_test_bit(&a, strtoull(tok[2], NULL, 10)), atoi(tok[3]));
    } else if (strcmp(op, "hash") == 0) {
        parse_int(&a, tok[1]);
        parse_int(&b, tok[2]);
        mp_int_t want;
        mpz_as_int_checked(&b, &want);
        check_long("hash", mpz_hash(&a), want);
    } else if (strcmp(op, "asint") == 0 || strcmp(op, "asull") == 0) {
        parse_int(&a, tok[1]);
        bool fits = strcmp(tok[2], "nofit") != 0;
        if (op[2] == 'i') {
            mp_int_t v = 12345;
            bool ok = mpz_as_int_checked(&a, &v);
            check_long("as_int fits", ok, fits);
            if (ok && fits) {
                mpz_set_from_int(&d, v);
                check_z("as_int", &d, tok[2]);
            }
            long long ll = 0;
            check_long("as_ll fits", mpz_as_ll_checked(&a, &ll), fits);
        } else {
            mp_uint_t v = 12345;
            bool ok = mpz_as_uint_checked(&a, &v);
            check_long("as_uint fits", ok, fits);
            if (ok && fits) {
                mpz_set_from_ull(&d, v);
                check_z("as_uint", &d, tok[2]);
            }
        }
    } else if (strcmp(op, "trunc") == 0) {
        parse_int(&a, tok[1]);
        mpz_set_from_int(&d, mpz_as_int_truncated(&a));
        check_z("trunc", &d, tok[2]);
    } else if (strcmp(op, "todouble") == 0) {
        parse_int(&a, tok[1]);
        double got = mpz_as_double(&a);
        if (strcmp(tok[2], "inf") == 0) {
            check_long("todouble inf", isinf(got) != 0, 1);
        } else {
            check_double("todouble", got, tok[2]);
        }
    } else if (strcmp(op, "truediv") == 0) {
        parse_int(&a, tok[1]);
        parse_int(&b, tok[2]);
        double got = 0;
        mpz_status_t st = mpz_true_div(&a, &b, &got);
        if (strcmp(tok[3], "zerodiv") == 0) {
            check_long("truediv zerodiv", st, MPZ_ERR_ZERO_DIV);
        } else if (strcmp(tok[3], "overflow") == 0) {
            check_long("truediv overflow", st, MPZ_ERR_OVERFLOW);
        } else {
            check_long("truediv ok", st, MPZ_OK);
            check_double("truediv", got, tok[3]);
        }
    } else if (strcmp(op, "fromdouble") == 0) {
        mpz_set_from_double(&d, bits_to_double(parse_dbits(tok[1])));
        check_z("fromdouble", &d, tok[2]);
        mpz_t e;
        mpz_init_from_double(&e, bits_to_double(parse_dbits(tok[1])));
        check_z("init_from_double", &e, tok[2]);
        mpz_deinit(&e);
    } else if (strcmp(op, "cmpdouble") == 0) {
        parse_int(&a, tok[1]);
        check_long(
            "cmpdouble", mpz_cmp_double(&a, bits_to_double(parse_dbits(tok[2]))), atoi(tok[3]));
    } else if (strcmp(op, "tobytes") == 0) {
        parse_int(&a, tok[1]);
        size_t len = strtoull(tok[2], NULL, 10);
        bool big = atoi(tok[3]), sig = atoi(tok[4]);
        byte *buf = malloc(len + 1);
        bool ok = mpz_as_bytes(&a, big, sig, len, buf);
        if (strcmp(tok[5], "overflow") == 0) {
            check_long("tobytes overflow", ok, 0);
        } else {
            byte *want;
            size_t wn = parse_bytes(tok[5], &want);
            check_long("tobytes ok", ok, 1);
            check_long("tobytes", wn == len && (len == 0 || memcmp(buf, want, len) == 0), 1);
            free(want);
        }
        free(buf);
    } else if (strcmp(op, "frombytes") == 0) {
        byte *buf;
        size_t len = parse_bytes(tok[1], &buf);
        mpz_set_from_bytes(&d, buf, len, atoi(tok[2]), atoi(tok[3]));
        check_z("frombytes", &d, tok[4]);
        free(buf);
    } else if (strcmp(op, "parse") == 0) {
        unsigned int base = atoi(tok[1]);
        size_t used = mpz_set_from_str(&d, tok[2], strlen(tok[2]), false, base);
        check_long("parse used", used, atoll(tok[3]));
        check_z("parse", &d, tok[4]);
    } else {
        printf("unknown op %s (%d tokens) at line %zu\n", op, ntok, line_no);
        n_fail++;
    }
    mpz_deinit(&a);
    mpz_deinit(&b);
    mpz_deinit(&c);
    mpz_deinit(&d);
}

static void run_file(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        line_no++;
        if (line[n - 1] == '\n') {
            line[--n] = 0;
        }
        if (n == 0) {
            continue;
        }
        free(line_copy);
        line_copy = strdup(line);
        char *tok[8];
        int ntok = 0;
        for (char *p = strtok(line, " "); p != NULL && ntok < 8; p = strtok(NULL, " ")) {
            tok[ntok++] = p;
        }
        run_case(tok, ntok);
    }
    free(line);
    free(line_copy);
    fclose(f);
}

/******************************************************************************/
// Timing.

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void bench(void) {
    mpz_t a, b, c, d, e;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    mpz_init_zero(&c);
    mpz_init_zero(&d);
    mpz_init_zero(&e);
    // A 100,000-digit decimal number: 10**100000 - 1 plus some noise.
    size_t nd = 100000;
    char *s = malloc(nd + 1);
    unsigned int seed = 1;
    for (size_t i = 0; i < nd; i++) {
        seed = seed * 1103515245 + 12345;
        s[i] = '0' + (seed >> 16) % 10;
    }
    s[0] = '7';
    s[nd] = 0;
    double t0 = now();
    mpz_set_from_str(&a, s, nd, false, 10);
    double t1 = now();
    char *out = mpz_as_str(&a, 10);
    double t2 = now();
    printf("parse 100000 decimal digits:  %.3f s\n", t1 - t0);
    printf("print 100000 decimal digits:  %.3f s (%s)\n", t2 - t1,
        strcmp(out, s) == 0 ? "round trip ok" : "MISMATCH");
    m_free(out);
    t0 = now();
    out = mpz_as_str(&a, 16);
    t1 = now();
    printf("print as hex:                 %.3f s\n", t1 - t0);
    m_free(out);
    mpz_set_from_str(&b, s + 1, nd - 1, false, 10);
    t0 = now();
    mpz_mul_inpl(&c, &a, &b);
    t1 = now();
    printf("mul 100000 x 100000 digits:   %.3f s\n", t1 - t0);
    t0 = now();
    mpz_mul_inpl(&d, &a, &a);
    t1 = now();
    printf("square 100000 digits:         %.3f s\n", t1 - t0);
    t0 = now();
    mpz_divmod_inpl(&d, &e, &c, &b);
    t1 = now();
    printf("divmod 200000 / 100000 digits: %.3f s (%s)\n", t1 - t0,
        mpz_cmp(&d, &a) == 0 && e.len == 0 ? "ok" : "WRONG");
    mpz_set_from_int(&b, 3);
    mpz_set_from_int(&e, 200000);
    t0 = now();
    mpz_pow_inpl(&c, &b, &e);
    t1 = now();
    printf("3 ** 200000:                  %.3f s\n", t1 - t0);
    // A 2048-bit modular exponentiation (RSA-sized).
    mpz_set_from_int(&b, 1);
    mpz_shl_inpl(&b, &b, 2048);
    mpz_set_from_int(&c, 159);
    mpz_sub_inpl(&b, &b, &c); // modulus
    mpz_shr_inpl(&c, &a, 300000); // a 2000-ish bit base
    mpz_shr_inpl(&e, &a, 330000); // and exponent
    t0 = now();
    mpz_pow3_inpl(&d, &c, &e, &b);
    t1 = now();
    printf("pow(x, e, m) 2048-bit:        %.3f s (exp bits %zu)\n", t1 - t0, mpz_bit_length(&e));
    mpz_set_from_str(&a, s, 10000, false, 10);
    mpz_set_from_str(&b, s + 10000, 8000, false, 10);
    t0 = now();
    mpz_gcd_inpl(&c, &a, &b);
    t1 = now();
    printf("gcd 10000 / 8000 digits:      %.3f s\n", t1 - t0);
    free(s);
    mpz_deinit(&a);
    mpz_deinit(&b);
    mpz_deinit(&c);
    mpz_deinit(&d);
    mpz_deinit(&e);
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--bench") == 0) {
        bench();
        return 0;
    }
    if (argc != 2) {
        fprintf(stderr, "usage: %s CASES_FILE | --bench\n", argv[0]);
        return 2;
    }
    run_file(argv[1]);
    printf("%zu passed, %zu failed\n", n_pass, n_fail);
    return n_fail == 0 ? 0 : 1;
}
