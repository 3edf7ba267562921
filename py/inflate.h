// A decoder for raw DEFLATE data (RFC 1951): the format the frozen modules
// are stored in (tools/makefrozen.py compresses them with python3's zlib).
#ifndef MICROPY_INCLUDED_PY_INFLATE_H
#define MICROPY_INCLUDED_PY_INFLATE_H

#include "py/misc.h"

typedef enum {
    MP_INFLATE_OK = 0,
    MP_INFLATE_TRUNCATED, // the input ended inside a block
    MP_INFLATE_CORRUPT, // invalid codes, lengths or distances
    MP_INFLATE_TOO_LARGE, // the output would exceed the limit given
} mp_inflate_result_t;

// Decodes the raw DEFLATE stream in[0..in_len) up to and including its final
// block, appending the output to out (which grows as needed, to at most
// max_out bytes in all). *in_used receives the number of input bytes read
// (the rest follows the stream). Never reads or writes out of bounds,
// whatever the input.
mp_inflate_result_t mp_inflate(const byte *in, size_t in_len, size_t *in_used, vstr_t *out, size_t max_out);

#endif // MICROPY_INCLUDED_PY_INFLATE_H
