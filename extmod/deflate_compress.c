// DEFLATE compressor, see extmod/deflate_compress.h.
//
// Matching: the input is copied into a window buffer of two spans; every
// position is entered in a hash table keyed on its next three bytes, the
// positions sharing a hash being chained through prev[] (newest first). The
// chain is walked for the longest earlier match, up to a per-level number of
// steps; from level 4 on a match is held back one byte in case the next
// position starts a longer one ("lazy" matching). When the buffer fills, its
// upper span moves down and every stored position drops by one span (those
// that would go negative become 0, which means "none": position 0 is never
// matched against, a negligible loss).
//
// Blocks: literals and matches are recorded (3 bytes each) until the record
// is full, a flush is asked for or the window moves past the block's first
// byte; then the block is sent in the cheapest of the three forms, computed
// exactly: stored, fixed codes, or codes built from the block's own counts.
#include "py/mpconfig.h"

#if MICROPY_PY_ZLIB

#include <string.h>

#include "py/runtime.h"
#include "extmod/checksum.h"
#include "extmod/deflate_compress.h"

#define MIN_MATCH (3)
#define MAX_MATCH (258)
// Bytes kept ahead of the current position while more input may come, so
// that a match can always reach its full length.
#define LOOKAHEAD (MAX_MATCH + MIN_MATCH + 1)
#define NUM_LITLEN (286)
#define NUM_DIST (30)
#define END_BLOCK (256)

struct _mp_deflate_t {
    size_t alloc; // bytes of this block, arrays included
    byte *win; // 2 * span bytes of input
    uint16_t *prev; // span entries, indexed by position mod span
    uint16_t *head; // 2^hash_bits entries
    byte *sym_ll; // per recorded symbol: literal byte, or match length - 3
    uint16_t *sym_dist; // per recorded symbol: 0 for a literal, else distance
    size_t span, max_dist, sym_cap, n_sym;
    size_t pos, ahead; // current position in win, bytes after it
    size_t blk_start, blk_bytes; // where the current block's input begins, its length
    uint32_t check; // Adler-32 or CRC-32 of the input
    uint32_t total; // input length mod 2^32 (the gzip trailer's)
    uint64_t bits; // output bits not yet appended, lowest first
    unsigned int n_bits;
    uint16_t chain, nice; // match search limits of the level
    uint16_t pend_len, pend_dist; // a match held back at pos - 1 (lazy matching)
    uint8_t level, format, window_bits, hash_bits, strategy;
    bool lazy;
    bool started; // header sent
    bool dict; // a preset dictionary was given: its id follows the zlib header
    // The mode of the last SYNC/FULL flush when no write came since, else 0.
    uint8_t last_flush;
    vstr_t *out;
    uint16_t lfreq[NUM_LITLEN], dfreq[NUM_DIST];
    // The codes of the block being sent: bit-reversed codes and lengths.
    uint16_t lcode[288], dcode[NUM_DIST], ccode[19];
    uint8_t llen[288], dlen[NUM_DIST], clen[19];
    uint16_t cfreq[19];
};

// Per level 1..9: chain steps, length good enough to stop, lazy or greedy.
// clang-format off
static const struct { uint16_t chain, nice; bool lazy; } level_params[9] = {
    { 4, 8, false }, { 8, 16, false }, { 16, 32, false }, { 16, 32, true }, { 32, 64, true },
    { 128, 128, true }, { 256, 258, true }, { 1024, 258, true }, { 4096, 258, true },
};
// clang-format on

static void set_arrays(mp_deflate_t *d) {
    byte *p = (byte *)(d + 1);
    d->prev = (uint16_t *)p;
    p += d->span * 2;
    d->head = (uint16_t *)p;
    p += ((size_t)2 << d->hash_bits);
    d->sym_dist = (uint16_t *)p;
    p += d->sym_cap * 2;
    d->win = p;
    p += d->span * 2;
    d->sym_ll = p;
}

mp_deflate_t *mp_deflate_new(int level, int format, int window_bits, int mem_level, int strategy) {
    size_t span = (size_t)1 << (window_bits < 12 ? 12 : window_bits);
    unsigned int hash_bits = (unsigned int)mem_level + 7;
    size_t sym_cap = (size_t)1 << (mem_level + 6);
    size_t alloc = sizeof(mp_deflate_t) + span * 4 + ((size_t)2 << hash_bits) + sym_cap * 3;
    // No pointers to other objects inside: the GC need not scan it.
    mp_deflate_t *d = (mp_deflate_t *)m_malloc_atomic(alloc);
    memset(d, 0, alloc);
    d->alloc = alloc;
    d->span = span;
    d->hash_bits = (uint8_t)hash_bits;
    d->sym_cap = sym_cap;
    set_arrays(d);
    size_t w = (size_t)1 << window_bits;
    d->max_dist = strategy == 3 ? 1 : w < span - LOOKAHEAD ? w : span - LOOKAHEAD;
    d->level = (uint8_t)level;
    d->format = (uint8_t)format;
    d->window_bits = (uint8_t)window_bits;
    d->strategy = (uint8_t)strategy;
    if (level > 0 && strategy != 2) {
        d->chain = level_params[level - 1].chain;
        d->nice = level_params[level - 1].nice;
        d->lazy = level_params[level - 1].lazy;
    }
    d->check = format == MP_DEFLATE_ZLIB ? 1 : 0;
    return d;
}

mp_deflate_t *mp_deflate_copy(const mp_deflate_t *d) {
    mp_deflate_t *c = (mp_deflate_t *)m_malloc_atomic(d->alloc);
    memcpy(c, d, d->alloc);
    set_arrays(c);
    return c;
}

// ---------------------------------------------------------------------------
// Output bits.

static void put_bits(mp_deflate_t *d, uint32_t v, unsigned int n) {
    d->bits |= (uint64_t)v << d->n_bits;
    d->n_bits += n;
    if (d->n_bits >= 32) {
        byte *o = (byte *)vstr_add_len(d->out, 4);
        for (int i = 0; i < 4; i++) {
            o[i] = (byte)(d->bits >> (8 * i));
        }
        d->bits >>= 32;
        d->n_bits -= 32;
    }
}

// Pads to a byte boundary and appends the pending bytes.
static void put_align(mp_deflate_t *d) {
    while (d->n_bits > 0) {
        vstr_add_byte(d->out, (byte)d->bits);
        d->bits >>= 8;
        d->n_bits = d->n_bits > 8 ? d->n_bits - 8 : 0;
    }
}

static void put_bytes_be(mp_deflate_t *d, uint32_t v, int n, bool big_endian) {
    for (int i = 0; i < n; i++) {
        vstr_add_byte(d->out, (byte)(v >> (big_endian ? 8 * (n - 1 - i) : 8 * i)));
    }
}

// ---------------------------------------------------------------------------
// Length and distance symbols. Past the first few, each group of four
// (lengths) or two (distances) symbols has one extra bit more than the last,
// so symbol, base and extra bits follow from the position of the top bit.

static unsigned int top_bit(unsigned int v) {
    return 31 - (unsigned int)__builtin_clz(v);
}

// Symbol index 0..28 (for 257..285) of match length len.
static unsigned int len_index(unsigned int len) {
    unsigned int l = len - MIN_MATCH;
    if (l < 8) {
        return l;
    }
    if (l == MAX_MATCH - MIN_MATCH) {
        return 28;
    }
    unsigned int e = top_bit(l) - 2;
    return 4 * (e + 1) + ((l >> e) & 3);
}

static unsigned int len_extra(unsigned int i) {
    return i < 8 || i == 28 ? 0 : i / 4 - 1;
}

static unsigned int len_base(unsigned int i) {
    return i == 28 ? MAX_MATCH : i < 8 ? i + MIN_MATCH : ((4 + (i & 3)) << (i / 4 - 1)) + MIN_MATCH;
}

static unsigned int dist_index(unsigned int dist) {
    unsigned int v = dist - 1;
    if (v < 4) {
        return v;
    }
    unsigned int b = top_bit(v);
    return 2 * b + ((v >> (b - 1)) & 1);
}

static unsigned int dist_extra(unsigned int i) {
    return i < 4 ? 0 : i / 2 - 1;
}

static unsigned int dist_base(unsigned int i) {
    return i < 4 ? i + 1 : ((2 + (i & 1)) << (i / 2 - 1)) + 1;
}

// ---------------------------------------------------------------------------
// Huffman codes.

// Code lengths (at most limit bits) for the n symbols of counts freq, from a
// Huffman tree: leaves sorted by count, internal nodes created in order of
// weight so that two queues give the two lightest nodes. Too deep a tree is
// rebuilt with the counts halved (rounded up), which flattens it; the loss
// is small and rare. At least two counts must be non-zero.
static void huff_lengths(const uint16_t *freq, unsigned int n, uint8_t *len, unsigned int limit) {
    uint32_t f[NUM_LITLEN];
    uint32_t w[2 * NUM_LITLEN]; // weights, then depths
    uint16_t parent[2 * NUM_LITLEN];
    uint16_t leaf[NUM_LITLEN];
    for (unsigned int i = 0; i < n; i++) {
        f[i] = freq[i];
    }
    for (;;) {
        unsigned int m = 0;
        for (unsigned int i = 0; i < n; i++) {
            len[i] = 0;
            if (f[i] != 0) {
                // Insertion sort by count: n is at most 286.
                unsigned int j = m++;
                while (j > 0 && f[leaf[j - 1]] > f[i]) {
                    leaf[j] = leaf[j - 1];
                    j--;
                }
                leaf[j] = (uint16_t)i;
            }
        }
        for (unsigned int k = 0; k < m; k++) {
            w[k] = f[leaf[k]];
        }
        unsigned int next_leaf = 0, next_node = m;
        for (unsigned int k = m; k < 2 * m - 1; k++) {
            w[k] = 0;
            for (int pick = 0; pick < 2; pick++) {
                unsigned int a;
                if (next_leaf < m && (next_node >= k || w[next_leaf] <= w[next_node])) {
                    a = next_leaf++;
                } else {
                    a = next_node++;
                }
                w[k] += w[a];
                parent[a] = (uint16_t)k;
            }
        }
        // Parents come after their children: depths top-down.
        w[2 * m - 2] = 0;
        unsigned int deepest = 0;
        for (unsigned int k = 2 * m - 2; k-- > 0;) {
            w[k] = w[parent[k]] + 1;
            if (w[k] > deepest) {
                deepest = w[k];
            }
        }
        if (deepest <= limit) {
            for (unsigned int k = 0; k < m; k++) {
                len[leaf[k]] = (uint8_t)w[k];
            }
            return;
        }
        for (unsigned int i = 0; i < n; i++) {
            f[i] = (f[i] + 1) >> 1;
        }
    }
}

// The canonical codes of the lengths (RFC 1951 3.2.2), bit-reversed since
// DEFLATE sends a code's top bit first into a stream filled from bit 0.
static void huff_codes(const uint8_t *len, unsigned int n, uint16_t *code) {
    uint16_t next[16] = { 0 };
    for (unsigned int i = 0; i < n; i++) {
        next[len[i]]++;
    }
    unsigned int c = 0, prev_count = 0;
    for (unsigned int b = 1; b < 16; b++) {
        unsigned int count = next[b];
        c = (c + prev_count) << 1;
        next[b] = (uint16_t)c;
        prev_count = count;
    }
    for (unsigned int i = 0; i < n; i++) {
        unsigned int v = next[len[i]]++, r = 0;
        for (unsigned int b = 0; b < len[i]; b++) {
            r = (r << 1) | ((v >> b) & 1);
        }
        code[i] = (uint16_t)r;
    }
}

// Ensures two used symbols: a one-code (or empty) code is not complete, and
// zlib accepts an incomplete code only in some places.
static void two_symbols(uint16_t *freq, unsigned int n) {
    unsigned int used = 0;
    for (unsigned int i = 0; i < n; i++) {
        used += freq[i] != 0;
    }
    for (unsigned int i = 0; used < 2; i++) {
        if (freq[i] == 0) {
            freq[i] = 1;
            used++;
        }
    }
}

// The code-length sequence of a dynamic block header, run-length coded
// (symbols 16: repeat the last length 3-6 times, 17: 3-10 zeros, 18: 11-138
// zeros). Counts the symbols into cfreq, or sends them.
static void code_lengths(mp_deflate_t *d, const uint8_t *lens, unsigned int n, bool send) {
    for (unsigned int i = 0; i < n;) {
        unsigned int v = lens[i], run = 1;
        while (i + run < n && lens[i + run] == v) {
            run++;
        }
        unsigned int sym = v, extra = 0, extra_bits = 0, used = 1;
        if (v == 0 && run >= 3) {
            used = run > 138 ? 138 : run;
            sym = used >= 11 ? 18 : 17;
            extra = used - (used >= 11 ? 11 : 3);
            extra_bits = used >= 11 ? 7 : 3;
        } else if (v != 0 && i > 0 && lens[i - 1] == v && run >= 3) {
            used = run > 6 ? 6 : run;
            sym = 16;
            extra = used - 3;
            extra_bits = 2;
        }
        if (send) {
            put_bits(d, d->ccode[sym], d->clen[sym]);
            put_bits(d, extra, extra_bits);
        } else {
            d->cfreq[sym]++;
        }
        i += used;
    }
}

static size_t data_bits(const mp_deflate_t *d) {
    size_t bits = 0;
    for (unsigned int i = 0; i < NUM_LITLEN; i++) {
        bits += (size_t)d->lfreq[i] * (d->llen[i] + (i > END_BLOCK ? len_extra(i - 257) : 0));
    }
    for (unsigned int i = 0; i < NUM_DIST; i++) {
        bits += (size_t)d->dfreq[i] * (d->dlen[i] + dist_extra(i));
    }
    return bits;
}

static void fixed_codes(mp_deflate_t *d) {
    for (unsigned int i = 0; i < 288; i++) {
        d->llen[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    }
    memset(d->dlen, 5, NUM_DIST);
}

// The order in which a dynamic header sends the code-length code's lengths.
static const uint8_t clen_order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

// ---------------------------------------------------------------------------
// Blocks.

static void put_stored(mp_deflate_t *d, bool final) {
    const byte *p = d->win + d->blk_start;
    size_t left = d->blk_bytes;
    do {
        size_t n = left > 0xffff ? 0xffff : left;
        left -= n;
        put_bits(d, final && left == 0, 3);
        put_align(d);
        put_bytes_be(d, (uint32_t)n | ((uint32_t)(n ^ 0xffff) << 16), 4, false);
        vstr_add_strn(d->out, (const char *)p, n);
        p += n;
    } while (left > 0);
}

// Sends the recorded symbols as one block (the last one if final).
static void put_block(mp_deflate_t *d, bool final) {
    d->lfreq[END_BLOCK] = 1;
    two_symbols(d->lfreq, NUM_LITLEN);
    // The dynamic form's codes and the cost of its header.
    two_symbols(d->dfreq, NUM_DIST);
    huff_lengths(d->lfreq, NUM_LITLEN, d->llen, 15);
    huff_lengths(d->dfreq, NUM_DIST, d->dlen, 15);
    unsigned int n_lit = NUM_LITLEN, n_dist = NUM_DIST, n_clen = 19;
    while (d->llen[n_lit - 1] == 0) {
        n_lit--;
    }
    while (n_dist > 1 && d->dlen[n_dist - 1] == 0) {
        n_dist--;
    }
    uint8_t lens[NUM_LITLEN + NUM_DIST];
    memcpy(lens, d->llen, n_lit);
    memcpy(lens + n_lit, d->dlen, n_dist);
    memset(d->cfreq, 0, sizeof(d->cfreq));
    code_lengths(d, lens, n_lit + n_dist, false);
    two_symbols(d->cfreq, 19);
    huff_lengths(d->cfreq, 19, d->clen, 7);
    while (n_clen > 4 && d->clen[clen_order[n_clen - 1]] == 0) {
        n_clen--;
    }
    size_t dyn = 14 + 3 * n_clen + 2 * d->cfreq[16] + 3 * d->cfreq[17] + 7 * d->cfreq[18];
    for (unsigned int i = 0; i < 19; i++) {
        dyn += (size_t)d->cfreq[i] * d->clen[i];
    }
    dyn += data_bits(d);
    size_t stored = (d->blk_bytes + 5 + d->blk_bytes / 0xffff * 5) * 8;
    fixed_codes(d);
    size_t fixed = data_bits(d);
    if (d->level == 0 || (stored < fixed && stored < dyn && d->strategy != 4)) {
        put_stored(d, final);
    } else {
        bool use_fixed = fixed <= dyn || d->strategy == 4;
        put_bits(d, final | (use_fixed ? 2 : 4), 3);
        if (!use_fixed) {
            memcpy(d->llen, lens, n_lit);
            memset(d->llen + n_lit, 0, 288 - n_lit);
            memcpy(d->dlen, lens + n_lit, n_dist);
            memset(d->dlen + n_dist, 0, NUM_DIST - n_dist);
            put_bits(d, n_lit - 257, 5);
            put_bits(d, n_dist - 1, 5);
            put_bits(d, n_clen - 4, 4);
            for (unsigned int i = 0; i < n_clen; i++) {
                put_bits(d, d->clen[clen_order[i]], 3);
            }
            huff_codes(d->clen, 19, d->ccode);
            code_lengths(d, lens, n_lit + n_dist, true);
        }
        huff_codes(d->llen, 288, d->lcode);
        huff_codes(d->dlen, NUM_DIST, d->dcode);
        for (size_t k = 0; k < d->n_sym; k++) {
            unsigned int v = d->sym_ll[k], dist = d->sym_dist[k];
            if (dist == 0) {
                put_bits(d, d->lcode[v], d->llen[v]);
                continue;
            }
            unsigned int i = len_index(v + MIN_MATCH);
            put_bits(d, d->lcode[257 + i], d->llen[257 + i]);
            put_bits(d, v + MIN_MATCH - len_base(i), len_extra(i));
            i = dist_index(dist);
            put_bits(d, d->dcode[i], d->dlen[i]);
            put_bits(d, dist - dist_base(i), dist_extra(i));
        }
        put_bits(d, d->lcode[END_BLOCK], d->llen[END_BLOCK]);
    }
    d->blk_start += d->blk_bytes;
    d->blk_bytes = 0;
    d->n_sym = 0;
    memset(d->lfreq, 0, sizeof(d->lfreq));
    memset(d->dfreq, 0, sizeof(d->dfreq));
}

// Records a literal (dist 0) or a match.
static void record(mp_deflate_t *d, unsigned int ll, unsigned int dist) {
    d->sym_ll[d->n_sym] = (byte)ll;
    d->sym_dist[d->n_sym] = (uint16_t)dist;
    d->n_sym++;
    if (dist == 0) {
        d->lfreq[ll]++;
        d->blk_bytes++;
    } else {
        d->lfreq[257 + len_index(ll + MIN_MATCH)]++;
        d->dfreq[dist_index(dist)]++;
        d->blk_bytes += ll + MIN_MATCH;
    }
    if (d->n_sym == d->sym_cap) {
        put_block(d, false);
    }
}

// ---------------------------------------------------------------------------
// Matching.

static void insert(mp_deflate_t *d, size_t p) {
    const byte *s = d->win + p;
    uint32_t key = ((uint32_t)s[0] | ((uint32_t)s[1] << 8) | ((uint32_t)s[2] << 16)) * 2654435761u;
    uint16_t *h = &d->head[key >> (32 - d->hash_bits)];
    d->prev[p & (d->span - 1)] = *h;
    *h = (uint16_t)p;
}

// The longest match for position p (already inserted) among earlier
// positions, of at least MIN_MATCH bytes (else 0); its distance in *dist.
static unsigned int longest(mp_deflate_t *d, size_t p, unsigned int *dist) {
    size_t max_len = d->ahead < MAX_MATCH ? d->ahead : MAX_MATCH;
    size_t limit = p > d->max_dist ? p - d->max_dist - 1 : 0; // candidates above it
    const byte *s = d->win + p;
    size_t best = MIN_MATCH - 1;
    size_t cand = d->prev[p & (d->span - 1)];
    for (unsigned int steps = d->chain; cand > limit && steps > 0; steps--) {
        const byte *c = d->win + cand;
        if (c[best] == s[best] && c[0] == s[0] && c[1] == s[1]) {
            size_t n = 2;
            // Eight bytes at a time while that many remain.
            while (n + 8 <= max_len) {
                uint64_t x, y;
                memcpy(&x, c + n, 8);
                memcpy(&y, s + n, 8);
                if (x != y) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                    n += (size_t)__builtin_ctzll(x ^ y) / 8;
#else
                    n += (size_t)__builtin_clzll(x ^ y) / 8;
#endif
                    goto compared;
                }
                n += 8;
            }
            while (n < max_len && c[n] == s[n]) {
                n++;
            }
        compared:
            if (n > best) {
                best = n;
                *dist = (unsigned int)(p - cand);
                if (n >= d->nice || n >= max_len) {
                    break;
                }
            }
        }
        size_t next = d->prev[cand & (d->span - 1)];
        if (next >= cand) {
            break; // a stale entry: the chain's older part was overwritten
        }
        cand = next;
    }
    // A 3-byte match far back costs about as much as three literals.
    if (best < MIN_MATCH || (best == MIN_MATCH && *dist > 4096)) {
        return 0;
    }
    return (unsigned int)best;
}

// Enters positions p..end-1 whose three bytes are all present.
static void insert_range(mp_deflate_t *d, size_t p, size_t end) {
    size_t stop = d->pos + d->ahead - (MIN_MATCH - 1);
    for (; p < end && p < stop; p++) {
        insert(d, p);
    }
}

static void advance(mp_deflate_t *d, size_t n) {
    d->pos += n;
    d->ahead -= n;
}

// Consumes the window's input, leaving LOOKAHEAD bytes unless flushing.
static void run(mp_deflate_t *d, bool flushing) {
    size_t need = flushing ? 1 : LOOKAHEAD;
    while (d->ahead >= need) {
        size_t p = d->pos;
        unsigned int len = 0, dist = 0;
        if (d->level > 0 && d->ahead >= MIN_MATCH) {
            insert(d, p);
            if (d->chain > 0) {
                len = longest(d, p, &dist);
            }
        }
        if (d->pend_len != 0 && d->pend_len >= len) {
            // The held-back match at p - 1 is at least as long: take it.
            size_t end = p - 1 + d->pend_len;
            insert_range(d, p + 1, end);
            record(d, d->pend_len - MIN_MATCH, d->pend_dist);
            advance(d, end - p);
            d->pend_len = 0;
            continue;
        }
        if (d->pend_len != 0) {
            record(d, d->win[p - 1], 0);
        }
        d->pend_len = 0;
        if (len != 0 && d->lazy && len < d->nice) {
            d->pend_len = (uint16_t)len;
            d->pend_dist = (uint16_t)dist;
            advance(d, 1);
        } else if (len != 0) {
            insert_range(d, p + 1, p + len);
            record(d, len - MIN_MATCH, dist);
            advance(d, len);
        } else {
            record(d, d->win[p], 0);
            advance(d, 1);
        }
    }
}

// Moves the window's upper span down, first sending the block if its start
// would be lost (a stored block needs its bytes).
static void slide(mp_deflate_t *d) {
    size_t span = d->span;
    if (d->blk_start < span && d->n_sym > 0) {
        put_block(d, false);
    }
    memmove(d->win, d->win + span, span);
    d->pos -= span;
    d->blk_start -= span;
    size_t n_head = (size_t)1 << d->hash_bits;
    for (size_t i = 0; i < n_head + span; i++) {
        // head and prev are adjacent; prev comes first.
        uint16_t v = d->prev[i];
        d->prev[i] = v >= span ? (uint16_t)(v - span) : 0;
    }
}

static void start(mp_deflate_t *d, vstr_t *out) {
    d->out = out;
    if (d->started) {
        return;
    }
    d->started = true;
    if (d->format == MP_DEFLATE_ZLIB) {
        // CMF: method 8 and the window size; FLG: a level hint and a check
        // value making CMF * 256 + FLG a multiple of 31.
        unsigned int cmf = 8 | ((d->window_bits < 8 ? 0 : d->window_bits - 8) << 4);
        unsigned int flevel = d->level < 2 || d->strategy >= 2 ? 0 : d->level < 6 ? 1 : d->level == 6 ? 2 : 3;
        unsigned int flg = flevel << 6 | d->dict << 5;
        flg += 31 - (cmf * 256 + flg) % 31; // 31, not 0, when already a multiple (as zlib)
        put_bytes_be(d, (cmf << 8) | flg, 2, true);
        if (d->dict) {
            put_bytes_be(d, d->check, 4, true);
            d->check = 1;
        }
    } else if (d->format == MP_DEFLATE_GZIP) {
        // No name, mtime 0, the extra flags for level 9 and fast levels, OS Unix.
        put_bytes_be(d, 0x00088b1f, 4, false);
        put_bytes_be(d, 0, 4, false);
        vstr_add_byte(out, d->level == 9 ? 2 : d->level < 2 || d->strategy >= 2 ? 4 : 0);
        vstr_add_byte(out, 3);
    }
}

void mp_deflate_set_dict(mp_deflate_t *d, const byte *dict, size_t len) {
    if (d->format == MP_DEFLATE_GZIP) {
        mp_raise_ValueError(MP_ERROR_TEXT("Invalid dictionary"));
    }
    if (len == 0) {
        return;
    }
    // The header carries the dictionary's Adler-32 (held in check until then).
    d->dict = true;
    d->check = mp_adler32(1, dict, len);
    // Only its last bytes are within reach of a match. It goes at 1: a chain
    // entry 0 means none.
    size_t n = d->span - LOOKAHEAD - 1;
    if (len > n) {
        dict += len - n;
        len = n;
    }
    memcpy(d->win + 1, dict, len);
    d->pos = d->blk_start = len + 1;
    for (size_t p = 1; p + MIN_MATCH <= len + 1; p++) {
        insert(d, p);
    }
}

void mp_deflate_write(mp_deflate_t *d, const byte *data, size_t len, vstr_t *out) {
    start(d, out);
    // Even an empty write makes a following flush send its marker, as in
    // zlib (permessage-deflate strips that marker from each message).
    d->last_flush = 0;
    if (len == 0) {
        return;
    }
    d->check = d->format == MP_DEFLATE_ZLIB ? mp_adler32(d->check, data, len) : mp_crc32(d->check, data, len);
    d->total += (uint32_t)len;
    while (len > 0) {
        size_t end = d->pos + d->ahead;
        if (end == 2 * d->span) {
            slide(d);
            end -= d->span;
        }
        size_t n = 2 * d->span - end;
        if (n > len) {
            n = len;
        }
        memcpy(d->win + end, data, n);
        d->ahead += n;
        data += n;
        len -= n;
        run(d, false);
    }
}

void mp_deflate_flush(mp_deflate_t *d, int mode, vstr_t *out) {
    start(d, out);
    run(d, true);
    if (mode == MP_DEFLATE_FINISH) {
        put_block(d, true);
        put_align(d);
        if (d->format == MP_DEFLATE_ZLIB) {
            put_bytes_be(d, d->check, 4, true);
        } else if (d->format == MP_DEFLATE_GZIP) {
            put_bytes_be(d, d->check, 4, false);
            put_bytes_be(d, d->total, 4, false);
        }
        return;
    }
    if (mode <= d->last_flush) {
        return; // nothing new since a flush as strong: zlib sends nothing
    }
    if (d->n_sym > 0) {
        put_block(d, false);
    }
    // An empty stored block: ends byte-aligned, where a decoder can start.
    d->blk_bytes = 0;
    put_stored(d, false);
    d->last_flush = (uint8_t)mode;
    if (mode == MP_DEFLATE_FULL) {
        memset(d->head, 0, (size_t)2 << d->hash_bits);
    }
}

#endif // MICROPY_PY_ZLIB
