// The compression functions of the hashlib module's algorithms. Each takes
// whole 64-byte blocks; padding, buffering and output byte order are the
// caller's (extmod/modhashlib.c), since they are shared by all three.
#ifndef MICROPY_INCLUDED_EXTMOD_HASH_ALGOS_H
#define MICROPY_INCLUDED_EXTMOD_HASH_ALGOS_H

#include <stddef.h>
#include <stdint.h>

#define HASH_BLOCK_SIZE (64)
#define HASH_MAX_BLOCK_SIZE (128) // SHA-512's blocks

// SHA-256 and SHA-224 (FIPS 180-4 section 6.2): eight words of state.
extern const uint32_t hash_sha256_initial[8];
extern const uint32_t hash_sha224_initial[8];
void hash_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t n_blocks);

// SHA-1 (FIPS 180-4 section 6.1): five words of state.
extern const uint32_t hash_sha1_initial[5];
void hash_sha1_compress(uint32_t state[5], const uint8_t *blocks, size_t n_blocks);

// MD5 (RFC 1321): four words of state, little-endian throughout.
extern const uint32_t hash_md5_initial[4];
void hash_md5_compress(uint32_t state[4], const uint8_t *blocks, size_t n_blocks);

// SHA-512 and SHA-384 (FIPS 180-4 section 6.4): 128-byte blocks, eight
// 64-bit words of state held as sixteen 32-bit halves (high half first).
extern const uint32_t hash_sha512_initial[16];
extern const uint32_t hash_sha384_initial[16];
void hash_sha512_compress(uint32_t state[16], const uint8_t *blocks, size_t n_blocks);

// Keccak-f[1600] (FIPS 202), the permutation of SHA-3 and SHAKE: 25 lanes.
void hash_keccak_f1600(uint64_t lanes[25]);

#endif // MICROPY_INCLUDED_EXTMOD_HASH_ALGOS_H
