// Internal tuple helpers shared with the hash tables (py/map.c).
#ifndef MICROPY_INCLUDED_PY_OBJTUPLE_H
#define MICROPY_INCLUDED_PY_OBJTUPLE_H

#include "py/obj.h"

// CPython's hash of a tuple as a full machine word (hash() boxes it as an
// int object, which may then not be a small int).
size_t mp_obj_tuple_hash_value(mp_obj_t self_in);

#endif // MICROPY_INCLUDED_PY_OBJTUPLE_H
