// The Keccak-f[1600] permutation (FIPS 202 section 3) behind hashlib's
// SHA-3 and SHAKE objects; the sponge (absorbing, padding, squeezing) is in
// extmod/modhashlib.c.
#include "py/mpconfig.h"

#if MICROPY_PY_HASHLIB

#include "extmod/hash_algos.h"

// The round constants of step iota.
static const uint64_t keccak_round_constants[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
    0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
};

// Rotation of lane (x, y), indexed x + 5 * y (step rho).
static const uint8_t keccak_rotations[25] = {
    0, 1, 62, 28, 27,
    36, 44, 6, 55, 20,
    3, 10, 43, 25, 39,
    41, 45, 15, 21, 8,
    18, 2, 61, 56, 14,
};

static inline uint64_t keccak_rotl(uint64_t v, unsigned n) {
    return n == 0 ? v : (v << n) | (v >> (64 - n));
}

void hash_keccak_f1600(uint64_t lanes[25]) {
    for (int round = 0; round < 24; round++) {
        // theta: each lane takes the parities of two neighbouring columns.
        uint64_t parity[5];
        for (int x = 0; x < 5; x++) {
            parity[x] = lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20];
        }
        for (int x = 0; x < 5; x++) {
            uint64_t d = parity[(x + 4) % 5] ^ keccak_rotl(parity[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5) {
                lanes[x + y] ^= d;
            }
        }
        // rho and pi: rotate each lane and move (x, y) to (y, 2x + 3y).
        uint64_t moved[25];
        for (int x = 0; x < 5; x++) {
            for (int y = 0; y < 5; y++) {
                int to_x = y, to_y = (2 * x + 3 * y) % 5;
                moved[to_x + 5 * to_y] = keccak_rotl(lanes[x + 5 * y], keccak_rotations[x + 5 * y]);
            }
        }
        // chi: the only non-linear step, along each row.
        for (int y = 0; y < 25; y += 5) {
            for (int x = 0; x < 5; x++) {
                lanes[x + y] = moved[x + y] ^ (~moved[(x + 1) % 5 + y] & moved[(x + 2) % 5 + y]);
            }
        }
        // iota
        lanes[0] ^= keccak_round_constants[round];
    }
}

#endif // MICROPY_PY_HASHLIB
