// types.GenericAlias: what subscripting a built-in class gives (list[int]).
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/objtype_internal.h"

// list[int] & co (types.GenericAlias): prints as written, calls the origin,
// and forwards other attributes to it.
typedef struct _mp_obj_generic_alias_t {
    mp_obj_base_t base;
    mp_obj_t origin;
    mp_obj_t args; // tuple
    bool unpacked; // *tuple[int, str] (PEP 646): prints with a leading star
} mp_obj_generic_alias_t;

mp_obj_t mp_obj_generic_alias_new(mp_obj_t origin, mp_obj_t index) {
    mp_obj_generic_alias_t *o = m_new_obj(mp_obj_generic_alias_t);
    o->base.type = &mp_type_generic_alias;
    o->origin = origin;
    o->args = mp_obj_is_type(index, &mp_type_tuple) ? index : mp_obj_new_tuple(1, &index);
    o->unpacked = false;
    return MP_OBJ_FROM_PTR(o);
}

// How typing prints a parameter: classes by (qualified) name, ... as "...".
void mp_obj_generic_alias_print_param(const mp_print_t *print, mp_obj_t o) {
    if (o == mp_const_ellipsis) {
        mp_print_str(print, "...");
    } else if (o == MP_OBJ_FROM_PTR(&mp_type_NoneType)) {
        mp_print_str(print, "None");
    } else if (mp_obj_is_type_obj(o)) {
        mp_obj_type_print_name(print, MP_OBJ_TO_PTR(o));
    } else {
        mp_obj_print_helper(print, o, PRINT_REPR);
    }
}

static void generic_alias_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->unpacked) {
        mp_print_str(print, "*");
    }
    mp_obj_generic_alias_print_param(print, self->origin);
    mp_print_str(print, "[");
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    if (n == 0) {
        mp_print_str(print, "()");
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_generic_alias_print_param(print, items[i]);
    }
    mp_print_str(print, "]");
}

static mp_obj_t generic_alias_call(
    mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t made = mp_call_function_n_kw(self->origin, n_args, n_kw, args);
    // C[int]() remembers its alias where the object can take attributes,
    // as CPython does (typing reads it); built-in objects cannot.
    if (mp_obj_is_obj(made) && mp_obj_is_instance_type(mp_obj_get_type(made))) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_store_attr(made, MP_QSTR___orig_class__, self_in);
            nlr_pop();
        } else {
            mp_obj_t raised = MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type);
            if (!mp_obj_is_subclass_fast(raised, MP_OBJ_FROM_PTR(&mp_type_AttributeError))
                && !mp_obj_is_subclass_fast(raised, MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
                nlr_jump(nlr.ret_val);
            }
        }
    }
    return made;
}

static mp_obj_t generic_alias_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_OR:
            return mp_obj_union_make(lhs, rhs);
        case MP_BINARY_OP_REVERSE_OR:
            return mp_obj_union_make(rhs, lhs);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            if (!mp_obj_is_type(rhs, &mp_type_generic_alias)) {
                return MP_OBJ_NULL;
            }
            mp_obj_generic_alias_t *a = MP_OBJ_TO_PTR(lhs);
            mp_obj_generic_alias_t *b = MP_OBJ_TO_PTR(rhs);
            bool eq = a->origin == b->origin && a->unpacked == b->unpacked &&
                mp_obj_equal(a->args, b->args);
            return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t generic_alias_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t h = mp_obj_get_int_truncated(mp_obj_hash(self->origin)) ^
                 mp_obj_get_int_truncated(mp_obj_hash(self->args));
    if (self->unpacked) {
        h = ~h; // unequal to the plain alias, so hash apart from it too
    }
    return MP_OBJ_NEW_SMALL_INT(h & (MP_SMALL_INT_MAX >> 1));
}

// class L(list[int]) derives from list (PEP 560).
static mp_obj_t generic_alias_mro_entries(mp_obj_t self_in, mp_obj_t bases) {
    (void)bases;
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_tuple(1, &self->origin);
}
static MP_DEFINE_CONST_FUN_OBJ_2(generic_alias_mro_entries_obj, generic_alias_mro_entries);

// Type variables exist only once typing is imported: typing then computes
// __parameters__ and substitutes them (tuple[T, T][int]) for these aliases too.
mp_obj_t mp_obj_generic_alias_typing(qstr fun, size_t n_args, const mp_obj_t *args) {
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)),
        MP_OBJ_NEW_QSTR(MP_QSTR_typing), MP_MAP_LOOKUP);
    mp_obj_t dest[4] = { MP_OBJ_NULL };
    if (e != NULL) {
        // (sys.modules['typing'] may be anything: then no substitution)
        mp_load_method_maybe(e->value, fun, dest);
    }
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    memcpy(dest + 2, args, n_args * sizeof(mp_obj_t));
    return mp_call_method_n_kw(n_args, 0, dest);
}

// The type variables in args (a tuple), for __parameters__ of aliases and unions.
mp_obj_t mp_obj_generic_alias_params(mp_obj_t args) {
    mp_obj_t params = mp_obj_generic_alias_typing(MP_QSTR__free_typevars, 1, &args);
    return params == MP_OBJ_NULL ? mp_const_empty_tuple : params;
}

// a.__reduce__(), a.__reduce_ex__(protocol): rebuilt as GenericAlias(origin,
// args); an unpacked alias as next(iter(the plain alias)), as CPython does.
static mp_obj_t generic_alias_reduce(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t parts[2] = {
        MP_OBJ_FROM_PTR(&mp_type_generic_alias), mp_obj_new_tuple(2, &self->origin)
    };
    if (self->unpacked) {
        mp_obj_t plain = mp_obj_generic_alias_new(self->origin, self->args);
        mp_obj_t it = mp_getiter(plain);
        parts[0] = mp_load_builtin(MP_QSTR_next);
        parts[1] = mp_obj_new_tuple(1, &it);
    }
    return mp_obj_new_tuple(2, parts);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(generic_alias_reduce_obj, 1, 2, generic_alias_reduce);

static void generic_alias_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___reduce__ || attr == MP_QSTR___reduce_ex__ ||
        attr == MP_QSTR___mro_entries__ || attr == MP_QSTR___copy__ ||
        attr == MP_QSTR___deepcopy__ || attr == MP_QSTR___class__) {
        // The alias's own (locals dict), not the origin's: copy and pickle
        // find __reduce_ex__ on the type.
        return;
    }
    if (attr == MP_QSTR___typing_unpacked_tuple_args__) {
        bool star_tuple = self->unpacked && self->origin == MP_OBJ_FROM_PTR(&mp_type_tuple);
        dest[0] = star_tuple ? self->args : mp_const_none;
    } else if (attr == MP_QSTR___origin__) {
        dest[0] = self->origin;
    } else if (attr == MP_QSTR___args__) {
        dest[0] = self->args;
    } else if (attr == MP_QSTR___unpacked__) {
        dest[0] = mp_obj_new_bool(self->unpacked);
    } else if (attr == MP_QSTR___parameters__) {
        dest[0] = mp_obj_generic_alias_params(self->args);
    } else {
        mp_load_method_maybe(self->origin, attr, dest);
    }
}

// Star-unpacking an alias (f(*tuple[int, str]), [*list[int]]) yields one
// item: the same alias marked unpacked, as CPython 3.11 does for PEP 646.
static mp_obj_t generic_alias_getiter(mp_obj_t self_in) {
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_generic_alias_t *star = m_new_obj(mp_obj_generic_alias_t);
    *star = *self;
    star->unpacked = true;
    mp_obj_t item = MP_OBJ_FROM_PTR(star);
    return mp_getiter(mp_obj_new_tuple(1, &item));
}

// list[int][str]: an alias without type variables takes no more parameters.
static mp_obj_t generic_alias_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t args[2] = { self_in, index };
    mp_obj_t res = mp_obj_generic_alias_typing(MP_QSTR__ga_getitem, 2, args);
    if (res != MP_OBJ_NULL && res != mp_const_none) {
        return res;
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    generic_alias_print(&print, self_in, PRINT_REPR);
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%s is not a generic class"),
        vstr_null_terminated_str(&vstr));
}

// types.GenericAlias(origin, args): what `__class_getitem__ =
// classmethod(GenericAlias)` makes for a user class.
static mp_obj_t generic_alias_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("GenericAlias() takes no keyword arguments"));
    }
    if (n_args != 2) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("GenericAlias expected 2 arguments, got %d"), (int)n_args);
    }
    return mp_obj_generic_alias_new(args[0], args[1]);
}

static const mp_rom_map_elem_t generic_alias_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___mro_entries__), MP_ROM_PTR(&generic_alias_mro_entries_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&generic_alias_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce_ex__), MP_ROM_PTR(&generic_alias_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(generic_alias_locals_dict, generic_alias_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_generic_alias, MP_QSTR_GenericAlias, MP_TYPE_FLAG_BASETYPE,
    print, generic_alias_print,
    make_new, generic_alias_make_new,
    call, generic_alias_call,
    unary_op, generic_alias_unary_op,
    binary_op, generic_alias_binary_op,
    subscr, generic_alias_subscr,
    getiter, generic_alias_getiter,
    attr, generic_alias_attr,
    locals_dict, &generic_alias_locals_dict
    );
