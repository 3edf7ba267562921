// The bytecode interpreter: runs one frame (py/vm.h) of the instruction set
// defined in py/bc.h until it returns, yields or lets an exception out.
//
// Dispatch is a computed goto through a 256-entry label table where the
// compiler supports it (gcc, clang), else a switch. ip and sp live in
// registers; cs->ip is written before any operation that may raise, so that
// after a raise (one nlr_push per frame, re-armed after each handled
// exception) the VM knows the failing instruction for the traceback line.
// Python-to-Python calls recurse on the C stack through the fun_bc call slot;
// the recursion limit and mp_stack_check bound that.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/map.h"
#include "py/bc.h"
#include "py/vm.h"
#include "py/gc.h"
#include "py/builtin.h"
#include "py/objstr.h"

// The frames now running, innermost first, for locals() and sys._getframe:
// each mp_execute_bytecode call links one node that lives in its own C stack
// frame, so the chain costs no allocation and unlinks itself on every exit.
typedef struct _vm_frame_link_t {
    struct _vm_frame_link_t *prev;
    mp_code_state_t *cs;
} vm_frame_link_t;
#define vm_cur_link (*(vm_frame_link_t **)&MP_STATE_THREAD(cur_code_state))

// Slow paths stay out of the dispatch loop's stack frame: every byte of it is
// paid once per level of Python recursion.
#define VM_NOINLINE __attribute__((noinline))

// The dispatch loop starts on a 64-byte line and its opcode handlers on 32-byte
// boundaries: its speed swung by a third with the loop's offset within a line
// (see the Makefile). Only this function: aligning every jump target of the
// slow paths below too cost 2.1 KB of padding. (GCC's optimize attribute
// adds the option to those of the command line; the function's code came out
// byte for byte the same as with -falign-labels=32 for the whole file.
// clang has no such attribute nor option.)
#if defined(__GNUC__) && !defined(__clang__)
#define VM_DISPATCH_ALIGN __attribute__((aligned(64), optimize("align-labels=32")))
#else
#define VM_DISPATCH_ALIGN __attribute__((aligned(64)))
#endif

size_t mp_bytecode_get_line(const mp_raw_code_t *rc, size_t offset) {
    // Binary search for the last {offset, line} pair at or before offset.
    size_t lo = 0;
    size_t hi = rc->n_lines;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rc->lines[2 * mid] <= offset) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return rc->n_lines > 0 ? rc->lines[1] : rc->first_line;
    }
    return rc->lines[2 * (lo - 1) + 1];
}

mp_obj_exception_t *mp_vm_get_native_exc(mp_obj_t exc) {
    if (!mp_obj_is_obj(exc)) {
        return NULL;
    }
    mp_obj_t native = exc;
    if (!mp_obj_is_native_exception_instance(exc)) {
        native = mp_obj_cast_to_native_base(exc, MP_OBJ_FROM_PTR(&mp_type_BaseException));
        if (native == exc || !mp_obj_is_obj(native) || !mp_obj_is_native_exception_instance(native)) {
            return NULL;
        }
    }
    // Preallocated exceptions in const data cannot take a cause or context.
    if (!gc_is_heap_ptr(MP_OBJ_TO_PTR(native))) {
        return NULL;
    }
    return MP_OBJ_TO_PTR(native);
}

// ---------------------------------------------------------------------------
// Slow paths, kept out of line so the dispatch loop stays small.

MP_NORETURN static void raise_unbound_local(const mp_raw_code_t *rc, size_t slot) {
    mp_raise_msg_varg(&mp_type_UnboundLocalError,
        MP_ERROR_TEXT("cannot access local variable '%q' where it is not associated with a value"), rc->local_names[slot]);
}

MP_NORETURN static void raise_unbound_deref(const mp_raw_code_t *rc, size_t slot) {
    if (slot >= (size_t)(rc->n_locals - rc->n_freevars)) {
        mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_NameError,
            MP_ERROR_TEXT("cannot access free variable '%q' where it is not associated with a value in enclosing scope"),
            rc->local_names[slot]);
        mp_store_attr(exc, MP_QSTR_name, MP_OBJ_NEW_QSTR(rc->local_names[slot]));
        nlr_raise(exc);
    }
    raise_unbound_local(rc, slot);
}


VM_NOINLINE static mp_obj_t load_global_slow(qstr q) {
    mp_obj_t v = mp_load_builtin(q);
    if (v == MP_OBJ_NULL) {
        // Raises the NameError.
        v = mp_load_global(q);
    }
    return v;
}

// LOAD_GLOBAL's cache (rc->global_cache): per name index, the table
// position where the name was last found, in the globals or (bit 15 set) in
// the builtins. Entries never move but when a table is rebuilt, and the key
// is checked on use, so a stale position (or one from other globals running
// the same code) only costs a miss. A builtin entry also says the name was
// missing from the globals of the stamp after the entries (py/map.h): while
// that holds, the globals are not probed again. A new stamp clears them all.
#define GLOBAL_CACHE_BUILTIN (0x8000)

// The entries, rounded up so that the stamp after them is aligned.
static inline size_t global_cache_len(const mp_raw_code_t *rc) {
    return (rc->n_names + 3) & ~(size_t)3;
}

VM_NOINLINE static mp_obj_t load_global_lookup(const mp_raw_code_t *rc, size_t i) {
    size_t n = global_cache_len(rc);
    uint16_t *gc = rc->global_cache;
    if (gc == NULL) {
        // (Made before the lookups: a collection may run finalisers.)
        size_t nbytes = n * sizeof(uint16_t) + sizeof(mp_map_globals_stamp_t);
        gc = gc_alloc(nbytes, GC_ALLOC_FLAG_ATOMIC);
        if (gc == NULL) {
            // The heap is locked (micropython.heap_lock) or full: no cache.
            return mp_load_global(rc->names[i]);
        }
        memset(gc, 0, nbytes);
        ((mp_raw_code_t *)rc)->global_cache = gc;
    }
    qstr q = rc->names[i];
    mp_obj_t key = MP_OBJ_NEW_QSTR(q);
    mp_map_t *map = &MP_STATE_VM(dict_globals)->map;
    mp_map_elem_t *e = mp_map_lookup(map, key, MP_MAP_LOOKUP);
    if (e != NULL) {
        gc[i] = (uint16_t)(e - map->table);
        return e->value;
    }
    if (MP_STATE_BUILTINS_DICT == MP_OBJ_NULL || MP_UNLIKELY(mp_own_builtins_seen)) {
        // (Globals with their own __builtins__: py/runtime.c.)
        return mp_load_global(q);
    }
    size_t trusted = mp_map_globals_stamp(map, (mp_map_globals_stamp_t *)(gc + n), gc, n * sizeof(uint16_t));
    map = &((mp_obj_dict_t *)MP_OBJ_TO_PTR(MP_STATE_BUILTINS_DICT))->map;
    e = mp_map_lookup(map, key, MP_MAP_LOOKUP);
    if (e == NULL) {
        // The hidden builtins of py/objexcept.c, or the NameError.
        return load_global_slow(q);
    }
    // (A position past 15 bits makes a wrong hint, checked like any other.)
    gc[i] = (uint16_t)((e - map->table) | (trusted << 15));
    return e->value;
}

// A trusted builtin entry: no globals probe (len, range, isinstance...).
VM_NOINLINE static mp_obj_t load_global_miss(const mp_raw_code_t *rc, size_t i) {
    const uint16_t *gc = rc->global_cache;
    if (gc != NULL && (gc[i] & GLOBAL_CACHE_BUILTIN) && !mp_own_builtins_seen
        && mp_map_globals_stamp_valid(&MP_STATE_VM(dict_globals)->map,
            (const mp_map_globals_stamp_t *)(gc + global_cache_len(rc)))) {
        const mp_map_t *map = &((mp_obj_dict_t *)MP_OBJ_TO_PTR(MP_STATE_BUILTINS_DICT))->map;
        size_t pos = gc[i] & ~GLOBAL_CACHE_BUILTIN;
        if (pos < map->filled && map->table[pos].key == MP_OBJ_NEW_QSTR(rc->names[i])) {
            return map->table[pos].value;
        }
    }
    return load_global_lookup(rc, i);
}

static inline bool vm_is_true(mp_obj_t v) {
    if (v == mp_const_true) {
        return true;
    }
    if (v == mp_const_false || v == mp_const_none) {
        return false;
    }
    if (mp_obj_is_small_int(v)) {
        return v != MP_OBJ_NEW_SMALL_INT(0);
    }
    return mp_obj_is_true(v);
}

// BINARY_OP on two small ints; MP_OBJ_NULL when the result does not fit a
// small int or the op is not done here (the generic path handles it).
static inline mp_obj_t small_int_binary_op(mp_uint_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_int_t a = MP_OBJ_SMALL_INT_VALUE(lhs_in);
    mp_int_t b = MP_OBJ_SMALL_INT_VALUE(rhs_in);
    mp_int_t r;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
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
        case MP_BINARY_OP_OR:
            return MP_OBJ_NEW_SMALL_INT(a | b);
        case MP_BINARY_OP_XOR:
            return MP_OBJ_NEW_SMALL_INT(a ^ b);
        case MP_BINARY_OP_AND:
            return MP_OBJ_NEW_SMALL_INT(a & b);
        case MP_BINARY_OP_ADD:
            // Small ints have one bit less than mp_int_t: no C overflow here.
            r = a + b;
            break;
        case MP_BINARY_OP_SUBTRACT:
            r = a - b;
            break;
        case MP_BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) {
                return MP_OBJ_NULL;
            }
            break;
        case MP_BINARY_OP_FLOOR_DIVIDE:
            if (b == 0) {
                return MP_OBJ_NULL;
            }
            r = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) {
                r -= 1;
            }
            break;
        case MP_BINARY_OP_MODULO:
            if (b == 0) {
                return MP_OBJ_NULL;
            }
            r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) {
                r += b;
            }
            break;
        case MP_BINARY_OP_LSHIFT:
            if (b < 0 || b >= (mp_int_t)(MP_BITS_PER_BYTE * sizeof(mp_int_t) - 1)) {
                return MP_OBJ_NULL;
            }
            r = (mp_int_t)((mp_uint_t)a << b);
            if ((r >> b) != a) {
                return MP_OBJ_NULL;
            }
            break;
        case MP_BINARY_OP_RSHIFT:
            if (b < 0) {
                return MP_OBJ_NULL;
            }
            if (b >= (mp_int_t)(MP_BITS_PER_BYTE * sizeof(mp_int_t))) {
                b = MP_BITS_PER_BYTE * sizeof(mp_int_t) - 1;
            }
            return MP_OBJ_NEW_SMALL_INT(a >> b);
        default:
            return MP_OBJ_NULL;
    }
    if (MP_SMALL_INT_FITS(r)) {
        return MP_OBJ_NEW_SMALL_INT(r);
    }
    return MP_OBJ_NULL;
}

VM_NOINLINE static mp_obj_t binary_op_slow(mp_uint_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_IS:
            return mp_obj_new_bool(lhs == rhs);
        case MP_BINARY_OP_IS_NOT:
            return mp_obj_new_bool(lhs != rhs);
        case MP_BINARY_OP_IN:
            return mp_obj_contains(rhs, lhs);
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(!mp_obj_is_true(mp_obj_contains(rhs, lhs)));
        default:
            return mp_binary_op(op, lhs, rhs);
    }
}

static inline mp_obj_t vm_call(mp_obj_t f, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (MP_LIKELY(mp_obj_is_obj(f))) {
        const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(f))->type;
        if (type == &mp_type_fun_bc) {
            return mp_obj_fun_bc_call(f, n_args, n_kw, args);
        }
        if (MP_OBJ_TYPE_HAS_SLOT(type, call)) {
            return MP_OBJ_TYPE_GET_SLOT(type, call)(f, n_args, n_kw, args);
        }
    }
    // Raises the "not callable" TypeError.
    return mp_call_function_n_kw(f, n_args, n_kw, args);
}

// CALL_FUNCTION_EX: f(*seq) with a list or tuple (what the compiled code
// builds) is called in place; anything else, and **kw, go to the runtime.
VM_NOINLINE static mp_obj_t call_function_ex(mp_obj_t f, mp_obj_t seq, mp_obj_t kw) {
    if (kw == MP_OBJ_NULL && (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list))) {
        size_t n_pos;
        mp_obj_t *items;
        mp_obj_get_array(seq, &n_pos, &items);
        return vm_call(f, n_pos, 0, items);
    }
    return mp_call_function_star(f, seq, kw);
}

// CHECK_EXC_MATCH: does exc match the class (or tuple of classes) of an except clause?
VM_NOINLINE static bool exc_match(mp_obj_t exc, mp_obj_t type_or_tuple) {
    size_t n = 1;
    mp_obj_t *types = &type_or_tuple;
    if (mp_obj_is_type(type_or_tuple, &mp_type_tuple)) {
        mp_obj_tuple_get(type_or_tuple, &n, &types);
    }
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_exception_type(types[i])) {
            mp_raise_TypeError(MP_ERROR_TEXT("catching classes that do not inherit from BaseException is not allowed"));
        }
    }
    mp_obj_t exc_type = MP_OBJ_FROM_PTR(mp_obj_get_type(exc));
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_is_subclass_fast(exc_type, types[i])) {
            return true;
        }
    }
    return false;
}

// RAISE_VARARGS 2: raise exc from cause.
VM_NOINLINE static mp_obj_t make_raise_with_cause(mp_obj_t exc_in, mp_obj_t cause) {
    mp_obj_t exc = mp_make_raise_obj(exc_in);
    if (cause != mp_const_none) {
        if (mp_obj_is_exception_type(cause)) {
            cause = mp_call_function_0(cause);
        } else if (!mp_obj_is_exception_instance(cause)) {
            mp_raise_TypeError(MP_ERROR_TEXT("exception causes must derive from BaseException"));
        }
    }
    mp_obj_exception_t *native = mp_vm_get_native_exc(exc);
    if (native != NULL) {
        native->cause = cause == mp_const_none ? MP_OBJ_NULL : cause;
        native->suppress_context = true;
    }
    return exc;
}

// A raise statement chains its exception to the one being handled even
// when it was raised (and chained) before: CPython replaces __context__.
// Cleared here, set again by the handler.
VM_NOINLINE static mp_obj_t rechain(mp_obj_t exc) {
    mp_obj_t handled = MP_STATE_VM(cur_exception);
    mp_obj_exception_t *native = mp_vm_get_native_exc(exc);
    if (native != NULL && handled != MP_OBJ_NULL && handled != exc) {
        native->context = MP_OBJ_NULL;
    }
    return exc;
}

// The exception the last frame to end by an exception handed back to its
// caller. It went through that frame's exception handler, which chained it
// already: when it reaches the caller's handler that is a propagation, not a
// raise, and __context__ is left as the inner code may have set it. Only
// compared by identity (never dereferenced), and cleared by the next handler.
#define vm_passed_exc (MP_STATE_THREAD(vm_passed_exc))

// Implicit chaining: an exception raised while another is being handled gets
// that one as __context__ (unless it already has one). A cycle through the
// context chain is cut, as CPython does.
VM_NOINLINE static void set_exc_context(mp_obj_t exc, mp_obj_t handled) {
    mp_obj_exception_t *native = mp_vm_get_native_exc(exc);
    if (native == NULL || native->context != MP_OBJ_NULL || exc == MP_STATE_VM(kbd_exception)) {
        return;
    }
    mp_obj_exception_t *o = mp_vm_get_native_exc(handled);
    for (size_t depth = 0; o != NULL && depth < 100; depth++) {
        if (o->context == exc) {
            o->context = MP_OBJ_NULL;
            break;
        }
        o = o->context == MP_OBJ_NULL ? NULL : mp_vm_get_native_exc(o->context);
    }
    native->context = handled;
}

VM_NOINLINE static mp_obj_t format_value(mp_obj_t v, unsigned flags, mp_obj_t spec) {
    switch (flags & 3) {
        case 1:
            v = mp_obj_str(v);
            break;
        case 2:
            v = mp_obj_repr(v);
            break;
        case 3:
            v = mp_obj_str_ascii(v); // as ascii()
            break;
        default:
            break;
    }
    if (spec == MP_OBJ_NULL) {
        if (mp_obj_is_str(v)) {
            return v;
        }
        spec = MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    return mp_obj_format_value(v, spec);
}

VM_NOINLINE static mp_obj_t build_string(size_t n, const mp_obj_t *items) {
    if (n == 0) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    if (n == 1) {
        return items[0];
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        GET_STR_LEN(items[i], l);
        total += l;
    }
    vstr_t vstr;
    vstr_init(&vstr, total + 1);
    for (size_t i = 0; i < n; i++) {
        GET_STR_DATA_LEN(items[i], s, l);
        vstr_add_strn(&vstr, (const char *)s, l);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

// LIST_EXTEND / SET_UPDATE.
VM_NOINLINE static void extend_from_iterable(mp_obj_t target, mp_obj_t iterable, bool is_set, mp_obj_t callee) {
    if (!is_set && (mp_obj_is_type(iterable, &mp_type_tuple) || mp_obj_is_type(iterable, &mp_type_list))) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(iterable, &n, &items);
        for (size_t i = 0; i < n; i++) {
            mp_obj_list_append(target, items[i]);
        }
        return;
    }
    // callee: MP_OBJ_NULL for a list or tuple display, the function for f(*x)
    // (both name the '*' when x is not iterable), MP_OBJ_SENTINEL for a set.
    mp_obj_t iter;
    if (is_set) {
        iter = mp_getiter(iterable);
    } else {
        iter = mp_call_star_getiter(callee, iterable);
        // CPython builds the list as list() does, asking a user class's
        // __len__ (whose errors other than TypeError propagate).
        mp_obj_list_length_hint(iterable);
    }
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (is_set) {
            mp_obj_set_store(target, item);
        } else {
            mp_obj_list_append(target, item);
        }
    }
}

// A key of f(**m) not given yet (a str subclass gives its native str). As
// in CPython, a key that is not a str is refused by the call, after every
// ** is merged: f(**{1: 2}, **{1: 3}) reports the repeated key.
static mp_obj_t kw_str(mp_obj_t key, mp_map_t *dst, mp_obj_t callee) {
    mp_obj_t k = mp_obj_str_cast(key);
    if (k == MP_OBJ_NULL) {
        k = key;
    }
    if (mp_map_lookup(dst, k, MP_MAP_LOOKUP) != NULL) {
        mp_call_star_error(callee, MP_QSTR_, k);
    }
    return k;
}

// DICT_UPDATE ({**m}) and DICT_MERGE (f(**m): keys must be new strs).
VM_NOINLINE static void dict_update(mp_obj_t dict, mp_obj_t mapping, mp_obj_t callee) {
    bool merge = callee != MP_OBJ_NULL;
    mp_obj_dict_t *src = mp_obj_dict_plain(mapping);
    if (src != NULL) {
        mp_map_t *map = &src->map;
        size_t cur = 0;
        mp_map_elem_t *e;
        mp_map_t *dst = mp_obj_dict_get_map(dict);
        while ((e = mp_map_next(map, &cur)) != NULL) {
            mp_obj_t key = e->key;
            if (merge) {
                key = kw_str(key, dst, callee);
            }
            mp_obj_dict_store(dict, key, e->value);
        }
        return;
    }
    mp_obj_t keys_meth[2];
    mp_load_method_maybe(mapping, MP_QSTR_keys, keys_meth);
    if (keys_meth[0] == MP_OBJ_NULL) {
        if (merge) {
            mp_call_star_error(callee, MP_QSTR_mapping, mapping);
        }
        mp_raise_TypeError_obj_unsupported(mapping, MP_ERROR_TEXT("'%s' object is not a mapping"));
    }
    mp_obj_t iter = mp_getiter(mp_call_method_n_kw(0, 0, keys_meth));
    mp_obj_t key;
    mp_map_t *dst = mp_obj_dict_get_map(dict);
    while ((key = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t k = merge ? kw_str(key, dst, callee) : key;
        mp_obj_dict_store(dict, k, mp_obj_subscr(mapping, key, MP_OBJ_SENTINEL));
    }
}

// BEFORE_WITH / BEFORE_ASYNC_WITH: dest[0] = bound exit method, dest[1] = enter result.
VM_NOINLINE static void before_with(mp_obj_t mgr, bool is_async, mp_obj_t *dest) {
    mp_obj_t enter[2];
    mp_obj_t exit[2];
    mp_load_special_method_maybe(mgr, is_async ? MP_QSTR___aenter__ : MP_QSTR___enter__, enter);
    if (enter[0] != MP_OBJ_NULL) {
        mp_load_special_method_maybe(mgr, is_async ? MP_QSTR___aexit__ : MP_QSTR___exit__, exit);
    }
    if (enter[0] == MP_OBJ_NULL || exit[0] == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(is_async
            ? MP_ERROR_TEXT("'%s' object does not support the asynchronous context manager protocol%s")
            : MP_ERROR_TEXT("'%s' object does not support the context manager protocol%s"),
            mp_obj_get_type_str(mgr), enter[0] == MP_OBJ_NULL ? "" : is_async ? " (missed __aexit__ method)" : " (missed __exit__ method)");
    }
    dest[0] = exit[1] == MP_OBJ_NULL ? exit[0] : mp_obj_new_bound_meth(exit[0], exit[1]);
    dest[1] = mp_call_method_n_kw(0, 0, enter);
}

static bool is_iterator(mp_obj_t o) {
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (MP_OBJ_TYPE_HAS_SLOT(type, iternext) && !(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        return true;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___next__, dest);
    return dest[0] != MP_OBJ_NULL;
}

// GET_AWAITABLE: the iterator that YIELD_FROM drives for `await obj`.
// Generators are accepted as MicroPython does (its coroutines are
// generators), and so is an object that is already such an iterator, which
// makes GET_AWAITABLE idempotent (GET_ANEXT's result may be awaited again).
// msg: the error (with %s for the type name) when obj cannot be awaited at
// all; `async with` and `async for` word it their own way.
// The import statement calls builtins.__import__ when a program replaced it
// (or the globals' own __builtins__ have one), as CPython does.
VM_NOINLINE static mp_obj_t vm_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level) {
    mp_obj_t hook = MP_OBJ_SENTINEL;
    if (MP_UNLIKELY(mp_own_builtins_seen)) {
        hook = mp_load_own_builtin(MP_QSTR___import__);
    }
    if (hook == MP_OBJ_SENTINEL && MP_STATE_BUILTINS_DICT != MP_OBJ_NULL) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_BUILTINS_DICT),
            MP_OBJ_NEW_QSTR(MP_QSTR___import__), MP_MAP_LOOKUP);
        hook = e != NULL ? e->value : MP_OBJ_NULL;
    }
    if (hook == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_ImportError, MP_ERROR_TEXT("__import__ not found"));
    }
    if (hook == MP_OBJ_SENTINEL || hook == MP_OBJ_FROM_PTR(&mp_builtin___import___obj)) {
        return mp_import_name(name, fromlist, level);
    }
    mp_obj_t args[5] = {
        MP_OBJ_NEW_QSTR(name), MP_OBJ_FROM_PTR(MP_STATE_VM(dict_globals)), mp_const_none, fromlist, level,
    };
    return mp_call_function_n_kw(hook, 5, 0, args);
}

VM_NOINLINE static mp_obj_t get_awaitable_or(mp_obj_t obj, mp_rom_error_text_t msg) {
    if (mp_obj_is_type(obj, &mp_type_coro_instance) || mp_obj_is_type(obj, &mp_type_gen_instance)) {
        mp_obj_gen_instance_t *gen = MP_OBJ_TO_PTR(obj);
        if ((gen->state & ~MP_GEN_STATE_PENDING) == MP_GEN_STATE_SUSPENDED && gen->cs.yield_from && mp_obj_is_type(obj, &mp_type_coro_instance)) {
            mp_raise_RuntimeError(MP_ERROR_TEXT("coroutine is being awaited already"));
        }
        return obj;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___await__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t it = mp_call_method_n_kw(0, 0, dest);
        if (mp_obj_is_type(it, &mp_type_coro_instance)) {
            mp_raise_TypeError(MP_ERROR_TEXT("__await__() returned a coroutine"));
        }
        if (!is_iterator(it)) {
            mp_raise_TypeError_obj_unsupported(it, MP_ERROR_TEXT("__await__() returned non-iterator of type '%s'"));
        }
        return it;
    }
    if (mp_obj_is_obj(obj) && is_iterator(obj)) {
        return obj;
    }
    mp_raise_TypeError_varg(msg, mp_obj_get_type_str(obj));
}

// Values above a frame's stack pointer are dead, but the conservative
// collector scans the whole frame: an exception an except block has left
// (and all it refers to) would otherwise stay alive with its frame.
static void clear_dead(mp_obj_t *sp, mp_obj_t *top) {
    while (++sp < top) {
        *sp = MP_OBJ_NULL;
    }
}

static mp_obj_t get_awaitable(mp_obj_t obj) {
    return get_awaitable_or(obj, MP_ERROR_TEXT("object %s can't be used in 'await' expression"));
}

// The __aexit__ of an `async with` is called through this (bound to the
// real method) so that a result that cannot be awaited gets CPython's error.
MP_COLD static mp_obj_t vm_call_aexit(size_t n_args, const mp_obj_t *args) {
    mp_obj_t res = mp_call_function_n_kw(args[0], n_args - 1, 0, args + 1);
    return get_awaitable_or(res,
        MP_ERROR_TEXT("'async with' received an object from __aexit__ that does not implement __await__: %s"));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(vm_call_aexit_obj, 1, vm_call_aexit);

// BEFORE_ASYNC_WITH: as before_with, with the __aenter__ result made
// awaitable here (GET_AWAITABLE after it then keeps it as it is).
VM_NOINLINE static void before_async_with(mp_obj_t mgr, mp_obj_t *dest) {
    before_with(mgr, true, dest);
    dest[0] = mp_obj_new_bound_meth(MP_OBJ_FROM_PTR(&vm_call_aexit_obj), dest[0]);
    dest[1] = get_awaitable_or(dest[1],
        MP_ERROR_TEXT("'async with' received an object from __aenter__ that does not implement __await__: %s"));
}

// GET_ANEXT's awaitable: any failure is reported as a bad __anext__ result,
// caused by the original error.
VM_NOINLINE static mp_obj_t anext_awaitable(mp_obj_t obj) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t it = get_awaitable(obj);
        nlr_pop();
        return it;
    }
    mp_obj_t orig = MP_OBJ_FROM_PTR(nlr.ret_val);
    mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_TypeError,
        MP_ERROR_TEXT("'async for' received an invalid object from __anext__: %s"), mp_obj_get_type_str(obj));
    mp_store_attr(exc, MP_QSTR___cause__, orig);
    mp_store_attr(exc, MP_QSTR___context__, orig);
    nlr_raise(exc);
}

VM_NOINLINE static mp_obj_t call_special_method(mp_obj_t obj, qstr meth, mp_rom_error_text_t msg) {
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, meth, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(msg, mp_obj_get_type_str(obj));
    }
    return mp_call_method_n_kw(0, 0, dest);
}

MP_COLD VM_NOINLINE static void print_expr(mp_obj_t v) {
    // Through sys.displayhook, as CPython (py/modsys.c has the default one).
    mp_obj_t hook = mp_sys_get_attr(MP_QSTR_displayhook);
    if (hook == MP_OBJ_NULL) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("lost sys.displayhook"));
    }
    mp_call_function_1(hook, v);
}

VM_NOINLINE static mp_obj_t load_classderef(const mp_raw_code_t *rc, mp_obj_t *locals, qstr name, size_t slot) {
    mp_obj_dict_t *d = MP_STATE_VM(dict_locals);
    if (d != NULL) {
        mp_map_elem_t *e = mp_map_lookup(&d->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    mp_obj_t v = mp_obj_cell_get(locals[slot]);
    if (v == MP_OBJ_NULL) {
        raise_unbound_deref(rc, slot);
    }
    return v;
}

// Called by the collector before its scan. A frame stopped in a CALL_* op
// (cs->ip at the op) had its stack top recorded there; the call's arguments
// are at or below it and the op reads nothing above it after the call
// returns, so the slots above are dead: cleared, the conservative scan cannot
// keep what they last held alive. A frame in any other op is left alone. Every
// op that may allocate or run code marks its own ip first, so cs->ip never
// names a finished CALL_* op while the frame is stopped elsewhere.
MP_COLD void mp_vm_clear_dead_slots(void) {
    for (vm_frame_link_t *link = vm_cur_link; link != NULL; link = link->prev) {
        mp_code_state_t *cs = link->cs;
        unsigned op = *cs->ip;
        if (op >= MP_BC_CALL_FUNCTION && op <= MP_BC_CALL_FUNCTION_EX) {
            const mp_raw_code_t *rc = cs->fun->rc;
            clear_dead(cs->sp, cs->state + rc->n_locals + rc->stack_size);
        }
    }
}

MP_COLD mp_code_state_t *mp_vm_frame_at(size_t depth) {
    vm_frame_link_t *link = vm_cur_link;
    while (link != NULL && depth > 0) {
        link = link->prev;
        depth--;
    }
    return link == NULL ? NULL : link->cs;
}

MP_COLD mp_obj_t mp_vm_frame_locals(void) {
    mp_code_state_t *cs = mp_vm_frame_at(0);
    if (cs == NULL) {
        return MP_OBJ_NULL;
    }
    const mp_raw_code_t *rc = cs->fun->rc;
    if (rc->scope_flags & (MP_SCOPE_FLAG_MODULE | MP_SCOPE_FLAG_CLASS_BODY)) {
        return MP_OBJ_NULL;
    }
    return mp_vm_locals(rc, cs->state);
}

// A dict of the bound local variables of a function frame (cells read
// through): the frame's own dict if its code keeps one in ".locals"
// (py/compile.c), brought up to date, else a new one.
MP_COLD mp_obj_t mp_vm_locals(const mp_raw_code_t *rc, const mp_obj_t *state) {
    mp_obj_t dict = MP_OBJ_NULL;
    for (size_t i = 0; i < rc->n_locals; i++) {
        if (rc->local_names[i] == MP_QSTR__dot_locals && state[i] != MP_OBJ_NULL) {
            dict = state[i];
        }
    }
    if (dict == MP_OBJ_NULL) {
        dict = mp_obj_new_dict(0);
    }
    size_t first_free = rc->n_locals - rc->n_freevars;
    for (size_t i = 0; i < rc->n_locals; i++) {
        mp_obj_t v = state[i];
        bool is_cell = i >= first_free;
        for (size_t j = 0; j < rc->n_cells && !is_cell; j++) {
            is_cell = rc->cell_slots[j] == i;
        }
        if (is_cell && v != MP_OBJ_NULL) {
            v = mp_obj_cell_get(v);
        }
        qstr name = rc->local_names[i];
        if (name == MP_QSTRnull || name == MP_QSTR__dot_locals) {
            continue;
        }
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(dict), MP_OBJ_NEW_QSTR(name),
            v != MP_OBJ_NULL ? MP_MAP_LOOKUP_ADD_IF_NOT_FOUND : MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        if (v != MP_OBJ_NULL) {
            elem->value = v;
        }
    }
    return dict;
}

// ---------------------------------------------------------------------------
// The interpreter loop.

#if MICROPY_OPT_COMPUTED_GOTO
#define ENTRY(op) entry_##op
#define DISPATCH() goto *entry_table[*ip]
#else
#define ENTRY(op) case MP_BC_##op
#define DISPATCH() goto dispatch_loop
#endif

// Record the current instruction for the traceback; needed before anything
// that may raise.
#define MARK_EXC_IP() (cs->ip = ip)
// A CALL_* op also records its stack top: while the call runs, the slots
// above it are dead (see mp_vm_clear_dead_slots).
#define MARK_CALL() (cs->ip = ip, cs->sp = sp)
#define READ_U16(off) mp_bc_read_u16(ip + (off))
#define READ_J32(off) mp_bc_read_u32(ip + (off))

VM_DISPATCH_ALIGN mp_vm_return_kind_t mp_execute_bytecode(mp_code_state_t *cs, mp_obj_t inject_exc, mp_obj_t *ret) {
#if MICROPY_OPT_COMPUTED_GOTO
    // Unknown opcodes dispatch to entry_unknown; the overrides below are intended.
    #pragma GCC diagnostic push
    #pragma GCC diagnostic ignored "-Woverride-init"
#if defined(__clang__)
    #pragma GCC diagnostic ignored "-Winitializer-overrides"
#endif
    static const void *const entry_table[256] = {
        [0 ... 255] = &&entry_unknown,
#define MP_BC_LABEL(name, code, operands) [MP_BC_##name] = &&entry_##name,
        MP_BC_OPCODES(MP_BC_LABEL)
#undef MP_BC_LABEL
    };
    #pragma GCC diagnostic pop
#endif

    const mp_raw_code_t *rc = cs->fun->rc;
    const byte *code = rc->code;
    mp_obj_t *locals = cs->state;
    mp_obj_t *stack_base = locals + rc->n_locals;
    // The block stack: computed where needed rather than at every entry.
#define EXC_BASE ((mp_exc_block_t *)(stack_base + rc->stack_size))
    const mp_obj_t *consts = rc->consts;
    const qstr *names = rc->names;

    // The exception being handled by our caller: restored when we leave, so
    // a frame's own handling never leaks out (and a generator gets back the
    // one it was handling when it yielded).
    mp_obj_t caller_exc = MP_STATE_VM(cur_exception);
    // Python code runs again: an exception handed back earlier was caught
    // by C code, and must not be mistaken for one later.
    vm_passed_exc = MP_OBJ_NULL;
    vm_frame_link_t link = { vm_cur_link, cs };
    // C code that counts recursion depth (nested compare/repr, see
    // mp_recursion_enter) does not undo its count when an exception passes
    // through it: every exception this frame sees resets the depth to ours.
    const size_t entry_depth = MP_STATE_THREAD(recursion_depth);
    vm_cur_link = &link;
    // The exception this frame's own innermost active handler is handling
    // (MP_OBJ_NULL outside handlers, where sys.exc_info() shows the caller's).
    // Kept apart from the caller's so that a generator resumed from another
    // except block sees that one again once its own handler ends.
    volatile mp_obj_t own_exc = cs->gen_exc;
    if (own_exc != MP_OBJ_NULL) {
        MP_STATE_VM(cur_exception) = own_exc;
        cs->gen_exc = MP_OBJ_NULL;
    }
    // An exception thrown into a generator suspended in YIELD_FROM, to be
    // passed on to the delegate (volatile: read after a longjmp).
    volatile mp_obj_t yf_inject = MP_OBJ_NULL;
    mp_obj_t exc;
    bool add_tb;
    nlr_buf_t nlr;

    if (inject_exc != MP_OBJ_NULL) {
        if (cs->yield_from) {
            yf_inject = inject_exc;
        } else {
            // Raised at the yield we are suspended at (ip - 1 is the
            // one-byte YIELD_VALUE; a just-started frame has ip == code).
            if (cs->ip > code) {
                cs->ip -= 1;
            }
            exc = inject_exc;
            add_tb = true;
            // A thrown exception is chained only to one this frame itself
            // is handling, not to the caller's (CPython).
            if (own_exc == MP_OBJ_NULL) {
                vm_passed_exc = exc;
            }
            goto exception_handler;
        }
    }
    cs->yield_from = false;

    for (;;) {
        if (nlr_push(&nlr) == 0) {
            const byte *ip = cs->ip;
            mp_obj_t *sp = cs->sp;

#if MICROPY_OPT_COMPUTED_GOTO
            DISPATCH();
            {
#else
        dispatch_loop:
            switch (*ip) {
#endif

                ENTRY(NOP): {
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(LOAD_CONST): {
                    *++sp = consts[READ_U16(1)];
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_NONE): {
                    *++sp = mp_const_none;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(LOAD_TRUE): {
                    *++sp = mp_const_true;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(LOAD_FALSE): {
                    *++sp = mp_const_false;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(LOAD_SMALL_INT): {
                    *++sp = MP_OBJ_NEW_SMALL_INT(mp_bc_read_s16(ip + 1));
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_FAST): {
                    size_t slot = READ_U16(1);
                    mp_obj_t v = locals[slot];
                    if (MP_UNLIKELY(v == MP_OBJ_NULL)) {
                        MARK_EXC_IP();
                        raise_unbound_local(rc, slot);
                    }
                    *++sp = v;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(STORE_FAST): {
                    locals[READ_U16(1)] = *sp--;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(DELETE_FAST): {
                    size_t slot = READ_U16(1);
                    if (locals[slot] == MP_OBJ_NULL) {
                        MARK_EXC_IP();
                        raise_unbound_local(rc, slot);
                    }
                    locals[slot] = MP_OBJ_NULL;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_DEREF): {
                    size_t slot = READ_U16(1);
                    mp_obj_t v = mp_obj_cell_get(locals[slot]);
                    if (MP_UNLIKELY(v == MP_OBJ_NULL)) {
                        MARK_EXC_IP();
                        raise_unbound_deref(rc, slot);
                    }
                    *++sp = v;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(STORE_DEREF): {
                    mp_obj_cell_set(locals[READ_U16(1)], *sp--);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(DELETE_DEREF): {
                    size_t slot = READ_U16(1);
                    if (mp_obj_cell_get(locals[slot]) == MP_OBJ_NULL) {
                        MARK_EXC_IP();
                        raise_unbound_deref(rc, slot);
                    }
                    mp_obj_cell_set(locals[slot], MP_OBJ_NULL);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_NAME): {
                    if (MP_LIKELY(MP_STATE_VM(dict_locals) == MP_STATE_VM(dict_globals))) {
                        // Module level: the same as LOAD_GLOBAL (and its cache).
                        goto load_global;
                    }
                    MARK_EXC_IP();
                    *++sp = mp_load_name(names[READ_U16(1)]);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(STORE_NAME): {
                    MARK_EXC_IP();
                    mp_store_name(names[READ_U16(1)], *sp--);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(DELETE_NAME): {
                    MARK_EXC_IP();
                    mp_delete_name(names[READ_U16(1)]);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_GLOBAL): {
                load_global:;
                    // A hit needs no hashing (see load_global_miss).
                    size_t i = READ_U16(1);
                    const mp_map_t *map = &MP_STATE_VM(dict_globals)->map;
                    const uint16_t *gc = rc->global_cache;
                    size_t pos;
                    if (MP_LIKELY(gc != NULL && (pos = gc[i]) < map->filled
                        && map->table[pos].key == MP_OBJ_NEW_QSTR(names[i]))) {
                        *++sp = map->table[pos].value;
                    } else {
                        MARK_EXC_IP();
                        *++sp = load_global_miss(rc, i);
                    }
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(STORE_GLOBAL): {
                    MARK_EXC_IP();
                    mp_store_global(names[READ_U16(1)], *sp--);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(DELETE_GLOBAL): {
                    MARK_EXC_IP();
                    mp_delete_global(names[READ_U16(1)]);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_CLASSDEREF): {
                    MARK_EXC_IP();
                    mp_obj_t v = load_classderef(rc, locals, names[READ_U16(1)], READ_U16(3));
                    *++sp = v;
                    ip += 5;
                    DISPATCH();
                }

                ENTRY(LOAD_ATTR): {
                    MARK_EXC_IP();
                    *sp = mp_obj_instance_load_attr(*sp, names[READ_U16(1)]);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(STORE_ATTR): {
                    MARK_EXC_IP();
                    mp_obj_instance_store_attr(sp[0], names[READ_U16(1)], sp[-1]);
                    sp -= 2;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(DELETE_ATTR): {
                    MARK_EXC_IP();
                    mp_delete_attr(*sp--, names[READ_U16(1)]);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_METHOD): {
                    MARK_EXC_IP();
                    // Fills sp[0] = function, sp[1] = self or MP_OBJ_NULL.
                    mp_obj_instance_load_method(*sp, names[READ_U16(1)], sp);
                    sp += 1;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LOAD_SUBSCR): {
                    MARK_EXC_IP();
                    mp_obj_t index = *sp--;
                    mp_obj_t obj = *sp;
                    if (mp_obj_is_small_int(index) && mp_obj_is_obj(obj)) {
                        const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
                        size_t len;
                        mp_obj_t *items;
                        if (type == &mp_type_list) {
                            len = ((mp_obj_list_t *)MP_OBJ_TO_PTR(obj))->len;
                            items = ((mp_obj_list_t *)MP_OBJ_TO_PTR(obj))->items;
                        } else if (type == &mp_type_tuple) {
                            len = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(obj))->len;
                            items = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(obj))->items;
                        } else {
                            goto load_subscr_generic;
                        }
                        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(index);
                        if (i < 0) {
                            i += len;
                        }
                        if ((mp_uint_t)i < len) {
                            *sp = items[i];
                            ip += 1;
                            DISPATCH();
                        }
                    }
                load_subscr_generic:
                    *sp = mp_obj_subscr(obj, index, MP_OBJ_SENTINEL);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(STORE_SUBSCR): {
                    MARK_EXC_IP();
                    mp_obj_t index = sp[0];
                    mp_obj_t obj = sp[-1];
                    mp_obj_t value = sp[-2];
                    sp -= 3;
                    if (mp_obj_is_small_int(index) && mp_obj_is_type(obj, &mp_type_list)) {
                        mp_obj_list_t *list = MP_OBJ_TO_PTR(obj);
                        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(index);
                        if (i < 0) {
                            i += list->len;
                        }
                        if ((mp_uint_t)i < list->len) {
                            list->items[i] = value;
                            ip += 1;
                            DISPATCH();
                        }
                    }
                    mp_obj_subscr(obj, index, value);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(DELETE_SUBSCR): {
                    MARK_EXC_IP();
                    mp_obj_subscr_delete(sp[-1], sp[0]);
                    sp -= 2;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(POP_TOP): {
                    sp -= 1;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(ROT_TWO): {
                    mp_obj_t t = sp[0];
                    sp[0] = sp[-1];
                    sp[-1] = t;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(ROT_THREE): {
                    mp_obj_t t = sp[0];
                    sp[0] = sp[-1];
                    sp[-1] = sp[-2];
                    sp[-2] = t;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(ROT_FOUR): {
                    mp_obj_t t = sp[0];
                    sp[0] = sp[-1];
                    sp[-1] = sp[-2];
                    sp[-2] = sp[-3];
                    sp[-3] = t;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(DUP_TOP): {
                    sp[1] = sp[0];
                    sp += 1;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(DUP_TOP_TWO): {
                    sp[1] = sp[-1];
                    sp[2] = sp[0];
                    sp += 2;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(COPY): {
                    size_t n = READ_U16(1);
                    sp[1] = sp[1 - (mp_int_t)n];
                    sp += 1;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(SWAP): {
                    size_t n = READ_U16(1);
                    mp_obj_t t = sp[0];
                    sp[0] = sp[1 - (mp_int_t)n];
                    sp[1 - (mp_int_t)n] = t;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(UNARY_OP): {
                    MARK_EXC_IP();
                    mp_uint_t op = READ_U16(1);
                    mp_obj_t v = *sp;
                    if (op == MP_UNARY_OP_NOT) {
                        *sp = mp_obj_new_bool(!vm_is_true(v));
                    } else if (op == MP_UNARY_OP_NEGATIVE && mp_obj_is_small_int(v)
                               && MP_OBJ_SMALL_INT_VALUE(v) != MP_SMALL_INT_MIN) {
                        *sp = MP_OBJ_NEW_SMALL_INT(-MP_OBJ_SMALL_INT_VALUE(v));
                    } else {
                        *sp = mp_unary_op(op, v);
                    }
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(BINARY_OP): {
                    mp_uint_t op = READ_U16(1);
                    mp_obj_t rhs = sp[0];
                    mp_obj_t lhs = sp[-1];
                    mp_obj_t res;
                    if (MP_LIKELY(((mp_uint_t)lhs & (mp_uint_t)rhs & 1) != 0)) {
                        res = small_int_binary_op(op, lhs, rhs);
                        if (MP_LIKELY(res != MP_OBJ_NULL)) {
                            goto binary_op_done;
                        }
                    }
                    MARK_EXC_IP();
                    res = binary_op_slow(op, lhs, rhs);
                binary_op_done:
                    *--sp = res;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(JUMP): {
                    const byte *target = code + READ_J32(1);
                    if (target <= ip) {
                        // A loop: the place to notice Ctrl-C.
                        MARK_EXC_IP();
                        mp_handle_pending_fast();
                    }
                    ip = target;
                    DISPATCH();
                }

                ENTRY(POP_JUMP_IF_FALSE): {
                    mp_obj_t v = *sp--;
                    bool t;
                    if (v == mp_const_false) {
                        t = false;
                    } else if (v == mp_const_true) {
                        t = true;
                    } else {
                        MARK_EXC_IP();
                        t = vm_is_true(v);
                    }
                    if (!t) {
                        const byte *target = code + READ_J32(1);
                        if (target <= ip) {
                            MARK_EXC_IP();
                            mp_handle_pending_fast();
                        }
                        ip = target;
                    } else {
                        ip += 5;
                    }
                    DISPATCH();
                }

                ENTRY(POP_JUMP_IF_TRUE): {
                    mp_obj_t v = *sp--;
                    bool t;
                    if (v == mp_const_false) {
                        t = false;
                    } else if (v == mp_const_true) {
                        t = true;
                    } else {
                        MARK_EXC_IP();
                        t = vm_is_true(v);
                    }
                    if (t) {
                        const byte *target = code + READ_J32(1);
                        if (target <= ip) {
                            MARK_EXC_IP();
                            mp_handle_pending_fast();
                        }
                        ip = target;
                    } else {
                        ip += 5;
                    }
                    DISPATCH();
                }

                ENTRY(JUMP_IF_FALSE_OR_POP): {
                    MARK_EXC_IP();
                    if (!vm_is_true(*sp)) {
                        ip = code + READ_J32(1);
                    } else {
                        sp -= 1;
                        ip += 5;
                    }
                    DISPATCH();
                }

                ENTRY(JUMP_IF_TRUE_OR_POP): {
                    MARK_EXC_IP();
                    if (vm_is_true(*sp)) {
                        ip = code + READ_J32(1);
                    } else {
                        sp -= 1;
                        ip += 5;
                    }
                    DISPATCH();
                }

                ENTRY(GET_ITER): {
                    MARK_EXC_IP();
                    // `yield from coro` (GET_ITER, LOAD_NONE, YIELD_FROM) in a
                    // plain generator; a coroutine awaits it instead, and so
                    // does a generator made by types.coroutine.
                    if (mp_obj_is_type(*sp, &mp_type_coro_instance)
                        && ip[1] == MP_BC_LOAD_NONE && ip[2] == MP_BC_YIELD_FROM) {
                        if (!(rc->scope_flags & MP_SCOPE_FLAG_ITERABLE_COROUTINE)) {
                            mp_raise_TypeError(MP_ERROR_TEXT("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                        }
                        ip += 1;
                        DISPATCH();
                    }
                    *sp = mp_getiter(*sp);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(GET_ITER_STACK): {
                    MARK_EXC_IP();
                    size_t n = ip[1];
                    if (n == 0) {
                        sp[MP_OBJ_ITER_BUF_NSLOTS] = mp_getiter_buf(*sp, sp);
                    } else if (n == MP_BC_GET_ITER_STACK_IS_ITER) {
                        sp[MP_OBJ_ITER_BUF_NSLOTS] = *sp;
                    } else {
                        sp -= n;
                        sp[MP_OBJ_ITER_BUF_NSLOTS] = mp_obj_range_call_getiter_buf(n, sp);
                    }
                    sp += MP_OBJ_ITER_BUF_NSLOTS;
                    ip += 2;
                    DISPATCH();
                }

                ENTRY(FOR_ITER): {
                    mp_obj_t iter = *sp;
                    mp_obj_t next;
                    const mp_obj_type_t *type;
                    if (mp_obj_is_obj(iter)) {
                        type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(iter))->type;
                        if (type == &mp_type_range_it) {
                            // The commonest loop, stepped here.
                            mp_obj_range_it_t *it = MP_OBJ_TO_PTR(iter);
                            mp_int_t v = it->cur;
                            if (it->remaining != 0 && v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX) {
                                it->remaining--;
                                it->cur = (mp_int_t)((mp_uint_t)v + (mp_uint_t)it->step);
                                *++sp = MP_OBJ_NEW_SMALL_INT(v);
                                ip += 5;
                                DISPATCH();
                            }
                        }
                    }
                    MARK_EXC_IP();
                    // Built-in iterators (range, list, generators ...): call
                    // the slot directly; user classes go through the runtime,
                    // which turns a StopIteration from __next__ into the end.
                    if (mp_obj_is_obj(iter)
                        && MP_OBJ_TYPE_HAS_SLOT((type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(iter))->type), iternext)
                        && !(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
                        // A pair target from an iterator that can give the two
                        // values without making a tuple: no allocation a step.
                        if (MP_UNLIKELY(type->flags & MP_TYPE_FLAG_PAIR_ITER)) {
                            mp_obj_t pair[2];
                            int got = -1;
                            if (ip[5] == MP_BC_UNPACK_SEQUENCE && mp_bc_read_u16(ip + 6) == 2) {
                                got = mp_obj_iter_next_pair(iter, type, pair);
                            }
                            if (got > 0) {
                                sp[1] = pair[1];
                                sp[2] = pair[0];
                                sp += 2;
                                ip += 8;
                                DISPATCH();
                            }
                            // (not a jump back to the slot call below: a jump
                            // target there would be padded, and the padding run
                            // by every other loop's step)
                            next = got == 0 ? MP_OBJ_STOP_ITERATION : mp_iternext(iter);
                        } else {
                            next = MP_OBJ_TYPE_GET_SLOT(type, iternext)(iter);
                        }
                    } else {
                        next = mp_iternext(iter);
                    }
                    if (next == MP_OBJ_STOP_ITERATION) {
                        sp -= 1 + MP_OBJ_ITER_BUF_NSLOTS;
                        // The loop's slots and what its body left above them
                        // are dead: clear them so that the conservative
                        // collector cannot keep those objects alive.
                        memset(sp + 1, 0, (size_t)(stack_base + rc->stack_size - (sp + 1)) * sizeof(mp_obj_t));
                        ip = code + READ_J32(1);
                    } else {
                        *++sp = next;
                        ip += 5;
                    }
                    DISPATCH();
                }

                ENTRY(BUILD_TUPLE): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    sp -= n;
                    sp[1] = mp_obj_new_tuple(n, sp + 1);
                    sp += 1;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(BUILD_LIST): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    sp -= n;
                    sp[1] = mp_obj_new_list(n, sp + 1);
                    sp += 1;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(BUILD_SET): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    sp -= n;
                    sp[1] = mp_obj_new_set(n, sp + 1);
                    sp += 1;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(BUILD_MAP): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    sp -= 2 * n;
                    mp_obj_t d = mp_obj_new_dict(n);
                    for (size_t i = 0; i < n; i++) {
                        mp_obj_dict_store(d, sp[1 + 2 * i], sp[2 + 2 * i]);
                    }
                    *++sp = d;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(BUILD_SLICE): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t step = mp_const_none;
                    if (n == 3) {
                        step = *sp--;
                    }
                    mp_obj_t stop = *sp--;
                    *sp = mp_obj_new_slice(*sp, stop, step);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(BUILD_STRING): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    sp -= n;
                    sp[1] = build_string(n, sp + 1);
                    sp += 1;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LIST_APPEND): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t v = *sp--;
                    mp_obj_list_append(sp[1 - (mp_int_t)n], v);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(SET_ADD): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t v = *sp--;
                    mp_obj_set_store(sp[1 - (mp_int_t)n], v);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(MAP_ADD): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t v = *sp--;
                    mp_obj_t k = *sp--;
                    mp_obj_dict_store(sp[1 - (mp_int_t)n], k, v);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LIST_EXTEND): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t v = *sp--;
                    mp_obj_t callee = MP_OBJ_NULL;
                    if (n & MP_BC_EXTEND_IN_CALL) {
                        n &= ~(size_t)MP_BC_EXTEND_IN_CALL;
                        callee = sp[-(mp_int_t)n];
                    }
                    extend_from_iterable(sp[1 - (mp_int_t)n], v, false, callee);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(SET_UPDATE): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t v = *sp--;
                    extend_from_iterable(sp[1 - (mp_int_t)n], v, true, MP_OBJ_NULL);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(DICT_UPDATE): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t v = *sp--;
                    dict_update(sp[1 - (mp_int_t)n], v, MP_OBJ_NULL);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(DICT_MERGE): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t v = *sp--;
                    // In a call: callee, positional tuple, then the dict.
                    dict_update(sp[1 - (mp_int_t)n], v, sp[-1 - (mp_int_t)n]);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(LIST_TO_TUPLE): {
                    MARK_EXC_IP();
                    size_t n;
                    mp_obj_t *items;
                    mp_obj_list_get(*sp, &n, &items);
                    *sp = mp_obj_new_tuple(n, items);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(UNPACK_SEQUENCE): {
                    MARK_EXC_IP();
                    size_t n = READ_U16(1);
                    mp_obj_t seq = *sp;
                    size_t len;
                    mp_obj_t *items;
                    if (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list)) {
                        mp_obj_get_array(seq, &len, &items);
                        if (len == n) {
                            for (size_t i = 0; i < n; i++) {
                                sp[i] = items[n - 1 - i];
                            }
                            // The item array's address would stay in this
                            // frame, and the collector's stack scan would keep
                            // the items alive: the slot is cleared (the empty
                            // asm keeps the store).
                            items = NULL;
                            __asm__ volatile ("" : : "m" (items));
                            sp += (mp_int_t)n - 1;
                            ip += 3;
                            DISPATCH();
                        }
                    }
                    // *sp, not seq: seq kept live across the call above
                    // would be spilled to a slot of this frame (clang does)
                    // that nothing overwrites, and the collector's stack scan
                    // would keep the sequence and its items alive.
                    mp_unpack_sequence(*sp, n, sp);
                    sp += (mp_int_t)n - 1;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(UNPACK_EX): {
                    MARK_EXC_IP();
                    size_t before = READ_U16(1);
                    size_t after = READ_U16(3);
                    mp_unpack_ex(*sp, before, after, sp);
                    sp += before + after;
                    ip += 5;
                    DISPATCH();
                }

                ENTRY(FORMAT_VALUE): {
                    MARK_EXC_IP();
                    unsigned flags = ip[1];
                    mp_obj_t spec = MP_OBJ_NULL;
                    if (flags & 4) {
                        spec = *sp--;
                    }
                    *sp = format_value(*sp, flags, spec);
                    ip += 2;
                    DISPATCH();
                }

                ENTRY(CALL_FUNCTION): {
                    MARK_CALL();
                    mp_handle_pending_fast();
                    size_t n_pos = READ_U16(1);
                    size_t n_kw = READ_U16(3);
                    sp -= n_pos + 2 * n_kw;
                    *sp = vm_call(*sp, n_pos, n_kw, sp + 1);
                    ip += 5;
                    DISPATCH();
                }

                ENTRY(CALL_METHOD): {
                    MARK_CALL();
                    mp_handle_pending_fast();
                    size_t n_pos = READ_U16(1);
                    size_t n_kw = READ_U16(3);
                    sp -= n_pos + 2 * n_kw + 1;
                    // sp[0] = method, sp[1] = self or MP_OBJ_NULL, then the arguments.
                    if (sp[1] != MP_OBJ_NULL) {
                        *sp = vm_call(sp[0], n_pos + 1, n_kw, sp + 1);
                    } else {
                        *sp = vm_call(sp[0], n_pos, n_kw, sp + 2);
                    }
                    ip += 5;
                    DISPATCH();
                }

                ENTRY(CALL_FUNCTION_EX): {
                    MARK_CALL();
                    mp_handle_pending_fast();
                    mp_obj_t kw = MP_OBJ_NULL;
                    if (ip[1] & 1) {
                        kw = *sp--;
                    }
                    mp_obj_t seq = *sp--;
                    *sp = call_function_ex(*sp, seq, kw);
                    ip += 2;
                    DISPATCH();
                }

                ENTRY(MAKE_FUNCTION): {
                    MARK_EXC_IP();
                    const mp_raw_code_t *child = MP_OBJ_TO_PTR(consts[READ_U16(1)]);
                    unsigned flags = ip[3];
                    // Pushed in the order defaults, kwdefaults, closure.
                    mp_obj_t closure = MP_OBJ_NULL;
                    mp_obj_t kwdefaults = MP_OBJ_NULL;
                    mp_obj_t defaults = MP_OBJ_NULL;
                    mp_obj_t annotations = MP_OBJ_NULL;
                    if (flags & 0x08) {
                        closure = *sp--;
                    }
                    if (flags & 0x04) {
                        annotations = *sp--;
                    }
                    if (flags & 0x02) {
                        kwdefaults = *sp--;
                    }
                    if (flags & 0x01) {
                        defaults = *sp--;
                    }
                    *++sp = mp_make_function_from_raw_code(child, cs->fun->globals, defaults, kwdefaults, closure);
                    if (annotations != MP_OBJ_NULL) {
                        mp_obj_fun_bc_set_annotations(*sp, annotations);
                    }
                    ip += 4;
                    DISPATCH();
                }

                ENTRY(RETURN_VALUE): {
                    nlr_pop();
                    *ret = *sp;
                    MP_STATE_VM(cur_exception) = caller_exc;
                    vm_cur_link = link.prev;
                    return MP_VM_RETURN_NORMAL;
                }

                ENTRY(YIELD_VALUE): {
                    nlr_pop();
                    *ret = *sp--;
                    cs->ip = ip + 1;
                    cs->sp = sp;
                    // (except* installs its matched part from C code)
                    mp_obj_t cur = MP_STATE_VM(cur_exception);
                    cs->gen_exc = cur != caller_exc ? cur : own_exc;
                    MP_STATE_VM(cur_exception) = caller_exc;
                    vm_cur_link = link.prev;
                    return MP_VM_RETURN_YIELD;
                }

                ENTRY(YIELD_FROM): {
                    MARK_EXC_IP();
                    mp_obj_t v = *sp--;
                    mp_obj_t iter = *sp;
                    mp_obj_t inj = yf_inject;
                    mp_obj_t r;
                    mp_vm_return_kind_t kind;
                    if (inj != MP_OBJ_NULL) {
                        yf_inject = MP_OBJ_NULL;
                        if (mp_obj_is_instance_of(inj, &mp_type_GeneratorExit)) {
                            // close(): the delegate is closed, then the
                            // GeneratorExit is raised here.
                            mp_obj_gen_close_iter(iter);
                            nlr_pop();
                            exc = inj;
                            add_tb = true;
                            goto exception_handler;
                        }
                        kind = mp_resume(iter, MP_OBJ_NULL, inj, &r);
                    } else {
                        kind = mp_resume(iter, v, MP_OBJ_NULL, &r);
                    }
                    if (kind == MP_VM_RETURN_YIELD) {
                        // Stay on this instruction: the resume pushes the sent value.
                        nlr_pop();
                        cs->ip = ip;
                        cs->sp = sp;
                        cs->yield_from = true;
                        mp_obj_t cur = MP_STATE_VM(cur_exception);
                        cs->gen_exc = cur != caller_exc ? cur : own_exc;
                        MP_STATE_VM(cur_exception) = caller_exc;
                        vm_cur_link = link.prev;
                        *ret = r;
                        return MP_VM_RETURN_YIELD;
                    }
                    if (kind == MP_VM_RETURN_NORMAL) {
                        *sp = r;
                        ip += 1;
                        DISPATCH();
                    }
                    nlr_pop();
                    exc = r;
                    add_tb = true;
                    // A throw() the delegate did not handle is chained here
                    // to what this frame is handling, as a raise would be.
                    if (inj != MP_OBJ_NULL && own_exc != MP_OBJ_NULL) {
                        vm_passed_exc = MP_OBJ_NULL;
                    }
                    goto exception_handler;
                }

                ENTRY(GET_AWAITABLE): {
                    MARK_EXC_IP();
                    *sp = get_awaitable(*sp);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(GET_AITER): {
                    MARK_EXC_IP();
                    *sp = call_special_method(*sp, MP_QSTR___aiter__,
                        MP_ERROR_TEXT("'async for' requires an object with __aiter__ method, got %s"));
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(GET_ANEXT): {
                    MARK_EXC_IP();
                    mp_obj_t awaitable = call_special_method(*sp, MP_QSTR___anext__,
                        MP_ERROR_TEXT("'async for' received an object from __aiter__ that does not implement __anext__: %s"));
                    *++sp = anext_awaitable(awaitable);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(SETUP_FINALLY): {
                    mp_exc_block_t *b = cs->exc_sp++;
                    MP_ASSERT(b < EXC_BASE + rc->block_stack_size);
                    b->handler = READ_J32(1);
                    b->depth = (uint32_t)(sp + 1 - stack_base);
                    b->prev_exc = own_exc;
                    ip += 5;
                    DISPATCH();
                }

                ENTRY(POP_BLOCK): {
                    MP_ASSERT(cs->exc_sp > EXC_BASE);
                    cs->exc_sp -= 1;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(POP_EXCEPT): {
                    mp_obj_t prev = *sp--;
                    own_exc = prev == mp_const_none ? MP_OBJ_NULL : prev;
                    MP_STATE_VM(cur_exception) = own_exc != MP_OBJ_NULL ? own_exc : caller_exc;
                    clear_dead(sp, stack_base + rc->stack_size);
                    // (and the blocks popped within the handler keep it too)
                    clear_dead((mp_obj_t *)cs->exc_sp - 1, (mp_obj_t *)(EXC_BASE + rc->block_stack_size));
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(RERAISE): {
                    MARK_EXC_IP();
                    nlr_pop();
                    exc = *sp;
                    add_tb = false;
                    goto exception_handler;
                }

                ENTRY(RAISE_VARARGS): {
                    MARK_EXC_IP();
                    unsigned n = ip[1];
                    mp_obj_t e;
                    add_tb = true;
                    if (n == 0) {
                        e = MP_STATE_VM(cur_exception);
                        if (e == MP_OBJ_NULL) {
                            mp_raise_RuntimeError(MP_ERROR_TEXT("No active exception to reraise"));
                        }
                        // A bare raise keeps the traceback as it is.
                        add_tb = false;
                    } else {
                        e = rechain(n == 1 ? mp_make_raise_obj(sp[0]) : make_raise_with_cause(sp[-1], sp[0]));
                    }
                    nlr_pop();
                    exc = e;
                    goto exception_handler;
                }

                ENTRY(CHECK_EXC_MATCH): {
                    MARK_EXC_IP();
                    *sp = mp_obj_new_bool(exc_match(sp[-1], sp[0]));
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(BEFORE_WITH): {
                    MARK_EXC_IP();
                    before_with(*sp, false, sp);
                    sp += 1;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(BEFORE_ASYNC_WITH): {
                    MARK_EXC_IP();
                    before_async_with(*sp, sp);
                    sp += 1;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(WITH_EXCEPT_START): {
                    MARK_EXC_IP();
                    // exit, prev, exc: call exit(type(exc), exc, exc.__traceback__).
                    mp_obj_t args[3] = { MP_OBJ_FROM_PTR(mp_obj_get_type(sp[0])), sp[0],
                                         mp_obj_exception_get_traceback_obj(sp[0]) };
                    mp_obj_t r = vm_call(sp[-2], 3, 0, args);
                    *++sp = r;
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(IMPORT_NAME): {
                    MARK_EXC_IP();
                    mp_obj_t fromlist = *sp--;
                    *sp = vm_import_name(names[READ_U16(1)], fromlist, *sp);
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(IMPORT_FROM): {
                    MARK_EXC_IP();
                    mp_obj_t v = mp_import_from(*sp, names[READ_U16(1)]);
                    *++sp = v;
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(IMPORT_STAR): {
                    MARK_EXC_IP();
                    mp_import_all(*sp--);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(LOAD_BUILD_CLASS): {
                    MARK_EXC_IP();
                    *++sp = mp_load_build_class();
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(LOAD_ASSERTION_ERROR): {
                    *++sp = MP_OBJ_FROM_PTR(&mp_type_AssertionError);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(PRINT_EXPR): {
                    MARK_EXC_IP();
                    print_expr(*sp--);
                    ip += 1;
                    DISPATCH();
                }

                ENTRY(LOAD_CLOSURE_CELL): {
                    *++sp = locals[READ_U16(1)];
                    ip += 3;
                    DISPATCH();
                }

                ENTRY(END_ASYNC_FOR): {
                    MARK_EXC_IP();
                    // aiter, prev, exc
                    mp_obj_t e = sp[0];
                    if (mp_obj_is_instance_of(e, &mp_type_StopAsyncIteration)) {
                        mp_obj_t prev = sp[-1];
                        own_exc = prev == mp_const_none ? MP_OBJ_NULL : prev;
                        MP_STATE_VM(cur_exception) = own_exc != MP_OBJ_NULL ? own_exc : caller_exc;
                        sp -= 3;
                        ip += 1;
                        DISPATCH();
                    }
                    nlr_pop();
                    exc = e;
                    add_tb = false;
                    goto exception_handler;
                }

                // Kept out among the rare handlers: placed near the hot ones
                // it changed the loop's code (+1-3% on fib, int_add_loop).
                ENTRY(LOAD_SUPER_METHOD): {
                    MARK_EXC_IP();
                    sp -= 2;
                    mp_load_super_method(names[READ_U16(1)], sp);
                    sp += 1;
                    ip += 3;
                    DISPATCH();
                }

#if MICROPY_OPT_COMPUTED_GOTO
                entry_unknown: {
#else
                default: {
#endif
                    MARK_EXC_IP();
                    mp_raise_msg_varg(&mp_type_SystemError, MP_ERROR_TEXT("unknown opcode 0x%x"), (unsigned)*ip);
                }
            }
        } else {
            exc = MP_OBJ_FROM_PTR(nlr.ret_val);
            nlr.ret_val = NULL;
            add_tb = true;
        exception_handler:
            MP_STATE_THREAD(recursion_depth) = entry_depth;
            if (add_tb) {
                mp_obj_exception_add_traceback(exc, rc->source_file,
                    mp_bytecode_get_line(rc, cs->ip - code), rc->name);
            } else {
                // A re-raise: the frame's f_lineno is there.
                mp_obj_exception_set_exit_line(exc, rc, cs->ip - code);
            }
            // A re-raise (bare raise, the end of a finally or of an except
            // body: the add_tb == false paths) or an exception coming up from
            // a frame we called leaves __context__ as the code may have set
            // it; only a raise proper chains.
            bool propagated = exc == vm_passed_exc;
            vm_passed_exc = MP_OBJ_NULL;
            mp_obj_t handled = MP_STATE_VM(cur_exception);
            if (add_tb && !propagated && handled != MP_OBJ_NULL && handled != exc) {
                set_exc_context(exc, handled);
            }
            if (cs->exc_sp > EXC_BASE) {
                // Unwind to the innermost handler of this frame.
                mp_exc_block_t *b = --cs->exc_sp;
                mp_obj_t *sp = stack_base + b->depth - 1;
                *++sp = b->prev_exc == MP_OBJ_NULL ? mp_const_none : b->prev_exc;
                *++sp = exc;
                // Values above the handler's depth are dead: clear them so
                // the conservative collector cannot keep them alive (after a
                // caught MemoryError, say).
                clear_dead(sp, stack_base + rc->stack_size);
                MP_STATE_VM(cur_exception) = exc;
                own_exc = exc;
                cs->sp = sp;
                cs->ip = code + b->handler;
                continue;
            }
            MP_STATE_VM(cur_exception) = caller_exc;
            vm_cur_link = link.prev;
            vm_passed_exc = exc;
            *ret = exc;
            return MP_VM_RETURN_EXCEPTION;
        }
    }
}
#undef EXC_BASE
