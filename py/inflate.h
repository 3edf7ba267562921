// A decoder for raw DEFLATE data (RFC 1951): the format the frozen modules
// are stored in (tools/makefrozen.py compresses them with python3's zlib),
// and the core of the zlib and deflate modules.
#ifndef MICROPY_INCLUDED_PY_INFLATE_H
#define MICROPY_INCLUDED_PY_INFLATE_H

#include "py/misc.h"

typedef enum {
    MP_INFLATE_OK = 0, // the final block has ended
    MP_INFLATE_TRUNCATED, // the input ended inside a block (streaming: feed more)
    MP_INFLATE_CORRUPT, // invalid codes, lengths or distances
    MP_INFLATE_TOO_LARGE, // the output would exceed the limit (streaming: make room)
} mp_inflate_result_t;

// Codes of up to this many bits are decoded with one table lookup.
#define MP_INFLATE_FAST_BITS (9)

// A canonical Huffman code: how many codes have each length 1..15, and the
// symbols in code order; and for each value of the next FAST_BITS input
// bits, the short code they start with: its length << 9 | its symbol, or 0
// if the code is longer (or the bits are no code).
typedef struct _mp_inflate_code_t {
    uint16_t count[16];
    uint16_t symbol[288];
    uint16_t fast[1 << MP_INFLATE_FAST_BITS];
} mp_inflate_code_t;

// A resumable decoder. The caller points in/in_len at the input and
// out/out_pos/out_size at a buffer whose bytes before out_pos are the
// history that back-references may reach (the last 32 KiB at least, or the
// whole output so far), then calls mp_inflate_run. A preset dictionary that
// is not in the buffer (dict/dict_len, at most 32 KiB) is reached by the
// distances that go back past the buffer's start. Input is consumed a whole
// code at a time: on TRUNCATED, in/in_len hold the bytes of the unfinished
// code, which the caller must give again followed by more input. Zero it to
// start a stream (~3.3 KiB: allocate it on the heap, or make it static).
typedef struct _mp_inflate_t {
    const byte *in;
    size_t in_len;
    byte *out;
    size_t out_pos, out_size;
    uint32_t bits; // input bits not used yet, lowest first (fewer than 8 between codes)
    uint8_t n_bits;
    uint8_t mode; // where run() resumes: a block header, or inside a block
    uint8_t last; // the current block is the final one
    uint16_t left; // stored block: bytes left; back-reference: bytes left to copy
    uint16_t dist; // back-reference distance
    const byte *dict; // the preset dictionary, the bytes before out[0]
    size_t dict_len;
    mp_inflate_code_t litlen, dist_code;
} mp_inflate_t;

// Decodes until the stream ends (OK), the input runs out (TRUNCATED), the
// output buffer is full (TOO_LARGE) or the data is invalid (CORRUPT). Never
// reads or writes out of bounds, whatever the input.
mp_inflate_result_t mp_inflate_run(mp_inflate_t *d);

// Decodes the raw DEFLATE stream in[0..in_len) up to and including its final
// block, appending the output to out (which grows as needed, to at most
// max_out bytes in all; what out holds already is history). *in_used
// receives the number of input bytes read (the rest follows the stream).
mp_inflate_result_t mp_inflate(const byte *in, size_t in_len, size_t *in_used, vstr_t *out, size_t max_out);

#endif // MICROPY_INCLUDED_PY_INFLATE_H
