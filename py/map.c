// Hash tables: mp_map_t (dicts, instance and module namespaces, the const
// locals dicts of built-in types) and mp_set_t (the table behind set and
// frozenset).
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/map.h"
#include "py/objset.h"
#include "py/objtuple.h"

// ---------------------------------------------------------------------------
// Key hashing.

// Small ints below this magnitude hash to themselves (CPython's int hash,
// which py/objint.c implements for every int, agrees below 2**61 - 1), so
// they need no call; -1 is the exception (it hashes to -2).
#define SMALL_HASH_LIMIT ((mp_int_t)1 << 60)

// hash() of a str is a small int: keep the same 63 bits here so that the
// hash computed inline equals what mp_obj_hash returns.
static inline size_t canonical_hash(size_t h) {
    return (size_t)((mp_int_t)(h << 1) >> 1);
}

size_t mp_map_hash_key(mp_obj_t key) {
    if (mp_obj_is_small_int(key)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(key);
        if (v > -SMALL_HASH_LIMIT && v < SMALL_HASH_LIMIT) {
            return v == -1 ? (size_t)-2 : (size_t)v;
        }
    } else if (mp_obj_is_qstr(key)) {
        return canonical_hash(qstr_hash(MP_OBJ_QSTR_VALUE(key)));
    } else if (mp_obj_is_obj(key)) {
        const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(key))->type;
        if (type == &mp_type_str) {
            mp_obj_str_t *s = MP_OBJ_TO_PTR(key);
            if (s->hash == 0) {
                // The str protocol caches the hash in the object (0 = not yet).
                s->hash = qstr_compute_hash(s->data, s->len);
            }
            return canonical_hash(s->hash);
        }
        // These two have full-word hashes that hash() would box as big ints.
        if (type == &mp_type_tuple) {
            return mp_obj_tuple_hash_value(key);
        }
        if (type == &mp_type_frozenset) {
            return mp_obj_frozenset_hash_value(key);
        }
    }
    mp_obj_t h = mp_obj_hash(key);
    if (mp_obj_is_small_int(h)) {
        return (size_t)MP_OBJ_SMALL_INT_VALUE(h);
    }
    return (size_t)mp_obj_int_get_truncated(h);
}

// ---------------------------------------------------------------------------
// mp_map_t.
//
// Entries live in `table` in insertion order: positions [0, filled) have been
// appended, `used` of them are live, the others are deleted (key
// MP_OBJ_SENTINEL). Appending to a full table first compacts it into a new
// one (twice the size unless at least half of it was dead).
//
// Two lookup modes:
// - all_keys_are_qstrs: keys are compared by identity only (a qstr is
//   interned, so equal text is the same word). Up to MAP_LINEAR_MAX entries
//   are scanned linearly (instance members, small namespaces); bigger maps
//   get an index that hashes a qstr by its number (no call, perfect spread).
// - otherwise (any other key was ever added): always indexed, keys hashed by
//   mp_map_hash_key and compared with hash, identity, then ==.
// Switching mode rebuilds the index.
//
// The index (`hashidx`) is one atomic block of uint32 words:
//   [0] mask (index size - 1), [1] non-empty index slots,
//   [2, 2 + size) slots: IDX_EMPTY, IDX_DELETED or table position + 1,
//   then (8-byte aligned, as size is even) one size_t per table entry: the
//   full hash of its key (the qstr number in qstr mode), so that == is only
//   asked of keys whose hashes are equal, as in CPython.
// A deleted key's slot becomes IDX_DELETED, so a slot never points at a dead
// entry; deleted slots are reused by insertions and cleared by rebuilds.
// The index size keeps it at most 2/3 full of live entries; it is rebuilt
// when live + deleted slots pass 3/4. Maps are therefore limited to 2**32 - 2
// entries.
//
// A fixed map is a const ROM table: never changed, scanned linearly.

#define MAP_LINEAR_MAX (8)
#define IDX_HDR (2)
#define IDX_EMPTY (0u)
#define IDX_DELETED (0xffffffffu)
#define PERTURB_SHIFT (5)

typedef uint32_t idx_t;

// The stored hashes of an index block.
static inline size_t *idx_hashes(idx_t *idx) {
    return (size_t *)(void *)(idx + IDX_HDR + idx[0] + 1);
}

static inline size_t idx_bytes(size_t size, size_t alloc) {
    return sizeof(idx_t) * (IDX_HDR + size) + sizeof(size_t) * alloc;
}

static size_t idx_size_for(size_t alloc) {
    size_t size = 8;
    while (size * 2 < alloc * 3) {
        size <<= 1;
    }
    return size;
}

static inline size_t idx_limit(size_t size) {
    return size - size / 4;
}

// The index hash of a key already in the table (no user code runs: in qstr
// mode every key is a qstr; otherwise old_hashes has them).
static inline size_t stored_hash(const mp_map_t *map, mp_obj_t key, const size_t *old_hashes, size_t pos) {
    if (map->all_keys_are_qstrs) {
        return MP_OBJ_QSTR_VALUE(key);
    }
    if (old_hashes != NULL) {
        return old_hashes[pos];
    }
    return mp_map_hash_key(key);
}

// Puts table position pos, whose key hashes to h, into an index being built.
static void idx_put(idx_t *idx, size_t h, size_t pos) {
    size_t mask = idx[0];
    idx_t *slots = idx + IDX_HDR;
    size_t i = h & mask;
    size_t perturb = h;
    while (slots[i] != IDX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    slots[i] = (idx_t)(pos + 1);
}

// Compact the live entries into a new table of new_alloc entries and rebuild
// the index for the map's current mode. `rehash`: the old index (if any) was
// built in the other mode, so its hashes cannot be reused.
// While the heap is locked (micropython.heap_lock()) nothing can be
// allocated, but a map whose keys come and go (a module's `except E as e`
// stores and deletes e) only needs its dead entries squeezed out: that is
// done in place, in the same blocks, when the mode and the index stay.
static void map_rebuild(mp_map_t *map, size_t new_alloc, bool rehash) {
    mp_map_elem_t *old_table = map->table;
    idx_t *old_idx = (idx_t *)map->hashidx;
    const size_t *old_hashes = NULL;
    if (old_idx != NULL && !rehash) {
        old_hashes = idx_hashes(old_idx);
    }
    size_t old_filled = map->filled;
    bool want_idx = !map->all_keys_are_qstrs || map->used >= MAP_LINEAR_MAX;
    mp_map_elem_t *table = old_table;
    idx_t *idx = old_idx;
    if (old_table != NULL && !rehash && (old_idx != NULL) == want_idx
        && (map->used < old_filled || new_alloc == map->alloc) && MP_UNLIKELY(gc_is_locked())) {
        new_alloc = map->alloc;
        if (idx != NULL) {
            memset(idx + IDX_HDR, 0, sizeof(idx_t) * (idx[0] + 1));
        }
        goto fill;
    }
    if (new_alloc < map->used) {
        new_alloc = map->used;
    }
    if (new_alloc < 4) {
        new_alloc = 4;
    }
    if (new_alloc > (size_t)IDX_DELETED - 2) {
        m_malloc_fail(new_alloc * sizeof(mp_map_elem_t));
    }
    table = m_new0(mp_map_elem_t, new_alloc);
    idx = NULL;
    size_t mask = 0;
    if (want_idx) {
        size_t size = idx_size_for(new_alloc);
        mask = size - 1;
        idx = m_malloc_atomic_zeroed(idx_bytes(size, new_alloc));
        idx[0] = (idx_t)mask;
    }
fill:;
    size_t n = 0;
    for (size_t pos = 0; pos < old_filled; pos++) {
        mp_obj_t key = old_table[pos].key;
        if (key == MP_OBJ_NULL || key == MP_OBJ_SENTINEL) {
            continue;
        }
        table[n] = old_table[pos];
        if (idx != NULL) {
            size_t h = stored_hash(map, key, old_hashes, pos);
            idx_put(idx, h, n);
            idx_hashes(idx)[n] = h;
        }
        n++;
    }
    if (idx != NULL) {
        idx[1] = (idx_t)n;
    }
    map->table = table;
    map->alloc = new_alloc;
    map->filled = n;
    map->used = n;
    map->hashidx = (size_t *)idx;
    if (table == old_table) {
        // (Cleared, so that the GC does not keep deleted values alive.)
        memset(table + n, 0, (old_filled - n) * sizeof(mp_map_elem_t));
        return;
    }
    // Nothing keeps pointers into the old blocks: lookups that call out to
    // user code check the table and index are still the ones they started with.
    if (old_table != NULL) {
        m_del(mp_map_elem_t, old_table, old_filled);
    }
    if (old_idx != NULL) {
        m_free(old_idx);
    }
}

// Size of the table to rebuild into when an append finds it full. (Inline:
// as a call it made the lookups save registers on every entry, +1.5% on
// dict_ops.)
static inline size_t map_grown_alloc(const mp_map_t *map) {
    if (map->filled < map->alloc) {
        return map->alloc; // only the index needs clearing of deleted slots
    }
    if (map->used + map->used / 2 < map->alloc) {
        return map->alloc; // mostly dead: compacting makes room
    }
    return map->alloc < 4 ? 4 : map->alloc * 2;
}

// Drop dead entries at the end of the table (popitem() does, so that
// repeated calls do not rescan a growing tail). A plain delete keeps them,
// as CPython does: an iterator then sees a key re-added after a delete as a
// new entry ("dictionary keys changed during iteration").
void mp_map_trim_tail(mp_map_t *map) {
    while (map->filled > 0 && map->table[map->filled - 1].key == MP_OBJ_SENTINEL) {
        map->filled--;
    }
}

// The dead slot keeps no value, so that the collector can free it (del d[k]
// ran no finaliser and cleared no weak reference until the next rebuild);
// the caller gets the entry from a copy outside the heap, which keeps
// nothing alive either and is read before anything can collect.
static mp_map_elem_t *map_remove_at(mp_map_t *map, size_t pos) {
    mp_map_elem_t *elem = &map->table[pos];
    mp_map_elem_t *removed = &MP_STATE_THREAD(map_removed);
    *removed = *elem;
    elem->key = MP_OBJ_SENTINEL;
    elem->value = MP_OBJ_NULL;
    map->used--;
    return removed;
}

// Linear lookup in a qstr-mode map without index.
static mp_map_elem_t *map_lookup_linear(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind) {
    mp_map_elem_t *table = map->table;
    size_t n = map->filled;
    for (size_t pos = 0; pos < n; pos++) {
        if (table[pos].key == key) {
            if (kind == MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
                return map_remove_at(map, pos);
            }
            return &table[pos];
        }
    }
    return NULL;
}

// Indexed lookup. h: the hash of key (the qstr number in qstr mode).
static mp_map_elem_t *map_lookup_indexed(mp_map_t *map, mp_obj_t key, size_t h, mp_map_lookup_kind_t kind) {
restart:;
    idx_t *idx = (idx_t *)map->hashidx;
    mp_map_elem_t *table = map->table;
    size_t mask = idx[0];
    idx_t *slots = idx + IDX_HDR;
    size_t *hashes = idx_hashes(idx);
    bool qmode = map->all_keys_are_qstrs;
    size_t i = h & mask;
    size_t perturb = h;
    size_t free_i = SIZE_MAX;
    for (;;) {
        idx_t s = slots[i];
        size_t pos;
        if (s == IDX_EMPTY) {
            break;
        }
        if (s == IDX_DELETED) {
            if (free_i == SIZE_MAX) {
                free_i = i;
            }
        } else {
            pos = s - 1;
            mp_obj_t k = table[pos].key;
            if (k == key) {
                goto found;
            }
            if (!qmode && hashes[pos] == h && !(mp_obj_is_small_int(k) && mp_obj_is_small_int(key))
                && !(mp_obj_is_qstr(k) && mp_obj_is_qstr(key))) {
                bool eq = mp_obj_equal(k, key);
                // __eq__ may have changed the map: start again unless
                // everything we looked at is still in place.
                if ((idx_t *)map->hashidx != idx || map->table != table || slots[i] != s
                    || pos >= map->filled || table[pos].key != k) {
                    if (map->hashidx == NULL || map->all_keys_are_qstrs) {
                        // Cleared (no index, back in qstr mode): h belongs
                        // to the other mode, so dispatch from the top.
                        return mp_map_lookup(map, key, kind);
                    }
                    goto restart;
                }
                if (eq) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        if (kind == MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
            slots[i] = IDX_DELETED;
            return map_remove_at(map, pos);
        }
        return &table[pos];
    }

    if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return NULL;
    }
    if (map->filled >= map->alloc || (free_i == SIZE_MAX && (size_t)idx[1] + 1 > idx_limit(mask + 1))) {
        map_rebuild(map, map_grown_alloc(map), false);
        if (map->hashidx == NULL) {
            // Deletes left few enough qstr keys to go without the index.
            return mp_map_lookup(map, key, kind);
        }
        idx = (idx_t *)map->hashidx;
        table = map->table;
        mask = idx[0];
        slots = idx + IDX_HDR;
        hashes = idx_hashes(idx);
        i = h & mask;
        perturb = h;
        while (slots[i] != IDX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
        free_i = SIZE_MAX;
    }
    size_t pos = map->filled++;
    map->used++;
    table[pos].key = key;
    table[pos].value = MP_OBJ_NULL;
    hashes[pos] = h;
    if (free_i != SIZE_MAX) {
        slots[free_i] = (idx_t)(pos + 1);
    } else {
        slots[i] = (idx_t)(pos + 1);
        idx[1]++;
    }
    return &table[pos];
}

// Append a qstr key known to be absent from a qstr-mode map.
static mp_map_elem_t *map_add_qstr(mp_map_t *map, mp_obj_t key) {
    if (map->hashidx == NULL) {
        if (map->filled >= map->alloc || map->filled >= MAP_LINEAR_MAX) {
            map_rebuild(map, map_grown_alloc(map), false);
        }
        if (map->hashidx == NULL) {
            size_t pos = map->filled++;
            map->used++;
            map->table[pos].key = key;
            map->table[pos].value = MP_OBJ_NULL;
            return &map->table[pos];
        }
    }
    return map_lookup_indexed(map, key, MP_OBJ_QSTR_VALUE(key), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
}

// A lookup in a qstr-mode map by a key that is neither a qstr nor a str:
// it can only match through a user-defined == (e.g. a str subclass).
// h: the key's hash (mp_map_hash_key).
static mp_map_elem_t *map_lookup_qmode_by_object(mp_map_t *map, mp_obj_t key, size_t h, mp_map_lookup_kind_t kind) {
    for (size_t pos = 0;; pos++) {
        if (!map->all_keys_are_qstrs) {
            // The key's __hash__ or __eq__ stored a key that is not a qstr:
            // the map left qstr mode, so look the key up by its hash.
            if (map->hashidx == NULL) {
                map_rebuild(map, map->alloc, true);
            }
            return map_lookup_indexed(map, key, h, kind);
        }
        if (pos >= map->filled) {
            return NULL;
        }
        mp_obj_t k = map->table[pos].key;
        if (k == MP_OBJ_SENTINEL || k == MP_OBJ_NULL) {
            continue;
        }
        if (canonical_hash(qstr_hash(MP_OBJ_QSTR_VALUE(k))) == h && mp_obj_equal(k, key)
            && map->all_keys_are_qstrs) {
            return mp_map_lookup(map, k, kind);
        }
    }
}

// (Kept out of line: inlined, it costs map_lookup_general a register.)
__attribute__((noinline))
static mp_map_elem_t *map_lookup_fixed(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind) {
    if (map->table == &mp_locals_proxy_scratch) {
        return mp_locals_proxy_lookup(map, key, kind);
    }
    if (kind != MP_MAP_LOOKUP) {
        mp_raise_TypeError(MP_ERROR_TEXT("'dict' object does not support item assignment"));
    }
    mp_map_elem_t *table = map->table;
    size_t n = map->filled;
    for (size_t pos = 0; pos < n; pos++) {
        if (table[pos].key == key) {
            return &table[pos];
        }
    }
    if (mp_obj_is_small_int(key) || mp_obj_is_qstr(key) || mp_obj_is_immediate_obj(key)) {
        return NULL;
    }
    if (mp_obj_is_exact_type(key, &mp_type_str)) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(key);
        qstr q = qstr_find_strn((const char *)s->data, s->len);
        if (q == MP_QSTRnull) {
            return NULL;
        }
        return map_lookup_fixed(map, MP_OBJ_NEW_QSTR(q), kind);
    }
    mp_map_hash_key(key); // unhashable keys raise, as in any dict
    for (size_t pos = 0; pos < n; pos++) {
        if (mp_map_keys_equal(table[pos].key, key)) {
            return &table[pos];
        }
    }
    return NULL;
}

// A bit added to the lookup kind by map_lookup_flagged: the map's flags have
// been seen to.
#define KIND_FLAGS_SEEN (4)

static mp_map_elem_t *map_lookup_flagged(mp_map_t *map, mp_obj_t index, mp_map_lookup_kind_t kind);

// Everything but the plain lookup of a qstr in a qstr-mode map.
__attribute__((noinline))
static mp_map_elem_t *map_lookup_general(mp_map_t *map, mp_obj_t index, mp_map_lookup_kind_t lookup_kind) {
    // (Both flags in one test: the other maps pay nothing for is_globals.)
    if (MP_UNLIKELY(map->is_fixed || map->is_globals)) {
        if (!(lookup_kind & KIND_FLAGS_SEEN)) {
            return map_lookup_flagged(map, index, lookup_kind);
        }
        lookup_kind &= ~KIND_FLAGS_SEEN;
    }
    if (map->all_keys_are_qstrs) {
        if (MP_LIKELY(mp_obj_is_qstr(index))) {
            if (map->hashidx != NULL) {
                return map_lookup_indexed(map, index, MP_OBJ_QSTR_VALUE(index), lookup_kind);
            }
            mp_map_elem_t *elem = map_lookup_linear(map, index, lookup_kind);
            if (elem != NULL || lookup_kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
                return elem;
            }
            return map_add_qstr(map, index);
        }
        if (mp_obj_is_exact_type(index, &mp_type_str)) {
            // Same text as a qstr key means the same key: look it up as that
            // qstr (and store it as one, keeping the map in qstr mode).
            mp_obj_str_t *s = MP_OBJ_TO_PTR(index);
            qstr q = qstr_find_strn((const char *)s->data, s->len);
            if (q != MP_QSTRnull) {
                return mp_map_lookup(map, MP_OBJ_NEW_QSTR(q), lookup_kind);
            }
            if (lookup_kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
                return NULL;
            }
        } else if (lookup_kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            if (mp_obj_is_small_int(index) || mp_obj_is_immediate_obj(index)) {
                return NULL;
            }
            // mp_map_hash_key raises TypeError if the key is unhashable.
            return map_lookup_qmode_by_object(map, index, mp_map_hash_key(index), lookup_kind);
        }
        // Adding a key that is not a qstr: leave qstr mode for good (until
        // cleared). Hash first so that an unhashable key changes nothing.
        size_t h = mp_map_hash_key(index);
        map->all_keys_are_qstrs = 0;
        map_rebuild(map, map->filled >= map->alloc ? map_grown_alloc(map) : map->alloc, true);
        return map_lookup_indexed(map, index, h, lookup_kind);
    }
    size_t full_hash = mp_map_hash_key(index);
    if (MP_UNLIKELY(map->all_keys_are_qstrs)) {
        // The key's __hash__ cleared the map, which put it back in qstr
        // mode: go on from the map as it is now, without hashing again.
        if (mp_obj_is_qstr(index) || mp_obj_is_exact_type(index, &mp_type_str)) {
            return mp_map_lookup(map, index, lookup_kind);
        }
        if (lookup_kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return map_lookup_qmode_by_object(map, index, full_hash, lookup_kind);
        }
        map->all_keys_are_qstrs = 0;
        map_rebuild(map, map->filled >= map->alloc ? map_grown_alloc(map) : map->alloc, true);
    }
    if (MP_UNLIKELY(map->hashidx == NULL)) {
        // Someone cleared all_keys_are_qstrs by hand: index the map now.
        map_rebuild(map, map->alloc, true);
    }
    return map_lookup_indexed(map, index, full_hash, lookup_kind);
}

size_t mp_map_globals_epoch;

MP_COLD bool mp_map_globals_stamp(mp_map_t *map, mp_map_globals_stamp_t *stamp, void *entries, size_t nbytes) {
    if (!map->all_keys_are_qstrs || map->is_fixed) {
        return false;
    }
    if (!map->is_globals) {
        map->is_globals = 1;
        mp_map_globals_epoch++;
    }
    if (stamp->map != map || stamp->epoch != mp_map_globals_epoch) {
        if (stamp->map != NULL) { // (else no entry was trusted yet)
            memset(entries, 0, nbytes);
        }
        stamp->map = map;
        stamp->epoch = mp_map_globals_epoch;
    }
    return true;
}

// The slow lookups of fixed and globals maps: a key added to a globals map
// (the entry left with no value) bumps the epoch.
__attribute__((noinline))
static mp_map_elem_t *map_lookup_flagged(mp_map_t *map, mp_obj_t index, mp_map_lookup_kind_t kind) {
    if (map->is_fixed) {
        return map_lookup_fixed(map, index, kind);
    }
    mp_map_elem_t *elem = map_lookup_general(map, index, kind | KIND_FLAGS_SEEN);
    if (kind == MP_MAP_LOOKUP_ADD_IF_NOT_FOUND && elem->value == MP_OBJ_NULL) {
        mp_map_globals_epoch++;
    }
    return elem;
}

// Lookup of a key whose hash (mp_map_hash_key) is already known, so that
// copying keys between tables does not run their __hash__ again.
mp_map_elem_t *mp_map_lookup_hashed(mp_map_t *map, mp_obj_t key, size_t hash, mp_map_lookup_kind_t kind) {
    if (map->is_fixed || map->is_globals || mp_obj_is_qstr(key) || mp_obj_is_exact_type(key, &mp_type_str)) {
        // (Hashing these runs no user code; a globals map must see its adds.)
        return mp_map_lookup(map, key, kind);
    }
    if (map->all_keys_are_qstrs) {
        if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            if (mp_obj_is_small_int(key) || mp_obj_is_immediate_obj(key)) {
                return NULL;
            }
            return map_lookup_qmode_by_object(map, key, hash, kind);
        }
        map->all_keys_are_qstrs = 0;
        map_rebuild(map, map->filled >= map->alloc ? map_grown_alloc(map) : map->alloc, true);
    }
    if (map->hashidx == NULL) {
        map_rebuild(map, map->alloc, true);
    }
    return map_lookup_indexed(map, key, hash, kind);
}

// The hash of the live entry at table position pos, without calling __hash__.
size_t mp_map_entry_hash(const mp_map_t *map, size_t pos) {
    if (map->all_keys_are_qstrs || map->is_fixed || map->hashidx == NULL) {
        return mp_map_hash_key(map->table[pos].key);
    }
    return idx_hashes((idx_t *)map->hashidx)[pos];
}

// The hottest path of the interpreter (globals, builtins, attributes,
// methods): a qstr looked up in a qstr-mode map, kept small enough to need
// no stack frame. Fixed maps come here too: they are unindexed and a qstr
// key can only match by identity.
mp_map_elem_t *mp_map_lookup(mp_map_t *map, mp_obj_t index, mp_map_lookup_kind_t lookup_kind) {
    if (MP_LIKELY(lookup_kind == MP_MAP_LOOKUP && mp_obj_is_qstr(index) && map->all_keys_are_qstrs)) {
        mp_map_elem_t *table = map->table;
        if (map->hashidx == NULL) {
            for (size_t pos = 0, n = map->filled; pos < n; pos++) {
                if (table[pos].key == index) {
                    return &table[pos];
                }
            }
            return NULL;
        }
        const idx_t *idx = (const idx_t *)map->hashidx;
        size_t mask = idx[0];
        const idx_t *slots = idx + IDX_HDR;
        size_t h = MP_OBJ_QSTR_VALUE(index);
        size_t i = h & mask;
        size_t perturb = h;
        for (;;) {
            idx_t s = slots[i];
            if (s == IDX_EMPTY) {
                return NULL;
            }
            if (s != IDX_DELETED && table[s - 1].key == index) {
                return &table[s - 1];
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
    return map_lookup_general(map, index, lookup_kind);
}

void mp_map_init(mp_map_t *map, size_t n) {
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->is_ordered = 1;
    map->is_globals = 0;
    map->used = 0;
    map->alloc = n;
    map->filled = 0;
    map->table = n == 0 ? NULL : m_new0(mp_map_elem_t, n);
    map->hashidx = NULL;
}

void mp_map_init_fixed_table(mp_map_t *map, size_t n, const mp_obj_t *table) {
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 1;
    map->is_ordered = 1;
    map->is_globals = 0;
    map->used = n;
    map->alloc = n;
    map->filled = n;
    map->table = (mp_map_elem_t *)table;
    map->hashidx = NULL;
}

void mp_map_deinit(mp_map_t *map) {
    if (!map->is_fixed) {
        if (map->table != NULL) {
            m_del(mp_map_elem_t, map->table, map->alloc);
        }
        if (map->hashidx != NULL) {
            m_free(map->hashidx);
        }
    }
    map->used = map->alloc = map->filled = 0;
    map->table = NULL;
    map->hashidx = NULL;
}

MP_COLD void mp_map_clear(mp_map_t *map) {
    mp_map_deinit(map);
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->is_ordered = 1;
}

mp_map_elem_t *mp_map_next(const mp_map_t *map, size_t *cur) {
    for (size_t pos = *cur; pos < map->filled; pos++) {
        mp_obj_t key = map->table[pos].key;
        if (key != MP_OBJ_NULL && key != MP_OBJ_SENTINEL) {
            *cur = pos + 1;
            return &map->table[pos];
        }
    }
    *cur = map->filled;
    return NULL;
}

// ---------------------------------------------------------------------------
// mp_set_t: open addressing over a power-of-two table (layout in py/map.h).
//
// The probe sequence, growth policy and copy rules are chosen so that a set
// of ints (or of tuples of ints) iterates in the same order as in CPython,
// because programs print sets and tests compare that output: a probe looks
// at a run of up to SET_LINEAR_PROBES + 1 neighbouring slots, then jumps
// with the perturbed recurrence i = 5i + 1 + perturb; the table grows once
// 3/5 of it is non-empty, to 4x the live keys (2x for big sets); an empty
// set has room for 8.

#define SET_MIN_SIZE (8)
#define SET_LINEAR_PROBES (9)

static void set_alloc_table(mp_set_t *set, size_t size) {
    set->table = m_new0(mp_obj_t, 2 * size + 2);
    set->alloc = size;
}

// Insert a key known to be absent into a table without deleted slots.
static void set_insert_clean(mp_set_t *set, mp_obj_t key, size_t hash) {
    size_t mask = set->alloc - 1;
    size_t *hashes = MP_SET_HASHES(set);
    size_t i = hash & mask;
    size_t perturb = hash;
    for (;;) {
        size_t run = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + run; j++) {
            if (set->table[j] == MP_OBJ_NULL) {
                set->table[j] = key;
                hashes[j] = hash;
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

MP_COLD void mp_set_resize(mp_set_t *set, size_t n_min) {
    size_t size = SET_MIN_SIZE;
    while (size <= n_min) {
        size <<= 1;
    }
    mp_obj_t *old_table = set->table;
    size_t old_alloc = set->alloc;
    size_t finger = old_table == NULL ? 0 : MP_SET_FINGER(set);
    set_alloc_table(set, size);
    MP_SET_FINGER(set) = finger; // pop() goes on from where it was
    if (old_table != NULL) {
        size_t *old_hashes = (size_t *)old_table + old_alloc;
        for (size_t pos = 0; pos < old_alloc; pos++) {
            mp_obj_t key = old_table[pos];
            if (key != MP_OBJ_NULL && key != MP_OBJ_SENTINEL) {
                set_insert_clean(set, key, old_hashes[pos]);
            }
        }
        m_del(mp_obj_t, old_table, 2 * old_alloc + 2);
    }
    MP_SET_FILL(set) = set->used;
}

void mp_set_init(mp_set_t *set, size_t n) {
    // Tables start at the minimum size whatever n is: pre-sizing would
    // change the iteration order (see above).
    (void)n;
    set->alloc = 0;
    set->used = 0;
    set->table = NULL;
}

void mp_set_clear(mp_set_t *set) {
    if (set->table != NULL) {
        m_del(mp_obj_t, set->table, 2 * set->alloc + 2);
    }
    set->alloc = 0;
    set->used = 0;
    set->table = NULL;
}

mp_obj_t mp_set_lookup_hashed(mp_set_t *set, mp_obj_t key, size_t hash, mp_map_lookup_kind_t kind) {
restart:
    if (set->alloc == 0) {
        if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return MP_OBJ_NULL;
        }
        set_alloc_table(set, SET_MIN_SIZE);
    }
    mp_obj_t *table = set->table;
    size_t *hashes = MP_SET_HASHES(set);
    size_t mask = set->alloc - 1;
    size_t i = hash & mask;
    size_t perturb = hash;
    size_t free_i = SIZE_MAX;
    for (;;) {
        size_t run = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + run; j++) {
            mp_obj_t k = table[j];
            if (k == MP_OBJ_NULL) {
                if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
                    return MP_OBJ_NULL;
                }
                set->used++;
                if (free_i != SIZE_MAX) {
                    table[free_i] = key;
                    hashes[free_i] = hash;
                    return key;
                }
                table[j] = key;
                hashes[j] = hash;
                size_t fill = ++MP_SET_FILL(set);
                if (fill * 5 >= mask * 3) {
                    mp_set_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
                }
                return key;
            }
            if (k == MP_OBJ_SENTINEL) {
                // A new key goes into the last deleted slot on its probe
                // path (CPython's choice, which fixes the iteration order).
                free_i = j;
                continue;
            }
            bool eq = k == key;
            if (!eq && hashes[j] == hash) {
                eq = mp_map_keys_equal(k, key);
                if (set->table != table || table[j] != k) {
                    goto restart; // __eq__ changed the set
                }
            }
            if (eq) {
                if (kind == MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
                    table[j] = MP_OBJ_SENTINEL;
                    set->used--;
                }
                return k;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

mp_obj_t mp_set_lookup(mp_set_t *set, mp_obj_t index, mp_map_lookup_kind_t lookup_kind) {
    return mp_set_lookup_hashed(set, index, mp_map_hash_key(index), lookup_kind);
}

MP_COLD void mp_set_copy_into(mp_set_t *dst, const mp_set_t *src) {
    if (src->used == 0) {
        return;
    }
    if (dst->alloc != 0 && MP_SET_FILL(dst) != 0) {
        size_t *hashes = MP_SET_HASHES(src);
        for (size_t pos = 0; pos < src->alloc; pos++) {
            if (mp_set_slot_is_filled(src, pos)) {
                mp_set_lookup_hashed(dst, src->table[pos], hashes[pos], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            }
        }
        return;
    }
    // dst is empty: its (possibly implicit) table has SET_MIN_SIZE slots.
    size_t dst_size = dst->alloc == 0 ? SET_MIN_SIZE : dst->alloc;
    if (src->used * 5 >= (dst_size - 1) * 3) {
        mp_set_resize(dst, src->used * 2);
    } else if (dst->alloc == 0) {
        set_alloc_table(dst, SET_MIN_SIZE);
    }
    size_t *src_hashes = MP_SET_HASHES(src);
    if (dst->alloc == src->alloc && MP_SET_FILL(src) == src->used) {
        // Same geometry and no deleted slots: copy slot for slot.
        memcpy(dst->table, src->table, sizeof(mp_obj_t) * 2 * src->alloc);
    } else {
        for (size_t pos = 0; pos < src->alloc; pos++) {
            if (mp_set_slot_is_filled(src, pos)) {
                set_insert_clean(dst, src->table[pos], src_hashes[pos]);
            }
        }
    }
    dst->used = src->used;
    MP_SET_FILL(dst) = src->used;
}

MP_COLD mp_obj_t mp_set_remove_first(mp_set_t *set) {
    if (set->used == 0) {
        return MP_OBJ_NULL;
    }
    size_t mask = set->alloc - 1;
    size_t pos = MP_SET_FINGER(set) & mask;
    while (!mp_set_slot_is_filled(set, pos)) {
        pos = (pos + 1) & mask;
    }
    mp_obj_t key = set->table[pos];
    set->table[pos] = MP_OBJ_SENTINEL;
    set->used--;
    MP_SET_FINGER(set) = pos + 1;
    return key;
}

void mp_set_maybe_compact(mp_set_t *set) {
    // (Put off while the heap is locked: the table works as it is.)
    if (set->alloc != 0 && MP_SET_FILL(set) - set->used > (set->alloc - 1) / 4 && !gc_is_locked()) {
        mp_set_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
    }
}

void mp_map_copy(mp_map_t *dst, const mp_map_t *src) {
    if (src->is_fixed) {
        // A ROM table may hold any keys: insert them one by one.
        mp_map_init(dst, src->used);
        for (size_t pos = 0; pos < src->filled; pos++) {
            mp_map_lookup(dst, src->table[pos].key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = src->table[pos].value;
        }
        return;
    }
    dst->all_keys_are_qstrs = src->all_keys_are_qstrs;
    dst->is_fixed = 0;
    dst->is_ordered = 1;
    dst->is_globals = 0;
    dst->used = src->used;
    dst->alloc = src->alloc;
    dst->filled = src->filled;
    dst->table = NULL;
    dst->hashidx = NULL;
    if (src->alloc != 0) {
        dst->table = m_new0(mp_map_elem_t, src->alloc);
        for (size_t pos = 0; pos < src->filled; pos++) {
            mp_map_elem_t e = src->table[pos];
            if (e.key == MP_OBJ_SENTINEL) {
                e.value = MP_OBJ_NULL; // do not keep deleted values alive
            }
            dst->table[pos] = e;
        }
    }
    if (src->hashidx != NULL) {
        const idx_t *idx = (const idx_t *)src->hashidx;
        size_t n = idx_bytes(idx[0] + 1, src->alloc);
        dst->hashidx = m_malloc_atomic(n);
        memcpy(dst->hashidx, idx, n);
    }
}
