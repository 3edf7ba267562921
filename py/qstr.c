// The interned-string pool: static qstrs generated at build time plus those
// made at run time (identifiers of compiled code, attribute names, ...).
#include "py/mpconfig.h"

#include <string.h>

#include "py/qstr.h"
#include "py/mpstate.h"
#include "py/runtime.h"

// Static qstrs (0 .. QSTR_STATIC_COUNT-1) live in const data made by
// tools/makeqstrdefs.py: one text blob, offsets into it (lengths follow from
// consecutive offsets) and a hash index, so start-up costs nothing and the
// tables are shared read-only pages. The static qstrs are numbered in the
// order of their hash buckets (about two names per bucket): the index is
// just the first qstr of each bucket (2 KB, where an open-addressed table
// at half load took 8 KB), and a lookup scans one short run of neighbours.
// Their hashes are computed on first use and kept in .bss, whose pages stay
// untouched until needed: cheaper in binary size than a stored table, at one
// load and test per use. Run-time qstrs follow them: each has an
// entry {hash, len, str} in a growable array and its NUL-terminated text in
// its own GC block, found through a second open-addressed index. Both arrays
// hang off the GC root area (mpstate.h). Qstrs are never freed.
#include "genhdr/qstrdata.generated.h"

typedef struct _qstr_entry_t {
    size_t hash;
    size_t len;
    const char *str;
} qstr_entry_t;

typedef struct _qstr_pool_t {
    size_t n;     // run-time qstrs in use
    size_t alloc; // capacity of entries
    qstr_entry_t entries[];
} qstr_pool_t;

typedef struct _qstr_index_t {
    size_t mask;      // size - 1
    uint32_t slots[]; // qstr number, 0 = empty
} qstr_index_t;

#define POOL ((qstr_pool_t *)MP_STATE_VM(qstr_pools))
#define INDEX ((qstr_index_t *)MP_STATE_VM(qstr_index))
#define INITIAL_DYNAMIC (64)

static uint32_t qstr_static_hash_cache[QSTR_STATIC_COUNT];

static inline size_t static_len(qstr q) {
    return qstr_static_offset[q + 1] - qstr_static_offset[q] - 1;
}

static inline const char *static_str(qstr q) {
    return qstr_static_blob + qstr_static_offset[q];
}

size_t qstr_compute_hash(const byte *data, size_t len) {
    // 32-bit FNV-1a and a final mix; tools/makeqstrdefs.py computes the
    // same function for the static qstrs, on any word size. The empty
    // string hashes to 0 as in CPython (hash('') == 0): str objects, where 0
    // means "not computed yet", then just compute it again each time.
    if (len == 0) {
        return 0;
    }
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= data[i];
        h *= 16777619u;
    }
    h ^= h >> 15;
    return h != 0 ? h : 1; // 0 means "not computed yet" in str objects
}

static void index_insert(qstr_index_t *index, size_t hash, qstr q) {
    size_t pos = hash & index->mask;
    while (index->slots[pos] != 0) {
        pos = (pos + 1) & index->mask;
    }
    index->slots[pos] = (uint32_t)q;
}

static void index_rebuild(size_t size) {
    qstr_index_t *index = m_malloc0(sizeof(qstr_index_t) + size * sizeof(uint32_t));
    index->mask = size - 1;
    qstr_pool_t *pool = POOL;
    for (size_t i = 0; i < pool->n; i++) {
        index_insert(index, pool->entries[i].hash, QSTR_STATIC_COUNT + i);
    }
    MP_STATE_VM(qstr_index) = index;
}

void qstr_init(void) {
    qstr_pool_t *pool = m_malloc(sizeof(qstr_pool_t) + INITIAL_DYNAMIC * sizeof(qstr_entry_t));
    pool->n = 0;
    pool->alloc = INITIAL_DYNAMIC;
    MP_STATE_VM(qstr_pools) = pool;
    MP_STATE_CTX(n_qstr_static) = QSTR_STATIC_COUNT;
    index_rebuild(2 * INITIAL_DYNAMIC);
}

static inline const qstr_entry_t *dynamic_entry(qstr q) {
    return &POOL->entries[q - QSTR_STATIC_COUNT];
}

qstr qstr_find_strn(const char *str, size_t str_len) {
    size_t hash = qstr_compute_hash((const byte *)str, str_len);
    // str may be NULL when str_len is 0: memcmp must not see it then.
    size_t bucket = hash & QSTR_STATIC_BUCKET_MASK;
    for (qstr q = qstr_static_bucket[bucket]; q < qstr_static_bucket[bucket + 1]; q++) {
        if (static_len(q) == str_len && (str_len == 0 || memcmp(static_str(q), str, str_len) == 0)) {
            return q;
        }
    }
    qstr_index_t *index = INDEX;
    qstr_pool_t *pool = POOL;
    for (size_t pos = hash & index->mask;; pos = (pos + 1) & index->mask) {
        uint32_t q = index->slots[pos];
        if (q == 0) {
            return MP_QSTRnull;
        }
        qstr_entry_t *e = &pool->entries[q - QSTR_STATIC_COUNT];
        if (e->hash == hash && e->len == str_len && (str_len == 0 || memcmp(e->str, str, str_len) == 0)) {
            return q;
        }
    }
}

qstr qstr_from_str(const char *str) {
    return qstr_from_strn(str, strlen(str));
}

qstr qstr_from_strn(const char *str, size_t len) {
    qstr q = qstr_find_strn(str, len);
    if (q != MP_QSTRnull) {
        return q;
    }
    // Copy first: the allocation may collect, and `str` may itself be on the heap.
    char *copy = m_new_atomic(char, len + 1);
    memcpy(copy, str, len);
    copy[len] = '\0';
    qstr_pool_t *pool = POOL;
    if (pool->n == pool->alloc) {
        size_t new_alloc = pool->alloc * 2;
        pool = m_realloc(pool, sizeof(qstr_pool_t) + new_alloc * sizeof(qstr_entry_t));
        pool->alloc = new_alloc;
        MP_STATE_VM(qstr_pools) = pool;
    }
    if (QSTR_STATIC_COUNT + pool->n >= UINT32_MAX) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("too many interned strings"));
    }
    q = QSTR_STATIC_COUNT + pool->n;
    qstr_entry_t *e = &pool->entries[pool->n];
    e->str = copy;
    e->len = len;
    e->hash = qstr_compute_hash((const byte *)copy, len);
    pool->n++;
    qstr_index_t *index = INDEX;
    if (2 * pool->n > index->mask + 1) {
        index_rebuild(2 * (index->mask + 1));
    } else {
        index_insert(index, e->hash, q);
    }
    return q;
}

size_t qstr_hash(qstr q) {
    if (q < QSTR_STATIC_COUNT) {
        uint32_t h = qstr_static_hash_cache[q];
        if (MP_UNLIKELY(h == 0)) {
            // The empty name hashes to 0 and is simply recomputed each time.
            h = (uint32_t)qstr_compute_hash((const byte *)static_str(q), static_len(q));
            qstr_static_hash_cache[q] = h;
        }
        return h;
    }
    return dynamic_entry(q)->hash;
}

size_t qstr_len(qstr q) {
    return q < QSTR_STATIC_COUNT ? static_len(q) : dynamic_entry(q)->len;
}

const char *qstr_str(qstr q) {
    return q < QSTR_STATIC_COUNT ? static_str(q) : dynamic_entry(q)->str;
}

const byte *qstr_data(qstr q, size_t *len) {
    if (q < QSTR_STATIC_COUNT) {
        *len = static_len(q);
        return (const byte *)static_str(q);
    }
    const qstr_entry_t *e = dynamic_entry(q);
    *len = e->len;
    return (const byte *)e->str;
}

void qstr_pool_info(size_t *n_pool, size_t *n_qstr, size_t *n_str_data_bytes, size_t *n_total_bytes) {
    qstr_pool_t *pool = POOL;
    size_t data = 0;
    for (size_t i = 0; i < pool->n; i++) {
        data += pool->entries[i].len + 1;
    }
    *n_pool = 1;
    *n_qstr = pool->n;
    *n_str_data_bytes = data;
    *n_total_bytes = data + pool->alloc * sizeof(qstr_entry_t) + (INDEX->mask + 1) * sizeof(uint32_t);
}

// The static pool's names, NUL-separated: the preset dictionary of the
// frozen modules (py/frozen.c, tools/makefrozen.py).
const char *mp_qstr_static_blob(size_t *len) {
    *len = sizeof(qstr_static_blob) - 1;
    return qstr_static_blob;
}
