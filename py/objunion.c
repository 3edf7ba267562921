// types.UnionType: what `X | Y` of classes gives (3.10).
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/objtype_internal.h"

// ---------------------------------------------------------------------------
// X | Y of classes (3.10): a types.UnionType holding the classes in __args__
// (flattened, without repeats; None stands for NoneType). isinstance and
// issubclass accept it (py/modbuiltins.c looks for __args__).

typedef struct _mp_obj_union_t {
    mp_obj_base_t base;
    mp_obj_t args; // tuple of classes
} mp_obj_union_t;

static const mp_obj_type_t union_type;

// Appends the classes operand o stands for; false if o cannot be in a union.
static bool union_add(mp_obj_t list, mp_obj_t o) {
    if (o == mp_const_none) {
        o = MP_OBJ_FROM_PTR(&mp_type_NoneType);
    }
    if (mp_obj_is_type(o, &union_type)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(((mp_obj_union_t *)MP_OBJ_TO_PTR(o))->args, &n, &items);
        for (size_t i = 0; i < n; i++) {
            union_add(list, items[i]);
        }
        return true;
    }
    if (!mp_obj_is_type_obj(o) && !mp_obj_is_type(o, &mp_type_generic_alias)) {
        return false;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_equal(items[i], o)) {
            return true;
        }
    }
    mp_obj_list_append(list, o);
    return true;
}

mp_obj_t mp_obj_union_make(mp_obj_t a, mp_obj_t b) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    if (!union_add(list, a) || !union_add(list, b)) {
        return MP_OBJ_NULL;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    if (n == 1) {
        return items[0]; // int | int is int
    }
    mp_obj_union_t *u = m_new_obj(mp_obj_union_t);
    u->base.type = &union_type;
    u->args = mp_obj_new_tuple(n, items);
    return MP_OBJ_FROM_PTR(u);
}

static void union_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_union_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(print, " | ");
        }
        mp_obj_generic_alias_print_param(print, items[i]);
    }
}

// Both operands' class sets are equal (order does not matter).
static bool union_equal(mp_obj_t a, mp_obj_t b) {
    size_t na, nb;
    mp_obj_t *ia, *ib;
    mp_obj_tuple_get(((mp_obj_union_t *)MP_OBJ_TO_PTR(a))->args, &na, &ia);
    mp_obj_tuple_get(((mp_obj_union_t *)MP_OBJ_TO_PTR(b))->args, &nb, &ib);
    if (na != nb) {
        return false;
    }
    for (size_t i = 0; i < na; i++) {
        bool found = false;
        for (size_t j = 0; j < nb && !found; j++) {
            found = mp_obj_equal(ia[i], ib[j]);
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

static mp_obj_t union_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_OR:
            return mp_obj_union_make(lhs, rhs);
        case MP_BINARY_OP_REVERSE_OR:
            return mp_obj_union_make(rhs, lhs);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            if (!mp_obj_is_type(rhs, &union_type)) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(union_equal(lhs, rhs) == (op == MP_BINARY_OP_EQUAL));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t union_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    // hash(frozenset(__args__)), as CPython: typing.Union[...] hashes so too.
    mp_obj_union_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    return mp_obj_hash(mp_obj_new_frozenset(n, items));
}

static void union_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___args__) {
        dest[0] = ((mp_obj_union_t *)MP_OBJ_TO_PTR(self_in))->args;
    } else if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___parameters__) {
        dest[0] = mp_obj_generic_alias_params(((mp_obj_union_t *)MP_OBJ_TO_PTR(self_in))->args);
    }
}

// (list[T] | int)[str]: typing substitutes the type variables.
static mp_obj_t union_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_t args[2] = { self_in, index };
    mp_obj_t res = value == MP_OBJ_SENTINEL
        ? mp_obj_generic_alias_typing(MP_QSTR__ga_getitem, 2, args) : MP_OBJ_NULL;
    return res == mp_const_none ? MP_OBJ_NULL : res;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    union_type, MP_QSTR_UnionType, MP_TYPE_FLAG_NONE,
    print, union_print,
    unary_op, union_unary_op,
    binary_op, union_binary_op,
    subscr, union_subscr,
    attr, union_attr
    );
