// MD5 block compression, written from RFC 1321 (section 3.4). T[i] is
// floor(2**32 * |sin(i + 1)|) as the RFC defines it; words are little-endian.
#include "extmod/hash_algos.h"

#define ROTL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))

static inline uint32_t load_le32(const uint8_t *p) {
    return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
}

const uint32_t hash_md5_initial[4] = {
    0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
};

static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
    0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
    0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
    0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

// Left-rotation amounts: four per round, used in turn.
static const uint8_t md5_shift[4][4] = {
    { 7, 12, 17, 22 },
    { 5, 9, 14, 20 },
    { 4, 11, 16, 23 },
    { 6, 10, 15, 21 },
};

void hash_md5_compress(uint32_t state[4], const uint8_t *blocks, size_t n_blocks) {
    uint32_t x[16];
    for (; n_blocks > 0; n_blocks--, blocks += HASH_BLOCK_SIZE) {
        for (int i = 0; i < 16; i++) {
            x[i] = load_le32(blocks + 4 * i);
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        // Each step mixes one message word into a and rotates the roles of
        // the four registers; the rounds differ in the function and in
        // which word each step takes.
        #define MD5_STEP(f, k) do { \
        uint32_t sum = a + (f) + x[k] + md5_t[i]; \
        a = d; \
        d = c; \
        c = b; \
        b = b + ROTL(sum, md5_shift[i >> 4][i & 3]); \
} while (0)
        int i = 0;
        for (; i < 16; i++) {
            MD5_STEP((b & c) | (~b & d), i);
        }
        for (; i < 32; i++) {
            MD5_STEP((b & d) | (c & ~d), (5 * i + 1) & 15);
        }
        for (; i < 48; i++) {
            MD5_STEP(b ^ c ^ d, (3 * i + 5) & 15);
        }
        for (; i < 64; i++) {
            MD5_STEP(c ^ (b | ~d), (7 * i) & 15);
        }
        #undef MD5_STEP
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    }
}
