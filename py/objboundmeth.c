// Bound methods: a function paired with the object it was looked up on.
// Calling one calls the function with that object prepended to the arguments.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/vm.h"
#include "py/objtype_internal.h"

// Argument arrays up to this many words are built on the C stack.
#define BOUND_METH_MAX_STACK_ARGS (32)

mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self) {
    mp_obj_bound_meth_t *o = m_new_obj(mp_obj_bound_meth_t);
    o->base.type = &mp_type_bound_meth;
    o->meth = meth;
    o->self = self;
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t bound_meth_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n_total = 1 + n_args + 2 * n_kw;
    mp_obj_t *new_args;
    if (n_total <= BOUND_METH_MAX_STACK_ARGS) {
        new_args = __builtin_alloca(n_total * sizeof(mp_obj_t));
    } else {
        new_args = m_new(mp_obj_t, n_total);
    }
    new_args[0] = self->self;
    if (n_total > 1) {
        // args may be NULL when there are none (calls from C).
        memcpy(new_args + 1, args, (n_total - 1) * sizeof(mp_obj_t));
    }
    if (mp_obj_is_type(self->meth, &mp_type_fun_bc)) {
        return mp_obj_fun_bc_call(self->meth, n_args + 1, n_kw, new_args);
    }
    return mp_call_function_n_kw(self->meth, n_args + 1, n_kw, new_args);
}

// The name under which a built-in function is stored in the locals dict of
// type (or one of its single-inheritance bases), and that type (*owner);
// MP_QSTRnull if not found. A classmethod in a locals dict is a wrapper
// around the function.
MP_COLD static qstr builtin_method_name(const mp_obj_type_t *type, mp_obj_t fun, const mp_obj_type_t **owner) {
    while (type != NULL) {
        if (MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
            const mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map;
            for (size_t i = 0; i < map->alloc; i++) {
                if (!mp_map_slot_is_filled(map, i) || !mp_obj_is_qstr(map->table[i].key)) {
                    continue;
                }
                mp_obj_t v = map->table[i].value;
                if (mp_obj_is_type(v, &mp_type_classmethod) || mp_obj_is_type(v, &mp_type_staticmethod)) {
                    v = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun);
                }
                if (v == fun) {
                    *owner = type;
                    return MP_OBJ_QSTR_VALUE(map->table[i].key);
                }
            }
        }
        if (type->flags & MP_TYPE_FLAG_MULTI_BASES) {
            break;
        }
        type = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, parent);
    }
    return MP_QSTRnull;
}

// The name of the method and, for a built-in one found in a type's locals,
// that type (*owner, else NULL). A method bound to a class (a classmethod
// such as dict.fromkeys) is looked for in that class.
MP_COLD static qstr bound_meth_name_owner(mp_obj_bound_meth_t *self, const mp_obj_type_t **owner) {
    *owner = NULL;
    if (mp_obj_is_slot_wrapper(self->meth)) {
        // [].__add__: a special method of a built-in type, bound.
        mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(self->meth);
        *owner = sw->native;
        return sw->name;
    }
    if (mp_obj_is_type(self->meth, &mp_type_fun_builtin_2) &&
        ((mp_obj_fun_builtin_fixed_t *)MP_OBJ_TO_PTR(self->meth))->fun._2 == mp_obj_generic_alias_new) {
        // list.__class_getitem__, bound to the class (py/objtype.c): in no
        // locals dict.
        *owner = MP_OBJ_TO_PTR(self->self);
        return MP_QSTR___class_getitem__;
    }
    if (!mp_obj_is_type(self->meth, &mp_type_fun_bc)) {
        qstr found = MP_QSTRnull;
        if (mp_obj_is_type_obj(self->self)) {
            found = builtin_method_name(MP_OBJ_TO_PTR(self->self), self->meth, owner);
        }
        if (found == MP_QSTRnull) {
            found = builtin_method_name(mp_obj_get_type(self->self), self->meth, owner);
        }
        if (found != MP_QSTRnull) {
            return found;
        }
    }
    return mp_obj_fun_get_name(self->meth);
}

static qstr bound_meth_name(mp_obj_bound_meth_t *self) {
    const mp_obj_type_t *owner;
    return bound_meth_name_owner(self, &owner);
}

MP_COLD static void bound_meth_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(self_in);
    qstr name = bound_meth_name(self);
    if (mp_obj_is_slot_wrapper(self->meth)) {
        mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(self->meth);
        mp_printf(print, sw->kind == MP_SLOT_WRAPPER_METHOD ? "<built-in method %q of %s object at %p>"
                                                            : "<method-wrapper '%q' of %s object at %p>",
            name, mp_obj_get_type_str(self->self), MP_OBJ_TO_PTR(self->self));
        return;
    }
    if (mp_obj_is_type(self->meth, &mp_type_fun_bc) || !(mp_obj_get_type(self->meth)->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
        // CPython names the function by its qualified name (A.m for a
        // method defined in class A, whatever class the object is of).
        mp_print_str(print, "<bound method ");
        mp_obj_t dest[2];
        mp_load_method_protected(self->meth, MP_QSTR___qualname__, dest, true);
        if (dest[0] == MP_OBJ_NULL || !mp_obj_is_str(dest[0])) {
            mp_load_method_protected(self->meth, MP_QSTR___name__, dest, true);
        }
        if (dest[0] != MP_OBJ_NULL && mp_obj_is_str(dest[0])) {
            mp_obj_print_helper(print, dest[0], PRINT_STR);
        } else {
            mp_print_str(print, "?");
        }
        mp_print_str(print, " of ");
        mp_obj_print_helper(print, self->self, PRINT_REPR);
        mp_print_str(print, ">");
    } else {
        mp_printf(print, "<built-in method %q of %s object at %p>", name, mp_obj_get_type_str(self->self), MP_OBJ_TO_PTR(self->self));
    }
}

MP_COLD static void bound_meth_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        // Bound methods are read-only (CPython raises AttributeError).
        return;
    }
    switch (attr) {
        case MP_QSTR___self__:
            dest[0] = self->self;
            return;
        case MP_QSTR___call__:
            // Calling it calls the method (CPython gives a method-wrapper
            // that does the same); the wrapped function's own __call__
            // would lose the bound self.
            dest[0] = self_in;
            return;
        case MP_QSTR___func__:
            dest[0] = self->meth;
            return;
        case MP_QSTR___name__:
            dest[0] = MP_OBJ_NEW_QSTR(bound_meth_name(self));
            return;
        case MP_QSTR___qualname__: {
            const mp_obj_type_t *owner;
            qstr name = bound_meth_name_owner(self, &owner);
            if (owner != NULL) {
                // A built-in method: CPython qualifies it with the type it
                // is bound to (the class itself for a class method).
                owner = mp_obj_is_type_obj(self->self) ? MP_OBJ_TO_PTR(self->self) : mp_obj_get_type(self->self);
                vstr_t vstr;
                vstr_init(&vstr, 16);
                vstr_add_str(&vstr, qstr_str(owner->name));
                vstr_add_byte(&vstr, '.');
                vstr_add_str(&vstr, qstr_str(name));
                dest[0] = mp_obj_new_str_from_vstr(&vstr);
                return;
            }
            if (!mp_obj_is_type(self->meth, &mp_type_fun_bc)) {
                dest[0] = MP_OBJ_NEW_QSTR(name);
                return;
            }
            break; // a Python function knows its own qualified name
        }
        default:
            break;
    }
    // Everything else is looked up on the function, as CPython does
    // (m.__doc__, m.__module__, attributes set on the function).
    mp_obj_t tmp[2];
    mp_load_method_maybe(self->meth, attr, tmp);
    if (tmp[0] != MP_OBJ_NULL) {
        if (tmp[1] != MP_OBJ_NULL) {
            dest[0] = mp_obj_new_bound_meth(tmp[0], tmp[1]);
        } else {
            dest[0] = tmp[0];
        }
    }
}

MP_COLD static mp_obj_t bound_meth_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_const_true;
        case MP_UNARY_OP_HASH: {
            // Identity of the instance combined with the function's hash, so
            // that equal bound methods (same object, same function) hash equal.
            mp_int_t h = MP_OBJ_SMALL_INT_VALUE(mp_obj_hash(self->meth));
            h ^= (mp_int_t)((mp_uint_t)self->self >> 4);
            return MP_OBJ_NEW_SMALL_INT(h & (MP_SMALL_INT_MAX >> 1));
        }
        default:
            return MP_OBJ_NULL;
    }
}

MP_COLD static mp_obj_t bound_meth_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) {
        return MP_OBJ_NULL;
    }
    if (!mp_obj_is_type(rhs_in, &mp_type_bound_meth)) {
        return MP_OBJ_NULL;
    }
    mp_obj_bound_meth_t *lhs = MP_OBJ_TO_PTR(lhs_in);
    mp_obj_bound_meth_t *rhs = MP_OBJ_TO_PTR(rhs_in);
    bool eq = lhs->self == rhs->self && mp_obj_equal(lhs->meth, rhs->meth);
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

// types.MethodType(function, instance): binds any callable to an object (the
// usual way to add a method to one instance).
MP_COLD static mp_obj_t bound_meth_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("method() takes no keyword arguments"));
    }
    if (n_args != 2) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("method expected 2 arguments, got %d"), (int)n_args);
    }
    if (!mp_obj_is_callable(args[0])) {
        mp_raise_TypeError(MP_ERROR_TEXT("first argument must be callable"));
    }
    if (args[1] == mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("instance must not be None"));
    }
    return mp_obj_new_bound_meth(args[0], args[1]);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_bound_meth, MP_QSTR_method, MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    print, bound_meth_print,
    make_new, bound_meth_make_new,
    call, bound_meth_call,
    unary_op, bound_meth_unary_op,
    binary_op, bound_meth_binary_op,
    attr, bound_meth_attr
    );
