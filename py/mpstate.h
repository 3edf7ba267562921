// The interpreter's global state: the only mutable globals of the core.
#ifndef MICROPY_INCLUDED_PY_MPSTATE_H
#define MICROPY_INCLUDED_PY_MPSTATE_H

#include "py/mpconfig.h"
#include "py/obj.h"
#include "py/nlr.h"

// Everything the garbage collector must treat as a root lives in `roots`
// (registered with gc_add_root_region at start-up); keep only pointers there.
typedef struct _mp_state_roots_t {
    mp_obj_dict_t *dict_main;     // __main__ module's globals
    mp_obj_dict_t *dict_globals;  // globals of the running code
    mp_obj_dict_t *dict_locals;   // locals of module/class-body code (== globals at module level; maybe a stand-in for a mapping: mp_locals_proxy_new)
    mp_obj_t modules;             // sys.modules (a dict)
    mp_obj_t sys_path;            // sys.path (a list)
    mp_obj_t sys_argv;            // sys.argv (a list)
    mp_obj_t sys_stdin, sys_stdout, sys_stderr;
    mp_obj_t sys_exitfunc;
    mp_obj_t pending_exception;   // raised at the next mp_handle_pending (signals)
    mp_obj_t kbd_exception;       // preallocated KeyboardInterrupt
    mp_obj_t memory_error;        // preallocated MemoryError with room for a traceback
    mp_obj_t emergency_exc;       // the exception reused under heap_lock (py/objexcept.c)
    mp_obj_t cur_exception;       // the exception being handled (sys.exc_info, bare raise)
    mp_obj_t repl_last_value;
    mp_obj_t builtins_dict;       // the builtins module's mutable name space (py/modbuiltins.c)
    mp_obj_t sys_dict;            // the sys module's name space (py/modsys.c)
    mp_obj_t repl_history;        // REPL line history, a list of str (ports/unix/readline.c)
    mp_obj_t repr_guard;          // containers being printed, to print [...] for cycles (py/sequence.c)
    mp_obj_t random_default;      // random's default Random instance (extmod/modrandom.c)
    mp_obj_t errno_dict;          // errno's name space, built on first use (extmod/moderrno.c)
    mp_obj_t cache_info_type;     // functools._CacheInfo, made on first use (extmod/modfunctools.c)
    mp_obj_t socket_timeout;      // socket.setdefaulttimeout()'s value: a float, NULL for None (extmod/modsocket.c)
    void *qstr_pools;             // run-time qstr pool chain (py/qstr.c)
    void *qstr_index;             // qstr lookup index (py/qstr.c)
    void *weakref_table;          // registry of weak references, atomic memory (py/objweakref.c)
    mp_obj_t asyncgen_hooks[2];   // sys.set_asyncgen_hooks: firstiter, finalizer (NULL: None)
    mp_obj_t importing;           // modules whose code runs now -> the thread running it (py/builtinimport.c)
    mp_obj_t extra[8];            // spare root slots for ports
} mp_state_roots_t;

typedef struct _mp_state_ctx_t {
    mp_state_roots_t roots;
    nlr_buf_t *nlr_top;
    void *cur_code_state;         // innermost running bytecode frame (py/vm.c)
    mp_obj_t vm_passed_exc;       // exception a frame last handed to its caller, compared by identity only (py/vm.c)
    mp_map_elem_t map_removed;    // the entry mp_map_lookup last removed, read at once by its caller (py/map.c)
    char *stack_top;              // C stack start (recorded by main)
    size_t stack_limit;           // bytes of C stack we allow ourselves
    size_t recursion_depth;       // Python call depth (MICROPY_RECURSION_LIMIT)
    size_t recursion_limit;
    size_t int_max_str_digits;    // CPython's limit on big int <-> decimal str conversions, 0: none
    volatile int sched_state;     // non-zero when pending_exception is set
    size_t n_qstr_static;
    bool kbd_intr_enabled;
    int opt_level;
    bool verbose;
} mp_state_ctx_t;

extern mp_state_ctx_t mp_state_ctx;

#define MP_STATE_VM(x) (mp_state_ctx.roots.x)
#define MP_STATE_THREAD(x) (mp_state_ctx.x)
#define MP_STATE_CTX(x) (mp_state_ctx.x)

#endif // MICROPY_INCLUDED_PY_MPSTATE_H
