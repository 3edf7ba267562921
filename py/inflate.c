// Raw DEFLATE decoder (RFC 1951), see py/inflate.h.
//
// Huffman codes are decoded a bit at a time against canonical code tables
// (how many codes of each length, and the symbols in code order): slower
// than lookup tables, but small, and the data decoded here is a few tens of
// kilobytes at a time (a frozen module on import).
#include "py/mpconfig.h"

#include <string.h>

#include "py/inflate.h"

#define MAX_CODE_BITS (15)
#define NUM_LITLEN_SYMBOLS (288)
#define NUM_DIST_SYMBOLS (32)
#define END_OF_BLOCK (256)

typedef struct _huffman_t {
    uint16_t count[MAX_CODE_BITS + 1]; // count[n]: how many codes are n bits long
    uint16_t symbol[NUM_LITLEN_SYMBOLS]; // symbols ordered by code
} huffman_t;

typedef struct _inflater_t {
    const byte *in;
    size_t in_len;
    size_t in_pos;
    uint32_t bits; // bits read from the input but not used yet, lowest first
    unsigned int n_bits;
    vstr_t *out;
    size_t max_out;
    mp_inflate_result_t error;
} inflater_t;

// Returns the next n (<= 16) bits of the input, or -1 at its end.
static int32_t take_bits(inflater_t *s, unsigned int n) {
    while (s->n_bits < n) {
        if (s->in_pos >= s->in_len) {
            s->error = MP_INFLATE_TRUNCATED;
            return -1;
        }
        s->bits |= (uint32_t)s->in[s->in_pos++] << s->n_bits;
        s->n_bits += 8;
    }
    int32_t v = (int32_t)(s->bits & ((1u << n) - 1));
    s->bits >>= n;
    s->n_bits -= n;
    return v;
}

// Builds the canonical code of the n symbols whose code lengths are given.
// Codes may be incomplete (RFC 1951 allows a lone distance code) but not
// over-subscribed.
static bool huffman_build(huffman_t *h, const uint8_t *lengths, unsigned int n) {
    memset(h->count, 0, sizeof(h->count));
    for (unsigned int i = 0; i < n; i++) {
        h->count[lengths[i]]++;
    }
    h->count[0] = 0;
    int32_t unused = 1; // codes of the current length still unassigned
    uint16_t start[MAX_CODE_BITS + 2];
    start[1] = 0;
    for (unsigned int len = 1; len <= MAX_CODE_BITS; len++) {
        unused = unused * 2 - h->count[len];
        if (unused < 0) {
            return false;
        }
        start[len + 1] = (uint16_t)(start[len] + h->count[len]);
    }
    for (unsigned int i = 0; i < n; i++) {
        if (lengths[i] != 0) {
            h->symbol[start[lengths[i]]++] = (uint16_t)i;
        }
    }
    return true;
}

// The next symbol of code h, or -1 (input ended, or no such code).
static int32_t huffman_decode(inflater_t *s, const huffman_t *h) {
    // Canonical codes of one length are consecutive numbers; code - first is
    // the rank of the code among those of its length.
    int32_t code = 0;
    int32_t first = 0;
    int32_t rank_base = 0;
    for (unsigned int len = 1; len <= MAX_CODE_BITS; len++) {
        int32_t bit = take_bits(s, 1);
        if (bit < 0) {
            return -1;
        }
        code |= bit;
        int32_t n = h->count[len];
        if (code - first < n) {
            return h->symbol[rank_base + code - first];
        }
        rank_base += n;
        first = (first + n) << 1;
        code <<= 1;
    }
    s->error = MP_INFLATE_CORRUPT;
    return -1;
}

// Base value and extra bits of length symbols 257..285 and distance symbols
// 0..29, computed rather than tabulated: after the first few, every pair of
// (length) four or (distance) two symbols adds one extra bit.
static void length_code(unsigned int sym, unsigned int *base, unsigned int *extra) {
    unsigned int i = sym - 257;
    if (sym == 285) {
        *base = 258;
        *extra = 0;
        return;
    }
    unsigned int b = 3;
    for (unsigned int j = 0; j < i; j++) {
        b += 1u << (j < 8 ? 0 : j / 4 - 1);
    }
    *base = b;
    *extra = i < 8 ? 0 : i / 4 - 1;
}

static void dist_code(unsigned int sym, unsigned int *base, unsigned int *extra) {
    unsigned int b = 1;
    for (unsigned int j = 0; j < sym; j++) {
        b += 1u << (j < 4 ? 0 : j / 2 - 1);
    }
    *base = b;
    *extra = sym < 4 ? 0 : sym / 2 - 1;
}

static bool out_room(inflater_t *s, size_t n) {
    if (n > s->max_out - s->out->len) {
        s->error = MP_INFLATE_TOO_LARGE;
        return false;
    }
    return true;
}

// The symbols of one compressed block, up to its end-of-block symbol.
static bool inflate_codes(inflater_t *s, const huffman_t *litlen, const huffman_t *dist) {
    for (;;) {
        int32_t sym = huffman_decode(s, litlen);
        if (sym < 0) {
            return false;
        }
        if (sym < 256) {
            if (!out_room(s, 1)) {
                return false;
            }
            vstr_add_byte(s->out, (byte)sym);
            continue;
        }
        if (sym == END_OF_BLOCK) {
            return true;
        }
        if (sym > 285) {
            s->error = MP_INFLATE_CORRUPT;
            return false;
        }
        unsigned int len_base, len_extra, dist_base, dist_extra;
        length_code((unsigned int)sym, &len_base, &len_extra);
        int32_t more = take_bits(s, len_extra);
        int32_t dsym = more < 0 ? -1 : huffman_decode(s, dist);
        if (dsym < 0) {
            return false;
        }
        if (dsym >= 30) {
            s->error = MP_INFLATE_CORRUPT;
            return false;
        }
        dist_code((unsigned int)dsym, &dist_base, &dist_extra);
        int32_t dmore = take_bits(s, dist_extra);
        if (dmore < 0) {
            return false;
        }
        size_t length = len_base + (size_t)more;
        size_t distance = dist_base + (size_t)dmore;
        if (distance > s->out->len) {
            s->error = MP_INFLATE_CORRUPT;
            return false;
        }
        if (!out_room(s, length)) {
            return false;
        }
        byte *dest = (byte *)vstr_extend(s->out, length);
        const byte *src = dest - distance;
        // Byte by byte: a copy may overlap what it is writing (distance < length).
        for (size_t i = 0; i < length; i++) {
            dest[i] = src[i];
        }
    }
}

static bool inflate_stored(inflater_t *s) {
    // The block's header ends at a byte boundary.
    s->bits = 0;
    s->n_bits = 0;
    if (s->in_len - s->in_pos < 4) {
        s->error = MP_INFLATE_TRUNCATED;
        return false;
    }
    const byte *p = s->in + s->in_pos;
    size_t len = p[0] | ((size_t)p[1] << 8);
    size_t nlen = p[2] | ((size_t)p[3] << 8);
    s->in_pos += 4;
    if (len != (~nlen & 0xffff)) {
        s->error = MP_INFLATE_CORRUPT;
        return false;
    }
    if (s->in_len - s->in_pos < len) {
        s->error = MP_INFLATE_TRUNCATED;
        return false;
    }
    if (!out_room(s, len)) {
        return false;
    }
    memcpy(vstr_extend(s->out, len), s->in + s->in_pos, len);
    s->in_pos += len;
    return true;
}

static bool inflate_fixed(inflater_t *s, huffman_t *litlen, huffman_t *dist) {
    uint8_t lengths[NUM_LITLEN_SYMBOLS];
    for (unsigned int i = 0; i < NUM_LITLEN_SYMBOLS; i++) {
        lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    }
    huffman_build(litlen, lengths, NUM_LITLEN_SYMBOLS);
    memset(lengths, 5, NUM_DIST_SYMBOLS);
    huffman_build(dist, lengths, NUM_DIST_SYMBOLS);
    return inflate_codes(s, litlen, dist);
}

static bool inflate_dynamic(inflater_t *s, huffman_t *litlen, huffman_t *dist) {
    // The order in which the code-length code's own lengths are sent.
    static const uint8_t order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
    int32_t hlit = take_bits(s, 5);
    int32_t hdist = take_bits(s, 5);
    int32_t hclen = take_bits(s, 4);
    if (hclen < 0) {
        return false;
    }
    unsigned int n_litlen = (unsigned int)hlit + 257;
    unsigned int n_dist = (unsigned int)hdist + 1;
    if (n_litlen > 286 || n_dist > 30) {
        s->error = MP_INFLATE_CORRUPT;
        return false;
    }
    uint8_t lengths[NUM_LITLEN_SYMBOLS + NUM_DIST_SYMBOLS];
    memset(lengths, 0, 19);
    for (int32_t i = 0; i < hclen + 4; i++) {
        int32_t v = take_bits(s, 3);
        if (v < 0) {
            return false;
        }
        lengths[order[i]] = (uint8_t)v;
    }
    huffman_t *lencode = litlen; // reused: the real codes are built after
    if (!huffman_build(lencode, lengths, 19)) {
        s->error = MP_INFLATE_CORRUPT;
        return false;
    }
    unsigned int total = n_litlen + n_dist;
    unsigned int i = 0;
    while (i < total) {
        int32_t sym = huffman_decode(s, lencode);
        if (sym < 0) {
            return false;
        }
        if (sym < 16) {
            lengths[i++] = (uint8_t)sym;
            continue;
        }
        uint8_t value = 0;
        int32_t repeat;
        if (sym == 16) {
            if (i == 0) {
                s->error = MP_INFLATE_CORRUPT;
                return false;
            }
            value = lengths[i - 1];
            repeat = take_bits(s, 2);
            repeat = repeat < 0 ? -1 : repeat + 3;
        } else if (sym == 17) {
            repeat = take_bits(s, 3);
            repeat = repeat < 0 ? -1 : repeat + 3;
        } else {
            repeat = take_bits(s, 7);
            repeat = repeat < 0 ? -1 : repeat + 11;
        }
        if (repeat < 0) {
            return false;
        }
        if ((unsigned int)repeat > total - i) {
            s->error = MP_INFLATE_CORRUPT;
            return false;
        }
        memset(lengths + i, value, (size_t)repeat);
        i += (unsigned int)repeat;
    }
    if (lengths[END_OF_BLOCK] == 0
        || !huffman_build(litlen, lengths, n_litlen)
        || !huffman_build(dist, lengths + n_litlen, n_dist)) {
        s->error = MP_INFLATE_CORRUPT;
        return false;
    }
    return inflate_codes(s, litlen, dist);
}

mp_inflate_result_t mp_inflate(const byte *in, size_t in_len, size_t *in_used, vstr_t *out, size_t max_out) {
    inflater_t s = { .in = in, .in_len = in_len, .out = out, .max_out = max_out, .error = MP_INFLATE_OK };
    if (max_out < out->len) {
        s.max_out = out->len;
    }
    // On the heap: ~1.3 KiB, and this may run deep in a C stack.
    huffman_t *codes = m_new(huffman_t, 2);
    bool ok = true;
    int32_t final = 0;
    while (ok && final == 0) {
        final = take_bits(&s, 1);
        int32_t type = final < 0 ? -1 : take_bits(&s, 2);
        if (type < 0) {
            ok = false;
        } else if (type == 0) {
            ok = inflate_stored(&s);
        } else if (type == 1) {
            ok = inflate_fixed(&s, &codes[0], &codes[1]);
        } else if (type == 2) {
            ok = inflate_dynamic(&s, &codes[0], &codes[1]);
        } else {
            s.error = MP_INFLATE_CORRUPT;
            ok = false;
        }
    }
    m_del(huffman_t, codes, 2);
    // Whole bytes taken into the bit buffer but not used belong to what
    // follows the stream.
    *in_used = s.in_pos - s.n_bits / 8;
    return ok ? MP_INFLATE_OK : s.error;
}
