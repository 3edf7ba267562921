// A streaming DEFLATE compressor (RFC 1951) with the zlib (RFC 1950) and
// gzip (RFC 1952) containers, for the zlib and deflate modules; and the
// container decoder of extmod/modzlib.c that the deflate module shares.
#ifndef MICROPY_INCLUDED_EXTMOD_DEFLATE_COMPRESS_H
#define MICROPY_INCLUDED_EXTMOD_DEFLATE_COMPRESS_H

#include "py/misc.h"

#define MP_DEFLATE_RAW (0)
#define MP_DEFLATE_ZLIB (1)
#define MP_DEFLATE_GZIP (2)

// Flush modes, numbered as zlib's Z_SYNC_FLUSH, Z_FULL_FLUSH and Z_FINISH.
#define MP_DEFLATE_SYNC (2)
#define MP_DEFLATE_FULL (3)
#define MP_DEFLATE_FINISH (4)

typedef struct _mp_deflate_t mp_deflate_t;

// level 0..9 (0: stored blocks only), format one of MP_DEFLATE_*, window
// bits 5..15, mem_level 1..9 (hash table and block size, as zlib's memLevel),
// strategy as zlib's (2: no matches, 3: distance 1 only, 4: fixed codes only).
// Everything lives in one GC block of about 2^(window_bits+2) + 2^(mem_level+9)
// bytes (~250 KB at the defaults), whatever the input length.
mp_deflate_t *mp_deflate_new(int level, int format, int window_bits, int mem_level, int strategy);
// Primes a new compressor with a preset dictionary (zlib or raw format
// only, else ValueError): the data may refer back into its last 32 KB.
void mp_deflate_set_dict(mp_deflate_t *d, const byte *dict, size_t len);
// Compresses data, appending whatever output is ready to out.
void mp_deflate_write(mp_deflate_t *d, const byte *data, size_t len, vstr_t *out);
// Ends the current block and appends its output to out: SYNC/FULL leave the
// output byte-aligned (FULL also forgets the history), FINISH ends the stream
// with its trailer; no write or flush may follow it.
void mp_deflate_flush(mp_deflate_t *d, int mode, vstr_t *out);
// An independent compressor in the same state.
mp_deflate_t *mp_deflate_copy(const mp_deflate_t *d);

// Defined in extmod/modzlib.c: a zlib, gzip or raw stream (wbits as
// zlib.decompressobj's) decoded as its input is fed; zdict: the preset
// dictionary or MP_OBJ_NULL. read appends at most max bytes of output to out,
// stopping early when input runs short; true once the stream has ended and
// all its output has been read. Corrupt data raises zlib.error.
typedef struct _mp_zlib_stream_t mp_zlib_stream_t;
mp_zlib_stream_t *mp_zlib_stream_new(mp_int_t wbits, mp_obj_t zdict);
void mp_zlib_stream_feed(mp_zlib_stream_t *s, const void *data, size_t len);
bool mp_zlib_stream_read(mp_zlib_stream_t *s, vstr_t *out, size_t max);

#endif // MICROPY_INCLUDED_EXTMOD_DEFLATE_COMPRESS_H
