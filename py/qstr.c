// The interned-string pool: static qstrs generated at build time plus those
// made at run time (identifiers of compiled code, attribute names, ...).
#include "py/mpconfig.h"

#include <string.h>

#include "py/qstr.h"
#include "py/mpstate.h"
#include "py/runtime.h"

// Every qstr has an entry {hash, len, str} in one growable array indexed by
// the qstr number; the static ones point at string literals, the run-time
// ones at their own NUL-terminated copy on the GC heap. Lookup by text goes
// through an open-addressed index of qstr numbers (power-of-two size, at most
// half full). Both arrays hang off the GC root area (mpstate.h), so the
// collector keeps them and the strings they point to. Qstrs are never freed.
typedef struct _qstr_entry_t {
    size_t hash;
    size_t len;
    const char *str;
} qstr_entry_t;

typedef struct _qstr_pool_t {
    size_t n;     // qstrs in use
    size_t alloc; // capacity of entries
    qstr_entry_t entries[];
} qstr_pool_t;

typedef struct _qstr_index_t {
    size_t mask;     // size - 1
    uint32_t slots[]; // qstr number, 0 = empty (MP_QSTRnull is never indexed)
} qstr_index_t;

static const char *const static_qstr_text[] = {
#define QDEF(id, str) str,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
};

#define POOL ((qstr_pool_t *)MP_STATE_VM(qstr_pools))
#define INDEX ((qstr_index_t *)MP_STATE_VM(qstr_index))

size_t qstr_compute_hash(const byte *data, size_t len) {
    // FNV-1a: cheap, good enough spread for identifiers and dict keys.
    size_t h = (size_t)14695981039346656037ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= data[i];
        h *= (size_t)1099511628211ULL;
    }
    h ^= h >> 29;
    if (h == 0) {
        h = 1; // 0 means "not computed yet" in str objects
    }
    return h;
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
    for (size_t q = 1; q < pool->n; q++) {
        index_insert(index, pool->entries[q].hash, q);
    }
    MP_STATE_VM(qstr_index) = index;
}

void qstr_init(void) {
    size_t n = MP_ARRAY_SIZE(static_qstr_text);
    size_t alloc = n + n / 2 + 64;
    qstr_pool_t *pool = m_malloc(sizeof(qstr_pool_t) + alloc * sizeof(qstr_entry_t));
    pool->n = n;
    pool->alloc = alloc;
    for (size_t i = 0; i < n; i++) {
        const char *s = static_qstr_text[i];
        size_t len = strlen(s);
        pool->entries[i].str = s;
        pool->entries[i].len = len;
        pool->entries[i].hash = qstr_compute_hash((const byte *)s, len);
    }
    MP_STATE_VM(qstr_pools) = pool;
    MP_STATE_CTX(n_qstr_static) = n;
    size_t size = 64;
    while (size < 2 * alloc) {
        size *= 2;
    }
    index_rebuild(size);
}

qstr qstr_find_strn(const char *str, size_t str_len) {
    size_t hash = qstr_compute_hash((const byte *)str, str_len);
    qstr_index_t *index = INDEX;
    qstr_pool_t *pool = POOL;
    size_t pos = hash & index->mask;
    for (;;) {
        uint32_t q = index->slots[pos];
        if (q == 0) {
            return MP_QSTRnull;
        }
        qstr_entry_t *e = &pool->entries[q];
        // str may be NULL when str_len is 0, and memcmp must not see NULL.
        if (e->hash == hash && e->len == str_len && (str_len == 0 || memcmp(e->str, str, str_len) == 0)) {
            return q;
        }
        pos = (pos + 1) & index->mask;
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
    if (len == 0) {
        return MP_QSTR_;
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
    if (pool->n >= UINT32_MAX) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("too many interned strings"));
    }
    q = pool->n;
    qstr_entry_t *e = &pool->entries[q];
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
    return POOL->entries[q].hash;
}

size_t qstr_len(qstr q) {
    return POOL->entries[q].len;
}

const char *qstr_str(qstr q) {
    return POOL->entries[q].str;
}

const byte *qstr_data(qstr q, size_t *len) {
    qstr_entry_t *e = &POOL->entries[q];
    *len = e->len;
    return (const byte *)e->str;
}

void qstr_pool_info(size_t *n_pool, size_t *n_qstr, size_t *n_str_data_bytes, size_t *n_total_bytes) {
    qstr_pool_t *pool = POOL;
    size_t data = 0;
    for (size_t q = MP_STATE_CTX(n_qstr_static); q < pool->n; q++) {
        data += pool->entries[q].len + 1;
    }
    *n_pool = 1;
    *n_qstr = pool->n - MP_STATE_CTX(n_qstr_static);
    *n_str_data_bytes = data;
    *n_total_bytes = data + pool->alloc * sizeof(qstr_entry_t) + (INDEX->mask + 1) * sizeof(uint32_t);
}
