// A cache of attribute lookups along user classes' MROs (the design's
// "attribute/method lookup cached where it pays"). An access to a method or
// a property of an instance looks a name up along the MRO up to three times
// (__getattribute__, __getattr__, the name itself), one dict per class on
// the way: 440 instructions for a class with one base. The cache answers a
// repeated (class, name, mode) in some 20.
//
// One epoch counter stands for the state of every class: any change to a
// class's dict or bases, and the creation of a class (which may take the
// address of a dead one), moves it on and so invalidates every entry. Only
// answers that depend on nothing else are kept: names found in a class dict
// (built-in types' dicts are constant) and names found nowhere. Not kept:
// lookups given an instance to probe (a built-in base's slots may answer by
// trying it) and the slot wrappers made for built-in bases (new objects).
// Entries hold no reference the GC sees: a value is alive while its class
// dict holds it, and that dict cannot change without a new epoch. The GIL
// makes the table safe for threads.
#ifndef MICROPY_INCLUDED_PY_TYPECACHE_H
#define MICROPY_INCLUDED_PY_TYPECACHE_H

#include "py/obj.h"

#define MP_TYPE_CACHE_SIZE (512) // a power of two

typedef struct _mp_type_cache_entry_t {
    const mp_obj_type_t *type;
    const mp_obj_type_t *owner; // NULL for a name found nowhere
    mp_obj_t value;
    uint32_t key; // attr << 4 | lookup mode (bits 0-2) or 8 (py/objtype.c)
    uint32_t epoch;
} mp_type_cache_entry_t;

extern mp_type_cache_entry_t mp_type_cache[MP_TYPE_CACHE_SIZE];
extern uint32_t mp_type_cache_epoch;

// Called after a class's dict or bases change, and when a class is made.
void mp_type_cache_invalidate(void);

static inline mp_type_cache_entry_t *mp_type_cache_entry(const mp_obj_type_t *type, uint32_t key) {
    uintptr_t h = ((uintptr_t)type >> 4) ^ ((uintptr_t)key * 0x9e3779b1u >> 7);
    return &mp_type_cache[h & (MP_TYPE_CACHE_SIZE - 1)];
}

#endif // MICROPY_INCLUDED_PY_TYPECACHE_H
