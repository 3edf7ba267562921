// The runtime API: what the VM, built-in types and modules call to operate on
// objects, raise exceptions, call functions and import modules.
#ifndef MICROPY_INCLUDED_PY_RUNTIME_H
#define MICROPY_INCLUDED_PY_RUNTIME_H

#include "py/mpconfig.h"
#include "py/obj.h"
#include "py/mpstate.h"
#include "py/nlr.h"

// Error messages are wrapped in MP_ERROR_TEXT. Use CPython's wording. Most
// are stored compressed (tools/makeerrtext.py): the value is then a pointer
// into mp_errtext_blob, which only mp_errtext_expand turns into text. The
// functions that take a message expand it (mp_raise_msg and the like,
// mp_obj_new_exception_msg*); a message used in any other way is kept plain
// by the generator, which checks every use.
#include "genhdr/errtext.generated.h"
typedef const char *mp_rom_error_text_t;
#define MP_ERROR_TEXT(x) MP_ERRTEXT_SELECT(x)
// The longest expanded message with its NUL (checked by the generator).
#define MP_ERRTEXT_BUF_SIZE (256)
// msg as plain text: itself, or expanded into buf (MP_ERRTEXT_BUF_SIZE bytes).
const char *mp_errtext_expand(mp_rom_error_text_t msg, char *buf);

// Life cycle (py/runtime.c).
void mp_init(void);
void mp_deinit(void);

// Called often by the VM (backward jumps, calls): raises a pending
// KeyboardInterrupt or other scheduled exception.
void mp_handle_pending(bool raise_exc);
// How CPython reports an exception nothing can catch (in __del__, a weak
// reference callback, a thread's function, a fork hook): "Exception ignored
// in<in>" repr(where), then the traceback, on stderr; the program goes on.
// Through sys.unraisablehook (py/modsys.c).
void mp_print_exception_ignored(const char *in, mp_obj_t where, mp_obj_t exc);
// Whether callbacks wait in the scheduler's queue (py/scheduler.c).
bool mp_sched_pending(void);
static inline void mp_handle_pending_fast(void) {
    if (MP_UNLIKELY(mp_state_ctx.sched_state)) {
        mp_handle_pending(true);
    }
}
// Schedule an exception from a signal handler (async-signal-safe).
void mp_sched_exception(mp_obj_t exc);
void mp_sched_keyboard_interrupt(void);
// The scheduler (py/scheduler.c): func(arg) queued from anywhere, signal
// handlers included (async-signal-safe, allocates nothing; false when the
// queue is full), run by mp_handle_pending between bytecodes. Code that
// queues heap objects calls mp_sched_init_root() first.
bool mp_sched_schedule(mp_obj_t func, mp_obj_t arg);
void mp_sched_run_pending(void);
void mp_sched_init_root(void);

// C-stack and recursion guard: raises RecursionError (a RuntimeError subclass
// in CPython; we use RecursionError) well before the C stack runs out.
void mp_stack_check(void);
void mp_stack_set_top(void *top);
void mp_stack_set_limit(size_t limit);

// Argument checking and parsing (py/argcheck.c). The only way arguments are
// parsed: no hand-written "takes N arguments" code.
void mp_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw);
#define MP_ARG_BOOL (0x001)
#define MP_ARG_INT (0x002)
#define MP_ARG_OBJ (0x003)
#define MP_ARG_KIND_MASK (0x0ff)
#define MP_ARG_REQUIRED (0x100)
#define MP_ARG_KW_ONLY (0x200)
typedef union _mp_arg_val_t {
    bool u_bool;
    mp_int_t u_int;
    mp_obj_t u_obj;
    mp_rom_obj_t u_rom_obj;
} mp_arg_val_t;
typedef struct _mp_arg_t {
    uint16_t qst;
    uint16_t flags;
    mp_arg_val_t defval;
} mp_arg_t;
void mp_arg_parse_all(size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);
void mp_arg_parse_all_kw_array(size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);
MP_NORETURN void mp_arg_error_terse_mismatch(void);

// Raising (py/runtime.c). The only way C code raises.
MP_NORETURN void nlr_jump_fail(void *val);
MP_NORETURN void mp_raise_msg(const mp_obj_type_t *exc_type, mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_msg_varg(const mp_obj_type_t *exc_type, mp_rom_error_text_t fmt, ...);
// The common types' own helpers: a call that passes no type is 5 bytes
// shorter (-1.9 KB over some 470 call sites).
MP_NORETURN void mp_raise_TypeError_varg(mp_rom_error_text_t fmt, ...);
MP_NORETURN void mp_raise_ValueError_varg(mp_rom_error_text_t fmt, ...);
MP_NORETURN void mp_raise_RuntimeError(mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_type(const mp_obj_type_t *exc_type); // no args
MP_NORETURN void mp_raise_ValueError(mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_TypeError(mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_NotImplementedError(mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_OSError(int errno_);           // OSError(errno, strerror) - the errno->OSError helper
MP_NORETURN void mp_raise_OSError_errno(void); // mp_raise_OSError(errno): after a failed system call
MP_NORETURN void mp_raise_OSError_with_msg(int errno_, mp_obj_t msg); // OSError(errno, msg), e.g. resolver errors
MP_NORETURN void mp_raise_OSError_with_filename(int errno_, mp_obj_t filename); // OSError(errno, strerror, filename)
MP_NORETURN void mp_raise_StopIteration(mp_obj_t arg);
MP_NORETURN void mp_raise_recursion_depth(void);
// Count one level of C recursion through nested containers (comparison, repr,
// hash) against the recursion limit, raising RecursionError(msg) beyond it.
// The caller decrements recursion_depth on its normal path; on a raise the VM
// frame that catches it restores the depth.
void mp_recursion_enter(mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_memory_error_for_alloc(size_t num_bytes);
MP_NORETURN void mp_raise_IndexError(mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_KeyError(mp_obj_t key);
MP_NORETURN void mp_raise_ZeroDivisionError(mp_rom_error_text_t msg);
MP_NORETURN void mp_raise_OverflowError(mp_rom_error_text_t msg);
// "'%s' object is not subscriptable" and friends share one helper.
MP_NORETURN void mp_raise_TypeError_obj_unsupported(mp_const_obj_t obj, mp_rom_error_text_t fmt_with_type_s);
// The same for a bad argument ("f() argument 'x' must be str, not %s"), where
// CPython's argument checks name None itself rather than NoneType.
MP_NORETURN void mp_raise_TypeError_arg_unsupported(mp_const_obj_t obj, mp_rom_error_text_t fmt_with_type_s);
// AttributeError "'T' object has no attribute 'x'" (or the wording for a
// class or module), with its name and obj attributes set.
MP_NORETURN void mp_raise_attribute_error(mp_obj_t base, qstr attr);
// Raise an exception object or class (instantiating a class).
MP_NORETURN void mp_raise_obj(mp_obj_t exc);
// Create an exception instance from a class or instance, as `raise X` does; raises TypeError if invalid.
mp_obj_t mp_make_raise_obj(mp_obj_t o);

// Names and scopes (the VM's globals/locals are in mp_state_ctx).
static inline mp_obj_dict_t *mp_globals_get(void) {
    return MP_STATE_VM(dict_globals);
}
static inline void mp_globals_set(mp_obj_dict_t *d) {
    MP_STATE_VM(dict_globals) = d;
}
static inline mp_obj_dict_t *mp_locals_get(void) {
    return MP_STATE_VM(dict_locals);
}
static inline void mp_locals_set(mp_obj_dict_t *d) {
    MP_STATE_VM(dict_locals) = d;
}
mp_obj_t mp_load_name(qstr qst);    // locals, then globals, then builtins; NameError
mp_obj_t mp_load_global(qstr qst);  // globals, then builtins; NameError
mp_obj_t mp_load_builtin(qstr qst); // builtins only; MP_OBJ_NULL if absent
// exec()/eval() with a __builtins__ of their own (py/builtinevalexec.c) set
// the flag; from then on a missed global looks there (mp_load_own_builtin:
// MP_OBJ_SENTINEL for the usual builtins, MP_OBJ_NULL for a missing name).
extern bool mp_own_builtins_seen;
mp_obj_t mp_load_own_builtin(qstr qst);
// A DeprecationWarning through warnings.warn, if the program loaded the
// warnings module (py/objint.c).
void mp_warn_deprecated(const char *msg);
void mp_store_name(qstr qst, mp_obj_t obj);
void mp_store_global(qstr qst, mp_obj_t obj);
void mp_delete_name(qstr qst);
void mp_delete_global(qstr qst);
mp_obj_t mp_load_build_class(void);
// Code whose locals are not an exact dict (a class body under a metaclass's
// __prepare__ mapping, exec/eval with a mapping) runs on a stand-in dict:
// its map is fixed and empty, and its table is &mp_locals_proxy_scratch, so
// the fixed-map lookup hands it to mp_locals_proxy_lookup, which calls the
// mapping's __getitem__/__setitem__/__delitem__. Anything that shows the
// locals to Python (locals(), vars(), frames) must unwrap them.
extern mp_map_elem_t mp_locals_proxy_scratch;
mp_obj_dict_t *mp_locals_proxy_new(mp_obj_t ns); // ns itself if an exact dict
mp_obj_t mp_locals_unwrap(mp_obj_dict_t *locals);
mp_map_elem_t *mp_locals_proxy_lookup(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind);

// Operators.
mp_obj_t mp_unary_op(mp_unary_op_t op, mp_obj_t arg);
mp_obj_t mp_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
// The TypeError for op (plain: its non-reflected, non-in-place form) when
// neither operand handles it, worded as CPython words it.
// list, tuple, str, bytes, bytearray, array or deque (not a subclass).
bool mp_type_is_builtin_sequence(const mp_obj_type_t *t);
MP_NORETURN void mp_raise_binary_op_error(mp_binary_op_t op, mp_binary_op_t plain, mp_obj_t lhs, mp_obj_t rhs);
mp_obj_t mp_obj_contains(mp_obj_t container, mp_obj_t item); // `item in container` as a bool object

// Attributes.
mp_obj_t mp_load_attr(mp_obj_t base, qstr attr);          // AttributeError if missing
void mp_load_method(mp_obj_t base, qstr attr, mp_obj_t *dest); // dest[0]=fun, dest[1]=self or MP_OBJ_NULL
void mp_load_method_maybe(mp_obj_t base, qstr attr, mp_obj_t *dest); // dest[0]=MP_OBJ_NULL if missing
void mp_load_super_method(qstr attr, mp_obj_t *dest); // py/objsuper.c: LOAD_SUPER_METHOD, dest[0..2] = super, __class__, self
// A special method looked up on type(obj) only, as the language does for
// implicit calls (bytes(), reversed(), with...): dest as mp_load_method_maybe.
void mp_load_special_method_maybe(mp_obj_t obj, qstr attr, mp_obj_t *dest);
// When exc is a SyntaxError whose args are the parser's (msg, (filename,
// lineno, offset, text)) with an int lineno and no text yet: its four details
// (and *msg); else NULL. py/parse.c.
mp_obj_t *mp_parse_syntax_error_details(mp_obj_t exc, mp_obj_t *msg);
void mp_load_method_protected(mp_obj_t obj, qstr attr, mp_obj_t *dest, bool catch_all_exc);
void mp_store_attr(mp_obj_t base, qstr attr, mp_obj_t val);
void mp_delete_attr(mp_obj_t base, qstr attr);
// Turn a member found in a type's dict into what attribute access returns
// (binds functions, unwraps staticmethod/classmethod, calls descriptors).
void mp_convert_member_lookup(mp_obj_t obj, const mp_obj_type_t *type, mp_obj_t member, mp_obj_t *dest);
mp_obj_t mp_getattr_default(mp_obj_t obj, qstr attr, mp_obj_t defval); // getattr(o, a, d)

// Calls. args: n_args positional values then n_kw (key, value) pairs.
mp_obj_t mp_call_function_0(mp_obj_t fun);
mp_obj_t mp_call_function_1(mp_obj_t fun, mp_obj_t arg);
mp_obj_t mp_call_function_2(mp_obj_t fun, mp_obj_t arg1, mp_obj_t arg2);
mp_obj_t mp_call_function_n_kw(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
// args[0] = fun, args[1] = self or MP_OBJ_NULL (as from mp_load_method), then arguments.
mp_obj_t mp_call_method_n_kw(size_t n_args, size_t n_kw, const mp_obj_t *args);
// A call with *iterable and **mapping parts (the compiler's CALL_FUNCTION_EX).
mp_obj_t mp_call_function_star(mp_obj_t fun, mp_obj_t pos_seq, mp_obj_t kw_dict);
// Calls fun with positional args plus keyword args from a map.
mp_obj_t mp_call_function_n_kw_map(mp_obj_t fun, size_t n_args, const mp_obj_t *args, mp_map_t *kw);
// py/runtime_call.c: the iterator for x in f(*x) (fun MP_OBJ_NULL: in [*x],
// (*x,) ...), raising CPython's TypeError if x is not iterable; and that
// error itself: what is MP_QSTR_iterable (*x), MP_QSTR_mapping (**x) or
// MP_QSTR_ (a keyword given twice; arg is the key).
mp_obj_t mp_call_star_getiter(mp_obj_t fun, mp_obj_t seq);
MP_NORETURN void mp_call_star_error(mp_obj_t fun, qstr what, mp_obj_t arg);

// Iteration.
mp_obj_t mp_getiter(mp_obj_t o);    // TypeError if not iterable
mp_obj_t mp_iternext(mp_obj_t o);   // MP_OBJ_STOP_ITERATION when done (a user __next__ raising StopIteration is translated)
mp_obj_t mp_iternext_allow_raise(mp_obj_t o); // may raise StopIteration itself
// Iterators built in caller memory: a for loop's stack slots (GET_ITER_STACK)
// or a C array. mp_getiter_buf (py/objrange.c) makes the iterator of an exact
// tuple, list, str, bytes, bytearray or small-int range inside buf
// (MP_OBJ_ITER_BUF_NSLOTS words, which must stay put while it is used), with
// no allocation; any other object gets mp_getiter(o). Such an iterator is
// never handed to Python code. The sequence iterators share one layout,
// {type, sequence, size_t index}; the range one is mp_obj_range_it_t.
#define MP_OBJ_ITER_BUF_NSLOTS (4)
mp_obj_t mp_getiter_buf(mp_obj_t o, mp_obj_t *buf);
typedef struct _mp_obj_range_it_t {
    mp_obj_base_t base;
    mp_int_t cur;
    mp_int_t step;
    mp_uint_t remaining;
} mp_obj_range_it_t;
extern const mp_obj_type_t mp_type_range_it;
extern const mp_obj_type_t mp_type_tuple_it;
extern const mp_obj_type_t mp_type_list_it;
extern const mp_obj_type_t mp_type_str_it;
extern const mp_obj_type_t mp_type_bytes_it;
extern const mp_obj_type_t mp_type_bytearray_it;
// py/objrange.c: the iterator of a small-int range object in buf (a heap
// iterator when buf is NULL or the range has big bounds); and, for
// GET_ITER_STACK, that of fn_args[0](*fn_args[1:1 + n_args]) in buf = fn_args
// (of the builtin range(...) without making the range object).
mp_obj_t mp_obj_range_getiter_buf(mp_obj_t self_in, mp_obj_t *buf);
mp_obj_t mp_obj_range_call_getiter_buf(size_t n_args, mp_obj_t *fn_args);
// Resume a generator/coroutine: send value, or throw exc (value then MP_OBJ_NULL).
// Returns MP_VM_RETURN_NORMAL (returned; *ret_val = return value), _YIELD (*ret_val = yielded) or _EXCEPTION (*ret_val = exception).
typedef enum {
    MP_VM_RETURN_NORMAL,
    MP_VM_RETURN_YIELD,
    MP_VM_RETURN_EXCEPTION,
} mp_vm_return_kind_t;
mp_vm_return_kind_t mp_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val);

// Unpacking (the compiler's UNPACK_SEQUENCE / UNPACK_EX). items receives the values in REVERSE order (stack order).
void mp_unpack_sequence(mp_obj_t seq, size_t num, mp_obj_t *items);
void mp_unpack_ex(mp_obj_t seq, size_t num_left, size_t num_right, mp_obj_t *items);

// Match statement helpers (py/runtime.c) that code compiled by
// py/compile_stmt.c calls for sequence, mapping and class patterns: each
// returns the values the sub-patterns match (a tuple) or None.
extern const mp_obj_fun_builtin_fixed_t mp_match_seq_obj;
extern const mp_obj_fun_builtin_fixed_t mp_match_map_obj;
extern const mp_obj_fun_builtin_var_t mp_match_class_obj;

// Import (py/builtinimport.c).
mp_obj_t mp_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level);
mp_obj_t mp_import_from(mp_obj_t module, qstr name);
void mp_import_all(mp_obj_t module);
// Built-in (C) modules: looked up by name; generated table (build/genhdr/moduledefs.h).
mp_obj_t mp_module_get_builtin(qstr module_name); // MP_OBJ_NULL if none
extern const mp_map_t mp_module_builtin_map; // the modules written in C, by name

// Compile and run source text (py/builtinevalexec.c, py/compile.c).
mp_obj_t mp_parse_compile_execute(const char *src, size_t len, qstr source_name, int input_kind, mp_obj_dict_t *globals, mp_obj_dict_t *locals);

// Native helpers for built-ins.
mp_obj_t mp_builtin___import__(size_t n_args, const mp_obj_t *args);
mp_obj_t mp_obj_repr(mp_obj_t o); // repr() as a str
mp_obj_t mp_obj_str(mp_obj_t o);  // str() as a str

extern const mp_obj_module_t mp_module_builtins;
// Store the builtins dict as __builtins__ in a new module's globals (py/modbuiltins.c).
void mp_module_store_builtins_ref(mp_obj_dict_t *globals);
extern const mp_obj_module_t mp_module_sys;
extern const mp_obj_dict_t mp_module_builtins_globals;

// READY

// mp_arg_check_num for a function or type with a Python name, worded as
// CPython's builtins word it.
void mp_arg_check_named(qstr fun_name, size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw);

// mp_arg_parse_all with the Python name of the function (or type) being
// called, so that its errors read as CPython's:
// "'foo' is an invalid keyword argument for split()". MP_QSTR_ (no name)
// gives the generic wording of mp_arg_parse_all. The name travels in the
// table size argument (the table has at most 255 entries).
#define MP_ARG_NAMED(fun_name, n_allowed) (((size_t)(fun_name) << 8) | (n_allowed))
#define mp_arg_parse_named(fun_name, n_pos, pos, kws, n_allowed, allowed, out_vals) \
    mp_arg_parse_all(n_pos, pos, kws, MP_ARG_NAMED(fun_name, n_allowed), allowed, out_vals)
#define mp_arg_parse_named_kw_array(fun_name, n_pos, n_kw, args, n_allowed, allowed, out_vals) \
    mp_arg_parse_all_kw_array(n_pos, n_kw, args, MP_ARG_NAMED(fun_name, n_allowed), allowed, out_vals)

// A frame object for a traceback entry (tb_frame, py/objexcept.c): only its code's name and file and its line are
// known; globals and locals are empty dicts and f_back is None.
mp_obj_t mp_sys_frame_from_entry(qstr file, qstr block, size_t line);
// The same from the code object that raised (a traceback entry's fourth word).
struct _mp_raw_code_t;
mp_obj_t mp_sys_frame_from_code(const struct _mp_raw_code_t *rc, size_t line);
mp_obj_t mp_sys_frame_running(const struct _mp_raw_code_t *rc);
// The type of those frames and of sys._getframe()'s (types.FrameType); a generator's
// frame (gi_frame, py/objgenerator.c) is of a subtype of it.
extern const mp_obj_type_t mp_type_frame;

// The awaitable of anext(aiter, default) (py/objgenerator.c).
mp_obj_t mp_obj_new_anext_awaitable(mp_obj_t awaitable, mp_obj_t dflt);


// repr() as the builtin gives it: possibly an instance of a str subclass
// (py/obj.c).
mp_obj_t mp_obj_repr_as_returned(mp_obj_t o);
// str() likewise: the str-subclass object x.__str__ returned (py/obj.c).
mp_obj_t mp_obj_str_as_returned(mp_obj_t o);

// Where a NameError's name was looked up, kept for the "Did you mean" hint
// of a printed traceback (py/objexcept.c; used by py/runtime.c, py/obj.c).
void mp_obj_exception_set_name_scope(mp_obj_t exc, mp_obj_t scope);
mp_obj_t mp_obj_exception_get_name_scope(mp_obj_t exc);

#endif // MICROPY_INCLUDED_PY_RUNTIME_H
