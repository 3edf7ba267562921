// The functools module: reduce, partial, update_wrapper and wraps,
// cmp_to_key, lru_cache and cache, total_ordering and singledispatch.
//
// Also partialmethod, singledispatchmethod and cached_property.
// Pickling: a cached function pickles by its name (as CPython's); partial
// objects by their parts. lru_cache keeps its entries in one ordered dict (least
// recently used first) instead of CPython's linked list; the hits, misses
// and evictions seen by programs are the same.
#include "py/mpconfig.h"

#if MICROPY_PY_FUNCTOOLS

#include "py/runtime.h"
#include "py/builtin.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"

extern const mp_obj_module_t mp_module_functools;

// CPython's arity message for positional-only functions:
// "reduce expected at least 2 arguments, got 1".
static void functools_check_args(qstr name, size_t n_args, size_t min, size_t max) {
    if (n_args >= min && n_args <= max) {
        return;
    }
    const char *which = min == max ? "" : n_args < min ? "at least " : "at most ";
    size_t expected = n_args < min ? min : max;
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%q expected %s%d argument%s, got %d"),
        name, which, (int)expected, expected == 1 ? "" : "s", (int)n_args);
}

// ---------------------------------------------------------------------------
// reduce(function, iterable[, initial])

static mp_obj_t functools_reduce(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    // Taking keywords only to refuse them: the generic refusal would name it
    // "functools.reduce()", CPython says "reduce()".
    mp_arg_check_named(MP_QSTR_reduce, 0, kw_args->used, 0, 0, false);
    functools_check_args(MP_QSTR_reduce, n_args, 2, 3);
    mp_obj_t iter = mp_seq_getiter_maybe(args[1]);
    if (iter == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("reduce() arg 2 must support iteration"));
    }
    mp_obj_t acc = n_args == 3 ? args[2] : mp_iternext(iter);
    if (acc == MP_OBJ_STOP_ITERATION) {
        mp_raise_TypeError(MP_ERROR_TEXT("reduce() of empty iterable with no initial value"));
    }
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        acc = mp_call_function_2(args[0], acc, item);
    }
    return acc;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(functools_reduce_obj, 0, functools_reduce);

// ---------------------------------------------------------------------------
// partial(func, /, *args, **keywords)

typedef struct _functools_partial_t {
    mp_obj_base_t base;
    mp_obj_t func;
    mp_obj_t args; // a tuple
    mp_obj_t keywords; // a dict
    mp_obj_dict_t *dict; // __dict__, NULL until used
} functools_partial_t;

static const mp_obj_type_t functools_partial_type;

// Whether the partial func can be flattened into a new one: it has no
// attributes of its own and, for a subclass's instance, no own __call__ (as
// CPython checks).
static bool functools_partial_is_plain(mp_obj_t func, functools_partial_t *inner) {
    if (MP_OBJ_FROM_PTR(inner) == func) {
        return inner->dict == NULL || mp_obj_dict_len(MP_OBJ_FROM_PTR(inner->dict)) == 0;
    }
    const mp_obj_type_t *owner = NULL;
    mp_obj_type_mro_find(mp_obj_get_type(func), MP_QSTR___call__,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    return ((mp_obj_instance_t *)MP_OBJ_TO_PTR(func))->members.used == 0 &&
           (owner == NULL || !mp_obj_is_instance_type(owner));
}

// A partial of func with positional args (a tuple) and keywords (a dict,
// owned by the new object). A partial without extra attributes given as
// func is flattened into this one, as in CPython.
static mp_obj_t functools_partial_new(mp_obj_t func, mp_obj_t args, mp_obj_t keywords) {
    if (!mp_obj_is_callable(func)) {
        mp_raise_TypeError(MP_ERROR_TEXT("the first argument must be callable"));
    }
    mp_obj_t native = mp_obj_cast_to_native_base(func, MP_OBJ_FROM_PTR(&functools_partial_type));
    if (mp_obj_is_type(native, &functools_partial_type)) {
        functools_partial_t *inner = MP_OBJ_TO_PTR(native);
        if (functools_partial_is_plain(func, inner)) {
            args = mp_binary_op(MP_BINARY_OP_ADD, inner->args, args);
            mp_obj_t merged = mp_obj_dict_copy(inner->keywords);
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_next(mp_obj_dict_get_map(keywords), &cur)) != NULL) {
                mp_obj_dict_store(merged, e->key, e->value);
            }
            keywords = merged;
            func = inner->func;
        }
    }
    functools_partial_t *self = m_new_obj(functools_partial_t);
    self->base.type = &functools_partial_type;
    self->func = func;
    self->args = args;
    self->keywords = keywords;
    self->dict = NULL;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t functools_partial_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("type 'partial' takes at least one argument"));
    }
    mp_obj_t keywords = mp_obj_new_dict(n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_dict_store(keywords, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    return functools_partial_new(args[0], mp_obj_new_tuple(n_args - 1, args + 1), keywords);
}

// Calls self->func with the first n_lead call arguments, then the stored
// ones, then the rest; keywords of the call override the stored ones.
static mp_obj_t functools_partial_invoke(functools_partial_t *self, size_t n_lead,
    size_t n_args, size_t n_kw, const mp_obj_t *args) {
    size_t n_stored;
    mp_obj_t *stored;
    mp_obj_tuple_get(self->args, &n_stored, &stored);
    mp_obj_t *all = m_new(mp_obj_t, n_stored + n_args);
    for (size_t i = 0; i < n_lead; i++) {
        all[i] = args[i];
    }
    for (size_t i = 0; i < n_stored; i++) {
        all[n_lead + i] = stored[i];
    }
    for (size_t i = n_lead; i < n_args; i++) {
        all[n_stored + i] = args[i];
    }
    mp_map_t *kw = mp_obj_dict_get_map(self->keywords);
    if (n_kw != 0) {
        mp_obj_t merged = mp_obj_dict_copy(self->keywords);
        for (size_t i = 0; i < n_kw; i++) {
            mp_obj_dict_store(merged, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
        }
        kw = mp_obj_dict_get_map(merged);
    }
    return mp_call_function_n_kw_map(self->func, n_stored + n_args, all, kw);
}

static mp_obj_t functools_partial_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return functools_partial_invoke(MP_OBJ_TO_PTR(self_in), 0, n_args, n_kw, args);
}

// functools.partial(<func>, 1, k=2); a partial met again inside itself
// prints as "..." (a subclass's repr names the subclass: py/objinstance.c).
static void functools_partial_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    functools_partial_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "functools.%q(", self->base.type->name);
    mp_obj_print_helper(print, self->func, PRINT_REPR);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    for (size_t i = 0; i < n; i++) {
        mp_printf(print, ", ");
        mp_obj_print_helper(print, items[i], PRINT_REPR);
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(mp_obj_dict_get_map(self->keywords), &cur)) != NULL) {
        // The key's __str__ may replace the value (or move the table).
        mp_obj_t value = e->value;
        mp_printf(print, ", ");
        mp_obj_print_helper(print, e->key, PRINT_STR);
        mp_printf(print, "=");
        mp_obj_print_helper(print, value, PRINT_REPR);
    }
    mp_printf(print, ")");
}

MP_COLD static void functools_partial_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    if (!mp_seq_print_guarded(print, self_in, kind, functools_partial_print_body)) {
        mp_print_str(print, "...");
    }
}

static void functools_partial_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_partial_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_func || attr == MP_QSTR_args || attr == MP_QSTR_keywords) {
        if (dest[0] == MP_OBJ_NULL) {
            dest[0] = attr == MP_QSTR_func ? self->func : attr == MP_QSTR_args ? self->args : self->keywords;
        } else {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
        }
        return;
    }
    mp_obj_dict_attr_slot(&self->dict, attr, dest);
}

// p.__reduce__(): (partial, (func,), (func, args, keywords, __dict__)), which
// copy.copy/deepcopy rebuild through __setstate__.
static mp_obj_t functools_partial_reduce(mp_obj_t self_in) {
    // SUBCLASS_RECEIVER: self_in may be an instance of a Python subclass,
    // whose class and attribute dict are the ones to record.
    functools_partial_t *self = MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&functools_partial_type)));
    mp_obj_t dict = mp_const_none;
    if (MP_OBJ_FROM_PTR(self) != self_in) {
        dict = mp_load_attr(self_in, MP_QSTR___dict__);
    } else if (self->dict != NULL) {
        dict = MP_OBJ_FROM_PTR(self->dict);
    }
    if (dict != mp_const_none && mp_obj_dict_len(dict) == 0) {
        dict = mp_const_none;
    }
    mp_obj_t state[4] = { self->func, self->args, self->keywords, dict };
    mp_obj_t parts[3] = {
        MP_OBJ_FROM_PTR(mp_obj_get_type(self_in)),
        mp_obj_new_tuple(1, &self->func),
        mp_obj_new_tuple(4, state),
    };
    return mp_obj_new_tuple(3, parts);
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_partial_reduce_obj, functools_partial_reduce);

static bool functools_is_dict(mp_obj_t o) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(o)), MP_OBJ_FROM_PTR(&mp_type_dict));
}

// p.__setstate__((func, args, keywords, dict)): keywords and dict may be None.
static mp_obj_t functools_partial_setstate(mp_obj_t self_in, mp_obj_t state) {
    functools_partial_t *self = MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&functools_partial_type)));
    size_t n = 0;
    mp_obj_t *items = NULL;
    if (mp_obj_is_type(state, &mp_type_tuple)) {
        mp_obj_tuple_get(state, &n, &items);
    }
    if (n != 4) {
        mp_raise_TypeError(MP_ERROR_TEXT("invalid partial state"));
    }
    mp_obj_t func = items[0], args = items[1], kw = items[2], dict = items[3];
    if (!mp_obj_is_callable(func) || !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(args)),
        MP_OBJ_FROM_PTR(&mp_type_tuple)) ||
        (kw != mp_const_none && !functools_is_dict(kw)) ||
        (dict != mp_const_none && !functools_is_dict(dict))) {
        mp_raise_TypeError(MP_ERROR_TEXT("invalid partial state"));
    }
    if (!mp_obj_is_exact_type(args, &mp_type_tuple)) {
        args = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), args);
    }
    if (kw == mp_const_none) {
        kw = mp_obj_new_dict(0);
    } else if (!mp_obj_is_exact_type(kw, &mp_type_dict)) {
        kw = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), kw);
    }
    self->func = func;
    self->args = args;
    self->keywords = kw;
    if (MP_OBJ_FROM_PTR(self) != self_in) {
        // A subclass instance keeps its attributes in its own __dict__.
        mp_obj_t own = mp_load_attr(self_in, MP_QSTR___dict__);
        mp_call_function_0(mp_load_attr(own, MP_QSTR_clear));
        if (dict != mp_const_none) {
            mp_call_function_1(mp_load_attr(own, MP_QSTR_update), dict);
        }
    } else {
        self->dict = dict == mp_const_none ? NULL : MP_OBJ_TO_PTR(dict);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(functools_partial_setstate_obj, functools_partial_setstate);

static const mp_rom_map_elem_t functools_partial_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&functools_partial_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&functools_partial_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(functools_partial_locals_dict, functools_partial_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    functools_partial_type, MP_QSTR_partial, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, functools_partial_print,
    make_new, functools_partial_make_new,
    call, functools_partial_call,
    unary_op, mp_generic_unary_op,
    attr, functools_partial_attr,
    locals_dict, (mp_obj_dict_t *)&functools_partial_locals_dict
    );

// ---------------------------------------------------------------------------
// partialmethod(func, /, *args, **keywords): a partial meant as a class
// attribute. Looked up on an instance it binds like a function, and the
// instance is passed before the stored positional arguments; looked up on
// the class it takes the instance as its first call argument. A func that
// is itself a descriptor binding to something else (classmethod,
// staticmethod) gives a partial of what it binds to.

static const mp_obj_type_t functools_partialmethod_type;

static mp_obj_t functools_partialmethod_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("partialmethod() missing 1 required positional argument: 'func'"));
    }
    mp_obj_t func = args[0];
    if (!mp_obj_is_callable(func)) {
        mp_obj_t get[2];
        mp_load_method_maybe(func, MP_QSTR___get__, get);
        if (get[0] == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%s is not callable or a descriptor"),
                mp_obj_str_get_str(mp_obj_repr(func)));
        }
    }
    mp_obj_t stored = mp_obj_new_tuple(n_args - 1, args + 1);
    mp_obj_t keywords;
    if (mp_obj_is_type(func, &functools_partialmethod_type)) {
        // Nested partialmethods collapse into one.
        functools_partial_t *inner = MP_OBJ_TO_PTR(func);
        func = inner->func;
        stored = mp_binary_op(MP_BINARY_OP_ADD, inner->args, stored);
        keywords = mp_obj_dict_copy(inner->keywords);
    } else {
        keywords = mp_obj_new_dict(n_kw);
    }
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_dict_store(keywords, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    functools_partial_t *self = m_new_obj(functools_partial_t);
    self->base.type = &functools_partialmethod_type;
    self->func = func;
    self->args = stored;
    self->keywords = keywords;
    self->dict = NULL;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t functools_partialmethod_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("partialmethod needs the instance as first argument"));
    }
    return functools_partial_invoke(MP_OBJ_TO_PTR(self_in), 1, n_args, n_kw, args);
}

static void functools_partialmethod_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_partial_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___isabstractmethod__ && dest[0] == MP_OBJ_NULL) {
        // Abstract when the wrapped function is.
        mp_obj_t v[2];
        mp_load_method_maybe(self->func, MP_QSTR___isabstractmethod__, v);
        dest[0] = mp_obj_new_bool(v[0] != MP_OBJ_NULL && v[1] == MP_OBJ_NULL && mp_obj_is_true(v[0]));
        return;
    }
    functools_partial_attr(self_in, attr, dest);
}

// __get__(obj, cls=None)
static mp_obj_t functools_partialmethod_get(size_t n_args, const mp_obj_t *args) {
    functools_partial_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t obj = args[1];
    mp_obj_t cls = n_args > 2 ? args[2] : mp_const_none;
    if (mp_obj_is_obj(self->func) && !mp_obj_is_type(self->func, &mp_type_fun_bc)) {
        mp_obj_t get[4];
        mp_load_method_maybe(self->func, MP_QSTR___get__, get);
        if (get[0] != MP_OBJ_NULL) {
            get[2] = obj;
            get[3] = cls == mp_const_none && obj != mp_const_none
                         ? MP_OBJ_FROM_PTR(mp_obj_get_type(obj)) : cls;
            mp_obj_t bound = mp_call_method_n_kw(2, 0, get);
            if (bound != self->func) {
                // classmethod / staticmethod ...: what they bind to, with
                // the stored arguments after it, and bound's __self__.
                mp_obj_t p = functools_partial_new(bound, self->args, mp_obj_dict_copy(self->keywords));
                mp_obj_t dest[2];
                mp_load_method_maybe(bound, MP_QSTR___self__, dest);
                if (dest[0] != MP_OBJ_NULL && dest[1] == MP_OBJ_NULL) {
                    mp_store_attr(p, MP_QSTR___self__, dest[0]);
                }
                return p;
            }
        }
    }
    if (obj == mp_const_none) {
        return args[0]; // called with the instance as its first argument
    }
    return mp_obj_new_bound_meth(args[0], obj);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(functools_partialmethod_get_obj, 2, 3, functools_partialmethod_get);

static const mp_rom_map_elem_t functools_partialmethod_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&functools_partialmethod_get_obj) },
};
static MP_DEFINE_CONST_DICT(functools_partialmethod_locals_dict, functools_partialmethod_locals_dict_table);

// A descriptor through its __get__ entry (py/objtype.c), not BINDS_SELF: it
// must see a wrapped classmethod or staticmethod.
static MP_DEFINE_CONST_OBJ_TYPE(
    functools_partialmethod_type, MP_QSTR_partialmethod, MP_TYPE_FLAG_NONE,
    print, functools_partial_print,
    make_new, functools_partialmethod_make_new,
    call, functools_partialmethod_call,
    unary_op, mp_generic_unary_op,
    attr, functools_partialmethod_attr,
    locals_dict, (mp_obj_dict_t *)&functools_partialmethod_locals_dict
    );

// ---------------------------------------------------------------------------
// update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
//                updated=WRAPPER_UPDATES) and wraps(wrapped, ...)

// clang-format off
static const mp_rom_obj_tuple_t functools_wrapper_assignments_obj = {
    { &mp_type_tuple }, 5, {
        MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR___qualname__),
        MP_ROM_QSTR(MP_QSTR___doc__), MP_ROM_QSTR(MP_QSTR___annotations__),
    }
};
static const mp_rom_obj_tuple_t functools_wrapper_updates_obj = {
    { &mp_type_tuple }, 1, { MP_ROM_QSTR(MP_QSTR___dict__) }
};
// clang-format on

static const mp_arg_t functools_update_wrapper_args[] = {
    { MP_QSTR_wrapper, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_wrapped, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_assigned, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_PTR(&functools_wrapper_assignments_obj) } },
    { MP_QSTR_updated, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_PTR(&functools_wrapper_updates_obj) } },
};

// Copies the assigned attributes that wrapped has, updates the updated
// ones (dicts) from wrapped's, then sets __wrapped__, in CPython's order.
static mp_obj_t functools_do_update_wrapper(mp_obj_t wrapper, mp_obj_t wrapped, mp_obj_t assigned, mp_obj_t updated) {
    mp_obj_t iter = mp_getiter(assigned);
    mp_obj_t name;
    while ((name = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        qstr attr = mp_obj_str_get_qstr(name);
        mp_obj_t value = mp_getattr_default(wrapped, attr, MP_OBJ_NULL);
        if (value != MP_OBJ_NULL) {
            mp_store_attr(wrapper, attr, value);
        }
    }
    iter = mp_getiter(updated);
    while ((name = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        qstr attr = mp_obj_str_get_qstr(name);
        mp_obj_t source = mp_getattr_default(wrapped, attr, MP_OBJ_NULL);
        mp_obj_t dest[3];
        mp_load_method(mp_load_attr(wrapper, attr), MP_QSTR_update, dest);
        if (source == MP_OBJ_NULL) {
            source = mp_obj_new_dict(0);
        }
        dest[2] = source;
        mp_call_method_n_kw(1, 0, dest);
    }
    mp_store_attr(wrapper, MP_QSTR___wrapped__, wrapped);
    return wrapper;
}

static mp_obj_t functools_update_wrapper(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_arg_val_t vals[MP_ARRAY_SIZE(functools_update_wrapper_args)];
    mp_arg_parse_all(n_args, args, kw_args, MP_ARRAY_SIZE(functools_update_wrapper_args),
        functools_update_wrapper_args, vals);
    return functools_do_update_wrapper(vals[0].u_obj, vals[1].u_obj, vals[2].u_obj, vals[3].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(functools_update_wrapper_obj, 0, functools_update_wrapper);

// wraps(wrapped, assigned=..., updated=...): as in CPython, a partial of
// update_wrapper with everything but the wrapper filled in.
static mp_obj_t functools_wraps(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_wrapped, ARG_assigned, ARG_updated };
    mp_arg_val_t vals[3];
    mp_arg_parse_all(n_args, args, kw_args, 3, functools_update_wrapper_args + 1, vals);
    mp_obj_t keywords = mp_obj_new_dict(3);
    mp_obj_dict_store(keywords, MP_OBJ_NEW_QSTR(MP_QSTR_wrapped), vals[ARG_wrapped].u_obj);
    mp_obj_dict_store(keywords, MP_OBJ_NEW_QSTR(MP_QSTR_assigned), vals[ARG_assigned].u_obj);
    mp_obj_dict_store(keywords, MP_OBJ_NEW_QSTR(MP_QSTR_updated), vals[ARG_updated].u_obj);
    return functools_partial_new(MP_OBJ_FROM_PTR(&functools_update_wrapper_obj), mp_const_empty_tuple, keywords);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(functools_wraps_obj, 0, functools_wraps);

// ---------------------------------------------------------------------------
// cmp_to_key(mycmp)
//
// One type serves as the key function (obj == MP_OBJ_NULL) and as the keys
// it makes: each key holds the comparison function and the wrapped object.

typedef struct _functools_keywrapper_t {
    mp_obj_base_t base;
    mp_obj_t cmp;
    mp_obj_t obj;
} functools_keywrapper_t;

static const mp_obj_type_t functools_keywrapper_type;

static mp_obj_t functools_keywrapper_new(mp_obj_t cmp, mp_obj_t obj) {
    functools_keywrapper_t *self = m_new_obj(functools_keywrapper_t);
    self->base.type = &functools_keywrapper_type;
    self->cmp = cmp;
    self->obj = obj;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t functools_cmp_to_key(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_mycmp, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[1];
    mp_arg_parse_all(n_args, args, kw_args, 1, allowed, vals);
    return functools_keywrapper_new(vals[0].u_obj, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(functools_cmp_to_key_obj, 0, functools_cmp_to_key);

static mp_obj_t functools_keywrapper_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    functools_keywrapper_t *self = MP_OBJ_TO_PTR(self_in);
    static const mp_arg_t allowed[] = {
        { MP_QSTR_obj, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[1];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 1, allowed, vals);
    return functools_keywrapper_new(self->cmp, vals[0].u_obj);
}

// a < b as mycmp(a.obj, b.obj) < 0, and so on for the other comparisons.
static mp_obj_t functools_keywrapper_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    switch (op) {
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
            break;
        default:
            return MP_OBJ_NULL;
    }
    if (!mp_obj_is_type(rhs_in, &functools_keywrapper_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("other argument must be K instance"));
    }
    functools_keywrapper_t *lhs = MP_OBJ_TO_PTR(lhs_in);
    functools_keywrapper_t *rhs = MP_OBJ_TO_PTR(rhs_in);
    if (lhs->obj == MP_OBJ_NULL || rhs->obj == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("object"));
    }
    mp_obj_t res = mp_call_function_2(lhs->cmp, lhs->obj, rhs->obj);
    return mp_binary_op(op, res, MP_OBJ_NEW_SMALL_INT(0));
}

// Keys are unhashable, as in CPython.
static mp_obj_t functools_keywrapper_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    (void)op;
    (void)self_in;
    return MP_OBJ_NULL;
}

static void functools_keywrapper_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_keywrapper_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr != MP_QSTR_obj) {
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        if (self->obj == MP_OBJ_NULL) {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("obj"));
        }
        dest[0] = self->obj;
    } else if (dest[1] != MP_OBJ_NULL) {
        self->obj = dest[1];
        dest[0] = MP_OBJ_NULL;
    }
}

static void functools_keywrapper_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "<functools.KeyWrapper object at %p>", MP_OBJ_TO_PTR(self_in));
}

static MP_DEFINE_CONST_OBJ_TYPE(
    functools_keywrapper_type, MP_QSTR_KeyWrapper, MP_TYPE_FLAG_NONE,
    print, functools_keywrapper_print,
    call, functools_keywrapper_call,
    unary_op, functools_keywrapper_unary_op,
    binary_op, functools_keywrapper_binary_op,
    attr, functools_keywrapper_attr
    );

// ---------------------------------------------------------------------------
// lru_cache(maxsize=128, typed=False), cache(user_function)
//
// The cache is a dict from call keys. An unbounded cache maps keys to
// results. A bounded one maps keys to links of a circular doubly linked
// list, least recently used first after `root`: a hit moves its link to the
// end, and the link after root is the one evicted, each in O(1).

typedef struct _functools_lru_link_t {
    mp_obj_base_t base; // a private type: links are never seen by programs
    struct _functools_lru_link_t *prev;
    struct _functools_lru_link_t *next;
    mp_obj_t key;
    mp_obj_t result;
} functools_lru_link_t;

typedef struct _functools_lru_t {
    mp_obj_base_t base;
    mp_obj_t func;
    mp_obj_t cache; // a dict
    functools_lru_link_t *root; // bounded caches: the list head (not an entry)
    mp_int_t maxsize; // -1: unbounded
    bool typed;
    size_t hits;
    size_t misses;
    mp_obj_dict_t *dict; // __dict__ (filled by update_wrapper)
} functools_lru_t;

static MP_DEFINE_CONST_OBJ_TYPE(
    functools_lru_link_type, MP_QSTR__lru_list_elem, MP_TYPE_FLAG_NONE
    );

static functools_lru_link_t *functools_lru_link_new(mp_obj_t key, mp_obj_t result) {
    functools_lru_link_t *link = m_new_obj(functools_lru_link_t);
    link->base.type = &functools_lru_link_type;
    link->prev = link->next = link;
    link->key = key;
    link->result = result;
    return link;
}

static void functools_lru_unlink(functools_lru_link_t *link) {
    link->prev->next = link->next;
    link->next->prev = link->prev;
}

// Put link last (most recently used).
static void functools_lru_append(functools_lru_t *self, functools_lru_link_t *link) {
    functools_lru_link_t *root = self->root;
    link->prev = root->prev;
    link->next = root;
    root->prev->next = link;
    root->prev = link;
}

// Separates positional from keyword arguments in a key; equal only to
// itself, like CPython's kwd_mark.
static MP_DEFINE_CONST_OBJ_TYPE(
    functools_kwd_mark_type, MP_QSTR_object, MP_TYPE_FLAG_NONE,
    unary_op, mp_generic_unary_op
    );
static const mp_obj_base_t functools_kwd_mark_obj = { &functools_kwd_mark_type };

static const mp_obj_type_t functools_lru_type;

// The cache key of a call, built as CPython's is: a lone int or str
// argument is its own key; otherwise a tuple of the positional arguments,
// then the mark and the keyword names and values, then (typed) the types.
static mp_obj_t functools_lru_make_key(functools_lru_t *self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw == 0 && !self->typed && n_args == 1
        && (mp_obj_is_int(args[0]) || mp_obj_is_str(args[0]))) {
        return args[0];
    }
    size_t n_items = n_args + (n_kw ? 1 + 2 * n_kw : 0);
    size_t len = n_items + (self->typed ? n_args + n_kw : 0);
    mp_obj_t key = mp_obj_new_tuple(len, NULL);
    mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(key);
    for (size_t i = 0; i < n_args; i++) {
        tuple->items[i] = args[i];
    }
    if (n_kw != 0) {
        tuple->items[n_args] = MP_OBJ_FROM_PTR(&functools_kwd_mark_obj);
        for (size_t i = 0; i < 2 * n_kw; i++) {
            tuple->items[n_args + 1 + i] = args[n_args + i];
        }
    }
    if (self->typed) {
        for (size_t i = 0; i < n_args; i++) {
            tuple->items[n_items + i] = MP_OBJ_FROM_PTR(mp_obj_get_type(args[i]));
        }
        for (size_t i = 0; i < n_kw; i++) {
            tuple->items[n_items + n_args + i] = MP_OBJ_FROM_PTR(mp_obj_get_type(args[n_args + 2 * i + 1]));
        }
    }
    return key;
}

static mp_obj_t functools_lru_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    functools_lru_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->maxsize == 0) {
        self->misses++;
        return mp_call_function_n_kw(self->func, n_args, n_kw, args);
    }
    mp_obj_t key = functools_lru_make_key(self, n_args, n_kw, args);
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->cache), key, MP_MAP_LOOKUP);
    if (e != NULL) {
        self->hits++;
        if (self->maxsize < 0) {
            return e->value;
        }
        functools_lru_link_t *link = MP_OBJ_TO_PTR(e->value);
        functools_lru_unlink(link);
        functools_lru_append(self, link);
        return link->result;
    }
    self->misses++;
    mp_obj_t result = mp_call_function_n_kw(self->func, n_args, n_kw, args);
    // The call may have cleared the cache, or filled this key itself
    // (recursion; then that entry stays, as in CPython): look up again.
    if (self->maxsize < 0) {
        mp_obj_dict_store(self->cache, key, result);
        return result;
    }
    if (mp_map_lookup(mp_obj_dict_get_map(self->cache), key, MP_MAP_LOOKUP) != NULL) {
        return result;
    }
    functools_lru_link_t *link = functools_lru_link_new(key, result);
    mp_obj_dict_store(self->cache, key, MP_OBJ_FROM_PTR(link));
    functools_lru_append(self, link);
    if (mp_obj_dict_len(self->cache) > (size_t)self->maxsize) {
        functools_lru_link_t *oldest = self->root->next;
        functools_lru_unlink(oldest);
        mp_map_lookup(mp_obj_dict_get_map(self->cache), oldest->key, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    }
    return result;
}

// functools._CacheInfo: the namedtuple class CacheInfo(hits, misses,
// maxsize, currsize), made on first use.
static MP_COLD mp_obj_t functools_cache_info_type(void) {
    if (MP_STATE_VM(cache_info_type) == MP_OBJ_NULL) {
        mp_obj_t collections = mp_import_name(MP_QSTR_collections, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t fields[4] = {
            MP_OBJ_NEW_QSTR(MP_QSTR_hits), MP_OBJ_NEW_QSTR(MP_QSTR_misses),
            MP_OBJ_NEW_QSTR(MP_QSTR_maxsize), MP_OBJ_NEW_QSTR(MP_QSTR_currsize),
        };
        mp_obj_t args[4] = {
            MP_OBJ_NEW_QSTR(MP_QSTR_CacheInfo), mp_obj_new_list(4, fields),
            MP_OBJ_NEW_QSTR(MP_QSTR_module), MP_OBJ_NEW_QSTR(MP_QSTR_functools),
        };
        MP_STATE_VM(cache_info_type) = mp_call_function_n_kw(mp_load_attr(collections, MP_QSTR_namedtuple), 2, 1, args);
    }
    return MP_STATE_VM(cache_info_type);
}

// Module __getattr__ (PEP 562): _CacheInfo.
static mp_obj_t functools_getattr(mp_obj_t name) {
    if (mp_obj_str_get_qstr(name) == MP_QSTR__CacheInfo) {
        return functools_cache_info_type();
    }
    mp_raise_attribute_error(MP_OBJ_FROM_PTR(&mp_module_functools), mp_obj_str_get_qstr(name));
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_getattr_obj, functools_getattr);

// f.cache_info(): CacheInfo(hits=, misses=, maxsize=, currsize=)
static mp_obj_t functools_lru_cache_info(mp_obj_t self_in) {
    functools_lru_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t values[4] = {
        mp_obj_new_int_from_uint(self->hits),
        mp_obj_new_int_from_uint(self->misses),
        self->maxsize < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(self->maxsize),
        MP_OBJ_NEW_SMALL_INT(mp_obj_dict_len(self->cache)),
    };
    return mp_call_function_n_kw(functools_cache_info_type(), 4, 0, values);
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_lru_cache_info_obj, functools_lru_cache_info);

// f.cache_clear()
static mp_obj_t functools_lru_cache_clear(mp_obj_t self_in) {
    functools_lru_t *self = MP_OBJ_TO_PTR(self_in);
    // A new dict rather than clearing: a call in progress may hold the old map.
    self->cache = mp_obj_new_dict(0);
    self->root = functools_lru_link_new(MP_OBJ_NULL, MP_OBJ_NULL);
    self->hits = 0;
    self->misses = 0;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_lru_cache_clear_obj, functools_lru_cache_clear);

// f.cache_parameters(): {'maxsize': ..., 'typed': ...}
static mp_obj_t functools_lru_cache_parameters(mp_obj_t self_in) {
    functools_lru_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t d = mp_obj_new_dict(2);
    mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(MP_QSTR_maxsize),
        self->maxsize < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(self->maxsize));
    mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(MP_QSTR_typed), mp_obj_new_bool(self->typed));
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_lru_cache_parameters_obj, functools_lru_cache_parameters);

static void functools_lru_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_lru_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_dict_attr_slot(&self->dict, attr, dest);
}

static void functools_lru_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "<functools._lru_cache_wrapper object at %p>", MP_OBJ_TO_PTR(self_in));
}

// copy.copy/deepcopy of a cached function give the function itself.
static mp_obj_t functools_lru_copy(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(functools_lru_copy_obj, 1, 2, functools_lru_copy);

// pickle saves a cached function as a reference to the name it is defined under.
static mp_obj_t functools_lru_reduce(mp_obj_t self_in) {
    return mp_load_attr(self_in, MP_QSTR___qualname__);
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_lru_reduce_obj, functools_lru_reduce);

// f.__get__(obj, type=None): a method bound to obj, as a function's (the
// runtime binds it without asking: BINDS_SELF; this is for explicit calls).
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(functools_lru_get_obj, 2, 3, mp_obj_fun_get);

static const mp_rom_map_elem_t functools_lru_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&functools_lru_get_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&functools_lru_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&functools_lru_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&functools_lru_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_cache_info), MP_ROM_PTR(&functools_lru_cache_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_cache_clear), MP_ROM_PTR(&functools_lru_cache_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_cache_parameters), MP_ROM_PTR(&functools_lru_cache_parameters_obj) },
};
static MP_DEFINE_CONST_DICT(functools_lru_locals_dict, functools_lru_locals_dict_table);

// BINDS_SELF: a cached function defined in a class is a method.
static MP_DEFINE_CONST_OBJ_TYPE(
    functools_lru_type, MP_QSTR__lru_cache_wrapper, MP_TYPE_FLAG_BINDS_SELF,
    print, functools_lru_print,
    call, functools_lru_call,
    unary_op, mp_generic_unary_op,
    attr, functools_lru_attr,
    locals_dict, (mp_obj_dict_t *)&functools_lru_locals_dict
    );

static mp_obj_t functools_lru_wrap(mp_obj_t func, mp_int_t maxsize, bool typed) {
    if (!mp_obj_is_callable(func)) {
        mp_raise_TypeError(MP_ERROR_TEXT("the first argument must be callable"));
    }
    functools_lru_t *self = m_new_obj(functools_lru_t);
    self->base.type = &functools_lru_type;
    self->func = func;
    self->cache = mp_obj_new_dict(0);
    self->root = functools_lru_link_new(MP_OBJ_NULL, MP_OBJ_NULL);
    self->maxsize = maxsize;
    self->typed = typed;
    self->hits = 0;
    self->misses = 0;
    self->dict = NULL;
    mp_obj_t wrapper = MP_OBJ_FROM_PTR(self);
    return functools_do_update_wrapper(wrapper, func, MP_OBJ_FROM_PTR(&functools_wrapper_assignments_obj),
        MP_OBJ_FROM_PTR(&functools_wrapper_updates_obj));
}

// The decorator that lru_cache(maxsize, typed) returns: called as
// (maxsize, typed, user_function) through a partial.
static mp_obj_t functools_lru_decorate(mp_obj_t maxsize_in, mp_obj_t typed_in, mp_obj_t func) {
    mp_int_t maxsize = maxsize_in == mp_const_none ? -1 : mp_obj_get_int(maxsize_in);
    return functools_lru_wrap(func, maxsize, mp_obj_is_true(typed_in));
}
static MP_DEFINE_CONST_FUN_OBJ_3(functools_lru_decorate_obj, functools_lru_decorate);

// lru_cache(maxsize=128, typed=False), also used bare as @lru_cache.
static mp_obj_t functools_lru_cache(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_maxsize, ARG_typed };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_maxsize, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(128) } },
        { MP_QSTR_typed, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_FALSE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t maxsize = vals[ARG_maxsize].u_obj;
    mp_obj_t typed = vals[ARG_typed].u_obj;
    if (mp_obj_is_int(maxsize) || mp_obj_is_bool(maxsize)) {
        mp_int_t n = mp_obj_get_int(maxsize);
        maxsize = MP_OBJ_NEW_SMALL_INT(n < 0 ? 0 : n);
    } else if (mp_obj_is_callable(maxsize) && mp_obj_is_bool(typed)) {
        return functools_lru_wrap(maxsize, 128, typed == mp_const_true);
    } else if (maxsize != mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("Expected first argument to be an integer, a callable, or None"));
    }
    mp_obj_t bound[2] = { maxsize, typed };
    return functools_partial_new(MP_OBJ_FROM_PTR(&functools_lru_decorate_obj), mp_obj_new_tuple(2, bound),
        mp_obj_new_dict(0));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(functools_lru_cache_obj, 0, functools_lru_cache);

// cache(user_function): lru_cache(maxsize=None)(user_function)
static mp_obj_t functools_cache(mp_obj_t func) {
    return functools_lru_wrap(func, -1, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_cache_obj, functools_cache);

// ---------------------------------------------------------------------------
// total_ordering(cls)
//
// The comparisons a class lacks are filled in with methods derived from the
// one it defines (the root), with CPython's formulas: for a root of __lt__,
// a > b is `not a < b and a != b`, and so on. Each derived method returns
// NotImplemented when the root does.

typedef enum {
    FUNCTOOLS_NOT_AND_NE, // not r and self != other
    FUNCTOOLS_OR_EQ, // r or self == other
    FUNCTOOLS_NOT, // not r
    FUNCTOOLS_NOT_OR_EQ, // not r or self == other
    FUNCTOOLS_AND_NE, // r and self != other
} functools_derive_t;

typedef struct _functools_ordering_t {
    mp_obj_base_t base;
    uint16_t name; // the method's name
    uint16_t root; // the method it is derived from
    uint16_t kind; // a functools_derive_t
} functools_ordering_t;

static mp_obj_t functools_ordering_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    functools_ordering_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_kw != 0 || n_args != 2) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q() takes 2 positional arguments but %d were given"), self->name, (int)n_args);
    }
    mp_obj_t a = args[0];
    mp_obj_t b = args[1];
    mp_obj_t root = mp_load_attr(MP_OBJ_FROM_PTR(mp_obj_get_type(a)), self->root);
    mp_obj_t r = mp_call_function_2(root, a, b);
    if (r == mp_const_notimplemented) {
        return r;
    }
    switch (self->kind) {
        case FUNCTOOLS_NOT_AND_NE:
            if (mp_obj_is_true(r)) {
                return mp_const_false;
            }
            return mp_binary_op(MP_BINARY_OP_NOT_EQUAL, a, b);
        case FUNCTOOLS_OR_EQ:
            if (mp_obj_is_true(r)) {
                return r;
            }
            return mp_binary_op(MP_BINARY_OP_EQUAL, a, b);
        case FUNCTOOLS_NOT:
            return mp_obj_new_bool(!mp_obj_is_true(r));
        case FUNCTOOLS_NOT_OR_EQ:
            if (!mp_obj_is_true(r)) {
                return mp_const_true;
            }
            return mp_binary_op(MP_BINARY_OP_EQUAL, a, b);
        default: // FUNCTOOLS_AND_NE
            if (!mp_obj_is_true(r)) {
                return r;
            }
            return mp_binary_op(MP_BINARY_OP_NOT_EQUAL, a, b);
    }
}

static void functools_ordering_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_ordering_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__)) {
        dest[0] = MP_OBJ_NEW_QSTR(self->name);
    }
}

static void functools_ordering_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    functools_ordering_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<function %q derived from %q>", self->name, self->root);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    functools_ordering_type, MP_QSTR_function, MP_TYPE_FLAG_BINDS_SELF,
    print, functools_ordering_print,
    call, functools_ordering_call,
    unary_op, mp_generic_unary_op,
    attr, functools_ordering_attr
    );

// For each root (in CPython's order of preference: __lt__, __le__, __gt__,
// __ge__), the three methods it provides and how.
typedef struct _functools_derivation_t {
    uint16_t root;
    uint16_t names[3];
    uint8_t kinds[3];
} functools_derivation_t;

// clang-format off
static const functools_derivation_t functools_derivations[4] = {
    { MP_QSTR___lt__, { MP_QSTR___gt__, MP_QSTR___le__, MP_QSTR___ge__ },
      { FUNCTOOLS_NOT_AND_NE, FUNCTOOLS_OR_EQ, FUNCTOOLS_NOT } },
    { MP_QSTR___le__, { MP_QSTR___ge__, MP_QSTR___lt__, MP_QSTR___gt__ },
      { FUNCTOOLS_NOT_OR_EQ, FUNCTOOLS_AND_NE, FUNCTOOLS_NOT } },
    { MP_QSTR___gt__, { MP_QSTR___lt__, MP_QSTR___ge__, MP_QSTR___le__ },
      { FUNCTOOLS_NOT_AND_NE, FUNCTOOLS_OR_EQ, FUNCTOOLS_NOT } },
    { MP_QSTR___ge__, { MP_QSTR___le__, MP_QSTR___gt__, MP_QSTR___lt__ },
      { FUNCTOOLS_NOT_OR_EQ, FUNCTOOLS_AND_NE, FUNCTOOLS_NOT } },
};
// clang-format on

static mp_obj_t functools_total_ordering(mp_obj_t cls) {
    // The comparisons cls (or a base other than object) defines.
    bool defined[4];
    int root = -1;
    for (int i = 0; i < 4; i++) {
        qstr name = functools_derivations[i].root;
        mp_obj_t mine = mp_getattr_default(cls, name, mp_const_none);
        mp_obj_t objects = mp_getattr_default(MP_OBJ_FROM_PTR(&mp_type_object), name, mp_const_none);
        defined[i] = mine != objects;
        if (defined[i] && root < 0) {
            root = i;
        }
    }
    if (root < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("must define at least one ordering operation: < > <= >="));
    }
    const functools_derivation_t *d = &functools_derivations[root];
    for (int i = 0; i < 3; i++) {
        bool has = false;
        for (int j = 0; j < 4; j++) {
            if (functools_derivations[j].root == d->names[i]) {
                has = defined[j];
            }
        }
        if (has) {
            continue;
        }
        functools_ordering_t *m = m_new_obj(functools_ordering_t);
        m->base.type = &functools_ordering_type;
        m->name = d->names[i];
        m->root = d->root;
        m->kind = d->kinds[i];
        mp_store_attr(cls, d->names[i], MP_OBJ_FROM_PTR(m));
    }
    return cls;
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_total_ordering_obj, functools_total_ordering);

// ---------------------------------------------------------------------------
// singledispatch(func)
//
// A generic function dispatching on the class of its first argument: the
// implementation registered for the nearest class in type(arg).__mro__,
// else the most derived registered class that issubclass() accepts (an
// abstract base class: collections.abc.Mapping for dict), else func itself
// (registered for object). Dispatch results are cached per class until the
// next register() or ABC registration. CPython's "Ambiguous dispatch" error
// is raised for two unordered ABCs that cls itself introduces, the first
// right below object. Left out: the placing of ABCs that a base (not cls)
// introduces, and the ambiguity between them or between deeper ABCs.

typedef struct _functools_sd_t {
    mp_obj_base_t base;
    mp_obj_t registry; // dict: class -> implementation
    mp_obj_t cache; // dict: class -> implementation found for it
    mp_obj_dict_t *dict; // __dict__ (filled by update_wrapper)
    size_t arg_index; // which positional argument selects: 1 for a method
    mp_obj_t token; // abc.get_cache_token() once an ABC is registered, else NULL
} functools_sd_t;

// abc.get_cache_token(): it changes when a class is registered with an ABC,
// which can change what a class dispatches to.
static mp_obj_t functools_abc_token(void) {
    mp_obj_t abc = mp_import_name(MP_QSTR_abc, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_0(mp_load_attr(abc, MP_QSTR_get_cache_token));
}

static const mp_obj_type_t functools_sd_type;
static const mp_obj_type_t functools_sdm_type;

static functools_sd_t *functools_sd_self(mp_obj_t self_in) {
    if (!mp_obj_is_type(self_in, &functools_sd_type) && !mp_obj_is_type(self_in, &functools_sdm_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor requires a singledispatch function"));
    }
    return MP_OBJ_TO_PTR(self_in);
}

static mp_obj_t functools_sd_dispatch(mp_obj_t self_in, mp_obj_t cls) {
    functools_sd_t *self = functools_sd_self(self_in);
    if (self->token != MP_OBJ_NULL) {
        mp_obj_t token = functools_abc_token();
        if (!mp_obj_equal(token, self->token)) {
            self->cache = mp_obj_new_dict(0);
            self->token = token;
        }
    }
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->cache), cls, MP_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    mp_obj_t impl = MP_OBJ_NULL;
    mp_obj_t found = MP_OBJ_NULL;
    mp_obj_t mro = mp_load_attr(cls, MP_QSTR___mro__);
    size_t n;
    mp_obj_t *classes;
    mp_obj_get_array(mro, &n, &classes);
    mp_obj_t object = MP_OBJ_FROM_PTR(&mp_type_object);
    mp_map_t *registry = mp_obj_dict_get_map(self->registry);
    for (size_t i = 0; i < n && found == MP_OBJ_NULL; i++) {
        e = mp_map_lookup(registry, classes[i], MP_MAP_LOOKUP);
        if (e != NULL && classes[i] != object) {
            found = classes[i];
            impl = e->value;
        }
    }
    // ABCs that cls subclasses only through register() join its MRO as in
    // CPython's composition: before found if they derive from it, or, when
    // cls itself introduces them (no base subclasses them), after its bases
    // up to the last ABC base and before the rest; among themselves, those
    // cls introduces before those its bases do, derived before base.
    size_t nb;
    mp_obj_t *bases;
    mp_obj_get_array(mp_load_attr(cls, MP_QSTR___bases__), &nb, &bases);
    size_t boundary = nb;
    while (boundary > 0 && mp_getattr_default(bases[boundary - 1], MP_QSTR___abstractmethods__, MP_OBJ_NULL) == MP_OBJ_NULL) {
        boundary--;
    }
    mp_obj_t check = mp_load_attr(MP_OBJ_FROM_PTR(&mp_module_builtins), MP_QSTR_issubclass);
    mp_obj_t best = MP_OBJ_NULL;
    mp_obj_t tie = MP_OBJ_NULL; // an ABC as good as best
    bool best_here = false;
    for (size_t cur = 0; (e = mp_map_next(registry, &cur)) != NULL;) {
        mp_obj_t k = e->key;
        if (k == object || mp_obj_is_subclass_fast(cls, k) || !mp_obj_is_true(mp_call_function_2(check, cls, k))) {
            continue;
        }
        size_t j = 0;
        while (j < nb && !mp_obj_is_true(mp_call_function_2(check, bases[j], k))) {
            j++;
        }
        bool here = j == nb;
        if (found != MP_OBJ_NULL && !mp_obj_is_subclass_fast(k, found)) {
            if (found == cls || !here) {
                continue; // found comes first: cls itself, or k enters deeper
            }
            for (j = 0; j < boundary && !mp_obj_is_subclass_fast(bases[j], found); j++) {
            }
            if (j < boundary) {
                continue; // found comes from the bases before k
            }
        }
        if (best == MP_OBJ_NULL || (here && !best_here) || mp_obj_is_true(mp_call_function_2(check, k, best))) {
            best = k;
            best_here = here;
            impl = e->value;
            tie = MP_OBJ_NULL;
        } else if (here && best_here
                   && mp_obj_len(mp_load_attr(best, MP_QSTR___mro__)) == MP_OBJ_NEW_SMALL_INT(2)
                   && !mp_obj_is_true(mp_call_function_2(check, best, k))) {
            // Both ABCs enter the MRO right after each other, unordered:
            // CPython refuses to guess (only for a best right below object,
            // whose own bases cannot come between the two).
            tie = k;
        }
    }
    if (tie != MP_OBJ_NULL) {
        mp_raise_msg_varg(
            &mp_type_RuntimeError, MP_ERROR_TEXT("Ambiguous dispatch: %r or %r"), best, tie);
    }
    if (impl == MP_OBJ_NULL) {
        impl = mp_obj_dict_get(self->registry, MP_OBJ_FROM_PTR(&mp_type_object));
    }
    mp_obj_dict_store(self->cache, cls, impl);
    return impl;
}
static MP_DEFINE_CONST_FUN_OBJ_2(functools_sd_dispatch_obj, functools_sd_dispatch);

// A class, or a union (int | str) of classes; the classes go in *classes.
// 0 if so, 2 for a union of something else, 1 for anything else.
static int functools_sd_classes(mp_obj_t cls, size_t *n, mp_obj_t **classes) {
    if (mp_obj_is_type_obj(cls)) {
        *n = 1;
        *classes = m_new(mp_obj_t, 1);
        (*classes)[0] = cls;
        return 0;
    }
    // The union type is private to py/objunion.c: recognised by its name;
    // typing.Union[...] (lib/typing.py) by its origin, the class typing.Union.
    if (mp_obj_get_type(cls)->name != MP_QSTR_UnionType) {
        mp_obj_t origin = mp_getattr_default(cls, MP_QSTR___origin__, MP_OBJ_NULL);
        if (origin == MP_OBJ_NULL || !mp_obj_is_type_obj(origin) ||
            ((mp_obj_type_t *)MP_OBJ_TO_PTR(origin))->name != MP_QSTR_Union) {
            return 1;
        }
    }
    mp_obj_t args = mp_getattr_default(cls, MP_QSTR___args__, MP_OBJ_NULL);
    if (args == MP_OBJ_NULL || !mp_obj_is_type(args, &mp_type_tuple)) {
        return 1;
    }
    mp_obj_get_array(args, n, classes);
    for (size_t i = 0; i < *n; i++) {
        if (!mp_obj_is_type_obj((*classes)[i])) {
            return 2;
        }
    }
    return 0;
}

// TypeError(head + repr(a) + middle [+ repr(b) + tail]): mp_printf has no
// repr conversion, so the message is built in a vstr.
MP_NORETURN static void functools_sd_raise(const char *head, mp_obj_t a, const char *middle, mp_obj_t b, const char *tail) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_print_str(&print, head);
    mp_obj_print_helper(&print, a, PRINT_REPR);
    mp_print_str(&print, middle);
    if (b != MP_OBJ_NULL) {
        mp_obj_print_helper(&print, b, PRINT_REPR);
        mp_print_str(&print, tail);
    }
    mp_raise_obj(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&vstr)));
}

static mp_obj_t functools_sd_register_impl(mp_obj_t self_in, mp_obj_t cls, mp_obj_t func);
static MP_DEFINE_CONST_FUN_OBJ_3(functools_sd_register_impl_obj, functools_sd_register_impl);

// register(cls, func=None), or register(func) with func's first annotation
// naming the class.
static mp_obj_t functools_sd_register_impl(mp_obj_t self_in, mp_obj_t cls, mp_obj_t func) {
    functools_sd_t *self = functools_sd_self(self_in);
    size_t n;
    mp_obj_t *classes;
    if (functools_sd_classes(cls, &n, &classes) == 0) {
        if (func == mp_const_none) {
            mp_obj_t bound[2] = { self_in, cls };
            return functools_partial_new(MP_OBJ_FROM_PTR(&functools_sd_register_impl_obj),
                mp_obj_new_tuple(2, bound), mp_obj_new_dict(0));
        }
    } else {
        if (func != mp_const_none) {
            functools_sd_raise("Invalid first argument to `register()`. ", cls,
                " is not a class or union type.", MP_OBJ_NULL, NULL);
        }
        mp_obj_t ann = mp_getattr_default(cls, MP_QSTR___annotations__, mp_const_none);
        // A classmethod or staticmethod: its function's annotations and globals.
        mp_obj_t fn = mp_getattr_default(cls, MP_QSTR___func__, cls);
        if (ann == mp_const_none) {
            ann = mp_getattr_default(fn, MP_QSTR___annotations__, mp_const_none);
        }
        size_t cur = 0;
        mp_map_elem_t *first = NULL;
        if (mp_obj_is_type(ann, &mp_type_dict)) {
            first = mp_map_next(mp_obj_dict_get_map(ann), &cur);
        }
        if (first == NULL) {
            functools_sd_raise("Invalid first argument to `register()`: ", cls,
                ". Use either `@register(some_class)` or plain `@register` on an annotated function.",
                MP_OBJ_NULL, NULL);
        }
        func = cls;
        cls = first->value;
        if (mp_obj_is_str(cls)) {
            // A string annotation (from __future__ import annotations) is
            // evaluated in the function's globals, as typing.get_type_hints does.
            mp_obj_t ev[2] = { cls, mp_load_attr(fn, MP_QSTR___globals__) };
            cls = mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_builtin_eval_obj), 2, 0, ev);
        }
        int bad = functools_sd_classes(cls, &n, &classes);
        if (bad != 0) {
            functools_sd_raise("Invalid annotation for ", first->key, ". ", cls,
                bad == 1 ? " is not a class." : " not all arguments are classes.");
        }
    }
    for (size_t i = 0; i < n; i++) {
        mp_obj_dict_store(self->registry, classes[i], func);
        if (self->token == MP_OBJ_NULL &&
            mp_getattr_default(classes[i], MP_QSTR___abstractmethods__, MP_OBJ_NULL) != MP_OBJ_NULL) {
            self->token = functools_abc_token();
        }
    }
    self->cache = mp_obj_new_dict(0);
    return func;
}

static mp_obj_t functools_sd_register(size_t n_args, const mp_obj_t *args) {
    return functools_sd_register_impl(args[0], args[1], n_args > 2 ? args[2] : mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(functools_sd_register_obj, 2, 3, functools_sd_register);

// _clear_cache()
static mp_obj_t functools_sd_clear_cache(mp_obj_t self_in) {
    functools_sd_self(self_in)->cache = mp_obj_new_dict(0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_sd_clear_cache_obj, functools_sd_clear_cache);

static mp_obj_t functools_sd_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    functools_sd_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args <= self->arg_index) {
        mp_obj_t name = mp_getattr_default(self_in, MP_QSTR___name__, mp_const_none);
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s requires at least 1 positional argument"),
            mp_obj_is_str(name) ? mp_obj_str_get_str(name) : "singledispatch function");
    }
    mp_obj_t impl = functools_sd_dispatch(self_in, MP_OBJ_FROM_PTR(mp_obj_get_type(args[self->arg_index])));
    return mp_call_function_n_kw(impl, n_args, n_kw, args);
}

static void functools_sd_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_sd_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_registry && dest[0] == MP_OBJ_NULL) {
        dest[0] = self->registry;
        return;
    }
    if (attr == MP_QSTR_func && dest[0] == MP_OBJ_NULL && self->arg_index != 0) {
        dest[0] = mp_obj_dict_get(self->registry, MP_OBJ_FROM_PTR(&mp_type_object));
        return;
    }
    mp_obj_dict_attr_slot(&self->dict, attr, dest);
}

static const mp_rom_map_elem_t functools_sd_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_register), MP_ROM_PTR(&functools_sd_register_obj) },
    { MP_ROM_QSTR(MP_QSTR_dispatch), MP_ROM_PTR(&functools_sd_dispatch_obj) },
    { MP_ROM_QSTR(MP_QSTR__clear_cache), MP_ROM_PTR(&functools_sd_clear_cache_obj) },
};
static MP_DEFINE_CONST_DICT(functools_sd_locals_dict, functools_sd_locals_dict_table);

// BINDS_SELF: like CPython's (a plain function), it is a method in a class.
static MP_DEFINE_CONST_OBJ_TYPE(
    functools_sd_type, MP_QSTR_function, MP_TYPE_FLAG_BINDS_SELF,
    call, functools_sd_call,
    unary_op, mp_generic_unary_op,
    attr, functools_sd_attr,
    locals_dict, (mp_obj_dict_t *)&functools_sd_locals_dict
    );

// singledispatchmethod(func): the same dispatcher for use in a class body.
// Looked up (its __get__), it gives a callable that selects an
// implementation by its first argument and binds that implementation as
// the lookup would (a plain function to the instance, a classmethod to the
// class, a staticmethod to nothing) before calling it.
typedef struct _functools_sdm_bound_t {
    mp_obj_base_t base;
    mp_obj_t sdm;
    mp_obj_t obj; // None when looked up on the class
    mp_obj_t cls;
} functools_sdm_bound_t;

static mp_obj_t functools_sdm_bound_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    functools_sdm_bound_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args == 0) {
        mp_obj_t name = mp_getattr_default(self->sdm, MP_QSTR___name__, mp_const_none);
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s requires at least 1 positional argument"),
            mp_obj_is_str(name) ? mp_obj_str_get_str(name) : "singledispatchmethod");
    }
    mp_obj_t impl = functools_sd_dispatch(self->sdm, MP_OBJ_FROM_PTR(mp_obj_get_type(args[0])));
    mp_obj_t get[4];
    mp_load_method_maybe(impl, MP_QSTR___get__, get);
    if (get[0] != MP_OBJ_NULL) {
        get[2] = self->obj;
        get[3] = self->cls;
        impl = mp_call_method_n_kw(2, 0, get);
    }
    return mp_call_function_n_kw(impl, n_args, n_kw, args);
}

// Everything else (register, dispatch, __name__, __wrapped__ ...) is the
// singledispatchmethod's.
static void functools_sdm_bound_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_sdm_bound_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        mp_load_method_maybe(self->sdm, attr, dest);
    }
}

static void functools_sdm_bound_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    functools_sdm_bound_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t name = mp_getattr_default(self->sdm, MP_QSTR___qualname__, mp_const_none);
    mp_printf(print, "<function %s at %p>", mp_obj_is_str(name) ? mp_obj_str_get_str(name) : "?", self);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    functools_sdm_bound_type, MP_QSTR_function, MP_TYPE_FLAG_NONE,
    print, functools_sdm_bound_print,
    call, functools_sdm_bound_call,
    unary_op, mp_generic_unary_op,
    attr, functools_sdm_bound_attr
    );

// singledispatchmethod.__get__(obj, cls=None)
static mp_obj_t functools_sdm_get(size_t n_args, const mp_obj_t *args) {
    functools_sdm_bound_t *b = m_new_obj(functools_sdm_bound_t);
    b->base.type = &functools_sdm_bound_type;
    b->sdm = args[0];
    b->obj = args[1];
    b->cls = n_args > 2 ? args[2] : mp_const_none;
    if (b->cls == mp_const_none && b->obj != mp_const_none) {
        b->cls = MP_OBJ_FROM_PTR(mp_obj_get_type(b->obj));
    }
    return MP_OBJ_FROM_PTR(b);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(functools_sdm_get_obj, 2, 3, functools_sdm_get);

static const mp_rom_map_elem_t functools_sdm_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&functools_sdm_get_obj) },
    { MP_ROM_QSTR(MP_QSTR_register), MP_ROM_PTR(&functools_sd_register_obj) },
    { MP_ROM_QSTR(MP_QSTR_dispatch), MP_ROM_PTR(&functools_sd_dispatch_obj) },
    { MP_ROM_QSTR(MP_QSTR__clear_cache), MP_ROM_PTR(&functools_sd_clear_cache_obj) },
};
static MP_DEFINE_CONST_DICT(functools_sdm_locals_dict, functools_sdm_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    functools_sdm_type, MP_QSTR_singledispatchmethod, MP_TYPE_FLAG_NONE,
    call, functools_sd_call,
    unary_op, mp_generic_unary_op,
    attr, functools_sd_attr,
    locals_dict, (mp_obj_dict_t *)&functools_sdm_locals_dict
    );

static mp_obj_t functools_sd_new(const mp_obj_type_t *type, mp_obj_t func, size_t arg_index) {
    functools_sd_t *self = m_new_obj(functools_sd_t);
    self->base.type = type;
    self->registry = mp_obj_new_dict(0);
    self->cache = mp_obj_new_dict(0);
    self->dict = NULL;
    self->arg_index = arg_index;
    self->token = MP_OBJ_NULL;
    mp_obj_dict_store(self->registry, MP_OBJ_FROM_PTR(&mp_type_object), func);
    return functools_do_update_wrapper(MP_OBJ_FROM_PTR(self), func,
        MP_OBJ_FROM_PTR(&functools_wrapper_assignments_obj), MP_OBJ_FROM_PTR(&functools_wrapper_updates_obj));
}

static mp_obj_t functools_singledispatch(mp_obj_t func) {
    return functools_sd_new(&functools_sd_type, func, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_singledispatch_obj, functools_singledispatch);

static mp_obj_t functools_singledispatchmethod(mp_obj_t func) {
    if (!mp_obj_is_callable(func)) {
        mp_obj_t get[2];
        mp_load_method_maybe(func, MP_QSTR___get__, get);
        if (get[0] == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%s is not callable or a descriptor"), mp_obj_str_get_str(mp_obj_repr(func)));
        }
    }
    return functools_sd_new(&functools_sdm_type, func, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_1(functools_singledispatchmethod_obj, functools_singledispatchmethod);

// ---------------------------------------------------------------------------
// cached_property(func): a non-data descriptor whose first __get__ on an
// instance calls func and stores the result in the instance's __dict__
// under the name the class gave it, so later lookups find the value there
// and never reach the descriptor again. Built-in descriptors work through
// the __get__/__set_name__ entries of the locals table (py/objtype.c).
// No lock: CPython 3.12 dropped it, and there are no threads here.

typedef struct _functools_cprop_t {
    mp_obj_base_t base;
    mp_obj_t func;
    mp_obj_t attrname; // None until __set_name__
    mp_obj_t doc;
    mp_obj_dict_t *dict;
} functools_cprop_t;

static mp_obj_t functools_cprop_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    functools_cprop_t *self = m_new_obj(functools_cprop_t);
    self->base.type = type;
    self->func = args[0];
    self->attrname = mp_const_none;
    self->doc = mp_getattr_default(args[0], MP_QSTR___doc__, mp_const_none);
    self->dict = NULL;
    return MP_OBJ_FROM_PTR(self);
}

// The native part of self (a user subclass of cached_property is an instance).
static functools_cprop_t *functools_cprop_self(mp_obj_t self_in);

// __set_name__(owner, name)
static mp_obj_t functools_cprop_set_name(mp_obj_t self_in, mp_obj_t owner, mp_obj_t name) {
    (void)owner;
    functools_cprop_t *self = functools_cprop_self(self_in);
    if (self->attrname == mp_const_none) {
        self->attrname = name;
    } else if (!mp_obj_equal(name, self->attrname)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("Cannot assign the same cached_property to two different names (%s and %s)."),
            mp_obj_str_get_str(mp_obj_repr(self->attrname)), mp_obj_str_get_str(mp_obj_repr(name)));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(functools_cprop_set_name_obj, functools_cprop_set_name);

// instance.__dict__, or MP_OBJ_NULL if it has none (AttributeError).
static mp_obj_t functools_cprop_instance_dict(mp_obj_t instance) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t d = mp_load_attr(instance, MP_QSTR___dict__);
        nlr_pop();
        return d;
    }
    if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
        nlr_jump(nlr.ret_val);
    }
    return MP_OBJ_NULL;
}

// cache[name] = value; a mapping that refuses (a class's mappingproxy)
// gives CPython's TypeError instead of its own.
static void functools_cprop_store(mp_obj_t instance, mp_obj_t cache, mp_obj_t name, mp_obj_t value) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_subscr(cache, name, value);
        nlr_pop();
        return;
    }
    if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_TypeError)) {
        nlr_jump(nlr.ret_val);
    }
    mp_raise_TypeError_varg(
        MP_ERROR_TEXT("The '__dict__' attribute on '%s' instance does not support item assignment for caching %s property."),
        mp_obj_get_type_str(instance), mp_obj_str_get_str(mp_obj_repr(name)));
}

// __get__(instance, owner=None)
static mp_obj_t functools_cprop_get(size_t n_args, const mp_obj_t *args) {
    functools_cprop_t *self = functools_cprop_self(args[0]);
    mp_obj_t instance = args[1];
    if (instance == mp_const_none) {
        return args[0];
    }
    if (self->attrname == mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("Cannot use cached_property instance without calling __set_name__ on it."));
    }
    mp_obj_t cache = functools_cprop_instance_dict(instance);
    if (cache == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("No '__dict__' attribute on '%s' instance to cache %s property."),
            mp_obj_get_type_str(instance), mp_obj_str_get_str(mp_obj_repr(self->attrname)));
    }
    if (mp_obj_is_exact_type(cache, &mp_type_dict)) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(cache), self->attrname, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    } else {
        mp_obj_t get_args[4];
        mp_load_method(cache, MP_QSTR_get, get_args);
        get_args[2] = self->attrname;
        get_args[3] = MP_OBJ_FROM_PTR(&functools_kwd_mark_obj);
        mp_obj_t found = mp_call_method_n_kw(2, 0, get_args);
        if (found != MP_OBJ_FROM_PTR(&functools_kwd_mark_obj)) {
            return found;
        }
    }
    mp_obj_t value = mp_call_function_1(self->func, instance);
    functools_cprop_store(instance, cache, self->attrname, value);
    (void)n_args;
    return value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(functools_cprop_get_obj, 2, 3, functools_cprop_get);

static void functools_cprop_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    functools_cprop_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR_func) {
            dest[0] = self->func;
            return;
        }
        if (attr == MP_QSTR_attrname) {
            dest[0] = self->attrname;
            return;
        }
        if (attr == MP_QSTR___doc__) {
            dest[0] = self->doc;
            return;
        }
        if (attr == MP_QSTR___module__) {
            dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_functools);
            return;
        }
    } else if (dest[0] == MP_OBJ_SENTINEL && dest[1] != MP_OBJ_NULL) {
        if (attr == MP_QSTR_func) {
            self->func = dest[1];
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR_attrname) {
            self->attrname = dest[1];
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR___doc__) {
            self->doc = dest[1];
            dest[0] = MP_OBJ_NULL;
            return;
        }
    }
    mp_obj_dict_attr_slot(&self->dict, attr, dest);
}

static const mp_rom_map_elem_t functools_cprop_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&functools_cprop_get_obj) },
    { MP_ROM_QSTR(MP_QSTR___set_name__), MP_ROM_PTR(&functools_cprop_set_name_obj) },
};
static MP_DEFINE_CONST_DICT(functools_cprop_locals_dict, functools_cprop_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    functools_cprop_type, MP_QSTR_cached_property, MP_TYPE_FLAG_BASETYPE,
    make_new, functools_cprop_make_new,
    attr, functools_cprop_attr,
    locals_dict, (mp_obj_dict_t *)&functools_cprop_locals_dict
    );

static functools_cprop_t *functools_cprop_self(mp_obj_t self_in) {
    mp_obj_t native = mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&functools_cprop_type));
    if (!mp_obj_is_exact_type(native, &functools_cprop_type)) {
        mp_raise_TypeError_obj_unsupported(
            self_in, MP_ERROR_TEXT("descriptor requires a 'functools.cached_property' object but received a '%s'"));
    }
    return MP_OBJ_TO_PTR(native);
}

// ---------------------------------------------------------------------------
// The module.

static const mp_rom_map_elem_t mp_module_functools_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_functools) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&functools_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_partial), MP_ROM_PTR(&functools_partial_type) },
    { MP_ROM_QSTR(MP_QSTR_partialmethod), MP_ROM_PTR(&functools_partialmethod_type) },
    { MP_ROM_QSTR(MP_QSTR__lru_cache_wrapper), MP_ROM_PTR(&functools_lru_type) },
    { MP_ROM_QSTR(MP_QSTR_KeyWrapper), MP_ROM_PTR(&functools_keywrapper_type) },
    { MP_ROM_QSTR(MP_QSTR_reduce), MP_ROM_PTR(&functools_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR_update_wrapper), MP_ROM_PTR(&functools_update_wrapper_obj) },
    { MP_ROM_QSTR(MP_QSTR_wraps), MP_ROM_PTR(&functools_wraps_obj) },
    { MP_ROM_QSTR(MP_QSTR_cmp_to_key), MP_ROM_PTR(&functools_cmp_to_key_obj) },
    { MP_ROM_QSTR(MP_QSTR_lru_cache), MP_ROM_PTR(&functools_lru_cache_obj) },
    { MP_ROM_QSTR(MP_QSTR_cache), MP_ROM_PTR(&functools_cache_obj) },
    { MP_ROM_QSTR(MP_QSTR_total_ordering), MP_ROM_PTR(&functools_total_ordering_obj) },
    { MP_ROM_QSTR(MP_QSTR_singledispatch), MP_ROM_PTR(&functools_singledispatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_singledispatchmethod), MP_ROM_PTR(&functools_singledispatchmethod_obj) },
    { MP_ROM_QSTR(MP_QSTR_cached_property), MP_ROM_PTR(&functools_cprop_type) },
    { MP_ROM_QSTR(MP_QSTR_WRAPPER_ASSIGNMENTS), MP_ROM_PTR(&functools_wrapper_assignments_obj) },
    { MP_ROM_QSTR(MP_QSTR_WRAPPER_UPDATES), MP_ROM_PTR(&functools_wrapper_updates_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_functools_globals, mp_module_functools_globals_table);

const mp_obj_module_t mp_module_functools = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_functools_globals,
};

MP_REGISTER_MODULE(MP_QSTR_functools, mp_module_functools);

#endif // MICROPY_PY_FUNCTOOLS
