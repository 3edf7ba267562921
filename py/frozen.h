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

// A function written in Python in frozen module `module` whose name stands in
// a C table (a C module's globals, a built-in type's methods): calling it
// imports the module (on the first call only: then sys.modules has it) and
// calls the module's attribute `name`. So cold functions can be Python while
// their module or type stays C. A module's function does not bind self when
// stored in a class, as a built-in function does not (code written for the C
// one may rely on that); a method binds self on an instance, as a Python
// function does.
typedef struct _mp_obj_fun_frozen_t {
    mp_obj_base_t base;
    uint16_t module;
    uint16_t name;
} mp_obj_fun_frozen_t;
extern const mp_obj_type_t mp_type_fun_frozen;
extern const mp_obj_type_t mp_type_fun_frozen_method;
#define MP_DEFINE_CONST_FUN_FROZEN(obj_name, module, name) \
    static const mp_obj_fun_frozen_t obj_name = { { &mp_type_fun_frozen }, module, name }
#define MP_DEFINE_CONST_FUN_FROZEN_METHOD(obj_name, module, name) \
    static const mp_obj_fun_frozen_t obj_name = { { &mp_type_fun_frozen_method }, module, name }

#endif // MICROPY_INCLUDED_PY_FROZEN_H
