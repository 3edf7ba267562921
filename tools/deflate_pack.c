// deflate_pack: a raw DEFLATE (RFC 1951) encoder for the frozen library,
// built for the host by the Makefile and run once by tools/makefrozen.py.
//
// It spends time to save bytes: every match length at every position is
// known (the nearest match of each length, from hash chains over the preset
// dictionary and the text), and the text is parsed as a shortest path in
// bits, whose symbol costs come from the previous parse's statistics; a few
// rounds of parse -> count -> cost, and the smallest result is kept; then
// the same per part where separate blocks pay. Blocks
// use length-limited canonical Huffman codes (dynamic), or the fixed code
// when that is smaller.
//
// Protocol, on stdin, repeated until end of input: u32 dictionary length,
// the dictionary (its last 32 KiB are the history), u32 text length, the
// text. For each such job, on stdout: u32 length, the raw DEFLATE stream.
// Lengths are little-endian. Output is deterministic.

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW 32768
#define MIN_MATCH 3
#define MAX_MATCH 258
#define HASH_BITS 16
#define MAX_CHAIN 8192   // candidates tried per position (more gained nothing on lib/)
// Rounds of parse -> statistics -> costs per block. Costs are the entropy of
// the counts (blended 2:1 with the previous round's, against oscillation),
// but every HUFF_EVERY-th round they are the lengths of the Huffman code the
// block would really get, which leads the search elsewhere. Measured on lib/
// (bytes of all streams): 16 entropy rounds 199,695; 32 with every 4th from
// Huffman lengths 199,533; 48 rounds 199,515 at 1.4 times the time.
#define ROUNDS 32
#define HUFF_EVERY 4
// Block splitting: a part of at least SPLIT_MIN symbols, cut at one of
// SPLIT_TRIES evenly spaced points of the one-block parse (-46 bytes on lib/,
// twice the time: the texts are uniform).
#define SPLIT_MIN 512
#define SPLIT_TRIES 64

static void *xalloc(size_t n) {
    void *p = calloc(n ? n : 1, 1);
    if (!p) {
        fprintf(stderr, "deflate_pack: out of memory\n");
        exit(1);
    }
    return p;
}

// ---- symbols ----

static const uint16_t len_base[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_bits[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                     3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                       193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                       6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_bits[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                      6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static uint8_t len_code[MAX_MATCH + 1];  // length -> index into len_base

static void init_tables(void) {
    for (int c = 0; c < 29; c++) {
        int top = c == 28 ? 258 : len_base[c] + (1 << len_bits[c]) - 1;
        if (c == 27) {
            top = 257;  // 258 has a code of its own
        }
        for (int l = len_base[c]; l <= top; l++) {
            len_code[l] = (uint8_t)c;
        }
    }
}

static int dist_code(int d) {
    int x = d - 1;
    if (x < 4) {
        return x;
    }
    int nb = 31 - __builtin_clz((unsigned)x);  // x >= 4: nb >= 2
    return 2 * nb + ((x >> (nb - 1)) & 1);
}

// ---- matches: for each text position, (length, distance) pairs with
// increasing length; each distance is the nearest one for every length up to
// its own and above the previous pair's ----

typedef struct {
    uint16_t len, dist;
} pair_t;

typedef struct {
    const uint8_t *buf;  // history + text
    int hist, n;         // history length, text length
    uint32_t *start;     // n + 1 offsets into pairs
    pair_t *pairs;
    size_t npairs, cap;
} matches_t;

static void find_matches(matches_t *m) {
    const uint8_t *buf = m->buf;
    int total = m->hist + m->n;
    int32_t *head = xalloc(sizeof(int32_t) << HASH_BITS);
    int32_t *prev = xalloc(sizeof(int32_t) * (size_t)(total + 1));
    for (int i = 0; i < (1 << HASH_BITS); i++) {
        head[i] = -1;
    }
    m->start = xalloc(sizeof(uint32_t) * (size_t)(m->n + 1));
    m->cap = 1024;
    m->pairs = xalloc(sizeof(pair_t) * m->cap);
    m->npairs = 0;
    for (int p = 0; p < total; p++) {
        int i = p - m->hist;
        if (i >= 0) {
            m->start[i] = (uint32_t)m->npairs;
        }
        if (p + MIN_MATCH > total) {
            continue;
        }
        unsigned h = ((unsigned)buf[p] << 8 ^ (unsigned)buf[p + 1] << 4 ^ (unsigned)buf[p + 2] * 0x9E5u) &
                     ((1u << HASH_BITS) - 1);
        if (i >= 0) {
            int maxlen = total - p < MAX_MATCH ? total - p : MAX_MATCH;
            int best = MIN_MATCH - 1;
            int steps = 0;
            for (int c = head[h]; c >= 0 && p - c <= WINDOW && steps < MAX_CHAIN; c = prev[c], steps++) {
                if (buf[c + best] != buf[p + best]) {
                    continue;
                }
                int l = 0;
                while (l < maxlen && buf[c + l] == buf[p + l]) {
                    l++;
                }
                if (l > best) {
                    if (m->npairs == m->cap) {
                        m->cap *= 2;
                        m->pairs = realloc(m->pairs, sizeof(pair_t) * m->cap);
                        if (!m->pairs) {
                            fprintf(stderr, "deflate_pack: out of memory\n");
                            exit(1);
                        }
                    }
                    m->pairs[m->npairs].len = (uint16_t)l;
                    m->pairs[m->npairs].dist = (uint16_t)(p - c);
                    m->npairs++;
                    best = l;
                    if (l == maxlen) {
                        break;
                    }
                }
            }
        }
        prev[p] = head[h];
        head[h] = p;
    }
    m->start[m->n] = (uint32_t)m->npairs;
    free(head);
    free(prev);
}

// ---- length-limited Huffman codes (package-merge) ----

typedef struct {
    uint64_t weight;
    int16_t sym;         // >= 0: a leaf
    int16_t a, b;        // a package: two items of the previous level
} item_t;

static int cmp_leaf(const void *x, const void *y) {
    const item_t *p = x, *q = y;
    if (p->weight != q->weight) {
        return p->weight < q->weight ? -1 : 1;
    }
    return p->sym - q->sym;
}

static void count_leaves(item_t **lv, int level, int idx, uint8_t *lens) {
    item_t *it = &lv[level][idx];
    if (it->sym >= 0) {
        lens[it->sym]++;
        return;
    }
    count_leaves(lv, level - 1, it->a, lens);
    count_leaves(lv, level - 1, it->b, lens);
}

// Code lengths (<= limit) for the n counts; symbols with no count get 0. At
// least two symbols always get a code (a complete code is simplest to decode).
static void huffman_lengths(const uint32_t *count, int n, int limit, uint8_t *lens) {
    item_t leaves[320];
    int k = 0;
    memset(lens, 0, (size_t)n);
    for (int s = 0; s < n; s++) {
        if (count[s]) {
            leaves[k].weight = count[s];
            leaves[k].sym = (int16_t)s;
            leaves[k].a = leaves[k].b = -1;
            k++;
        }
    }
    if (k < 2) {
        // one or no symbol: two codes of one bit
        int first = k ? leaves[0].sym : 0;
        lens[first] = 1;
        lens[first == 0 ? 1 : 0] = 1;
        return;
    }
    qsort(leaves, (size_t)k, sizeof(item_t), cmp_leaf);
    item_t *lv[16];
    int cnt[16];
    lv[0] = xalloc(sizeof(item_t) * (size_t)k);
    memcpy(lv[0], leaves, sizeof(item_t) * (size_t)k);
    cnt[0] = k;
    for (int j = 1; j < limit; j++) {
        int npk = cnt[j - 1] / 2;
        lv[j] = xalloc(sizeof(item_t) * (size_t)(k + npk));
        int li = 0, pi = 0, o = 0;
        while (li < k || pi < npk) {
            uint64_t pw = pi < npk ? lv[j - 1][2 * pi].weight + lv[j - 1][2 * pi + 1].weight : 0;
            if (pi >= npk || (li < k && leaves[li].weight <= pw)) {
                lv[j][o++] = leaves[li++];
            } else {
                lv[j][o].weight = pw;
                lv[j][o].sym = -1;
                lv[j][o].a = (int16_t)(2 * pi);
                lv[j][o].b = (int16_t)(2 * pi + 1);
                o++;
                pi++;
            }
        }
        cnt[j] = o;
    }
    for (int i = 0; i < 2 * k - 2; i++) {
        count_leaves(lv, limit - 1, i, lens);
    }
    for (int j = 0; j < limit; j++) {
        free(lv[j]);
    }
}

static void canonical_codes(const uint8_t *lens, int n, uint16_t *codes) {
    int bl_count[16] = {0}, next[16];
    for (int s = 0; s < n; s++) {
        bl_count[lens[s]]++;
    }
    bl_count[0] = 0;
    int code = 0;
    for (int b = 1; b < 16; b++) {
        code = (code + bl_count[b - 1]) << 1;
        next[b] = code;
    }
    for (int s = 0; s < n; s++) {
        if (lens[s]) {
            // stored bit-reversed: the writer sends bits least significant first
            int c = next[lens[s]]++, r = 0;
            for (int b = 0; b < lens[s]; b++) {
                r = (r << 1) | ((c >> b) & 1);
            }
            codes[s] = (uint16_t)r;
        }
    }
}

// ---- bit writer (a NULL buffer only counts) ----

typedef struct {
    uint8_t *out;
    size_t pos;     // bytes written
    uint64_t bits;  // total bits
    uint32_t acc;
    int nacc;
} bw_t;

static void put(bw_t *w, uint32_t v, int n) {
    w->bits += (uint64_t)n;
    if (!w->out) {
        return;
    }
    for (int i = 0; i < n; i++) {
        w->acc |= ((v >> i) & 1u) << w->nacc;
        if (++w->nacc == 8) {
            w->out[w->pos++] = (uint8_t)w->acc;
            w->acc = 0;
            w->nacc = 0;
        }
    }
}

static void flush_bits(bw_t *w) {
    if (w->out && w->nacc) {
        w->out[w->pos++] = (uint8_t)w->acc;
        w->acc = 0;
        w->nacc = 0;
    }
}

// ---- a parse: one entry per symbol (dist 0: a literal) ----

typedef struct {
    uint16_t len;   // literal byte, or match length
    uint16_t dist;  // 0 for a literal
} sym_t;

typedef struct {
    uint32_t ll[286], d[30];
} stats_t;

static void count_stats(const sym_t *s, int ns, stats_t *st) {
    memset(st, 0, sizeof(*st));
    for (int i = 0; i < ns; i++) {
        if (s[i].dist) {
            st->ll[257 + len_code[s[i].len]]++;
            st->d[dist_code(s[i].dist)]++;
        } else {
            st->ll[s[i].len]++;
        }
    }
    st->ll[256] = 1;
}

static const uint8_t clen_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

// The code-length sequence as code-length-code symbols, run-length coded;
// which of the repeat codes 16/17/18 may be used is given by the flags.
static int rle_lengths(const uint8_t *lens, int n, int flags, uint8_t *sym, uint8_t *extra) {
    int k = 0;
    for (int i = 0; i < n;) {
        int v = lens[i], run = 1;
        while (i + run < n && lens[i + run] == v) {
            run++;
        }
        int left = run;
        if (v == 0) {
            while (left >= 11 && (flags & 4)) {
                int r = left > 138 ? 138 : left;
                sym[k] = 18, extra[k++] = (uint8_t)(r - 11);
                left -= r;
            }
            while (left >= 3 && (flags & 2)) {
                int r = left > 10 ? 10 : left;
                sym[k] = 17, extra[k++] = (uint8_t)(r - 3);
                left -= r;
            }
        } else if (flags & 1) {
            if (left >= 4) {
                sym[k] = (uint8_t)v, extra[k++] = 0;
                left--;
                while (left >= 3) {
                    int r = left > 6 ? 6 : left;
                    sym[k] = 16, extra[k++] = (uint8_t)(r - 3);
                    left -= r;
                }
            }
        }
        while (left-- > 0) {
            sym[k] = (uint8_t)v, extra[k++] = 0;
        }
        i += run;
    }
    return k;
}

// Writes (or counts, w->out NULL) one dynamic block with the given parse.
static void write_dynamic(bw_t *w, const sym_t *s, int ns, int final) {
    stats_t st;
    uint8_t ll_len[286], d_len[30];
    uint16_t ll_code[286], d_code[30];
    count_stats(s, ns, &st);
    huffman_lengths(st.ll, 286, 15, ll_len);
    huffman_lengths(st.d, 30, 15, d_len);
    int nlit = 286, ndist = 30;
    while (nlit > 257 && !ll_len[nlit - 1]) {
        nlit--;
    }
    while (ndist > 1 && !d_len[ndist - 1]) {
        ndist--;
    }
    uint8_t all[316];
    memcpy(all, ll_len, (size_t)nlit);
    memcpy(all + nlit, d_len, (size_t)ndist);
    // the run-length flavour with the smallest header
    uint8_t sym[316], extra[316], cl_len[19];
    uint16_t cl_code[19];
    int best_flags = 0;
    uint64_t best_bits = UINT64_MAX;
    for (int flags = 0; flags < 8; flags++) {
        int k = rle_lengths(all, nlit + ndist, flags, sym, extra);
        uint32_t cc[19] = {0};
        for (int i = 0; i < k; i++) {
            cc[sym[i]]++;
        }
        huffman_lengths(cc, 19, 7, cl_len);
        int ncl = 19;
        while (ncl > 4 && !cl_len[clen_order[ncl - 1]]) {
            ncl--;
        }
        uint64_t bits = 14 + 3 * (uint64_t)ncl;
        for (int i = 0; i < k; i++) {
            bits += (uint64_t)cl_len[sym[i]] + (sym[i] == 16 ? 2u : sym[i] == 17 ? 3u : sym[i] == 18 ? 7u : 0u);
        }
        if (bits < best_bits) {
            best_bits = bits;
            best_flags = flags;
        }
    }
    int k = rle_lengths(all, nlit + ndist, best_flags, sym, extra);
    uint32_t cc[19] = {0};
    for (int i = 0; i < k; i++) {
        cc[sym[i]]++;
    }
    huffman_lengths(cc, 19, 7, cl_len);
    canonical_codes(cl_len, 19, cl_code);
    int ncl = 19;
    while (ncl > 4 && !cl_len[clen_order[ncl - 1]]) {
        ncl--;
    }
    put(w, (uint32_t)final, 1);
    put(w, 2, 2);
    put(w, (uint32_t)(nlit - 257), 5);
    put(w, (uint32_t)(ndist - 1), 5);
    put(w, (uint32_t)(ncl - 4), 4);
    for (int i = 0; i < ncl; i++) {
        put(w, cl_len[clen_order[i]], 3);
    }
    for (int i = 0; i < k; i++) {
        put(w, cl_code[sym[i]], cl_len[sym[i]]);
        if (sym[i] >= 16) {
            put(w, extra[i], sym[i] == 16 ? 2 : sym[i] == 17 ? 3 : 7);
        }
    }
    canonical_codes(ll_len, 286, ll_code);
    canonical_codes(d_len, 30, d_code);
    for (int i = 0; i < ns; i++) {
        if (s[i].dist) {
            int lc = len_code[s[i].len], dc = dist_code(s[i].dist);
            put(w, ll_code[257 + lc], ll_len[257 + lc]);
            put(w, (uint32_t)(s[i].len - len_base[lc]), len_bits[lc]);
            put(w, d_code[dc], d_len[dc]);
            put(w, (uint32_t)(s[i].dist - dist_base[dc]), dist_bits[dc]);
        } else {
            put(w, ll_code[s[i].len], ll_len[s[i].len]);
        }
    }
    put(w, ll_code[256], ll_len[256]);
}

static uint8_t fixed_ll_len[288], fixed_d_len[30];

static void write_fixed(bw_t *w, const sym_t *s, int ns, int final) {
    uint16_t ll_code[288], d_code[30];
    canonical_codes(fixed_ll_len, 288, ll_code);
    canonical_codes(fixed_d_len, 30, d_code);
    put(w, (uint32_t)final, 1);
    put(w, 1, 2);
    for (int i = 0; i < ns; i++) {
        if (s[i].dist) {
            int lc = len_code[s[i].len], dc = dist_code(s[i].dist);
            put(w, ll_code[257 + lc], fixed_ll_len[257 + lc]);
            put(w, (uint32_t)(s[i].len - len_base[lc]), len_bits[lc]);
            put(w, d_code[dc], fixed_d_len[dc]);
            put(w, (uint32_t)(s[i].dist - dist_base[dc]), dist_bits[dc]);
        } else {
            put(w, ll_code[s[i].len], fixed_ll_len[s[i].len]);
        }
    }
    put(w, ll_code[256], fixed_ll_len[256]);
}

static uint64_t dynamic_bits(const sym_t *s, int ns) {
    bw_t w = {0};
    write_dynamic(&w, s, ns, 1);
    return w.bits;
}

static uint64_t fixed_bits(const sym_t *s, int ns) {
    bw_t w = {0};
    write_fixed(&w, s, ns, 1);
    return w.bits;
}

// ---- the optimal parse ----

typedef struct {
    float lit[256], len[MAX_MATCH + 1], dsym[30];
} costs_t;

static void costs_from_lengths(costs_t *c, const uint8_t *ll, const uint8_t *d) {
    for (int i = 0; i < 256; i++) {
        c->lit[i] = ll[i];
    }
    for (int l = MIN_MATCH; l <= MAX_MATCH; l++) {
        int lc = len_code[l];
        c->len[l] = (float)(ll[257 + lc] + len_bits[lc]);
    }
    for (int i = 0; i < 30; i++) {
        c->dsym[i] = (float)(d[i] + dist_bits[i]);
    }
}

static void entropy(const uint32_t *count, int n, float *bits) {
    uint64_t sum = 0;
    for (int i = 0; i < n; i++) {
        sum += count[i];
    }
    double lsum = log2((double)(sum ? sum : 1));
    for (int i = 0; i < n; i++) {
        bits[i] = (float)(count[i] ? lsum - log2((double)count[i]) : lsum + 1.0);
    }
}

static void costs_from_stats(costs_t *c, const stats_t *st) {
    float ll[286], d[30];
    entropy(st->ll, 286, ll);
    entropy(st->d, 30, d);
    for (int i = 0; i < 256; i++) {
        c->lit[i] = ll[i];
    }
    for (int l = MIN_MATCH; l <= MAX_MATCH; l++) {
        int lc = len_code[l];
        c->len[l] = ll[257 + lc] + len_bits[lc];
    }
    for (int i = 0; i < 30; i++) {
        c->dsym[i] = d[i] + dist_bits[i];
    }
}

// Shortest path over text positions [a, b); writes the symbols, returns
// their count. The work arrays are indexed from a.
static int parse(const matches_t *m, const costs_t *c, int a, int b, float *cost, uint16_t *from_len,
                 uint16_t *from_dist, sym_t *out) {
    const uint8_t *text = m->buf + m->hist;
    int n = b - a;
    cost[0] = 0;
    for (int i = 1; i <= n; i++) {
        cost[i] = 1e30f;
    }
    for (int i = 0; i < n; i++) {
        float here = cost[i];
        float lc = here + c->lit[text[a + i]];
        if (lc < cost[i + 1]) {
            cost[i + 1] = lc;
            from_len[i + 1] = 1;
            from_dist[i + 1] = 0;
        }
        int lo = MIN_MATCH, room = n - i;
        for (uint32_t k = m->start[a + i]; k < m->start[a + i + 1] && lo <= room; k++) {
            int L = m->pairs[k].len, d = m->pairs[k].dist;
            if (L > room) {
                L = room;
            }
            float base = here + c->dsym[dist_code(d)];
            for (int l = lo; l <= L; l++) {
                float v = base + c->len[l];
                if (v < cost[i + l]) {
                    cost[i + l] = v;
                    from_len[i + l] = (uint16_t)l;
                    from_dist[i + l] = (uint16_t)d;
                }
            }
            lo = L + 1;
        }
    }
    int ns = 0;
    for (int i = n; i > 0; i -= from_len[i]) {
        ns++;
    }
    int k = ns;
    for (int i = n; i > 0; i -= from_len[i]) {
        k--;
        if (from_dist[i]) {
            out[k].len = from_len[i];
            out[k].dist = from_dist[i];
        } else {
            out[k].len = text[a + i - 1];
            out[k].dist = 0;
        }
    }
    return ns;
}

// A small deterministic generator, to shake statistics out of a fixed point.
static uint32_t rng_state;
static uint32_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

typedef struct {
    float *cost;
    uint16_t *from_len, *from_dist;
    sym_t *cur;
} work_t;

// The best parse found of text [a, b) as one block: into out (*nout
// symbols); *fixed tells whether the fixed code is smaller. Returns its bits.
static uint64_t optimize(const matches_t *m, int a, int b, work_t *w, sym_t *out, int *nout, int *fixed) {
    costs_t c;
    rng_state = 12345;  // each block on its own: the output does not depend on the order of work
    // first round: the fixed code's costs (which also gives the fixed block)
    costs_from_lengths(&c, fixed_ll_len, fixed_d_len);
    int ns = parse(m, &c, a, b, w->cost, w->from_len, w->from_dist, w->cur);
    uint64_t best_bits = fixed_bits(w->cur, ns);
    *fixed = 1;
    memcpy(out, w->cur, sizeof(sym_t) * (size_t)ns);
    *nout = ns;
    stats_t st, last;
    count_stats(w->cur, ns, &st);
    last = st;
    uint64_t prev_bits = UINT64_MAX;
    for (int round = 0; round < ROUNDS; round++) {
        if (round % HUFF_EVERY == HUFF_EVERY - 1) {
            uint8_t hl[286], hd[30];
            huffman_lengths(st.ll, 286, 15, hl);
            huffman_lengths(st.d, 30, 15, hd);
            for (int i = 0; i < 286; i++) {
                hl[i] = hl[i] ? hl[i] : 15;  // unused so far: dear, not forbidden
            }
            for (int i = 0; i < 30; i++) {
                hd[i] = hd[i] ? hd[i] : 15;
            }
            costs_from_lengths(&c, hl, hd);
        } else {
            costs_from_stats(&c, &st);
        }
        ns = parse(m, &c, a, b, w->cost, w->from_len, w->from_dist, w->cur);
        uint64_t bits = dynamic_bits(w->cur, ns);
        if (bits < best_bits) {
            best_bits = bits;
            *fixed = 0;
            memcpy(out, w->cur, sizeof(sym_t) * (size_t)ns);
            *nout = ns;
        }
        stats_t now;
        count_stats(w->cur, ns, &now);
        if (bits == prev_bits) {
            // stuck: perturb the statistics
            for (int i = 0; i < 286; i++) {
                if ((rng() & 3) == 0) {
                    now.ll[i] = now.ll[rng() % 286];
                }
            }
            for (int i = 0; i < 30; i++) {
                if ((rng() & 3) == 0) {
                    now.d[i] = now.d[rng() % 30];
                }
            }
            now.ll[256] = 1;
            st = now;
        } else {
            // blend with the previous round's counts, damping oscillation
            for (int i = 0; i < 286; i++) {
                st.ll[i] = now.ll[i] * 2 + last.ll[i];
            }
            for (int i = 0; i < 30; i++) {
                st.d[i] = now.d[i] * 2 + last.d[i];
            }
        }
        last = now;
        prev_bits = bits;
    }
    return best_bits;
}

static uint64_t block_bits(const sym_t *s, int ns) {
    uint64_t d = dynamic_bits(s, ns), f = fixed_bits(s, ns);
    return d < f ? d : f;
}

// Split points (symbol indices) of s[lo, hi) where separate blocks, each
// with its own codes, come out smaller; appended to cuts in order.
static void split(const sym_t *s, int lo, int hi, int *cuts, int *ncuts, int depth) {
    int ns = hi - lo;
    if (ns < 2 * SPLIT_MIN || depth > 8) {
        return;
    }
    uint64_t whole = block_bits(s + lo, ns);
    int step = ns / SPLIT_TRIES > 8 ? ns / SPLIT_TRIES : 8;
    int at = -1;
    uint64_t best = whole;
    for (int k = lo + SPLIT_MIN; k <= hi - SPLIT_MIN; k += step) {
        uint64_t bits = block_bits(s + lo, k - lo) + block_bits(s + k, hi - k);
        if (bits < best) {
            best = bits;
            at = k;
        }
    }
    if (at < 0) {
        return;
    }
    split(s, lo, at, cuts, ncuts, depth + 1);
    cuts[(*ncuts)++] = at;
    split(s, at, hi, cuts, ncuts, depth + 1);
}

static void write_block(bw_t *w, const sym_t *s, int ns, int fixed, int final) {
    if (fixed) {
        write_fixed(w, s, ns, final);
    } else {
        write_dynamic(w, s, ns, final);
    }
}

static size_t compress(const uint8_t *dict, int dlen, const uint8_t *text, int n, uint8_t **result) {
    int hist = dlen > WINDOW ? WINDOW : dlen;
    uint8_t *buf = xalloc((size_t)hist + (size_t)n + 1);
    memcpy(buf, dict + dlen - hist, (size_t)hist);
    memcpy(buf + hist, text, (size_t)n);
    matches_t m = {buf, hist, n, NULL, NULL, 0, 0};
    find_matches(&m);
    work_t w;
    w.cost = xalloc(sizeof(float) * (size_t)(n + 1));
    w.from_len = xalloc(sizeof(uint16_t) * (size_t)(n + 1));
    w.from_dist = xalloc(sizeof(uint16_t) * (size_t)(n + 1));
    w.cur = xalloc(sizeof(sym_t) * (size_t)(n + 1));
    // one block
    sym_t *one = xalloc(sizeof(sym_t) * (size_t)(n + 1));
    int none, one_fixed;
    uint64_t one_bits = optimize(&m, 0, n, &w, one, &none, &one_fixed);
    // several: cut where the one block's parse says separate codes pay,
    // then each part parsed again with its own statistics
    int *cuts = xalloc(sizeof(int) * (size_t)(none + 2));
    int ncuts = 0;
    split(one, 0, none, cuts + 1, &ncuts, 0);
    cuts[0] = 0;
    cuts[ncuts + 1] = none;
    int nblocks = ncuts + 1;
    int *pos = xalloc(sizeof(int) * (size_t)(nblocks + 1));  // text positions of the cuts
    for (int k = 0, i = 0, at = 0; k <= nblocks; k++) {
        while (i < cuts[k]) {
            at += one[i].dist ? one[i].len : 1;
            i++;
        }
        pos[k] = at;
    }
    sym_t *many = xalloc(sizeof(sym_t) * (size_t)(n + 1));
    int *counts = xalloc(sizeof(int) * (size_t)nblocks * 2);
    uint64_t many_bits = 0;
    int used = 0;
    for (int k = 0; k < nblocks && nblocks > 1; k++) {
        many_bits += optimize(&m, pos[k], pos[k + 1], &w, many + used, &counts[2 * k], &counts[2 * k + 1]);
        used += counts[2 * k];
    }
    size_t cap = (size_t)(one_bits / 8) + 16;
    bw_t out = {xalloc(cap), 0, 0, 0, 0};
    if (nblocks > 1 && many_bits < one_bits) {
        used = 0;
        for (int k = 0; k < nblocks; k++) {
            write_block(&out, many + used, counts[2 * k], counts[2 * k + 1], k == nblocks - 1);
            used += counts[2 * k];
        }
    } else {
        write_block(&out, one, none, one_fixed, 1);
    }
    flush_bits(&out);
    free(buf);
    free(m.start);
    free(m.pairs);
    free(w.cost);
    free(w.from_len);
    free(w.from_dist);
    free(w.cur);
    free(one);
    free(many);
    free(cuts);
    free(pos);
    free(counts);
    *result = out.out;
    return out.pos;
}

static int read_u32(uint32_t *v) {
    uint8_t b[4];
    size_t got = fread(b, 1, 4, stdin);
    if (got == 0) {
        return 0;
    }
    if (got != 4) {
        fprintf(stderr, "deflate_pack: truncated input\n");
        exit(1);
    }
    *v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    return 1;
}

static uint8_t *read_block(uint32_t n) {
    uint8_t *p = xalloc(n);
    if (fread(p, 1, n, stdin) != n) {
        fprintf(stderr, "deflate_pack: truncated input\n");
        exit(1);
    }
    return p;
}

int main(void) {
    init_tables();
    for (int i = 0; i < 288; i++) {
        fixed_ll_len[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    }
    for (int i = 0; i < 30; i++) {
        fixed_d_len[i] = 5;
    }
    uint32_t dlen, tlen;
    while (read_u32(&dlen)) {
        uint8_t *dict = read_block(dlen);
        if (!read_u32(&tlen)) {
            fprintf(stderr, "deflate_pack: truncated input\n");
            return 1;
        }
        if (tlen > (1u << 26)) {
            fprintf(stderr, "deflate_pack: text too long\n");
            return 1;
        }
        uint8_t *text = read_block(tlen);
        uint8_t *out;
        size_t olen = compress(dict, (int)dlen, text, (int)tlen, &out);
        uint8_t hdr[4] = {(uint8_t)olen, (uint8_t)(olen >> 8), (uint8_t)(olen >> 16), (uint8_t)(olen >> 24)};
        fwrite(hdr, 1, 4, stdout);
        fwrite(out, 1, olen, stdout);
        free(dict);
        free(text);
        free(out);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "deflate_pack: write error\n");
        return 1;
    }
    return 0;
}
