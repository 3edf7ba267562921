// Internal set operations used by the dict views (py/objdict.c).
#ifndef MICROPY_INCLUDED_PY_OBJSET_H
#define MICROPY_INCLUDED_PY_OBJSET_H

#include "py/obj.h"

// set is a set or frozenset object being built (not yet shared).
void mp_obj_set_update_iter(mp_obj_t set, mp_obj_t iterable);
void mp_obj_set_difference_update_iter(mp_obj_t set, mp_obj_t iterable);
void mp_obj_set_symmetric_difference_update_iter(mp_obj_t set, mp_obj_t iterable);
bool mp_obj_set_contains(mp_obj_t set, mp_obj_t key);
// True for set, frozenset and instances of their subclasses.
bool mp_obj_is_set_or_frozenset(mp_obj_t o);
size_t mp_obj_set_len(mp_obj_t set);
// CPython's hash of a frozenset as a full machine word (cached).
size_t mp_obj_frozenset_hash_value(mp_obj_t self_in);

#endif // MICROPY_INCLUDED_PY_OBJSET_H
