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

#endif // MICROPY_INCLUDED_EXTMOD_MODCOLLECTIONS_H
