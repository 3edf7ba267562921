// Modules shipped inside the binary as Python source (lib/*.py, embedded by
// tools/makefrozen.py) and compiled on their first import.
#ifndef MICROPY_INCLUDED_PY_FROZEN_H
#define MICROPY_INCLUDED_PY_FROZEN_H

#include "py/obj.h"

// Import the frozen module `name` (a top-level name): compile and run it in a
// new module registered in sys.modules. Returns MP_OBJ_NULL if there is no
// frozen module of that name; raises whatever running the module raises.
mp_obj_t mp_frozen_import(qstr name);

// Compile and run the frozen module `name` in globals (for `-m`: __main__'s).
// Returns false if there is no frozen module of that name.
bool mp_frozen_exec(qstr name, mp_obj_dict_t *globals);

#endif // MICROPY_INCLUDED_PY_FROZEN_H
