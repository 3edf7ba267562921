// Checksums shared by binascii, zlib and deflate streams.
#ifndef MICROPY_INCLUDED_EXTMOD_CHECKSUM_H
#define MICROPY_INCLUDED_EXTMOD_CHECKSUM_H

#include "py/misc.h"

// CRC-32 (ISO-HDLC, as zlib.crc32) of data, continuing from crc (0 to start).
uint32_t mp_crc32(uint32_t crc, const byte *data, size_t len);
// Adler-32 (as zlib.adler32) of data, continuing from adler (1 to start).
uint32_t mp_adler32(uint32_t adler, const byte *data, size_t len);

#endif // MICROPY_INCLUDED_EXTMOD_CHECKSUM_H
