// SHA-512 and SHA-384 (FIPS 180-4 sections 6.4 and 6.5): the compression
// function over 128-byte blocks. The eight 64-bit state words are kept as
// sixteen 32-bit halves, high half first, so that extmod/modhashlib.c
// handles this state like the others and reads the digest out big-endian.
#include "py/mpconfig.h"

#if MICROPY_PY_HASHLIB

#include "extmod/hash_algos.h"

const uint32_t hash_sha512_initial[16] = {
    0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
    0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
};

const uint32_t hash_sha384_initial[16] = {
    0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
    0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
};

// The first 64 bits of the fractional parts of the cube roots of the first
// eighty primes. Read only while hashing: cold data, apart from the hot
// constants (MP_COLD_DATA).
static const uint64_t sha512_k[80] MP_COLD_DATA = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

static inline uint64_t sha512_rotr(uint64_t x, unsigned n) {
    return (x >> n) | (x << (64 - n));
}

void hash_sha512_compress(uint32_t state[16], const uint8_t *blocks, size_t n_blocks) {
    uint64_t h[8];
    for (int i = 0; i < 8; i++) {
        h[i] = ((uint64_t)state[2 * i] << 32) | state[2 * i + 1];
    }
    for (; n_blocks > 0; n_blocks--, blocks += 128) {
        // The message schedule: sixteen big-endian words, then 64 mixed ones.
        uint64_t w[80];
        for (int t = 0; t < 16; t++) {
            uint64_t v = 0;
            for (int j = 0; j < 8; j++) {
                v = (v << 8) | blocks[8 * t + j];
            }
            w[t] = v;
        }
        for (int t = 16; t < 80; t++) {
            uint64_t s0 = sha512_rotr(w[t - 15], 1) ^ sha512_rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
            uint64_t s1 = sha512_rotr(w[t - 2], 19) ^ sha512_rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (int t = 0; t < 80; t++) {
            uint64_t big_s1 = sha512_rotr(e, 14) ^ sha512_rotr(e, 18) ^ sha512_rotr(e, 41);
            uint64_t choose = (e & f) ^ (~e & g);
            uint64_t t1 = k + big_s1 + choose + sha512_k[t] + w[t];
            uint64_t big_s0 = sha512_rotr(a, 28) ^ sha512_rotr(a, 34) ^ sha512_rotr(a, 39);
            uint64_t majority = (a & b) ^ (a & c) ^ (b & c);
            uint64_t t2 = big_s0 + majority;
            k = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += k;
    }
    for (int i = 0; i < 8; i++) {
        state[2 * i] = (uint32_t)(h[i] >> 32);
        state[2 * i + 1] = (uint32_t)h[i];
    }
}

#endif // MICROPY_PY_HASHLIB
