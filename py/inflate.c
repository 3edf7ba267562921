// Raw DEFLATE decoder (RFC 1951), resumable, see py/inflate.h.
//
// Huffman codes of up to MP_INFLATE_FAST_BITS bits (nearly all of them in
// text) are decoded with one table lookup; longer ones a bit at a time
// against the canonical code (how many codes of each length, and the
// symbols in code order). To pause anywhere without a state for every
// bit, the decoder notes where each code starts; when the input runs out
// inside one it rewinds there and asks for more. A dynamic block header is
// one such unit (at most ~300 bytes), a literal or a length/distance pair
// another; a stored block and a back-reference copy resume byte by byte.
#include "py/mpconfig.h"

#include <string.h>

#include "py/inflate.h"

#define END_OF_BLOCK (256)

enum { MODE_HEADER, MODE_STORED, MODE_CODES, MODE_COPY };

// Returns the next n (<= 16) bits of the input, or -1 at its end.
static int32_t take_bits(mp_inflate_t *d, unsigned int n) {
    while (d->n_bits < n) {
        if (d->in_len == 0) {
            return -1;
        }
        d->bits |= (uint32_t)*d->in++ << d->n_bits;
        d->in_len--;
        d->n_bits += 8;
    }
    int32_t v = (int32_t)(d->bits & ((1u << n) - 1));
    d->bits >>= n;
    d->n_bits -= n;
    return v;
}

// Builds the canonical code of the n symbols whose code lengths are given.
// Codes may be incomplete (RFC 1951 allows a lone distance code) but not
// over-subscribed.
static bool code_build(mp_inflate_code_t *h, const uint8_t *lengths, unsigned int n) {
    memset(h->count, 0, sizeof(h->count));
    for (unsigned int i = 0; i < n; i++) {
        h->count[lengths[i]]++;
    }
    h->count[0] = 0;
    int32_t unused = 1; // codes of the current length still unassigned
    uint16_t start[17];
    start[1] = 0;
    for (unsigned int len = 1; len <= 15; len++) {
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
    // The input holds codes from their first bit on, lowest bit first: a
    // code's entries are at its bit-reversed value plus every multiple of
    // 1 << length.
    memset(h->fast, 0, sizeof(h->fast));
    unsigned int code = 0, rank = 0;
    for (unsigned int len = 1; len <= MP_INFLATE_FAST_BITS; len++) {
        for (unsigned int k = h->count[len]; k > 0; k--, code++, rank++) {
            unsigned int reversed = 0;
            for (unsigned int b = 0; b < len; b++) {
                reversed |= ((code >> b) & 1) << (len - 1 - b);
            }
            for (unsigned int j = reversed; j < MP_ARRAY_SIZE(h->fast); j += 1u << len) {
                h->fast[j] = (uint16_t)(len << 9 | h->symbol[rank]);
            }
        }
        code <<= 1;
    }
    return true;
}

// The next symbol of code h; -1 if the input ends first, -2 if no code matches.
static int32_t code_decode(mp_inflate_t *d, const mp_inflate_code_t *h) {
    // Look ahead FAST_BITS bits (fewer at the end of the input: the bits
    // above are then zero, and an entry counts only if its code is all real
    // bits). Whole bytes left over go back to the input, which they came
    // from in this call: fewer than 8 bits stay between codes, so a stored
    // block's byte alignment and a pause for more input stay simple.
    uint32_t ahead = d->bits;
    unsigned int n_ahead = d->n_bits;
    const byte *in = d->in;
    size_t in_len = d->in_len;
    while (n_ahead < MP_INFLATE_FAST_BITS && in_len != 0) {
        ahead |= (uint32_t)*in++ << n_ahead;
        in_len--;
        n_ahead += 8;
    }
    unsigned int entry = h->fast[ahead & (MP_ARRAY_SIZE(h->fast) - 1)];
    unsigned int len = entry >> 9;
    if (entry != 0 && len <= n_ahead) {
        n_ahead -= len;
        unsigned int back = n_ahead / 8;
        n_ahead -= back * 8;
        d->bits = (ahead >> len) & ((1u << n_ahead) - 1);
        d->n_bits = (uint8_t)n_ahead;
        d->in = in - back;
        d->in_len = in_len + back;
        return entry & 0x1ff;
    }
    // Canonical codes of one length are consecutive numbers; code - first is
    // the rank of the code among those of its length.
    uint32_t bits = d->bits;
    unsigned int n_bits = d->n_bits;
    int32_t code = 0, first = 0, rank_base = 0;
    for (unsigned int len = 1; len <= 15; len++) {
        if (n_bits == 0) {
            if (d->in_len == 0) {
                return -1;
            }
            bits = *d->in++;
            d->in_len--;
            n_bits = 8;
        }
        code |= bits & 1;
        bits >>= 1;
        n_bits--;
        int32_t count = h->count[len];
        if (code - first < count) {
            d->bits = bits;
            d->n_bits = (uint8_t)n_bits;
            return h->symbol[rank_base + code - first];
        }
        rank_base += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return -2;
}

// Reads a dynamic block's code lengths and builds its two codes.
static mp_inflate_result_t read_dynamic(mp_inflate_t *d) {
    // The order in which the code-length code's own lengths are sent.
    static const uint8_t order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
    int32_t counts = take_bits(d, 14);
    if (counts < 0) {
        return MP_INFLATE_TRUNCATED;
    }
    unsigned int n_litlen = (counts & 31) + 257;
    unsigned int n_dist = ((counts >> 5) & 31) + 1;
    unsigned int n_clen = (unsigned int)(counts >> 10) + 4;
    if (n_litlen > 286 || n_dist > 30) {
        return MP_INFLATE_CORRUPT;
    }
    uint8_t lengths[286 + 30];
    memset(lengths, 0, 19);
    for (unsigned int i = 0; i < n_clen; i++) {
        int32_t v = take_bits(d, 3);
        if (v < 0) {
            return MP_INFLATE_TRUNCATED;
        }
        lengths[order[i]] = (uint8_t)v;
    }
    mp_inflate_code_t *lencode = &d->litlen; // reused: the real codes are built after
    if (!code_build(lencode, lengths, 19)) {
        return MP_INFLATE_CORRUPT;
    }
    unsigned int total = n_litlen + n_dist;
    unsigned int i = 0;
    while (i < total) {
        int32_t sym = code_decode(d, lencode);
        if (sym < 16) {
            if (sym < 0) {
                return sym == -1 ? MP_INFLATE_TRUNCATED : MP_INFLATE_CORRUPT;
            }
            lengths[i++] = (uint8_t)sym;
            continue;
        }
        // 16: the previous length 3..6 times; 17, 18: zero 3..10, 11..138 times.
        static const uint8_t repeat_bits[3] = { 2, 3, 7 }, repeat_base[3] = { 3, 3, 11 };
        int32_t repeat = take_bits(d, repeat_bits[sym - 16]);
        if (repeat < 0) {
            return MP_INFLATE_TRUNCATED;
        }
        repeat += repeat_base[sym - 16];
        uint8_t value = 0;
        if (sym == 16) {
            if (i == 0) {
                return MP_INFLATE_CORRUPT;
            }
            value = lengths[i - 1];
        }
        if ((unsigned int)repeat > total - i) {
            return MP_INFLATE_CORRUPT;
        }
        memset(lengths + i, value, (size_t)repeat);
        i += (unsigned int)repeat;
    }
    if (lengths[END_OF_BLOCK] == 0
        || !code_build(&d->litlen, lengths, n_litlen)
        || !code_build(&d->dist_code, lengths + n_litlen, n_dist)) {
        return MP_INFLATE_CORRUPT;
    }
    return MP_INFLATE_OK;
}

// Reads a block header and prepares the block; OK means it is ready.
static mp_inflate_result_t read_header(mp_inflate_t *d) {
    int32_t hdr = take_bits(d, 3);
    if (hdr < 0) {
        return MP_INFLATE_TRUNCATED;
    }
    mp_inflate_result_t r = MP_INFLATE_OK;
    switch (hdr >> 1) {
        case 0: {
            // Stored: the length and its complement start at the next byte.
            d->bits = 0;
            d->n_bits = 0;
            if (d->in_len < 4) {
                return MP_INFLATE_TRUNCATED;
            }
            const byte *p = d->in;
            unsigned int len = p[0] | (p[1] << 8);
            if ((len ^ (p[2] | (p[3] << 8))) != 0xffff) {
                return MP_INFLATE_CORRUPT;
            }
            d->in += 4;
            d->in_len -= 4;
            d->left = (uint16_t)len;
            d->mode = MODE_STORED;
            break;
        }
        case 1: {
            uint8_t lengths[288];
            memset(lengths, 8, 144);
            memset(lengths + 144, 9, 112);
            memset(lengths + 256, 7, 24);
            memset(lengths + 280, 8, 8);
            code_build(&d->litlen, lengths, 288);
            memset(lengths, 5, 30);
            code_build(&d->dist_code, lengths, 30);
            d->mode = MODE_CODES;
            break;
        }
        case 2:
            r = read_dynamic(d);
            d->mode = MODE_CODES;
            break;
        default:
            return MP_INFLATE_CORRUPT;
    }
    d->last = hdr & 1;
    return r;
}

// A back-reference that starts in the preset dictionary, dist - out_pos
// bytes before the output: that part is copied whole (or, with too little
// room, the code is read again later), the rest is a copy from the output's
// start. Cold and out of the decoding loop (which then runs as before): only
// the error messages' stream has such a dictionary (py/errtext.c).
MP_COLD __attribute__((noinline)) static mp_inflate_result_t copy_from_dict(mp_inflate_t *d, size_t dist,
    size_t len) {
    size_t back = dist - d->out_pos;
    size_t n = back < len ? back : len;
    if (back > d->dict_len) {
        return MP_INFLATE_CORRUPT;
    }
    if (n > d->out_size - d->out_pos) {
        return MP_INFLATE_TOO_LARGE;
    }
    memcpy(d->out + d->out_pos, d->dict + d->dict_len - back, n);
    d->out_pos += n;
    if (len > n) {
        d->left = (uint16_t)(len - n);
        d->dist = (uint16_t)dist;
        d->mode = MODE_COPY;
    }
    return MP_INFLATE_OK;
}

mp_inflate_result_t mp_inflate_run(mp_inflate_t *d) {
    for (;;) {
        // Where to rewind to if this step runs out of input or output.
        const byte *mark_in = d->in;
        size_t mark_len = d->in_len;
        uint32_t mark_bits = d->bits;
        uint8_t mark_n_bits = d->n_bits, mark_mode = d->mode, mark_last = d->last;
        size_t room = d->out_size - d->out_pos;
        mp_inflate_result_t r = MP_INFLATE_OK;
        switch (d->mode) {
            case MODE_HEADER:
                if (d->last) {
                    return MP_INFLATE_OK;
                }
                r = read_header(d);
                break;
            case MODE_STORED: {
                size_t n = d->left;
                if (n == 0) {
                    d->mode = MODE_HEADER;
                    break;
                }
                n = n < room ? n : room;
                n = n < d->in_len ? n : d->in_len;
                if (n == 0) {
                    r = room == 0 ? MP_INFLATE_TOO_LARGE : MP_INFLATE_TRUNCATED;
                    break;
                }
                memcpy(d->out + d->out_pos, d->in, n);
                d->out_pos += n;
                d->in += n;
                d->in_len -= n;
                d->left -= (uint16_t)n;
                break;
            }
            case MODE_COPY: {
                size_t n = d->left < room ? d->left : room;
                if (n == 0) {
                    r = MP_INFLATE_TOO_LARGE;
                    break;
                }
                // Byte by byte: a copy may overlap what it is writing (dist < length).
                byte *dest = d->out + d->out_pos;
                const byte *src = dest - d->dist;
                for (size_t i = 0; i < n; i++) {
                    dest[i] = src[i];
                }
                d->out_pos += n;
                d->left -= (uint16_t)n;
                if (d->left == 0) {
                    d->mode = MODE_CODES;
                }
                break;
            }
            default: {
                int32_t sym = code_decode(d, &d->litlen);
                if (sym < 256) {
                    if (sym < 0) {
                        r = sym == -1 ? MP_INFLATE_TRUNCATED : MP_INFLATE_CORRUPT;
                    } else if (room == 0) {
                        r = MP_INFLATE_TOO_LARGE;
                    } else {
                        d->out[d->out_pos++] = (byte)sym;
                    }
                    break;
                }
                if (sym == END_OF_BLOCK) {
                    d->mode = MODE_HEADER;
                    break;
                }
                // Lengths 257..264 are 3..10; then every four codes add an extra bit.
                unsigned int i = (unsigned int)sym - 257;
                unsigned int extra = i < 8 ? 0 : i / 4 - 1;
                unsigned int len = i < 8 ? i + 3 : ((4 + (i & 3)) << extra) + 3;
                if (sym == 285) {
                    len = 258;
                    extra = 0;
                }
                int32_t more = take_bits(d, extra);
                int32_t dsym = more < 0 ? -1 : code_decode(d, &d->dist_code);
                if (dsym < 0 || sym > 285 || dsym >= 30) {
                    r = dsym == -1 ? MP_INFLATE_TRUNCATED : MP_INFLATE_CORRUPT;
                    break;
                }
                // Distances 1..4, then every two codes add an extra bit.
                unsigned int dextra = dsym < 4 ? 0 : dsym / 2 - 1;
                unsigned int dist = dsym < 4 ? dsym + 1 : ((2 + (dsym & 1)) << dextra) + 1;
                int32_t dmore = take_bits(d, dextra);
                if (dmore < 0) {
                    r = MP_INFLATE_TRUNCATED;
                    break;
                }
                dist += dmore;
                if (dist > d->out_pos) {
                    r = copy_from_dict(d, dist, len + more);
                    break;
                }
                d->left = (uint16_t)(len + more);
                d->dist = (uint16_t)dist;
                d->mode = MODE_COPY;
                break;
            }
        }
        if (r != MP_INFLATE_OK) {
            if (r != MP_INFLATE_CORRUPT) {
                d->in = mark_in;
                d->in_len = mark_len;
                d->bits = mark_bits;
                d->n_bits = mark_n_bits;
                d->mode = mark_mode;
                d->last = mark_last;
            }
            return r;
        }
    }
}

mp_inflate_result_t mp_inflate(const byte *in, size_t in_len, size_t *in_used, vstr_t *out, size_t max_out) {
    // On the heap: ~1.3 KiB, and this may run deep in a C stack.
    mp_inflate_t *d = m_new0(mp_inflate_t, 1);
    if (max_out < out->len) {
        max_out = out->len;
    }
    d->in = in;
    d->in_len = in_len;
    mp_inflate_result_t r;
    for (;;) {
        d->out = (byte *)out->buf;
        d->out_pos = out->len;
        d->out_size = out->alloc < max_out ? out->alloc : max_out;
        r = mp_inflate_run(d);
        out->len = d->out_pos;
        if (r != MP_INFLATE_TOO_LARGE || out->len >= max_out) {
            break;
        }
        vstr_hint_size(out, 4096);
    }
    *in_used = in_len - d->in_len;
    m_del(mp_inflate_t, d, 1);
    return r;
}
