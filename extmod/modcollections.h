// Internal interface of the collections module: the types defined in
// extmod/objdeque.c and extmod/objdictsub.c that extmod/modcollections.c
// puts in the module.
#ifndef MICROPY_INCLUDED_EXTMOD_MODCOLLECTIONS_H
#define MICROPY_INCLUDED_EXTMOD_MODCOLLECTIONS_H

#include "py/obj.h"

extern const mp_obj_type_t mp_type_deque;
extern const mp_obj_type_t mp_type_ordereddict;
extern const mp_obj_type_t mp_type_defaultdict;
extern const mp_obj_type_t mp_type_counter;

// Adds one to mapping[x] through mapping.get and item assignment for each x
// of iterable: Counter's counting loop (collections._count_elements).
mp_obj_t mp_collections_count_elements(mp_obj_t mapping, mp_obj_t iterable);

#endif // MICROPY_INCLUDED_EXTMOD_MODCOLLECTIONS_H
