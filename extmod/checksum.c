// Checksums (see extmod/checksum.h).
#include "py/mpconfig.h"

#include "extmod/checksum.h"

// CRC-32, reflected polynomial 0xEDB88320, four bits at a time: a 16-entry
// table, computed once, is a fair trade between code size and speed.
static uint32_t crc32_nibble(unsigned int i) {
    uint32_t c = i;
    for (int k = 0; k < 4; k++) {
        c = (c & 1) ? (c >> 1) ^ 0xedb88320u : c >> 1;
    }
    return c;
}

uint32_t mp_crc32(uint32_t crc, const byte *data, size_t len) {
    static uint32_t table[16];
    if (table[8] == 0) {
        for (unsigned int i = 0; i < 16; i++) {
            table[i] = crc32_nibble(i);
        }
    }
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        crc = (crc >> 4) ^ table[crc & 15];
        crc = (crc >> 4) ^ table[crc & 15];
    }
    return ~crc;
}

uint32_t mp_adler32(uint32_t adler, const byte *data, size_t len) {
    const uint32_t mod = 65521;
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (len > 0) {
        // 5552 bytes is the most that can be summed before b overflows 32 bits.
        size_t n = len < 5552 ? len : 5552;
        len -= n;
        while (n-- > 0) {
            a += *data++;
            b += a;
        }
        a %= mod;
        b %= mod;
    }
    return (b << 16) | a;
}
