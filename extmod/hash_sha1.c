// SHA-1 block compression, written from FIPS 180-4 (sections 4.1.1, 4.2.1,
// 5.3.1 and 6.1.2). The four round constants are floor(2**30 * sqrt(n)) for
// n = 2, 3, 5 and 10.
#include "extmod/hash_algos.h"

#define ROTL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))

static inline uint32_t load_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

const uint32_t hash_sha1_initial[5] = {
    0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0,
};

void hash_sha1_compress(uint32_t state[5], const uint8_t *blocks, size_t n_blocks) {
    uint32_t w[80];
    for (; n_blocks > 0; n_blocks--, blocks += HASH_BLOCK_SIZE) {
        for (int t = 0; t < 16; t++) {
            w[t] = load_be32(blocks + 4 * t);
        }
        for (int t = 16; t < 80; t++) {
            uint32_t x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
            w[t] = ROTL(x, 1);
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        // One loop a round group, so the selection function and constant
        // need no test inside the loop.
        #define SHA1_STEP(f, k) do { \
        uint32_t tmp = ROTL(a, 5) + (f) + e + (k) + w[t]; \
        e = d; \
        d = c; \
        c = ROTL(b, 30); \
        b = a; \
        a = tmp; \
} while (0)
        int t = 0;
        for (; t < 20; t++) {
            SHA1_STEP((b & c) ^ (~b & d), 0x5a827999);
        }
        for (; t < 40; t++) {
            SHA1_STEP(b ^ c ^ d, 0x6ed9eba1);
        }
        for (; t < 60; t++) {
            SHA1_STEP((b & c) ^ (b & d) ^ (c & d), 0x8f1bbcdc);
        }
        for (; t < 80; t++) {
            SHA1_STEP(b ^ c ^ d, 0xca62c1d6);
        }
        #undef SHA1_STEP
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }
}
