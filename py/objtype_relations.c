// Type relations: issubclass/isinstance on class objects (built-in and user
// classes, tuples of them), and the helpers the class statement and the
// isinstance/issubclass builtins share (__mro_entries__, __instancecheck__ /
// __subclasscheck__ hooks). Kept apart from py/objtype.c, which makes classes
// and looks attributes up along their MRO.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/objtype_internal.h"

// issubclass(object, classinfo) with classinfo a class or a tuple of them.
bool mp_obj_is_subclass(mp_obj_t object, mp_obj_t classinfo) {
    if (!mp_obj_is_type_obj(object)) {
        mp_raise_TypeError(MP_ERROR_TEXT("issubclass() arg 1 must be a class"));
    }
    if (mp_obj_is_type(classinfo, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(classinfo, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (mp_obj_is_subclass(object, items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!mp_obj_is_type_obj(classinfo)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    return mp_obj_is_subclass_fast(object, classinfo);
}

bool mp_obj_is_instance_of(mp_obj_t obj, const mp_obj_type_t *type) {
    if (type == &mp_type_fun_builtin_var) {
        return mp_obj_type_python_visible(obj) == type;
    }
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(type));
}

// ---------------------------------------------------------------------------
// Helpers for the class statement and isinstance/issubclass (called from
// py/modbuiltins.c).

// PEP 560: a base that is not a class may stand for other bases through its
// __mro_entries__(bases) method (typing.Generic[T] and the like). Returns
// bases_in itself when no base has one, else a new tuple in which each such
// base is replaced by the items of the tuple its method returned (the class
// statement then keeps the original bases as MP_QSTR___orig_bases__).
MP_COLD mp_obj_t mp_obj_type_resolve_mro_entries(mp_obj_t bases_in) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(bases_in, &n, &items);
    mp_obj_t out = MP_OBJ_NULL; // list, made at the first replaced base
    for (size_t i = 0; i < n; i++) {
        mp_obj_t entries[3] = { MP_OBJ_NULL, MP_OBJ_NULL, bases_in };
        if (!mp_obj_is_type_obj(items[i])) {
            mp_load_method_maybe(items[i], MP_QSTR___mro_entries__, entries);
        }
        if (entries[0] == MP_OBJ_NULL) {
            if (out != MP_OBJ_NULL) {
                mp_obj_list_append(out, items[i]);
            }
            continue;
        }
        mp_obj_t repl = mp_call_method_n_kw(1, 0, entries);
        if (!mp_obj_is_type(repl, &mp_type_tuple)) {
            mp_raise_TypeError(MP_ERROR_TEXT("__mro_entries__ must return a tuple"));
        }
        if (out == MP_OBJ_NULL) {
            out = mp_obj_new_list(i, items);
        }
        size_t n_repl;
        mp_obj_t *repl_items;
        mp_obj_tuple_get(repl, &n_repl, &repl_items);
        for (size_t j = 0; j < n_repl; j++) {
            mp_obj_list_append(out, repl_items[j]);
        }
    }
    if (out == MP_OBJ_NULL) {
        return bases_in;
    }
    size_t n_out;
    mp_obj_t *out_items;
    mp_obj_list_get(out, &n_out, &out_items);
    return mp_obj_new_tuple(n_out, out_items);
}

// isinstance(arg, classinfo) / issubclass(arg, classinfo) defer to
// type(classinfo).__instancecheck__ / __subclasscheck__ (hook) when Python
// code defines one: on a metaclass, or on the class of any object used as
// classinfo. Sets *found and returns the hook's answer as a bool; *found is
// false when there is no such hook (the caller then does the usual check).
MP_COLD bool mp_obj_type_call_check_hook(mp_obj_t classinfo, qstr hook, mp_obj_t arg, bool *found) {
    *found = false;
    if (!mp_obj_is_obj(classinfo)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(classinfo);
    if (!mp_obj_is_instance_type(t)) {
        return false; // type, tuple, union...: the built-in rules
    }
    const mp_obj_type_t *owner;
    mp_obj_t fn = mp_obj_type_mro_find(t, hook,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    if (fn == MP_OBJ_NULL || !mp_obj_is_instance_type(owner)) {
        return false;
    }
    *found = true;
    return mp_obj_is_true(mp_obj_type_call_member(classinfo, owner, fn, 1, &arg));
}
