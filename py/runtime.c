// The runtime: interpreter state and start-up, pending exceptions and the
// stack guard, raising, name lookup, operators and attribute access.
// Calls, iteration and unpacking are in py/runtime_call.c.
#include "py/mpconfig.h"

#include <errno.h>
#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/builtin.h"
#include "py/vm.h"
#include "py/objtype_internal.h"
#include "py/mpthread.h"

// Traceback entries (4 words each) kept for a MemoryError raised on a full heap.
#define MEMORY_ERROR_TRACEBACK_WORDS (4 * 32)



// The one interpreter state (py/mpstate.h).
mp_state_ctx_t mp_state_ctx;

// ---------------------------------------------------------------------------
// Life cycle.

void mp_init(void) {
    memset(&mp_state_ctx.roots, 0, sizeof(mp_state_ctx.roots));
    gc_add_root_region((void **)&mp_state_ctx.roots, sizeof(mp_state_ctx.roots) / sizeof(void *));
    qstr_init();

    mp_state_ctx.sched_state = 0;
    mp_state_ctx.recursion_depth = 0;
    mp_state_ctx.recursion_limit = MICROPY_RECURSION_LIMIT;
    mp_state_ctx.int_max_str_digits = MICROPY_INT_MAX_STR_DIGITS;
    mp_state_ctx.kbd_intr_enabled = true;

    MP_STATE_VM(modules) = mp_obj_new_dict(0);
    MP_STATE_VM(sys_path) = mp_obj_new_list(0, NULL);
    MP_STATE_VM(sys_argv) = mp_obj_new_list(0, NULL);
    // Preallocated so that Ctrl-C needs no allocation in the signal handler.
    MP_STATE_VM(kbd_exception) = mp_obj_new_exception(&mp_type_KeyboardInterrupt);
    // Raised when the heap is full, so its traceback storage is made now.
    mp_obj_t mem_err = mp_obj_new_exception(&mp_type_MemoryError);
    mp_obj_exception_t *mem_err_native = MP_OBJ_TO_PTR(mem_err);
    mem_err_native->traceback_data = m_new(size_t, MEMORY_ERROR_TRACEBACK_WORDS);
    mem_err_native->traceback_alloc = MEMORY_ERROR_TRACEBACK_WORDS;
    MP_STATE_VM(memory_error) = mem_err;

    // __main__: the module the program runs in (also in sys.modules).
    mp_obj_t main_module = mp_obj_new_module(MP_QSTR___main__);
    mp_obj_dict_t *dict_main = mp_obj_module_get_globals(main_module);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(dict_main), MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(MP_QSTR___main__));
    MP_STATE_VM(dict_main) = dict_main;
    MP_STATE_VM(dict_globals) = dict_main;
    MP_STATE_VM(dict_locals) = dict_main;
}

void mp_deinit(void) {
    MP_STATE_VM(pending_exception) = MP_OBJ_NULL;
    mp_state_ctx.sched_state = 0;
    gc_remove_root_region((void **)&mp_state_ctx.roots);
}

// ---------------------------------------------------------------------------
// Pending exceptions (signals) and the C stack guard.

MP_COLD void mp_handle_pending(bool raise_exc) {
    if (__atomic_load_n(&mp_state_ctx.sched_state, __ATOMIC_RELAXED) == 0) {
        return;
    }
    // Clear the flag first: a signal arriving now sets it again.
    __atomic_store_n(&mp_state_ctx.sched_state, 0, __ATOMIC_RELAXED);
#if MICROPY_PY_THREAD
    // Other threads store the news before the flag (a GIL waiter its drop
    // request, the main thread's signal handler while it is off the GIL its
    // exception or callback). Without a full fence the reads below could be
    // done before the clear is seen (a CPU's store buffer), and a flag set
    // in between would be wiped out with its news unread: a lost Ctrl-C.
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    bool is_main = mp_thread_is_main();
    mp_obj_t exc_pending = __atomic_load_n(&MP_STATE_VM(pending_exception), __ATOMIC_RELAXED);
    if (!is_main && (exc_pending != MP_OBJ_NULL || mp_sched_pending())) {
        // Signal handlers, scheduled callbacks and KeyboardInterrupt are the
        // main thread's: leave them flagged for it, before the yield below
        // lets it run (it would else find the flag clear and sleep on, its
        // signal unhandled until its wait ends).
        __atomic_store_n(&mp_state_ctx.sched_state, 1, __ATOMIC_RELAXED);
        mp_thread_wake_main();
    }
    if (__atomic_load_n(&mp_thread_drop_request, __ATOMIC_RELAXED)) {
        mp_thread_yield();
    }
    if (!is_main) {
        gc_run_pending_finalisers();
        return;
    }
#endif
    // Finalisers of classes (__del__) that the last collection queued.
    gc_run_pending_finalisers();
    if (raise_exc) {
        // Callbacks of micropython.schedule and Python signal handlers; one
        // that raises leaves the rest (and a pending exception) for later.
        mp_sched_run_pending();
    }
    mp_obj_t exc = MP_STATE_VM(pending_exception);
    MP_STATE_VM(pending_exception) = MP_OBJ_NULL;
    if (!raise_exc || exc == MP_OBJ_NULL) {
        return;
    }
    if (exc == MP_STATE_VM(kbd_exception)) {
        // The same object is raised on every Ctrl-C: start it afresh.
        mp_obj_exception_clear_traceback(exc);
        mp_obj_t native = mp_obj_cast_to_native_base(exc, MP_OBJ_FROM_PTR(&mp_type_BaseException));
        if (mp_obj_is_native_exception_instance(native) && gc_is_heap_ptr(MP_OBJ_TO_PTR(native))) {
            mp_obj_exception_t *e = MP_OBJ_TO_PTR(native);
            e->context = MP_OBJ_NULL;
            e->cause = MP_OBJ_NULL;
            e->suppress_context = false;
        }
    }
    nlr_raise(exc);
}

// Async-signal-safe: stores two words, allocates nothing. Atomic stores, the
// flag last: another thread may hold the GIL and look at both meanwhile.
MP_COLD void mp_sched_exception(mp_obj_t exc) {
    __atomic_store_n(&MP_STATE_VM(pending_exception), exc, __ATOMIC_RELAXED);
    __atomic_store_n(&mp_state_ctx.sched_state, 1, __ATOMIC_RELEASE);
}

MP_COLD void mp_sched_keyboard_interrupt(void) {
    if (MP_STATE_VM(kbd_exception) != MP_OBJ_NULL) {
        mp_sched_exception(MP_STATE_VM(kbd_exception));
    }
}

void mp_stack_check(void) {
    char here;
    char *top = mp_state_ctx.stack_top;
    if (top == NULL || mp_state_ctx.stack_limit == 0) {
        return;
    }
    // The stack grows down on every supported host.
    if ((size_t)(top - &here) > mp_state_ctx.stack_limit) {
        mp_raise_recursion_depth();
    }
}

void mp_stack_set_top(void *top) {
    mp_state_ctx.stack_top = top;
}

void mp_stack_set_limit(size_t limit) {
    mp_state_ctx.stack_limit = limit;
}

// ---------------------------------------------------------------------------
// Raising.

MP_COLD MP_NORETURN void mp_raise_msg(const mp_obj_type_t *exc_type, mp_rom_error_text_t msg) {
    if (msg == NULL) {
        nlr_raise(mp_obj_new_exception(exc_type));
    }
    nlr_raise(mp_obj_new_exception_msg(exc_type, msg));
}

// (Through py/objexcept.c, which falls back on the emergency exception while
// the heap is locked.)
MP_COLD MP_NORETURN void mp_raise_msg_varg(const mp_obj_type_t *exc_type, mp_rom_error_text_t fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t exc = mp_obj_new_exception_msg_vlist(exc_type, fmt, ap);
    va_end(ap);
    nlr_raise(exc);
}

MP_COLD MP_NORETURN void mp_raise_TypeError_varg(mp_rom_error_text_t fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t exc = mp_obj_new_exception_msg_vlist(&mp_type_TypeError, fmt, ap);
    va_end(ap);
    nlr_raise(exc);
}

MP_COLD MP_NORETURN void mp_raise_ValueError_varg(mp_rom_error_text_t fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t exc = mp_obj_new_exception_msg_vlist(&mp_type_ValueError, fmt, ap);
    va_end(ap);
    nlr_raise(exc);
}

MP_NORETURN void mp_raise_type(const mp_obj_type_t *exc_type) {
    nlr_raise(mp_obj_new_exception(exc_type));
}

MP_COLD MP_NORETURN void mp_raise_ValueError(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_ValueError, msg);
}

MP_COLD MP_NORETURN void mp_raise_TypeError(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_TypeError, msg);
}

MP_COLD MP_NORETURN void mp_raise_NotImplementedError(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_NotImplementedError, msg);
}

MP_COLD MP_NORETURN void mp_raise_IndexError(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_IndexError, msg);
}

MP_COLD MP_NORETURN void mp_raise_ZeroDivisionError(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_ZeroDivisionError, msg);
}

MP_COLD MP_NORETURN void mp_raise_OverflowError(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_OverflowError, msg);
}

MP_COLD MP_NORETURN void mp_raise_RuntimeError(mp_rom_error_text_t msg) {
    mp_raise_msg(&mp_type_RuntimeError, msg);
}

MP_NORETURN void mp_raise_KeyError(mp_obj_t key) {
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, key));
}

// OSError(errno, strerror): the exception's constructor picks the subclass
// for the errno (FileNotFoundError, ConnectionRefusedError, ...).
MP_COLD MP_NORETURN void mp_raise_OSError(int errno_) {
    const char *text = strerror(errno_);
    mp_raise_OSError_with_msg(errno_, mp_obj_new_str(text, strlen(text)));
}

// (One call at each of some 50 places where a system call failed, rather
// than reading errno there too.)
MP_COLD MP_NORETURN void mp_raise_OSError_errno(void) {
    mp_raise_OSError(errno);
}

// OSError(errno, strerror, filename), as CPython raises for file operations:
// str() is "[Errno 2] No such file or directory: 'name'".
MP_COLD MP_NORETURN void mp_raise_OSError_with_filename(int errno_, mp_obj_t filename) {
    const char *text = strerror(errno_);
    mp_obj_t args[3] = { MP_OBJ_NEW_SMALL_INT(errno_), mp_obj_new_str(text, strlen(text)), filename };
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 3, args));
}

MP_COLD MP_NORETURN void mp_raise_OSError_with_msg(int errno_, mp_obj_t msg) {
    mp_obj_t args[2] = { MP_OBJ_NEW_SMALL_INT(errno_), msg };
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 2, args));
}

MP_NORETURN void mp_raise_StopIteration(mp_obj_t arg) {
    if (arg == MP_OBJ_NULL || arg == mp_const_none) {
        mp_raise_type(&mp_type_StopIteration);
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_StopIteration, arg));
}

// Recursion through nested containers (comparison, repr, hash) counts
// against the same limit as Python calls, as in CPython. The caller
// decrements recursion_depth itself on its normal path; when an exception
// unwinds past it instead, the VM frame that sees the exception puts the
// depth back to its value on entry to that frame (py/vm.c).
void mp_recursion_enter(mp_rom_error_text_t msg) {
    mp_stack_check();
    if (MP_UNLIKELY(MP_STATE_THREAD(recursion_depth) >= MP_STATE_THREAD(recursion_limit))) {
        mp_raise_msg(&mp_type_RecursionError, msg);
    }
    MP_STATE_THREAD(recursion_depth)++;
}

MP_COLD MP_NORETURN void mp_raise_recursion_depth(void) {
    mp_raise_msg(&mp_type_RecursionError, MP_ERROR_TEXT("maximum recursion depth exceeded"));
}

// The heap is full, so the MemoryError raised is preallocated (mp_init) with
// room for the innermost frames of a traceback; before mp_init has made it, a
// constant one without traceback is used (the VM and py/objexcept.c never
// write to non-heap exceptions). Being shared, it is reset at each raise.
static const mp_obj_exception_t memory_error_obj = {
    .base = { &mp_type_MemoryError },
    .args = (mp_obj_tuple_t *)&mp_const_empty_tuple_obj,
    .cause = MP_OBJ_NULL,
    .context = MP_OBJ_NULL,
};

MP_COLD MP_NORETURN void mp_raise_memory_error_for_alloc(size_t num_bytes) {
    (void)num_bytes;
    mp_obj_t exc = MP_STATE_VM(memory_error);
    if (exc == MP_OBJ_NULL) {
        nlr_raise(MP_OBJ_FROM_PTR(&memory_error_obj));
    }
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(exc);
    e->traceback_len = 0;
    e->cause = MP_OBJ_NULL;
    e->context = MP_OBJ_NULL;
    e->suppress_context = false;
    nlr_raise(exc);
}

MP_COLD MP_NORETURN void mp_raise_TypeError_obj_unsupported(mp_const_obj_t obj, mp_rom_error_text_t fmt_with_type_s) {
    mp_raise_TypeError_varg(fmt_with_type_s, mp_obj_get_type_str(obj));
}

MP_COLD MP_NORETURN void mp_raise_TypeError_arg_unsupported(mp_const_obj_t obj, mp_rom_error_text_t fmt_with_type_s) {
    mp_raise_TypeError_varg(fmt_with_type_s, mp_obj_get_arg_type_str(obj));
}

mp_obj_t mp_make_raise_obj(mp_obj_t o) {
    if (mp_obj_is_exception_type(o)) {
        mp_obj_t exc = mp_call_function_0(o);
        if (!mp_obj_is_exception_instance(exc)) {
            // Both classes by their repr (<class '__main__.E'>), as CPython.
            mp_obj_t cls = mp_obj_repr(o);
            mp_obj_t got = mp_obj_repr(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)));
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("calling %s should have returned an instance of BaseException, not %s"),
                mp_obj_str_get_str(cls), mp_obj_str_get_str(got));
        }
        return exc;
    }
    if (mp_obj_is_exception_instance(o)) {
        return o;
    }
    mp_raise_TypeError(MP_ERROR_TEXT("exceptions must derive from BaseException"));
}

MP_NORETURN void mp_raise_obj(mp_obj_t exc) {
    nlr_raise(mp_make_raise_obj(exc));
}

// ---------------------------------------------------------------------------
// Names.

static mp_map_elem_t *dict_lookup(mp_obj_dict_t *dict, qstr qst, mp_map_lookup_kind_t kind) {
    return mp_map_lookup(&dict->map, MP_OBJ_NEW_QSTR(qst), kind);
}

MP_COLD MP_NORETURN static void raise_name_error(qstr qst) {
    mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_NameError, MP_ERROR_TEXT("name '%q' is not defined"), qst);
    mp_store_attr(exc, MP_QSTR_name, MP_OBJ_NEW_QSTR(qst));
    // The names a printed traceback may suggest instead: the looking-up
    // frame's own variables, then its globals (then the builtins).
    mp_code_state_t *cs = mp_vm_frame_at(0);
    mp_obj_exception_set_name_scope(exc, cs != NULL && cs->fun->globals == MP_STATE_VM(dict_globals)
        ? MP_OBJ_FROM_PTR(cs->fun) : MP_OBJ_FROM_PTR(MP_STATE_VM(dict_globals)));
    nlr_raise(exc);
}

// The builtins module's mutable name space once py/modbuiltins.c has made it
// (so that builtins.x = ... is seen), else the ROM table.
mp_obj_t mp_load_builtin(qstr qst) {
    mp_obj_t value = mp_builtins_lookup(qst);
    if (value == MP_OBJ_NULL) {
        // The hidden except* helpers of py/objexcept.c.
        return mp_obj_exception_extra_builtin(qst);
    }
    return value;
}

// Set once exec()/eval() ran code on globals whose __builtins__ is not the
// interpreter's (py/builtinevalexec.c): only then do the lookups below look
// at __builtins__, so that ordinary programs pay one test on a miss.
bool mp_own_builtins_seen;

// The name in the running globals' own __builtins__ (a module, dict or any
// mapping, as CPython): MP_OBJ_SENTINEL when they are the usual builtins,
// MP_OBJ_NULL when the name is missing. (CPython takes them when the function
// is made; ours are read at each lookup.)
mp_obj_t mp_load_own_builtin(qstr qst) {
    mp_map_elem_t *elem = dict_lookup(MP_STATE_VM(dict_globals), MP_QSTR___builtins__, MP_MAP_LOOKUP);
    if (elem == NULL) {
        return MP_OBJ_SENTINEL;
    }
    mp_obj_t b = elem->value;
    if (mp_obj_is_type(b, &mp_type_module)) {
        b = MP_OBJ_FROM_PTR(mp_obj_module_get_globals(b));
    }
    if (b == MP_STATE_BUILTINS_DICT) {
        return MP_OBJ_SENTINEL;
    }
    // Another mapping through its __getitem__ (a proxy dict as for locals,
    // below): only its KeyError means missing.
    elem = mp_map_lookup(&mp_locals_proxy_new(b)->map, MP_OBJ_NEW_QSTR(qst), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

mp_obj_t mp_load_global(qstr qst) {
    mp_map_elem_t *elem = dict_lookup(MP_STATE_VM(dict_globals), qst, MP_MAP_LOOKUP);
    if (elem != NULL) {
        return elem->value;
    }
    if (MP_UNLIKELY(mp_own_builtins_seen)) {
        mp_obj_t value = mp_load_own_builtin(qst);
        if (value != MP_OBJ_SENTINEL) {
            if (value == MP_OBJ_NULL && (value = mp_obj_exception_extra_builtin(qst)) == MP_OBJ_NULL) {
                raise_name_error(qst);
            }
            return value;
        }
    }
    mp_obj_t value = mp_load_builtin(qst);
    if (value == MP_OBJ_NULL) {
        raise_name_error(qst);
    }
    return value;
}

// The locals of a class body whose metaclass __prepare__ gave another mapping
// than a plain dict (or of exec() given one): CPython sends every name the
// code binds, reads or deletes through that mapping's methods. The VM keeps a
// dict as its locals, so such a mapping gets a proxy dict whose map is fixed,
// empty and marked by its table: the plain-dict paths pay nothing, and
// py/map.c hands the proxy's lookups (which only fixed maps reach) to
// mp_locals_proxy_lookup. A store passes its value in the scratch entry.
typedef struct _locals_proxy_t {
    mp_obj_dict_t dict;
    mp_obj_t mapping;
} locals_proxy_t;

mp_map_elem_t mp_locals_proxy_scratch;

// The dict to run code on with ns as its locals.
MP_COLD mp_obj_dict_t *mp_locals_proxy_new(mp_obj_t ns) {
    if (mp_obj_is_type(ns, &mp_type_dict)) {
        return MP_OBJ_TO_PTR(ns);
    }
    locals_proxy_t *p = m_new0(locals_proxy_t, 1);
    p->dict.base.type = &mp_type_dict;
    p->dict.map.is_fixed = 1;
    p->dict.map.table = &mp_locals_proxy_scratch;
    p->mapping = ns;
    return &p->dict;
}

// What locals() shows.
mp_obj_t mp_locals_unwrap(mp_obj_dict_t *locals) {
    if (locals->map.table == &mp_locals_proxy_scratch) {
        return ((locals_proxy_t *)locals)->mapping;
    }
    return MP_OBJ_FROM_PTR(locals);
}

// A missing name (KeyError) gives NULL; the entry found is the scratch one.
MP_COLD mp_map_elem_t *mp_locals_proxy_lookup(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind) {
    mp_obj_t mapping = ((locals_proxy_t *)((byte *)map - offsetof(mp_obj_dict_t, map)))->mapping;
    mp_map_elem_t *scratch = &mp_locals_proxy_scratch;
    if (kind == MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        mp_obj_subscr(mapping, key, scratch->value);
        return scratch;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        scratch->value = mp_obj_subscr(mapping, key, kind == MP_MAP_LOOKUP ? MP_OBJ_SENTINEL : MP_OBJ_NULL);
        nlr_pop();
        return scratch;
    }
    // (As CPython, any failure of a delete is reported as the missing name.)
    if (kind == MP_MAP_LOOKUP && !mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_KeyError)) {
        nlr_jump(nlr.ret_val);
    }
    return NULL;
}

// Class bodies and exec() with separate locals: the locals first.
__attribute__((noinline)) static mp_obj_t load_name_local(mp_obj_dict_t *locals, qstr qst) {
    mp_map_elem_t *elem = dict_lookup(locals, qst, MP_MAP_LOOKUP);
    if (elem != NULL) {
        return elem->value;
    }
    return mp_load_global(qst);
}

mp_obj_t mp_load_name(qstr qst) {
    mp_obj_dict_t *locals = MP_STATE_VM(dict_locals);
    if (MP_LIKELY(locals == MP_STATE_VM(dict_globals))) {
        return mp_load_global(qst);
    }
    return load_name_local(locals, qst);
}

void mp_store_name(qstr qst, mp_obj_t obj) {
    mp_locals_proxy_scratch.value = obj;
    dict_lookup(MP_STATE_VM(dict_locals), qst, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = obj;
}

void mp_store_global(qstr qst, mp_obj_t obj) {
    dict_lookup(MP_STATE_VM(dict_globals), qst, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = obj;
}

void mp_delete_name(qstr qst) {
    if (dict_lookup(MP_STATE_VM(dict_locals), qst, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        raise_name_error(qst);
    }
}

MP_COLD void mp_delete_global(qstr qst) {
    if (dict_lookup(MP_STATE_VM(dict_globals), qst, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        raise_name_error(qst);
    }
}

MP_COLD mp_obj_t mp_load_build_class(void) {
    mp_obj_t fun = MP_OBJ_SENTINEL;
    if (MP_UNLIKELY(mp_own_builtins_seen)) {
        fun = mp_load_own_builtin(MP_QSTR___build_class__);
    }
    if (fun == MP_OBJ_SENTINEL) {
        fun = mp_load_builtin(MP_QSTR___build_class__);
    }
    if (fun == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_NameError, MP_ERROR_TEXT("__build_class__ not found"));
    }
    return fun;
}

// ---------------------------------------------------------------------------
// Operators.

static const char *const unary_op_symbol[MP_UNARY_OP_NUM] = {
    [MP_UNARY_OP_POSITIVE] = "unary +",
    [MP_UNARY_OP_NEGATIVE] = "unary -",
    [MP_UNARY_OP_INVERT] = "unary ~",
    [MP_UNARY_OP_ABS] = "abs()",
};

mp_obj_t mp_unary_op(mp_unary_op_t op, mp_obj_t arg) {
    if (op == MP_UNARY_OP_NOT) {
        return mp_obj_new_bool(!mp_obj_is_true(arg));
    }
    if (mp_obj_is_small_int(arg)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(arg);
        switch (op) {
            case MP_UNARY_OP_BOOL:
                return mp_obj_new_bool(v != 0);
            case MP_UNARY_OP_HASH:
                return mp_obj_hash(arg);
            case MP_UNARY_OP_POSITIVE:
            case MP_UNARY_OP_INT:
            case MP_UNARY_OP_INDEX:
                return arg;
            case MP_UNARY_OP_NEGATIVE:
                // -v always fits an mp_int_t; mp_obj_new_int promotes if needed.
                return mp_obj_new_int(-v);
            case MP_UNARY_OP_INVERT:
                return MP_OBJ_NEW_SMALL_INT(~v);
            case MP_UNARY_OP_ABS:
                return v < 0 ? mp_obj_new_int(-v) : arg;
            case MP_UNARY_OP_FLOAT:
                return mp_obj_new_float((mp_float_t)v);
            default:
                break;
        }
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(mp_obj_is_true(arg));
        case MP_UNARY_OP_HASH:
            return mp_obj_hash(arg);
        case MP_UNARY_OP_LEN:
            return mp_obj_len(arg);
        default:
            break;
    }
    const mp_obj_type_t *type = mp_obj_get_type(arg);
    if (MP_OBJ_TYPE_HAS_SLOT(type, unary_op)) {
        mp_obj_t res = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(op, arg);
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    switch (op) {
        case MP_UNARY_OP_INT:
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("int() argument must be a string, a bytes-like object or a real number, not '%s'"),
                mp_obj_get_type_str(arg));
        case MP_UNARY_OP_FLOAT:
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("float() argument must be a string or a real number, not '%s'"), mp_obj_get_type_str(arg));
        case MP_UNARY_OP_INDEX:
            mp_raise_TypeError_varg(MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"),
                mp_obj_get_type_str(arg));
        default:
            break;
    }
    const char *sym = op < MP_UNARY_OP_NUM && unary_op_symbol[op] != NULL ? unary_op_symbol[op] : "unary operation";
    mp_raise_TypeError_varg(MP_ERROR_TEXT("bad operand type for %s: '%s'"), sym, mp_obj_get_type_str(arg));
}

// The symbols of the binary operators, for error messages.
static const char *const binary_op_symbol[] = {
    [MP_BINARY_OP_LESS] = "<",
    [MP_BINARY_OP_MORE] = ">",
    [MP_BINARY_OP_EQUAL] = "==",
    [MP_BINARY_OP_LESS_EQUAL] = "<=",
    [MP_BINARY_OP_MORE_EQUAL] = ">=",
    [MP_BINARY_OP_NOT_EQUAL] = "!=",
    [MP_BINARY_OP_INPLACE_OR] = "|=",
    [MP_BINARY_OP_INPLACE_XOR] = "^=",
    [MP_BINARY_OP_INPLACE_AND] = "&=",
    [MP_BINARY_OP_INPLACE_LSHIFT] = "<<=",
    [MP_BINARY_OP_INPLACE_RSHIFT] = ">>=",
    [MP_BINARY_OP_INPLACE_ADD] = "+=",
    [MP_BINARY_OP_INPLACE_SUBTRACT] = "-=",
    [MP_BINARY_OP_INPLACE_MULTIPLY] = "*=",
    [MP_BINARY_OP_INPLACE_MAT_MULTIPLY] = "@=",
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = "//=",
    [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = "/=",
    [MP_BINARY_OP_INPLACE_MODULO] = "%=",
    [MP_BINARY_OP_INPLACE_POWER] = "**=",
    [MP_BINARY_OP_OR] = "|",
    [MP_BINARY_OP_XOR] = "^",
    [MP_BINARY_OP_AND] = "&",
    [MP_BINARY_OP_LSHIFT] = "<<",
    [MP_BINARY_OP_RSHIFT] = ">>",
    [MP_BINARY_OP_ADD] = "+",
    [MP_BINARY_OP_SUBTRACT] = "-",
    [MP_BINARY_OP_MULTIPLY] = "*",
    [MP_BINARY_OP_MAT_MULTIPLY] = "@",
    [MP_BINARY_OP_FLOOR_DIVIDE] = "//",
    [MP_BINARY_OP_TRUE_DIVIDE] = "/",
    [MP_BINARY_OP_MODULO] = "%",
    [MP_BINARY_OP_POWER] = "** or pow()",
    [MP_BINARY_OP_DIVMOD] = "divmod()",
};

// Asks type t for `a op b`; NotImplemented from user code counts as unsupported.
static inline mp_obj_t try_binary_op(const mp_obj_type_t *t, mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    if (!MP_OBJ_TYPE_HAS_SLOT(t, binary_op)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t res = MP_OBJ_TYPE_GET_SLOT(t, binary_op)(op, a, b);
    if (res == mp_const_notimplemented) {
        return MP_OBJ_NULL;
    }
    return res;
}

// CPython gives the right operand's reflected method priority when its type
// is a proper subclass of the left operand's (so subclasses can override).
// Comparisons need only that; arithmetic (rop given) also needs the subclass
// to provide a __rop__ other than the one the left type would use: a subclass
// that merely inherits it leaves the left operand's __op__ first.
static bool rhs_has_priority(const mp_obj_type_t *lt, const mp_obj_type_t *rt, mp_binary_op_t rop) {
    if (lt == rt || !mp_obj_is_instance_type(rt) || !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(rt), MP_OBJ_FROM_PTR(lt))) {
        return false;
    }
    if (rop == MP_BINARY_OP_NUM) {
        return true;
    }
    // Built-in bases answer through their slots (NULL here): equal on both
    // sides unless a user class in rt's MRO defines the method.
    qstr name = rop == MP_BINARY_OP_DIVMOD ? MP_QSTR___rdivmod__ : mp_obj_instance_binary_op_dunder[rop];
    const mp_obj_type_t *owner;
    unsigned mode = MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP;
    mp_obj_t in_rhs = mp_obj_type_mro_find(rt, name, mode, NULL, MP_OBJ_NULL, &owner);
    mp_obj_t in_lhs = mp_obj_is_instance_type(lt)
        ? mp_obj_type_mro_find(lt, name, mode, NULL, MP_OBJ_NULL, &owner) : MP_OBJ_NULL;
    return in_rhs != in_lhs;
}

static mp_obj_t compare_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    static const uint8_t swapped[] = {
        [MP_BINARY_OP_LESS] = MP_BINARY_OP_MORE,
        [MP_BINARY_OP_MORE] = MP_BINARY_OP_LESS,
        [MP_BINARY_OP_EQUAL] = MP_BINARY_OP_EQUAL,
        [MP_BINARY_OP_LESS_EQUAL] = MP_BINARY_OP_MORE_EQUAL,
        [MP_BINARY_OP_MORE_EQUAL] = MP_BINARY_OP_LESS_EQUAL,
        [MP_BINARY_OP_NOT_EQUAL] = MP_BINARY_OP_NOT_EQUAL,
    };
    const mp_obj_type_t *lt = mp_obj_get_type(lhs);
    const mp_obj_type_t *rt = mp_obj_get_type(rhs);
    mp_binary_op_t rop = swapped[op];
    bool reflected_first = rhs_has_priority(lt, rt, MP_BINARY_OP_NUM);
    mp_obj_t res;
    if (reflected_first) {
        res = try_binary_op(rt, rop, rhs, lhs);
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    res = try_binary_op(lt, op, lhs, rhs);
    if (res != MP_OBJ_NULL) {
        return res;
    }
    if (!reflected_first) {
        res = try_binary_op(rt, rop, rhs, lhs);
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    if (op == MP_BINARY_OP_EQUAL) {
        return mp_obj_new_bool(lhs == rhs);
    }
    if (op == MP_BINARY_OP_NOT_EQUAL) {
        return mp_obj_new_bool(lhs != rhs);
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("'%s' not supported between instances of '%s' and '%s'"),
        binary_op_symbol[op], mp_obj_get_type_str(lhs), mp_obj_get_type_str(rhs));
}

// except-clause matching: exc (instance or class) against a class or tuple.
static bool exception_match(mp_obj_t exc, mp_obj_t classes) {
    size_t n = 1;
    mp_obj_t *items = &classes;
    if (mp_obj_is_type(classes, &mp_type_tuple)) {
        mp_obj_tuple_get(classes, &n, &items);
    }
    mp_obj_t exc_type = mp_obj_is_type_obj(exc) ? exc : MP_OBJ_FROM_PTR(mp_obj_get_type(exc));
    bool match = false;
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_exception_type(items[i])) {
            mp_raise_TypeError(MP_ERROR_TEXT("catching classes that do not inherit from BaseException is not allowed"));
        }
        if (!match && mp_obj_is_subclass_fast(exc_type, items[i])) {
            match = true;
        }
    }
    return match;
}

// Small-int arithmetic that cannot overflow a machine word is done here;
// everything else goes to the int type (which promotes to big ints).
static mp_obj_t small_int_binary_op(mp_binary_op_t op, mp_int_t a, mp_int_t b) {
    switch (op) {
        case MP_BINARY_OP_LESS:
            return mp_obj_new_bool(a < b);
        case MP_BINARY_OP_MORE:
            return mp_obj_new_bool(a > b);
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(a == b);
        case MP_BINARY_OP_LESS_EQUAL:
            return mp_obj_new_bool(a <= b);
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(a >= b);
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_obj_new_bool(a != b);
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD:
            return mp_obj_new_int(a + b);
        case MP_BINARY_OP_SUBTRACT:
        case MP_BINARY_OP_INPLACE_SUBTRACT:
            return mp_obj_new_int(a - b);
        case MP_BINARY_OP_AND:
        case MP_BINARY_OP_INPLACE_AND:
            return MP_OBJ_NEW_SMALL_INT(a & b);
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_INPLACE_OR:
            return MP_OBJ_NEW_SMALL_INT(a | b);
        case MP_BINARY_OP_XOR:
        case MP_BINARY_OP_INPLACE_XOR:
            return MP_OBJ_NEW_SMALL_INT(a ^ b);
        default:
            return MP_OBJ_TYPE_GET_SLOT(&mp_type_int, binary_op)(op, MP_OBJ_NEW_SMALL_INT(a), MP_OBJ_NEW_SMALL_INT(b));
    }
}

bool mp_type_is_builtin_sequence(const mp_obj_type_t *t) {
    return t == &mp_type_list || t == &mp_type_tuple || t == &mp_type_str || t == &mp_type_bytes
           || t == &mp_type_bytearray
           || ((t->name == MP_QSTR_array || t->name == MP_QSTR_deque) && !mp_obj_is_instance_type(t)); // extmod's
}

static bool is_mutable_sequence(const mp_obj_type_t *t) {
    return t == &mp_type_list || t == &mp_type_bytearray ||
           ((t->name == MP_QSTR_array || t->name == MP_QSTR_deque) && !mp_obj_is_instance_type(t)); // extmod's
}

// The TypeError when no operand handles op, worded as CPython words it for
// the built-in sequences ([1] * obj, "s" + obj) and generically otherwise.
MP_NORETURN MP_COLD void mp_raise_binary_op_error(mp_binary_op_t op, mp_binary_op_t plain, mp_obj_t lhs, mp_obj_t rhs) {
    const mp_obj_type_t *lt = mp_obj_get_type(lhs);
    const mp_obj_type_t *rt = mp_obj_get_type(rhs);
    if (plain == MP_BINARY_OP_MULTIPLY && (mp_type_is_builtin_sequence(lt) || (op == plain && mp_type_is_builtin_sequence(rt)))) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("can't multiply sequence by non-int of type '%s'"),
            mp_obj_get_type_str(mp_type_is_builtin_sequence(lt) ? rhs : lhs));
    }
    if (plain == MP_BINARY_OP_ADD && mp_type_is_builtin_sequence(lt)) {
        if (lt == &mp_type_bytes || lt == &mp_type_bytearray) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("can't concat %s to %q"), mp_obj_get_type_str(rhs), lt->name);
        }
        if (lt->name == MP_QSTR_array && op != plain) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("can only extend array with array (not \"%s\")"),
                mp_obj_get_type_str(rhs));
        }
        mp_raise_TypeError_varg(lt->name == MP_QSTR_array
            ? MP_ERROR_TEXT("can only append %q (not \"%s\") to %q")
            : MP_ERROR_TEXT("can only concatenate %q (not \"%s\") to %q"),
            lt->name, mp_obj_get_type_str(rhs), lt->name);
    }
    const char *sym = (size_t)op < MP_ARRAY_SIZE(binary_op_symbol) && binary_op_symbol[op] != NULL ? binary_op_symbol[op] : "?";
    // Python 2's `print >> f, x`: CPython adds a hint.
    const char *hint = op == MP_BINARY_OP_RSHIFT && mp_obj_is_type(lhs, &mp_type_fun_builtin_var)
        && lhs == mp_load_builtin(MP_QSTR_print)
        ? ". Did you mean \"print(<message>, file=<output_stream>)\"?" : "";
    mp_raise_TypeError_varg(MP_ERROR_TEXT("unsupported operand type(s) for %s: '%s' and '%s'%s"),
        sym, mp_obj_get_type_str(lhs), mp_obj_get_type_str(rhs), hint);
}

// rhs's reflected dunder `name` (looked up on its type, as for any dunder)
// called with lhs: for divmod, which has no reversed op code, and before a
// mutable sequence's in-place ops, which CPython tries only after it. MP_OBJ_NULL if
// there is none or it returns NotImplemented.
MP_COLD static mp_obj_t call_reflected_dunder(qstr name, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_t dest[3];
    mp_load_method_maybe(MP_OBJ_FROM_PTR(mp_obj_get_type(rhs)), name, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t args[2] = { rhs, lhs };
        mp_obj_t res = mp_call_function_n_kw(dest[0], 2, 0, args);
        if (res != mp_const_notimplemented) {
            return res;
        }
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_IS:
            return mp_obj_new_bool(lhs == rhs);
        case MP_BINARY_OP_IS_NOT:
            return mp_obj_new_bool(lhs != rhs);
        case MP_BINARY_OP_IN:
            return mp_obj_contains(rhs, lhs);
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(!mp_obj_is_true(mp_obj_contains(rhs, lhs)));
        case MP_BINARY_OP_CONTAINS:
            return mp_obj_contains(lhs, rhs);
        case MP_BINARY_OP_EXCEPTION_MATCH:
            return mp_obj_new_bool(exception_match(lhs, rhs));
        default:
            break;
    }
    if (mp_obj_is_small_int(lhs) && mp_obj_is_small_int(rhs)) {
        mp_obj_t res = small_int_binary_op(op, MP_OBJ_SMALL_INT_VALUE(lhs), MP_OBJ_SMALL_INT_VALUE(rhs));
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    if (op <= MP_BINARY_OP_NOT_EQUAL) {
        if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && mp_obj_is_qstr(lhs) && mp_obj_is_qstr(rhs)) {
            return mp_obj_new_bool((lhs == rhs) == (op == MP_BINARY_OP_EQUAL));
        }
        // Comparing nested containers recurses through here (list ==
        // compares items with mp_obj_equal): RecursionError, not a crash.
        mp_stack_check();
        return compare_op(op, lhs, rhs);
    }

    mp_stack_check();
    const mp_obj_type_t *lt = mp_obj_get_type(lhs);
    const mp_obj_type_t *rt = mp_obj_get_type(rhs);
    mp_obj_t res;
    mp_binary_op_t plain = op;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        if ((rt->flags & MP_TYPE_FLAG_INSTANCE_TYPE) &&
            (op == MP_BINARY_OP_INPLACE_ADD || op == MP_BINARY_OP_INPLACE_MULTIPLY) &&
            is_mutable_sequence(lt)) {
            // A list's (bytearray's, deque's, array's) += and *= are
            // CPython's sequence slots, tried only after the other
            // operand's class's __radd__ / __rmul__.
            res = call_reflected_dunder(
                op == MP_BINARY_OP_INPLACE_ADD ? MP_QSTR___radd__ : MP_QSTR___rmul__, lhs, rhs);
            if (res != MP_OBJ_NULL) {
                return res;
            }
        }
        // Immutable built-ins have no in-place forms: 1 += R(2) must let a
        // subclass R's __radd__ go first, as 1 + R(2) does.
        if (lt == rt || !mp_obj_is_instance_type(rt) || mp_obj_is_instance_type(lt) ||
            !mp_obj_type_is_immutable_value(lt)) {
            res = try_binary_op(lt, op, lhs, rhs);
            if (res != MP_OBJ_NULL) {
                return res;
            }
        }
        plain = op - MP_BINARY_OP_INPLACE_OR + MP_BINARY_OP_OR;
    }
    bool reflectable = plain >= MP_BINARY_OP_OR && plain <= MP_BINARY_OP_POWER;
    mp_binary_op_t rop = reflectable ? plain - MP_BINARY_OP_OR + MP_BINARY_OP_REVERSE_OR : plain;
    bool reflected_first = (reflectable || plain == MP_BINARY_OP_DIVMOD) && rhs_has_priority(lt, rt, rop);
    if (reflected_first) {
        res = plain == MP_BINARY_OP_DIVMOD ? call_reflected_dunder(MP_QSTR___rdivmod__, lhs, rhs) : try_binary_op(rt, rop, rhs, lhs);
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    res = try_binary_op(lt, plain, lhs, rhs);
    if (res != MP_OBJ_NULL) {
        return res;
    }
    if (reflectable && !reflected_first && lt != rt) {
        res = try_binary_op(rt, rop, rhs, lhs);
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    if (plain == MP_BINARY_OP_DIVMOD && !reflected_first && lt != rt && mp_obj_is_instance_type(rt)) {
        res = call_reflected_dunder(MP_QSTR___rdivmod__, lhs, rhs);
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    mp_raise_binary_op_error(op, plain, lhs, rhs);
}

// ---------------------------------------------------------------------------
// Attributes.

void mp_load_method_maybe(mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    dest[0] = MP_OBJ_NULL;
    dest[1] = MP_OBJ_NULL;
    // (An object's type read in line: this runs for every attribute.)
    const mp_obj_type_t *type =
        mp_obj_is_obj(obj) ? ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type : mp_obj_get_type(obj);
    if (attr == MP_QSTR___class__ && (!mp_obj_is_instance_type(type) || mp_obj_is_type_obj(obj))) {
        // Built-in functions and bound built-in methods are one type to
        // Python code, as type() shows them (py/objtype.c).
        const mp_obj_type_t *visible = type;
        if (type->flags & MP_TYPE_FLAG_BUILTIN_FUN) {
            visible = &mp_type_fun_builtin_var;
        } else if (type == &mp_type_bound_meth
                   && (mp_obj_get_type(((mp_obj_bound_meth_t *)MP_OBJ_TO_PTR(obj))->meth)->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
            visible = &mp_type_fun_builtin_var;
        }
        dest[0] = MP_OBJ_FROM_PTR(visible);
        return;
    }
    if (MP_OBJ_TYPE_HAS_SLOT(type, attr)) {
        MP_OBJ_TYPE_GET_SLOT(type, attr)(obj, attr, dest);
        if (dest[0] != MP_OBJ_NULL) {
            return;
        }
        // These attr slots do the whole lookup themselves.
        if (mp_obj_is_instance_type(type) || type == &mp_type_type || type == &mp_type_super) {
            return;
        }
        dest[1] = MP_OBJ_NULL;
    }
    mp_obj_type_lookup_attr(obj, attr, dest);
    if (dest[0] == MP_OBJ_NULL && type == &mp_type_module) {
        mp_obj_module_getattr_hook(obj, attr, dest, false);
    }
}

// A special method as the interpreter looks it up (bytes(x), `with x:` ...):
// on type(obj) only, so neither an instance attribute nor the class's
// __getattribute__/__getattr__ is consulted. dest as for mp_load_method_maybe.
// Built-in types cannot be customised that way: their usual lookup is kept.
MP_COLD void mp_load_special_method_maybe(mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    // A plain class's special methods are type's, not the ones it defines
    // for its instances (round(int, 5), reversed(list), math.floor(C)).
    if (!mp_obj_is_instance_type(type) && type != &mp_type_type) {
        mp_load_method_maybe(obj, attr, dest);
        return;
    }
    dest[0] = MP_OBJ_NULL;
    dest[1] = MP_OBJ_NULL;
    // A class made by a metaclass is a type object, not an instance record.
    bool is_class = mp_obj_is_type_obj(obj);
    const mp_obj_type_t *native = is_class ? NULL : mp_obj_type_user(type)->native_base;
    mp_obj_t native_obj = native != NULL ? mp_obj_instance_native(MP_OBJ_TO_PTR(obj)) : MP_OBJ_NULL;
    const mp_obj_type_t *owner;
    mp_obj_t member = mp_obj_type_mro_find(type, attr, MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, native_obj, &owner);
    if (member != MP_OBJ_NULL) {
        mp_obj_type_convert_member(obj, type, owner, member, dest);
    } else if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, attr) && native_obj != MP_OBJ_NULL) {
        // A built-in base that serves its methods from its attr slot.
        MP_OBJ_TYPE_GET_SLOT(native, attr)(native_obj, attr, dest);
    }
}

MP_COLD MP_NORETURN void mp_raise_attribute_error(mp_obj_t base, qstr attr) {
    mp_obj_t exc;
    if (mp_obj_is_type_obj(base)) {
        exc = mp_obj_new_exception_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("type object '%q' has no attribute '%q'"),
            ((mp_obj_type_t *)MP_OBJ_TO_PTR(base))->name, attr);
    } else {
        mp_map_elem_t *elem = NULL;
        // (a ModuleType subclass instance too)
        bool module = mp_obj_is_type(mp_obj_cast_to_native_base(base, MP_OBJ_FROM_PTR(&mp_type_module)), &mp_type_module);
        if (module) {
            mp_obj_dict_t *globals = mp_obj_module_get_globals(base);
            elem = mp_map_lookup(&globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        }
        if (elem != NULL && mp_obj_is_str(elem->value)) {
            exc = mp_obj_new_exception_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("module '%s' has no attribute '%q'"),
                mp_obj_str_get_str(elem->value), attr);
        } else if (module) {
            // One without a name (ModuleType.__new__ without __init__).
            exc = mp_obj_new_exception_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("module has no attribute '%q'"), attr);
        } else {
            exc = mp_obj_new_exception_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("'%s' object has no attribute '%q'"),
                mp_obj_get_type_str(base), attr);
        }
    }
    // CPython's name and obj attributes (used by "Did you mean" hints).
    mp_store_attr(exc, MP_QSTR_name, MP_OBJ_NEW_QSTR(attr));
    if (base != mp_const_none) {
        mp_store_attr(exc, MP_QSTR_obj, base);
    }
    nlr_raise(exc);
}

void mp_load_method(mp_obj_t base, qstr attr, mp_obj_t *dest) {
    mp_load_method_maybe(base, attr, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_attribute_error(base, attr);
    }
}

mp_obj_t mp_load_attr(mp_obj_t base, qstr attr) {
    mp_obj_t dest[2];
    mp_load_method_maybe(base, attr, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_attribute_error(base, attr);
    }
    if (dest[1] == MP_OBJ_NULL) {
        return dest[0];
    }
    return mp_obj_new_bound_meth(dest[0], dest[1]);
}

// Like mp_load_method_maybe, but an exception during the lookup (from a
// property or __getattr__) counts as "missing": always for catch_all_exc,
// else only for AttributeError.
void mp_load_method_protected(mp_obj_t obj, qstr attr, mp_obj_t *dest, bool catch_all_exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(obj, attr, dest);
        nlr_pop();
        return;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (!catch_all_exc && !mp_obj_is_instance_of(exc, &mp_type_AttributeError)) {
        nlr_jump(nlr.ret_val);
    }
    dest[0] = MP_OBJ_NULL;
    dest[1] = MP_OBJ_NULL;
}

mp_obj_t mp_getattr_default(mp_obj_t obj, qstr attr, mp_obj_t defval) {
    mp_obj_t dest[2];
    mp_load_method_protected(obj, attr, dest, false);
    if (dest[0] == MP_OBJ_NULL) {
        return defval;
    }
    if (dest[1] == MP_OBJ_NULL) {
        return dest[0];
    }
    return mp_obj_new_bound_meth(dest[0], dest[1]);
}

// An attribute of a built-in object that its type would not set or delete:
// CPython's wording when it exists (a method, or a value with no setter).
MP_COLD MP_NORETURN static void raise_store_attr_error(mp_obj_t base, qstr attr) {
    mp_obj_t dest[2];
    mp_load_method_protected(base, attr, dest, true);
    if (dest[0] != MP_OBJ_NULL && !mp_obj_is_type_obj(base)) {
        if (dest[1] != MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("'%s' object attribute '%q' is read-only"),
                mp_obj_get_type_str(base), attr);
        }
        mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("attribute '%q' of '%s' objects is not writable"),
            attr, mp_obj_get_type_str(base));
    }
    mp_raise_attribute_error(base, attr);
}

// val MP_OBJ_NULL deletes.
static void store_attr(mp_obj_t base, qstr attr, mp_obj_t val) {
    const mp_obj_type_t *type = mp_obj_get_type(base);
    if (MP_OBJ_TYPE_HAS_SLOT(type, attr)) {
        mp_obj_t dest[2] = { MP_OBJ_SENTINEL, val };
        MP_OBJ_TYPE_GET_SLOT(type, attr)(base, attr, dest);
        if (dest[0] == MP_OBJ_NULL) {
            return;
        }
    }
    if (attr == MP_QSTR___class__) {
        // Every object has a __class__; only instances of user classes
        // (handled by their type's attr above) may change it.
        if (val == MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("can't delete __class__ attribute"));
        }
        mp_raise_TypeError(MP_ERROR_TEXT("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    raise_store_attr_error(base, attr);
}

void mp_store_attr(mp_obj_t base, qstr attr, mp_obj_t val) {
    store_attr(base, attr, val);
}

void mp_delete_attr(mp_obj_t base, qstr attr) {
    store_attr(base, attr, MP_OBJ_NULL);
}

// ---------------------------------------------------------------------------
// The match statement. The compiler calls these with the subject; each gives
// the values the sub-patterns match (a tuple) or None when the subject does
// not have the shape.

// What kind of subject a class pattern family sees in o: a sequence, a
// mapping or neither. Like CPython's inherited type flags, the first class of
// o's MRO that is one of the kinds decides (a class deriving from both a
// mapping and a sequence ABC is what its first such base is); str, bytes and
// bytearray are none of them. Built-in types of extmod and the
// collections.abc classes are recognised by name: py/ cannot see their type
// objects.
enum { MATCH_KIND_NONE, MATCH_KIND_SEQUENCE, MATCH_KIND_MAPPING };

MP_COLD static int match_kind_of_class(const mp_obj_type_t *c) {
    if (c == &mp_type_list || c == &mp_type_tuple || c == &mp_type_range || c == &mp_type_memoryview) {
        return MATCH_KIND_SEQUENCE;
    }
    if (c == &mp_type_dict) {
        return MATCH_KIND_MAPPING;
    }
    switch (c->name) {
        case MP_QSTR_deque:
        case MP_QSTR_array:
        case MP_QSTR_Sequence:
        case MP_QSTR_MutableSequence:
            return MATCH_KIND_SEQUENCE;
        case MP_QSTR_OrderedDict:
        case MP_QSTR_defaultdict:
        case MP_QSTR_Counter:
        case MP_QSTR_mappingproxy:
        case MP_QSTR_Mapping:
        case MP_QSTR_MutableMapping:
            return MATCH_KIND_MAPPING;
        default:
            return MATCH_KIND_NONE;
    }
}

MP_COLD static int match_kind(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    mp_obj_t tt = MP_OBJ_FROM_PTR(t);
    if (!mp_obj_is_instance_type(t)) {
        int kind = match_kind_of_class(t);
        if (kind != MATCH_KIND_NONE) {
            return kind;
        }
        // A native subclass of a native kind (OrderedDict of dict...).
        if (mp_obj_is_subclass_fast(tt, MP_OBJ_FROM_PTR(&mp_type_dict))) {
            return MATCH_KIND_MAPPING;
        }
        return MATCH_KIND_NONE;
    }
    mp_obj_t mro = mp_load_attr(tt, MP_QSTR___mro__);
    size_t n;
    mp_obj_t *classes;
    mp_obj_tuple_get(mro, &n, &classes);
    for (size_t k = 0; k < n; k++) {
        const mp_obj_type_t *c = MP_OBJ_TO_PTR(classes[k]);
        int kind = match_kind_of_class(c);
        // abc.ABCMeta.register() marks a class registered with Sequence or
        // Mapping with their __abc_tpflags__ (CPython's type flag values).
        if (mp_obj_is_instance_type(c) && MP_OBJ_TYPE_HAS_SLOT(c, locals_dict)) {
            mp_map_elem_t *e = mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(c, locals_dict)->map,
                MP_OBJ_NEW_QSTR(MP_QSTR___abc_tpflags__), MP_MAP_LOOKUP);
            if (e != NULL && mp_obj_is_small_int(e->value)) {
                mp_int_t f = MP_OBJ_SMALL_INT_VALUE(e->value);
                kind = f == 32 ? MATCH_KIND_SEQUENCE : f == 64 ? MATCH_KIND_MAPPING : kind;
            }
        }
        if (kind != MATCH_KIND_NONE) {
            return kind;
        }
    }
    return MATCH_KIND_NONE;
}

MP_COLD static bool match_is_sequence(mp_obj_t o) {
    return match_kind(o) == MATCH_KIND_SEQUENCE;
}

// match_seq(subject, n_before, n_after): n_after < 0 without a star
// pattern, else the star's list sits between the n_before and n_after items
// (None for a wildcard star, passed as n_before = -1 - its index). Items are
// read by index, as CPython does, so only the needed ones are touched.
MP_COLD static mp_obj_t match_seq(mp_obj_t subject, mp_obj_t n_before_in, mp_obj_t n_after_in) {
    if (!match_is_sequence(subject)) {
        return mp_const_none;
    }
    mp_int_t n_before = MP_OBJ_SMALL_INT_VALUE(n_before_in);
    mp_int_t n_after = MP_OBJ_SMALL_INT_VALUE(n_after_in);
    bool star_wild = n_before < 0;
    if (star_wild) {
        n_before = -1 - n_before;
        if (n_before == 0 && n_after == 0) {
            // `[*_]` asks for the kind only, not even the length.
            mp_obj_t none = mp_const_none;
            return mp_obj_new_tuple(1, &none);
        }
    }
    mp_int_t len = mp_obj_get_int(mp_obj_len(subject));
    if (n_after < 0 ? len != n_before : len < n_before + n_after) {
        return mp_const_none;
    }
    size_t n_items = n_after < 0 ? (size_t)n_before : (size_t)(n_before + 1 + n_after);
    mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_items, NULL));
    bool direct = mp_obj_is_type(subject, &mp_type_tuple) || mp_obj_is_type(subject, &mp_type_list);
    if (!direct && !star_wild && n_items > 0) {
        // As CPython: the items are taken by iteration (its unpacking), not
        // by index, unless a wildcard star lets it index just the ends
        // (and `case []:` needs only the length).
        mp_obj_t list = mp_obj_new_list(0, NULL);
        mp_obj_t it = mp_getiter(subject);
        mp_obj_t x;
        while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(list, x);
        }
        subject = list;
        direct = true;
        if ((mp_int_t)((mp_obj_list_t *)MP_OBJ_TO_PTR(list))->len != len) {
            return mp_const_none;
        }
    }
    size_t n;
    mp_obj_t *items = NULL;
    if (direct) {
        mp_obj_get_array(subject, &n, &items);
    }
    for (mp_int_t i = 0; i < len && i < n_before; i++) {
        res->items[i] = direct ? items[i] : mp_obj_subscr(subject, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL);
    }
    if (n_after < 0) {
        return MP_OBJ_FROM_PTR(res);
    }
    mp_int_t star_end = len - n_after;
    if (star_wild) {
        res->items[n_before] = mp_const_none;
    } else if (direct) {
        res->items[n_before] = mp_obj_new_list(star_end - n_before, items + n_before);
    } else {
        mp_obj_t list = mp_obj_new_list(0, NULL);
        for (mp_int_t i = n_before; i < star_end; i++) {
            mp_obj_list_append(list, mp_obj_subscr(subject, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL));
        }
        res->items[n_before] = list;
    }
    for (mp_int_t i = 0; i < n_after; i++) {
        mp_int_t k = star_end + i;
        res->items[n_before + 1 + i] = direct ? items[k] : mp_obj_subscr(subject, MP_OBJ_NEW_SMALL_INT(k), MP_OBJ_SENTINEL);
    }
    return MP_OBJ_FROM_PTR(res);
}
MP_DEFINE_CONST_FUN_OBJ_3(mp_match_seq_obj, match_seq);

MP_COLD static bool match_is_mapping(mp_obj_t o) {
    return match_kind(o) == MATCH_KIND_MAPPING;
}

// match_map(subject, keys, with_rest): the values for keys (and a dict of
// the other items when with_rest). Values are read with subject.get(key,
// marker) as CPython does, so __missing__ and defaultdict factories are not
// triggered.
MP_COLD static mp_obj_t match_map(mp_obj_t subject, mp_obj_t keys_in, mp_obj_t with_rest) {
    if (!match_is_mapping(subject)) {
        return mp_const_none;
    }
    size_t n_keys;
    mp_obj_t *keys;
    mp_obj_tuple_get(keys_in, &n_keys, &keys);
    bool rest = mp_obj_is_true(with_rest);
    mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_keys + rest, NULL));
    mp_obj_t get[4];
    if (n_keys > 0) {
        mp_load_method(subject, MP_QSTR_get, get);
    }
    // A marker no mapping can hold: the result tuple itself.
    mp_obj_t marker = MP_OBJ_FROM_PTR(res);
    for (size_t i = 0; i < n_keys; i++) {
        for (size_t j = 0; j < i; j++) {
            if (mp_obj_equal(keys[i], keys[j])) {
                mp_raise_ValueError_varg(MP_ERROR_TEXT("mapping pattern checks duplicate key (%s)"),
                    mp_obj_str_get_str(mp_obj_repr(keys[i])));
            }
        }
        mp_obj_t call[4] = { get[0], get[1], keys[i], marker };
        mp_obj_t v = mp_call_method_n_kw(2, 0, call);
        if (v == marker) {
            return mp_const_none;
        }
        res->items[i] = v;
    }
    if (rest) {
        mp_obj_t d = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), subject);
        for (size_t i = 0; i < n_keys; i++) {
            mp_obj_dict_delete(d, keys[i]);
        }
        res->items[n_keys] = d;
    }
    return MP_OBJ_FROM_PTR(res);
}
MP_DEFINE_CONST_FUN_OBJ_3(mp_match_map_obj, match_map);

// The attribute of a class pattern; MP_OBJ_NULL when it is missing.
MP_COLD static mp_obj_t match_attr(mp_obj_t subject, mp_obj_t name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t v = mp_load_attr(subject, mp_obj_str_get_qstr(name));
        nlr_pop();
        return v;
    }
    if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
        return MP_OBJ_NULL;
    }
    nlr_jump(nlr.ret_val);
}

// Built-in types whose single positional sub-pattern matches the subject itself.
MP_COLD static bool match_self_type(mp_obj_t cls) {
    static const mp_obj_type_t *const types[] = {
        &mp_type_bool, &mp_type_bytearray, &mp_type_bytes, &mp_type_dict, &mp_type_float, &mp_type_frozenset,
        &mp_type_int, &mp_type_list, &mp_type_set, &mp_type_str, &mp_type_tuple,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(types); i++) {
        if (mp_obj_is_subclass_fast(cls, MP_OBJ_FROM_PTR(types[i]))) {
            return true;
        }
    }
    return false;
}

// match_class(subject, cls, n_pos, kw_names): the n_pos attributes named by
// cls.__match_args__ then the keyword ones, if subject is an instance of cls.
MP_COLD static mp_obj_t match_class(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_obj_t subject = args[0];
    mp_obj_t cls = args[1];
    size_t n_pos = MP_OBJ_SMALL_INT_VALUE(args[2]);
    size_t n_kw;
    mp_obj_t *kw_names;
    mp_obj_tuple_get(args[3], &n_kw, &kw_names);
    if (!mp_obj_is_type_obj(cls)) {
        mp_raise_TypeError(MP_ERROR_TEXT("called match pattern must be a type"));
    }
    const mp_obj_type_t *type = MP_OBJ_TO_PTR(cls);
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(subject)), cls)) {
        return mp_const_none;
    }
    mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_pos + n_kw, NULL));
    mp_obj_t *pos_names = NULL;
    size_t n_match_args = 0;
    if (n_pos > 0) {
        mp_obj_t dest[2];
        mp_load_method_maybe(cls, MP_QSTR___match_args__, dest);
        if (dest[0] == MP_OBJ_NULL && match_self_type(cls)) {
            if (n_pos > 1) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() accepts 1 positional sub-pattern (%u given)"),
                    type->name, (unsigned)n_pos);
            }
            res->items[0] = subject;
        } else {
            if (dest[0] != MP_OBJ_NULL) {
                if (!mp_obj_is_type(dest[0], &mp_type_tuple)) {
                    mp_raise_TypeError_varg(MP_ERROR_TEXT("%q.__match_args__ must be a tuple (got %s)"),
                        type->name, mp_obj_get_type_str(dest[0]));
                }
                mp_obj_tuple_get(dest[0], &n_match_args, &pos_names);
            }
            if (n_pos > n_match_args) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() accepts %u positional sub-pattern%s (%u given)"),
                    type->name, (unsigned)n_match_args, n_match_args == 1 ? "" : "s", (unsigned)n_pos);
            }
            for (size_t i = 0; i < n_pos; i++) {
                if (!mp_obj_is_str(pos_names[i])) {
                    mp_raise_TypeError_varg(MP_ERROR_TEXT("__match_args__ elements must be strings (got %s)"),
                        mp_obj_get_type_str(pos_names[i]));
                }
                for (size_t j = 0; j < i; j++) {
                    if (mp_obj_equal(pos_names[j], pos_names[i])) {
                        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() got multiple sub-patterns for attribute %s"),
                            type->name, mp_obj_str_get_str(mp_obj_repr(pos_names[i])));
                    }
                }
                res->items[i] = match_attr(subject, pos_names[i]);
                if (res->items[i] == MP_OBJ_NULL) {
                    return mp_const_none;
                }
            }
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        for (size_t j = 0; j < n_pos && pos_names != NULL; j++) {
            if (mp_obj_equal(pos_names[j], kw_names[i])) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() got multiple sub-patterns for attribute %s"),
                    type->name, mp_obj_str_get_str(mp_obj_repr(kw_names[i])));
            }
        }
        res->items[n_pos + i] = match_attr(subject, kw_names[i]);
        if (res->items[n_pos + i] == MP_OBJ_NULL) {
            return mp_const_none;
        }
    }
    return MP_OBJ_FROM_PTR(res);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_match_class_obj, 4, 4, match_class);
