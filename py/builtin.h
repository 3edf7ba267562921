// Shared declarations of the built-in functions and the core modules
// (builtins, sys, micropython, gc): what py/modbuiltins.c, py/builtinfuns.c,
// py/builtinevalexec.c, py/modsys.c and the Unix port's glue use of each other.
#ifndef MICROPY_INCLUDED_PY_BUILTIN_H
#define MICROPY_INCLUDED_PY_BUILTIN_H

#include "py/obj.h"
#include "py/mpstate.h"

// The build date in version strings: MicroPython v1.24.0's release day, fixed
// so that builds are reproducible.
#ifndef MICROPY_BUILD_DATE
#define MICROPY_BUILD_DATE "2024-10-30"
#endif

// The C compiler, for sys.implementation._machine and the REPL banner.
#if defined(__clang__)
#define MICROPY_COMPILER_NAME "Clang " __clang_version__
#elif defined(__GNUC__)
#define MICROPY_COMPILER_NAME "GCC " __VERSION__
#else
#define MICROPY_COMPILER_NAME "unknown compiler"
#endif

// Interpreter state owned by these files, kept in the GC roots (mpstate.h).
// - the builtins module's mutable name space (a dict holding the ROM table's
//   entries plus whatever a program stores: builtins.x = ..., the REPL's `_`);
//   MP_OBJ_NULL until mp_builtins_init has run.
// - the sys module's name space (a dict: sys.stdout may be reassigned).
// - the REPL's line history (a list of str).
#define MP_STATE_BUILTINS_DICT (MP_STATE_VM(builtins_dict))
#define MP_STATE_SYS_DICT (MP_STATE_VM(sys_dict))
#define MP_STATE_REPL_HISTORY (MP_STATE_VM(repl_history))

// Built-in function objects defined outside py/modbuiltins.c.
MP_DECLARE_CONST_FUN_OBJ_KW(mp_builtin_open_obj); // the port (ports/unix/file.c)
MP_DECLARE_CONST_FUN_OBJ_KW(mp_builtin___build_class___obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_type_instancecheck_obj); // type's methods, in py/modbuiltins.c
MP_DECLARE_CONST_FUN_OBJ_2(mp_type_subclasscheck_obj);
MP_DECLARE_CONST_FUN_OBJ_3(mp_type_setattr_obj); // type's, in py/objobject.c
MP_DECLARE_CONST_FUN_OBJ_2(mp_type_delattr_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_builtin_compile_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_eval_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_builtin_exec_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_builtin___import___obj);
// abs(x), also operator.abs (a function object of its own, for its name).
mp_obj_t mp_builtin_abs(mp_obj_t x);

// The builtins module: heap copy of the ROM name space, registered as
// sys.modules['builtins'] (call after mp_init).
void mp_builtins_init(void);
// object.__dir__(o): the names dir(o) lists, as an unsorted set (or, for a
// module with a __dir__ of its own, what that returns).
mp_obj_t mp_builtins_dir_names(mp_obj_t o);
// Look a name up in the builtins name space (the mutable copy when it exists,
// else the ROM table). MP_OBJ_NULL if absent. mp_load_builtin (py/runtime.c)
// uses it, so that builtins.x = ... and the REPL's `_` are visible.
mp_obj_t mp_builtins_lookup(qstr name);
// Store into (value != MP_OBJ_NULL) or delete from the builtins name space.
void mp_builtins_store(qstr name, mp_obj_t value);

// The sys module: builds its name space (argv, path, modules, stdin/stdout/
// stderr from MP_STATE_VM(sys_*), ...) and registers it as sys.modules['sys'].
// Call after MP_STATE_VM(sys_stdin/stdout/stderr) are set.
void mp_module_sys_init(void);
// The current value of sys.<name> (sys.stdout may have been replaced), or
// MP_OBJ_NULL.
mp_obj_t mp_sys_get_attr(qstr name);
// Sets an int field of sys.flags from a command-line option (before any code runs).
void mp_sys_set_flag(qstr field, mp_int_t value);
// Report an uncaught exception through sys.excepthook (on stderr).
// Returns MP_OBJ_NULL, or the SystemExit a replaced hook raised (the caller
// exits with its status).
mp_obj_t mp_sys_report_exception(mp_obj_t exc);

// A print target that writes to a Python object: through the stream
// protocol when the object has one, else by calling its write(str) method.
// *file must stay valid while print is used.
void mp_print_init_obj(mp_print_t *print, mp_obj_t *file);

#endif // MICROPY_INCLUDED_PY_BUILTIN_H
