// Internal helpers shared by the hash-table users (map.c, objdict.c, objset.c,
// objtuple.c). The public map/set API is in py/obj.h.
#ifndef MICROPY_INCLUDED_PY_MAP_H
#define MICROPY_INCLUDED_PY_MAP_H

#include "py/obj.h"

// The hash every table in the core uses for a key: the value hash()
// returns, as a machine word (tuple and frozenset hashes use all 64 bits, as
// in CPython), computed without boxing or a call for small ints, qstrs, strs,
// tuples and frozensets. Raises TypeError if unhashable.
size_t mp_map_hash_key(mp_obj_t key);

// mp_map_lookup for a key whose hash (mp_map_hash_key) is known.
mp_map_elem_t *mp_map_lookup_hashed(mp_map_t *map, mp_obj_t key, size_t hash, mp_map_lookup_kind_t kind);
// The hash of the live entry at table position pos (no __hash__ call).
size_t mp_map_entry_hash(const mp_map_t *map, size_t pos);

// Globals stamps: py/vm.c's LOAD_GLOBAL cache trusts that a name it found
// missing from the globals is still missing while the map is marked
// is_globals and the epoch has not moved, as every key added to a marked map
// bumps the epoch. A stamp records the map and epoch of such misses.
typedef struct _mp_map_globals_stamp_t {
    const mp_map_t *map;
    size_t epoch;
} mp_map_globals_stamp_t;

extern size_t mp_map_globals_epoch;

static inline bool mp_map_globals_stamp_valid(const mp_map_t *map, const mp_map_globals_stamp_t *stamp) {
    return (stamp->map == map) & (stamp->epoch == mp_map_globals_epoch) & map->is_globals;
}

// After a qstr key missed map: marks the map and renews the stamp if needed,
// clearing the cache entries it covers (nbytes at entries) when it does.
// False when the miss cannot be trusted: the map is fixed or has other keys
// than qstrs (a lookup in it may run code).
bool mp_map_globals_stamp(mp_map_t *map, mp_map_globals_stamp_t *stamp, void *entries, size_t nbytes);

// Drop the deleted entries at the end of a map's table (for popitem).
void mp_map_trim_tail(mp_map_t *map);

// The table of a set or frozenset object (exact types only).
mp_set_t *mp_obj_set_table(mp_obj_t o);

// Initialise dst as a copy of src (same order; no key is rehashed).
void mp_map_copy(mp_map_t *dst, const mp_map_t *src);

// Keys of a table are equal if identical or if == says so; small ints and
// qstrs are interned, so two different ones are never equal.
static inline bool mp_map_keys_equal(mp_obj_t stored, mp_obj_t key) {
    if (stored == key) {
        return true;
    }
    if ((mp_obj_is_small_int(stored) && mp_obj_is_small_int(key))
        || (mp_obj_is_qstr(stored) && mp_obj_is_qstr(key))) {
        return false;
    }
    return mp_obj_equal(stored, key);
}

// mp_set_t layout: table holds 2 * alloc + 2 words: alloc keys (MP_OBJ_NULL
// empty, MP_OBJ_SENTINEL deleted), then the alloc hashes of those keys, then
// the number of non-empty slots (live + deleted) and the pop() finger.
// alloc is 0 (no table) or a power of two >= 8.
#define MP_SET_HASHES(set) ((size_t *)(set)->table + (set)->alloc)
#define MP_SET_FILL(set) (((size_t *)(set)->table)[2 * (set)->alloc])
#define MP_SET_FINGER(set) (((size_t *)(set)->table)[2 * (set)->alloc + 1])
#define mp_set_slot_is_filled(set, pos) ((set)->table[pos] != MP_OBJ_NULL && (set)->table[pos] != MP_OBJ_SENTINEL)

// Lookup with a hash already known (saves recomputing it when copying
// between sets). Same kinds and result as mp_set_lookup.
mp_obj_t mp_set_lookup_hashed(mp_set_t *set, mp_obj_t key, size_t hash, mp_map_lookup_kind_t kind);
// Size the table for at least n_min live keys (rehashing in table order).
void mp_set_resize(mp_set_t *set, size_t n_min);
// Copy every key of src into dst, which must be empty and distinct.
void mp_set_copy_into(mp_set_t *dst, const mp_set_t *src);
// Remove and return an arbitrary key (MP_OBJ_NULL if empty).
mp_obj_t mp_set_remove_first(mp_set_t *set);
// Shrink away deleted slots if they are more than a quarter of the table.
void mp_set_maybe_compact(mp_set_t *set);

#endif // MICROPY_INCLUDED_PY_MAP_H
